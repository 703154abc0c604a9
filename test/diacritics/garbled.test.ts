import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { TokenSign, garbledAlone, garbledScore, hasForeignLetter, latinView, misplacedTone, tokenSign, unforeign } from '../../normalizers/diacritics/garbled.js';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';

let restorer: Restorer;
beforeAll(() => {
  restorer = new Restorer(loadModel());
});
/** Bare readings are always far rarer in these cases, marked ones common: only the other signs are under test. */
const rare = (_key: string, form?: string) => (form === undefined ? 99 : 0);
const common = () => 0;

describe('token signs', () => {
  it.each([
    ['cüa', TokenSign.ForeignLetter],
    ['Näng', TokenSign.ForeignLetter],
    ['сông', TokenSign.ForeignLetter], // Cyrillic с
    ['thtrông', TokenSign.BadMarks],
    ['séi', TokenSign.BadMarks],
    ['tóan', TokenSign.BadMarks], // tone on the wrong vowel
    ['phâncông', TokenSign.Neutral], // two syllables run together where a soft break stood
    ['hiệnnay', TokenSign.Neutral],
    ['thtrôngg', TokenSign.BadMarks], // no cut gives two syllables
    ['séi', TokenSign.BadMarks], // "sé" + a one-letter rest is no pair of syllables
    ['thưởng', TokenSign.Neutral],
    ['hoà', TokenSign.Neutral], // the classic placement is a placement
    ['Müller', TokenSign.Neutral], // a foreign name, no syllable even through look-alikes
    ['Đắk', TokenSign.Neutral], // a highland place name
    ['ĐẮK', TokenSign.Neutral],
    ['Phớc', TokenSign.Neutral], // a personal name's own spelling
    ['đ', TokenSign.Neutral], // list marker "đ)"
    ['UBND', TokenSign.Neutral],
  ])('%s → %s', (word, sign) => {
    expect(tokenSign(word, rare)).toBe(sign);
  });
  it('a bare word is suspect only when its bare reading is rare', () => {
    expect(tokenSign('dan', rare)).toBe(TokenSign.RareBare);
    expect(tokenSign('dan', common)).toBe(TokenSign.Neutral);
    expect(tokenSign('DAN', rare)).toBe(TokenSign.Neutral); // headings are upper case
  });
  it.each([
    ['cüa', true, 'cưa'],
    ['Näng', true, 'Năng'],
    ['của', false, 'của'],
    ['Đắk Lắk', false, 'Đắk Lắk'],
  ])('%s: foreign letter %s, read as %s', (word, foreign, read) => {
    expect(hasForeignLetter(word)).toBe(foreign);
    expect(unforeign(word)).toBe(read);
  });
  it.each([
    ['tóan', true],
    ['toán', false],
    ['hoà', false],
    ['hòa', false],
    ['an', false],
  ])('misplaced tone in %s: %s', (word, misplaced) => {
    expect(misplacedTone(word)).toBe(misplaced);
  });
});

describe('Cyrillic and Greek look-alikes', () => {
  it.each([
    ['Сông tác thi đua', 'Công tác thi đua', 1], // Cyrillic С
    ['khen thưởng nаm 2024', 'khen thưởng nam 2024', 1], // Cyrillic а
    ['Ủy ban nhân dân', 'Ủy ban nhân dân', 0],
    ['Москва and Αθήνα', 'Москва and Αθήνα', 0], // whole words of those scripts stay
  ])('%s → %s (%d)', (line, view, n) => {
    expect(latinView(line)).toEqual({ text: view, lookAlikes: n });
    expect(latinView(line).text.length).toBe(line.length);
  });
  it('a marked line with a look-alike inside a word is repaired, the change listed', () => {
    const line = 'Kế hoạch tổ chức Сông tác thi đua, khen thưởng năm 2024 của Ủy ban nhân dân quận';
    const result = restorer.restore(line);
    expect(result.text).toBe('Kế hoạch tổ chức Công tác thi đua, khen thưởng năm 2024 của Ủy ban nhân dân quận');
    expect(result.changes.map((c) => [c.original, c.replacement])).toEqual([['Сông', 'Công']]);
  });
});

