// The garbling engines' channel: lines Vietnamese only through their confusions, rare marked
// readings as a sign, edit-distance candidates for words no listed confusion explains, and
// upper-case words misread inside codes' clothes.
import { beforeAll, describe, expect, it } from 'vitest';
import { EditCandidates } from '../../normalizers/diacritics/edit-candidates.js';
import { TokenSign, garbledView, tokenSign } from '../../normalizers/diacritics/garbled.js';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';

let restorer: Restorer;
beforeAll(() => {
  restorer = new Restorer(loadModel());
});

describe('a rare marked reading is a sign', () => {
  /** The marked form's odds against its key's commonest reading: 99 for the listed forms. */
  const odds = (rare: string[]) => (key: string, form?: string) => (form !== undefined && rare.includes(form) ? 99 : 0);
  it.each([
    ['quãn', ['quãn'], TokenSign.RareBare],
    ['quản', ['quãn'], TokenSign.Neutral],
    ['giãng', ['giãng'], TokenSign.RareBare],
    ['Giãng', ['giãng'], TokenSign.Neutral], // capitalised: a name's own spelling
  ])('%s → %s', (word, rare, sign) => {
    expect(tokenSign(word, odds(rare))).toBe(sign);
  });
});

describe('lines Vietnamese only through the engine confusions', () => {
  it.each([
    ['Dc Ip - Tir do - Hnh phiic', 'garbled'],
    ['Ministry of Home Affairs and the Government Office', 'foreign'],
    ['Click here to download the attached document', 'foreign'],
  ])('%s → %s', (line, state) => {
    expect(restorer.lineStates([line])[0]).toBe(state);
  });
  it('the motto an engine without Vietnamese made is repaired', () => {
    expect(restorer.restore('Dc Ip - Tir do - Hnh phiic').text).toBe('Độc lập - Tự do - Hạnh phúc');
  });
  it('a layer with such a line reads its rare-marked lines as garbled too', () => {
    const layer = ['Dc Ip - Tir do - Hnh phiic', 'Thi dua, khen thtrông', 'Uy ban nhân dan'];
    expect(restorer.restore(layer.join('\n')).text.split('\n')[2]).toBe('Ủy ban nhân dân');
  });
});

describe('upper-case words and codes of a garbled layer', () => {
  const layer = (heading: string) => ['Thi dua, khen thtrông và séi nổi trong các tầng lớp', heading, 'cüa Ủy ban nhân dân tỉnh về Näng cao chất lượng'].join('\n');
  it('a misread upper-case word is read in context', () => {
    expect(restorer.restore(layer('CỘNG HÒA XÃ HQI CHỦ NGHĨA VIỆT NAM')).text.split('\n')[1]).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });
  it.each([
    ['QUYET DNH', 'QUYẾT ĐỊNH'], // the marked vowel dropped
    ['THANH TRA CHNH PHU', 'THANH TRA CHÍNH PHỦ'],
  ])('a vowel-less upper-case word no code is read as a word: %s', (line, repaired) => {
    expect(restorer.restore(layer(line)).text.split('\n')[1]).toBe(repaired);
  });
  it.each(['Các trường THPT và UBND huyện', 'Trung tâm GDTX và HSSV của trường', 'Lưu: VT, CTrTT, BCH Đoàn trường'])('codes stay as written: %s', (line) => {
    const out = restorer.restore(layer(line)).text.split('\n')[1]!;
    for (const code of line.match(/\b[A-Z][A-Za-z]*[A-Z]\b/g)!) expect(out).toContain(code);
  });
});

