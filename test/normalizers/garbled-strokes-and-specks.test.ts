// Rules of the OCR channel for garbled layers that hold for any engine: a mark read as a stop or a
// comma inside a word, the crossbar of a đ read as "<", a 5 for a hatted vowel, the strokes of a U
// in a code, and short capital words whose vowel capital is a misread marked vowel. Each with the
// cases it must leave alone.
import { beforeAll, describe, expect, it } from 'vitest';
import { wordThenNumber } from '../../normalizers/diacritics/glued-words.js';
import { ENGINE_CONFUSIONS } from '../../normalizers/diacritics/engine-confusions.js';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { crossbarView } from '../../normalizers/diacritics/misread-letters.js';
import { lookAlikeCode } from '../../normalizers/diacritics/misread-codes.js';
import { applyCase, misreadCapitalWord } from '../../normalizers/diacritics/rebuild.js';
import { Restorer, endsSentence } from '../../normalizers/diacritics/restorer.js';
import { isSpeckedPair, joinSpeckedPieces } from '../../normalizers/diacritics/speck-words.js';
import { dotBelowFirst } from '../../normalizers/diacritics/token-readings.js';
import { splitPieces } from '../../normalizers/diacritics/tokens.js';
import { syllableInventory } from '../../normalizers/syllables.js';
import { ocrCandidates } from '../../normalizers/ocr-noise.js';

let restorer: Restorer;
beforeAll(() => {
  restorer = new Restorer(loadModel());
});

/** A scanner OCR's layer (no Vietnamese letters at all): garbled lines around the one under test. */
const layer = (line: string) => [
  'Theo di nghi cua Sd NQi vu tqi Td trinh ngdy 08 thdng l0 ndm 2025.',
  'Di6u 1. Thanh lQp HQi d6ng thAm dinh, d6nh gi6 c6ng tdc nim 2025',
  line,
  'Didu 2. NhiQm vg, ho4t tlQng cria HQi tldng thAm dinh',
  'HQi d6ng dugc sir dgng con d6u cta Sd NQi vU trong qu6 trinh thgc hi6n.',
];
const restoredLine = (line: string) => restorer.restore(layer(line).join('\n')).text.split('\n')[2]!;

describe('a speck inside a word', () => {
  it.each([
    ['dich vu c6ng tr.uc tuy6n', 3, true],
    ['cuoc ho.p', 1, true],
    ['bu,ii lam viec', 0, true],
    ['di,5m a', 0, true],
    // Numbers, run-on sentences, codes, "v.v": no word cut by a speck.
    ['gia 3,5 trieu', 1, false],
    ['nam 2025.Theo do', 1, false],
    ['tai TP.HCM', 1, false],
    ['cac viec v.v', 2, false],
    ['so a.1/KH', 1, false],
    ['tu do. cac', 1, false],
    // A bracket standing for a vowel or its mark, of either case; not an aside or a note mark.
    ['Ong Nguyen Van D[ng', 3, true],
    ['QUY DINH CHI]NG', 2, true],
    ['ten[ghi chu] cua', 0, false],
    ['dieu 5[1] cua', 1, false],
    ['de nghi ct)a Vu', 2, true],
    ['so luong(nguoi) cua', 1, false],
    // A bar or a backslash for a letter; not the bars of a table row.
    ['va h|i hoat dong', 1, true],
    ['khach hang g\\p kho khan', 2, true],
    ['ten|don vi|ghi chu', 0, false],
  ])('%s: pieces %i and next one speck apart: %s', (line, at, expected) => {
    const pieces = splitPieces(line);
    expect(isSpeckedPair(line, pieces[at]!, pieces[at + 1]!)).toBe(expected);
  });
  it('joins the halves, the speck an apostrophe, over the whole span', () => {
    const line = 'dich vu tr.uc tuyen';
    const joined = joinSpeckedPieces(line, splitPieces(line), () => true);
    expect(joined.map((p) => p.text)).toEqual(['dich', 'vu', "tr'uc", 'tuyen']);
    expect(line.slice(joined[2]!.start, joined[2]!.end)).toBe('tr.uc');
  });
  it('keeps the halves when the judge says no', () => {
    const line = 'hien.cac';
    expect(joinSpeckedPieces(line, splitPieces(line), () => false).map((p) => p.text)).toEqual(['hien', 'cac']);
  });
  it.each([
    ['Theo di nghi ct)a Vu trudng Vq Tin dung', 'của Vụ'],
    ['PCI, chi s6 c6i c6ch d6i v6i dlch vU c6ng (DVC) tr.uc tuy6n.', 'trực tuyến'],
    ['dung theo chi d4o t4i cugc ho.p.', 'cuộc họp'],
  ])('in a garbled layer %s → contains %s', (line, expected) => {
    expect(restoredLine(line)).toContain(expected);
  });
});