describe('garbled line detection', () => {
  const stateOf = (lines: string[], at = 0) => restorer.lineStates(lines)[at];
  it.each([
    ['foreign look-alikes', ['Kế hoạch triển khai cüa Ủy ban nhân dân về Näng cao chất lượng']],
    ['impossible marks', ['Thi dua, khen thtrông và séi nổi trong các tầng lớp']],
    ['misread words beside marked ones', ['tu tuong về thi dua yeu nudc cla Chi tich H6 Chi Minh; Chỉ thị số 41']],
  ])('%s: garbled', (_, lines) => {
    expect(stateOf(lines)).toBe('garbled');
  });
  it.each([
    ['correctly marked', ['Kế hoạch triển khai phong trào thi đua yêu nước năm 2025 của Ủy ban nhân dân tỉnh']],
    ['marked with names and codes', ['Căn cứ Quyết định số 1746/QĐ-TTg ngày 12/7/2025 của UBND tỉnh Đắk Lắk và ông Hồ Đức Phớc']],
    ['marked with an English phrase', ['Chương trình "Internet of Things (IoT)" được triển khai tại các khu công nghiệp']],
  ])('%s: marked', (_, lines) => {
    expect(stateOf(lines)).toBe('marked');
  });
  it('stripped text stays stripped', () => {
    expect(stateOf(['Thuc hien Ke hoach so 03/KH-UBND cua Uy ban nhan dan quan ve cong tac thi dua khen thuong'])).toBe('stripped');
  });
  it('a word broken by a line wrap is no sign', () => {
    const lines = ['3. Bà Trần Thanh Thảo, Công chức Văn phòng Đảng ủy Phư', 'ờng, Ủy viên;'];
    expect(restorer.lineStates(lines)).toEqual(['marked', 'marked']);
    expect(restorer.restore(lines.join('\n')).changes).toEqual([]);
  });
  it('the marked lines of an OCR layer whose bare lines are noisy are decoded, their marks kept', () => {
    const layer = [
      'sinh vien trong dot cao diem nghi he va trong tiled gian dien ky thi tit ngay',
      'V/v bao dam TTATGT cho HS, SV 1. Phòng CTSV gửi văn bản đến các đơn vị thuộc trường',
      'yeu cau Thfi truOng cac don vi, truemg hoc thuc hien mot so noi dung sau:',
      'Tang ctrong cong tac tuyen truyen pho bien, gido duc phap luat ve giao',
    ];
    const states = restorer.lineStates(layer);
    expect(states[1]).not.toBe('marked');
    const out = restorer.restore(layer.join('\n')).text.split('\n')[1]!;
    expect(out).toContain('bảo đảm');
    expect(out).toContain('Phòng CTSV gửi văn bản đến các đơn vị thuộc trường');
  });
  it('a whole garbled layer is read as garbled, even its lines without a sign', () => {
    const layer = [
      'Thi dua, khen thtrông và séi nổi trong các tầng lớp',
      'cüa Ủy ban nhân dân tỉnh về Näng cao chất lượng',
      'xá hội, đảm bảo quốc phòng an ninh, xây đựng hệ thống chính trị',
    ];
    expect(restorer.lineStates(layer)).toEqual(['garbled', 'garbled', 'garbled']);
  });
  it('our own OCR is judged line by line: a garbled line is garbled, its clean neighbours stay marked', () => {
    const layer = [
      'Thi dua, khen thtrông và séi nổi trong các tầng lớp',
      'cüa Ủy ban nhân dân tỉnh về Näng cao chất lượng',
      'xá hội, đảm bảo quốc phòng an ninh, xây đựng hệ thống chính trị',
    ];
    const whole = restorer.lineStates(layer);
    const own = restorer.lineStates(layer, true);
    expect(own[2]).toBe('marked');
    expect(whole[2]).toBe('garbled');
    // The lines garbled on their own signs are read so either way.
    expect(own.slice(0, 2)).toEqual(whole.slice(0, 2));
  });
  it('the marked lines of our own noisy OCR are not read as a mixed layer', () => {
    const layer = [
      'sinh vien trong dot cao diem nghi he va trong tiled gian dien ky thi tit ngay',
      'V/v bao dam TTATGT cho HS, SV 1. Phòng CTSV gửi văn bản đến các đơn vị thuộc trường',
      'yeu cau Thfi truOng cac don vi, truemg hoc thuc hien mot so noi dung sau:',
      'Tang ctrong cong tac tuyen truyen pho bien, gido duc phap luat ve giao',
    ];
    expect(restorer.lineStates(layer)[1]).not.toBe('marked');
    expect(restorer.lineStates(layer, true)[1]).toBe('marked');
    expect(restorer.restore(layer.join('\n'), { ownOcr: true }).text.split('\n')[1]).toBe(layer[1]);
  });
});