describe('edit-distance candidates', () => {
  const index = new EditCandidates(['cuong', 'trong', 'gian', 'voi', 'chieu', 'nghe', 'ho', 'chi']);
  it.each([
    ['cutng', 'cuong'], // one letter misread
    ['troag', 'trong'],
    ['giah', 'gian'],
    ['vor', 'voi'],
  ])('%s reaches %s', (word, key) => {
    expect(index.near(word, 6, 3.2).map((k) => k.key)).toContain(key);
  });
  it.each([
    ['hochieu', 'chieu'], // two syllables run together: two letters fewer is no misreading
    ['nghexyz', 'nghe'],
  ])('%s does not reach %s', (word, key) => {
    expect(index.near(word, 6, 3.2).map((k) => k.key)).not.toContain(key);
  });
  it.each(['', 'a', 'ngh€', 'abcdefghijkl', 'CUTNG'])('no candidates for %j', (word) => {
    expect(index.near(word, 6, 3.2)).toEqual([]);
  });
  it('costs grow with the edits and stay under the cap', () => {
    const found = index.near('cutng', 6, 3.2);
    expect(found.every((k) => k.cost > 0 && k.cost <= 3.2)).toBe(true);
    expect(found.map((k) => k.cost)).toEqual([...found.map((k) => k.cost)].sort((a, b) => a - b));
  });
  it('two syllables run together in a garbled line stay as written', () => {
    const lines = ['hộchiếu:......................', 'Chức vụ, phẩm vị (nếucó):.................'];
    expect(restorer.restore(lines.join('\n')).text).toBe(lines.join('\n'));
  });
});

describe('codes misread by one look-alike letter in a garbled layer', () => {
  const layer = (line: string) =>
    ['Thi dua, khen thtrông và séi nổi trong các tầng lớp của MTTQ', line, 'cüa Ủy ban nhân dân tỉnh về Näng cao chất lượng'].join('\n');
  it.each([
    ['đơn thư do MTTO chuyển đến', 'đơn thư do MTTQ chuyển đến'], // the document spells MTTQ, which the model knows
    ['đơn thư do MTTQ chuyển đến', 'đơn thư do MTTQ chuyển đến'], // a known code is never taken for a misreading
    ['đơn thư do MTTX chuyển đến', 'đơn thư do MTTX chuyển đến'], // X is no look-alike of Q
  ])('%s → %s', (line, repaired) => {
    expect(restorer.restore(layer(line)).text.split('\n')[1]).toBe(repaired);
  });
  it('outside a garbled layer codes stay as written', () => {
    const text = ['Kế hoạch của MTTQ xã năm 2025', 'đơn thư do MTTO chuyển đến các cơ quan'].join('\n');
    expect(restorer.restore(text).text).toBe(text);
  });
});

describe('a ! closing a word of a garbled layer', () => {
  it.each([
    ['thi hanh Ngh! dinh so 100', 'thi hanh Nghi dinh so 100'], // no syllable "ngh": the ! is its i
    ['chuan k! thuat quoc gia', 'chuan ki thuat quoc gia'],
    ['cua hoi, qu! xa hoi', 'cua hoi, qui xa hoi'],
    ['viec de ngh!', 'viec de nghi'],
    ['Chú ý! Không được', 'Chú ý! Không được'], // a syllable before it: the sentence's !
    ['Hoan thanh xong!', 'Hoan thanh xong!'],
    ['Bao cao OK!', 'Bao cao OK!'], // "oki" is no syllable either
    ['Muc 2! va 3', 'Muc 2! va 3'],
  ])('%s → %s', (line, view) => {
    expect(garbledView(line).text).toBe(view);
  });
  it('is read as the marked i the context asks for, and the ! goes', () => {
    const layer = [
      'dan thi hanh Ngh! dinh so 100/2008/ND-CP ngay 08/9/2008 cua Chinh phu quy',
      'chuAn k! thuQt qu5c gia QCVN 01:2019/BCT.',
      'cta hQi, qu! xi hQi, qul tu thiQn quy dinh',
      'Qua ki6m tra hd so, viQc d6 ngh! a6i ten',
      'Chú ý! Khong duoc lam nhu vay',
    ];
    const out = restorer.restore(layer.join('\n')).text.split('\n');
    expect([out[0], out[1], out[3], out[4]]).toEqual([
      'dẫn thi hành Nghị định số 100/2008/NĐ-CP ngày 08/9/2008 của Chính phủ quy',
      'chuẩn kỹ thuật quốc gia QCVN 01:2019/BCT.',
      'Qua kiểm tra hồ sơ, việc đề nghị đổi tên',
      'Chú ý! Không được làm như vậy',
    ]);
    expect(out[2]).toContain('quỹ xã hội');
  });
});