describe('the crossbar of a đ read as "<"', () => {
  it.each([
    ['Gi6m <Iiic S0 Ngi vu', 'Gi6m tliic S0 Ngi vu'],
    ['Nehi <linh s6', 'Nehi tlinh s6'],
    // Markup and comparisons stay.
    ['<li>muc</li>', '<li>muc</li>'],
    ['<link href="a.css">', '<link href="a.css">'],
    ['a <b', 'a <b'],
    ['x<lim', 'x<lim'],
    ['gia tri <10', 'gia tri <10'],
  ])('%s → %s', (line, expected) => {
    expect(crossbarView(line)).toBe(expected);
  });
  it('is read as đ in a garbled layer', () => {
    expect(restoredLine('Chanh Vdn phdng Uy ban nhdn dan tinh, Gi6m <Iiic S0 Ngi vu')).toContain('Giám đốc');
  });
});

describe('a code misread by the strokes of a letter', () => {
  const known = new Map([
    ['UBND', 'UBND'],
    ['HDND', 'HĐND'],
    ['MTTQ', 'MTTQ'],
    ['BNV', 'BNV'],
    ['SNV', 'SNV'],
  ]);
  const lookUp = (code: string) => known.get(code) ?? null;
  it.each([
    ['LIBND', 'UBND'],
    ['IJBND', 'UBND'],
    ['IIDND', 'HĐND'],
    ['MTTO', 'MTTQ'],
    // Known codes, codes one letter from another code, unknown ones: as written.
    ['UBND', null],
    ['SNV', null],
    ['XYZW', null],
    ['LIB', null],
  ])('%s → %s', (code, expected) => {
    expect(lookAlikeCode(code, lookUp)).toBe(expected);
  });
  it('two codes within reach: no way to tell, left', () => {
    const both = (code: string) => (code === 'UBQ' || code === 'HBO' ? code : null);
    expect(lookAlikeCode('IIBO', (c) => (c === 'HBO' || c === 'IIBQ' ? c : both(c)))).toBeNull();
  });
  it('in a garbled layer "LIBND tinh" → "UBND tỉnh"', () => {
    expect(restoredLine('Van phdng LIBND tinh chu tri.')).toContain('UBND tỉnh');
  });
});

describe('a short capital word among small-letter words', () => {
  it.each([
    ['BO', 'bộ', undefined, 'NOi', true],
    ['MO', 'mô', 'bO', 'tA', true],
    ['TO', 'tổ', 'Luat', 'chuc', true],
    // A heading's word, a code read as itself, a longer code, a word alone: left to applyCase.
    ['TO', 'tờ', undefined, 'TRiNH', false],
    ['CA', 'ca', 'cua', 'tinh', false],
    ['UBND', 'ubnd', 'cua', 'tinh', false],
    ['BO', 'bộ', undefined, undefined, false],
    ['BO', 'bộ', 'NOI', 'VU', false],
  ])('%s read %s between %s and %s: capitalised only: %s', (raw, form, before, after, expected) => {
    expect(misreadCapitalWord(raw, form, before, after)).toBe(expected);
  });
  it('in a garbled layer "BO NOi vu" → "Bộ Nội vụ"', () => {
    expect(restoredLine('BO NOi vu vd vi€c huong dAn m6t s6 nQi dung')).toContain('Bộ Nội vụ');
  });
});