describe('repairing garbled lines', () => {
  it.each([
    ['Kế hoạch triển khai cüa Ủy ban nhân dân về Näng cao chất lượng', 'Kế hoạch triển khai của Ủy ban nhân dân về Nâng cao chất lượng'],
    ['Thi dua, khen thtrông và séi nổi trong các tầng lớp', 'Thi đua, khen thưởng và sôi nổi trong các tầng lớp'],
  ])('%s', (garbled, repaired) => {
    expect(restorer.restore(garbled).text).toBe(repaired);
  });
  it('lists every altered token with a confidence, and keeps the rest of the line as written', () => {
    const garbled = 'Kế hoạch triển khai cüa Ủy ban nhân dân về Näng cao chất lượng';
    const result = restorer.restore(garbled);
    expect(result.changes.map((c) => [c.original, c.replacement])).toEqual([
      ['cüa', 'của'],
      ['Näng', 'Nâng'],
    ]);
    for (const c of result.changes) {
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
      expect(result.text.slice(c.span.start, c.span.end)).toBe(c.replacement);
    }
  });
  it('a garbled layer with watermark and stamp fragments keeps them', () => {
    const layer = ['19/10/2023 14:41:22', 'Thi dua, khen thtrông và séi nổi trong các tầng lớp', 'hnh', 'an'].join('\n');
    const out = restorer.restore(layer).text.split('\n');
    expect(out[0]).toBe('19/10/2023 14:41:22');
    expect(out[1]).toBe('Thi đua, khen thưởng và sôi nổi trong các tầng lớp');
    expect(out[2]).toBe('hnh');
  });
});

describe('typed text (a Word document, a web page): no line is repaired as garbled OCR', () => {
  it.each([
    ['foreign words among marked ones', 'khoảng cách giữa các dòng hay cách dòng (line spacing) chọn tối thiểu từ 1cm'],
    ['a line an OCR engine would have garbled', 'Kế hoạch triển khai cüa Ủy ban nhân dân về Näng cao chất lượng'],
  ])('%s: left as typed', (_name, line) => {
    const result = restorer.restore(line, { typed: true });
    expect(result.text).toBe(line);
    expect(result.garbledLines).toBe(0);
  });
  it('a typed line without marks is still restored', () => {
    const result = restorer.restore('Ke hoach thi dua khen thuong nam 2024', { typed: true });
    expect(result.text).toBe('Kế hoạch thi đua khen thưởng năm 2024');
  });
});

describe('already marked text is left exactly as it is', () => {
  const here = dirname(fileURLToPath(import.meta.url));
  const docs = resolve(here, '../../../shared/real-dev/docs');
  const files = readdirSync(docs).filter((f) => /\.(md|txt)$/.test(f));
  it.each(files)('%s', (file) => {
    const text = readFileSync(join(docs, file), 'utf8').normalize('NFC');
    const result = restorer.restore(text);
    // One real typo ("nươc") may be mended; nothing else moves.
    const others = result.changes.filter((c) => !(c.original === 'nươc' && c.replacement === 'nước'));
    expect(others).toEqual([]);
  });
});

describe('line score', () => {
  const signs = (o: Partial<import('../../normalizers/diacritics/garbled.js').LineSigns>) => ({ words: 10, foreign: 0, badMarks: 0, rareBare: 0, unknown: 0, ...o });
  it.each([
    ['two impossible marks', signs({ badMarks: 2 }), true],
    ['one foreign letter and one rare bare word', signs({ foreign: 1, rareBare: 1 }), true],
    ['one foreign letter alone', signs({ foreign: 1 }), true],
    ['one typo in a long line', signs({ badMarks: 1 }), false],
    ['one typo in a short line', signs({ words: 4, badMarks: 1 }), true],
    ['two rare bare words', signs({ rareBare: 2 }), false],
    ['mostly English', signs({ badMarks: 2, unknown: 4 }), false],
  ])('%s → garbled %s', (_, s, garbled) => {
    expect(garbledAlone(garbledScore(s), s.words)).toBe(garbled);
  });
});

describe('typed text that only looks garbled', () => {
  it.each([
    ['list items cited in an amending decision', ['1. Sửa đổi điểm b và c khoản 2, điểm d và đ khoản 3 Điều 5 như sau:', '2. Bãi bỏ điểm b và c khoản 1, điểm d và đ khoản 2 Điều 4.', 'Các hộ nghèo ở buôn Ea Sô được hỗ trợ bò giống, dê giống tại huyện Krông Pắc.']],
    ['a sentence that lost its space after "!"', ['Chú ý!Hạn nộp hồ sơ là ngày 15/3 tại bộ phận một cửa.', 'Khẩu hiệu: Tiến lên!Toàn thắng ắt về ta!']],
  ])('%s: no line is garbled and nothing changes', (_name, lines) => {
    const text = lines.join('\n');
    const result = restorer.restore(text, {});
    expect(result.garbledLines).toBe(0);
    expect(result.text).toBe(text);
  });

  it('an engine that drops hatted vowels still leaves lone consonants as a sign', () => {
    expect(latinView('ni b trong h thng').lookAlikes).toBe(0);
    expect(restorer.restore('Ban hành ni b trong h thng văn bn ca c quan', {}).garbledLines).toBe(1);
  });
});