describe('a 5 for a hatted vowel', () => {
  it.each([
    ['Chi si5 cdi c6ch hanh chinh n6m 2024', 'Chỉ số'],
    ['c6c huy6n, thdnh phi5 vd c6c don vi', 'thành phố'],
  ])('%s → contains %s', (line, expected) => {
    expect(restoredLine(line)).toContain(expected);
  });
  it.each(['Dieu 5', 'Khoan 5 Dieu 3', 'A5', 'gia 5 trieu dong', 'Phu luc 5'])('the numbers of %s stay', (line) => {
    expect(restoredLine(line).replace(/[^0-9]/g, '')).toBe(line.replace(/[^0-9]/g, ''));
  });
});

describe('good lines of a garbled layer stay as they are', () => {
  it.each([
    'Ông Nguyễn Văn An, Giám đốc Sở Nội vụ, v.v.',
    'Giá 3,5 triệu đồng tại TP.HCM; xem mục a.1/KH.',
    'Công văn số 1911/BNV-TCPCP và 294/TTr-SNV của UBND tỉnh.',
    'UBND, SGDĐT, TT-BTC, HĐND, MTTQ, PAR INDEX, PAPI, SIPAS',
    // The words of an address are not split as two run together.
    'Email: info@snv.lamdong.gov.vn, www.lamdong.gov.vn',
    'Website: https://lamdong.gov.vn',
  ])('%s', (line) => {
    expect(restoredLine(line)).toBe(line);
  });
});

describe('a q inside a word stands for a vowel with a dot below', () => {
  const reading = (forms: string[]) => ({ slot: { ids: forms.map((_, i) => i), costs: forms.map(() => 0) }, forms, kinds: forms.map(() => 'ocr' as const), from: 0, to: 3, digitRepair: false });
  it.each([
    ['hQi', ['hội', 'hại', 'hơi'], [0, 0, 1.5]],
    ['tqi', ['tại', 'tai', 'tới'], [0, 1.5, 1.5]],
    ['Luqt', ['luật', 'lướt'], [0, 1.5]],
    ['HQI', ['hội', 'hỏi'], [0, 1.5]],
  ])('%s: readings %j cost %j more', (text, forms, extra) => {
    expect(dotBelowFirst(reading(forms), text).slot.costs).toEqual(extra);
  });
  it.each(['quy', 'Quyet', 'QUY', 'hoi', 'MTTQ'])('%s: no inner q, costs unchanged', (text) => {
    const r = reading(['quy', 'quý']);
    expect(dotBelowFirst(r, text)).toBe(r);
  });
  it('in a garbled layer "nh6m nq" → "nhóm nợ"', () => {
    expect(restoredLine('thoi hpn tri nq vd git nguy6n nh6m nq')).toContain('nhóm nợ');
  });
});

describe('the channel reaches đ from "il", a hatted vowel from 5 and d, ư from rl', () => {
  const reach = (token: string) => ocrCandidates(token, (k) => syllableInventory().has(k), 12, ENGINE_CONFUSIONS, true).map((c) => c.key);
  it.each([
    ['il6i', 'doi'],
    ['ilon', 'don'],
    ['di5m', 'diem'],
    ['Gi5m', 'giam'],
    ['crl', 'cu'],
    ['Trl', 'tu'],
    ['Vd', 've'],
  ])('%s reaches %s', (token, key) => {
    expect(reach(token)).toContain(key);
  });
});

describe('words an engine ran together', () => {
  it.each([
    ['ndm2023', 3],
    ['ngay15', 4],
    ['Ngay15', 4],
    // An engine's capital or ạ (spread over three letters by the view) inside the word: still a word.
    ['dOạạạfi2016', 7],
    // Codes, note marks, numbers: not cut.
    ['QH15', -1],
    ['UBND2023', -1],
    ['K15', -1],
    ['CO2', -1],
    ['vu1', -1],
    ['2023', -1],
    ['a12', -1],
    ['Phuong12', 6],
    // A writer's Title-case abbreviation with its number: a road's kilometre, a city.
    ['Km12', -1],
    ['Km15', -1],
    ['Tp15', -1],
    ['KM12', -1],
    // A long run of letters with no figure is answered at once (no backtracking over it).
    ['a'.repeat(20000), -1],
  ])('%s: word ends at %i', (text, at) => {
    expect(wordThenNumber(text)).toBe(at);
  });
  it.each([
    ['Quyet dinh s6 1996/QD-UBND ngdy 19 th6ng 9 ndm2023 cta', 'năm 2023'],
    ['KT. CHUTICH', 'CHỦ TỊCH'],
  ])('in a garbled layer %s → contains %s', (line, expected) => {
    expect(restoredLine(line)).toContain(expected);
  });
  it.each(['Thi cong tai Km12+500 va Km15 Quoc lo 1A', 'Doan tu Km12 den Km15 cua Quoc lo 20'])('a road kilometre keeps its abbreviation: %s', (line) => {
    const out = restoredLine(line);
    expect(out).toContain('Km12');
    expect(out).toContain('Km15');
  });
  it.each(['tu dong hoa san xuat, robot cong nghiep', 'may tinh laptop cua phong'])('a small-letter word of another language is not cut in two: %s', (line) => {
    expect(restoredLine(line).split(/\s+/).length).toBe(line.split(/\s+/).length);
  });
});

describe('a lone capital after a capitalised word is a name initial', () => {
  it.each([
    ['Ong Nguyen Van T va Ba Le Thi H', ['Văn T ', 'Thị H']],
    ['giao Ong Tran Van B chu tri', ['Văn B ']],
  ])('%s keeps its initials', (line, kept) => {
    const out = restoredLine(line);
    for (const k of kept) expect(out).toContain(k);
  });
  it('a lone capital after a small-letter word is still a dropped-vowel word', () => {
    expect(restoredLine('Can cü Thông tu s 16/2018/TT-BTC cüa B Tài chInh')).toContain('Bộ Tài chính');
  });
});

describe('a capital I read for l is no capital', () => {
  it.each([
    ['IiQu', 'liệu', 'liệu'],
    ['Ion', 'lớn', 'lớn'],
    // A capital I that is an I, and an l-word written in capitals, keep their case.
    ['Ich', 'ích', 'Ích'],
    ['IAP', 'lập', 'LẬP'],
    ['HQi', 'hội', 'Hội'],
  ])('%s read as %s is written %s', (raw, form, out) => {
    expect(applyCase(raw, form)).toBe(out);
  });
});

describe('a line ending a sentence', () => {
  it.each([
    ['thi hành Quyết định này.', false, true],
    ['thi hanh Quyet dinh nity.l.1fu', true, true],
    ['thi hanh Quyet dinh nay./.', true, true],
    // Debris after a stop ends a sentence only in a garbled layer; a line running on does not.
    ['thi hanh Quyet dinh nity.l.1fu', false, false],
    ['thi hanh Quyet dinh nay va', true, false],
    ['so 15/2020/ND-CP', true, false],
  ])('%s (garbled layer: %s) → %s', (line, layer, expected) => {
    expect(endsSentence(line, layer)).toBe(expected);
  });
});

describe('a layer whose engine drops hatted vowels throughout', () => {
  /** An OmniPage-like layer: "ni b", "h thng", "v" left of nội bộ, hệ thống, về. */
  const dropping = (line: string) =>
    [
      'QUY DINH',
      'V chi tiêu ni b trong h thng Agribank',
      'Can cü BO Lut lao dung s 10/2012/QH13 ngày 18/6/2012;',
      line,
      'Theo d nghj cüa K toán truóng, Truóng Ban Tài chinh K toán',
    ].join('\n');
  it('reads a lone consonant before a number as a word', () => {
    const out = restorer.restore(dropping('Can cü Thông tu s 16/2018/TT-BTC ngày 07/02/2018 cüa B Tài chInh')).text.split('\n')[3]!;
    expect(out).toContain('số 16/2018');
  });
  it('keeps a cited list item and a name initial', () => {
    const out = restorer.restore(dropping('theo diem b khoan 2 Dieu 3, giao ông Nguyen Van T')).text.split('\n')[3]!;
    expect(out).toContain('điểm b khoản 2');
    expect(out).toContain('Văn T');
  });
});

describe('a capital and a misread vowel capital before a small i', () => {
  it.each([
    ['Giao Sd NQi vu chuAn bi n6i dung', 'Sở Nội vụ'],
    ['dung theo quy dinh cua HQi', 'Hội'],
    // An upper-case word with one small i is still upper case.
    ['CONG HOA XA HOI CHU NGHiA VIET NAM', 'NGHĨA'],
  ])('%s → contains %s', (line, expected) => {
    expect(restoredLine(line)).toContain(expected);
  });
});

describe('two words joined by a speck read as an apostrophe', () => {
  const third = (line: string) => restorer.restore(layer(line).join('\n')).text.split('\n')[2]!;
  it.each([
    // Lines of the garbled gold's tuning part 2.
    ['phoi hop voi cac co-quan, don vj lién quan trién khai thuc hién’Ké hoach theo', 'thực hiện Kế hoạch'],
    ['huéng dan’clia Bé, nganh chuyén mon d6i véi cac co sé dit liéu quéc gia', 'hướng dẫn của Bộ'],
  ])('%s → … %s …', (line, words) => {
    expect(third(line)).toContain(words);
  });
  it.each([
    // A horn read as an apostrophe is a mark of one word, not a cut.
    ['Chtro\'ng I', 'Chương I'],
    ['truy\'en thong', 'truyền thông'],
  ])('%s stays one word: %s', (line, out) => {
    expect(third(line)).toBe(out);
  });
});

describe('an ế whose hat and acute were read as a t before its stroke', () => {
  it.each([
    // "tti" = tế: the hat and acute as a t, the e's stroke as an i.
    ['qu6c tti vd chi ti6t', 'quốc tế và chi tiết'],
    // A word that opens with "ti" keeps it.
    ['kh6ng thitiu s6 ti6n thu6 phii nQp', 'không thiếu số tiền thuế phải nộp'],
  ])('%s → %s', (line, expected) => {
    expect(restoredLine(line)).toBe(expected);
  });

  it('reads "ti" after a letter as a hatted e at the stroke cost', () => {
    const isKey = (k: string) => syllableInventory().has(k);
    expect(ocrCandidates('tti', isKey, 24, ENGINE_CONFUSIONS).find((c) => c.key === 'te')?.cost).toBeLessThanOrEqual(1.3);
  });
});

describe("an onset's h read as the t of its ascender and the r of its arch", () => {
  const isKey = (k: string) => syllableInventory().has(k);
  it.each([
    ['ctr6t', 'chat'],
    ['ttruti', 'thue'],
  ])('%s may read %s', (token, key) => {
    expect(ocrCandidates(token, isKey, 24, ENGINE_CONFUSIONS).map((c) => c.key)).toContain(key);
  });

  it('a word\'s own tr onset is not read as h', () => {
    expect(ocrCandidates('trong', isKey, 24, ENGINE_CONFUSIONS).map((c) => c.key)).not.toContain('hong');
  });
});
