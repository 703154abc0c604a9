// Garbled layers of the engine families of gold part 7: marked vowels written as digits and look-
// alike capitals ("th6ng", "viQc", "kC"), signs between letters ("nguy€n", "hu&ng"), vowels dropped
// ("ni b" = nội bộ), two syllables run together ("HOAXA", "VIETNAM"). Each unit is checked on its
// own, then whole lines through the restorer; typed and correctly marked text must stay as it is.
import { beforeAll, describe, expect, it } from 'vitest';
import { ENGINE_CONFUSIONS } from '../../normalizers/diacritics/engine-confusions.js';
import { latinView } from '../../normalizers/diacritics/garbled.js';
import { gluedSplit, splitGluedPieces } from '../../normalizers/diacritics/glued-words.js';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer, isLoneConsonant } from '../../normalizers/diacritics/restorer.js';
import { cedillaVariants, droppedVowelKeys, misreadCapitalVariants } from '../../normalizers/diacritics/misread-letters.js';
import { upperCaseColumns } from '../../normalizers/diacritics/rebuild.js';
import { splitPieces } from '../../normalizers/diacritics/tokens.js';
import { ocrCandidates } from '../../normalizers/ocr-noise.js';
import { syllableInventory } from '../../normalizers/syllables.js';

let restorer: Restorer;
beforeAll(() => {
  restorer = new Restorer(loadModel());
});
const isKey = (k: string) => syllableInventory().has(k);

describe('digit and blot confusions reach the syllable', () => {
  it.each([
    ['li6n', 'lien'],
    ['kh6ch', 'khach'],
    ['trq', 'tro'],
    ['phqc', 'phuc'],
    ['dgng', 'dung'],
    ['khrich', 'khach'],
    ['rip', 'ap'],
    ['tli6u', 'dieu'],
    ['nhim', 'nham'],
    ['bao', 'dao'],
  ])('%s → %s', (read, key) => {
    expect(ocrCandidates(read, isKey, 12, ENGINE_CONFUSIONS, true).map((c) => c.key)).toContain(key);
  });
});

describe('signs between letters read as the letters they stand for', () => {
  it.each([
    // line, view, look-alikes counted
    ['nguy€n nhdm', 'nguyên nhdm', 1],
    ['QUY D!NH', 'QUY DINH', 1],
    ['Ch{nh phu', 'Chinh phu', 1],
    ['hu&ng dan', 'huong dan', 1],
    ['gia 100€ moi thang', 'gia 100€ moi thang', 0], // a price: € after a digit
    ['Chu y! Het han', 'Chu y! Het han', 0], // an exclamation closing a word
    ['R&D va AT&T', 'R&D va AT&T', 0], // & between capitals
    ['a {b} c', 'a {b} c', 0],
    ['trong ho?t dQng', 'trong hoat dQng', 1],
    ['phap lu$t', 'phap luat', 1],
    ['t6 ch*c tin', 't6 chuc tin', 1],
    ['Cdn c* Ludt', 'Cdn cu Ludt', 1], // * closing a vowelless word
    ['S& 5?AD /UBND', 'So 5?AD /UBND', 1], // & closing one
    ['Q&A và R&D, P&G', 'Q&A và R&D, P&G', 0], // a letter follows the &
    ['xem ghi chú* ở cuối', 'xem ghi chú* ở cuối', 0], // a footnote mark after a word with a vowel
    ['*Vì một quận*', '*Vì một quận*', 0], // emphasis
    ['**b**', '**b**', 0], // emphasis of a list letter
    ['mạng xã hội (*Z*alo, Facebook)', 'mạng xã hội (*Z*alo, Facebook)', 0],
    ['**Kính g****ửi****:**', '**Kính g****ửi****:**', 0],
    ['Có gì mới?', 'Có gì mới?', 0],
    ['phoi hop thu*c hien', 'phoi hop thu*c hien', 0], // a speck: "thuuc" is no syllable
  ])('%j → %j', (line, view, count) => {
    expect(latinView(line)).toEqual({ text: view, lookAlikes: count });
  });
});

describe('capital vowels inside small-letter words', () => {
  it.each([
    ['viQc', ['viqc']],
    ['kC', ['ke']],
    ['gAp', ['gap', 'gep']],
    ['DQc', ['Dqc']],
    ['ChInh', ['Chinh']],
  ])('%s reads as %j', (word, variants) => {
    expect(misreadCapitalVariants(word).map((v) => v.word)).toEqual(variants);
  });
  it.each([
    ['duçic', ['duoc', 'duoic', 'duuc', 'duuic']],
    ['hçp', ['hop', 'hup']],
    ['Tçr', ['To', 'Tor', 'Tu', 'Tur']],
    ['français', ['franoais', 'franuais']],
  ])('c-cedilla: %s reads as %j', (word, variants) => {
    expect(cedillaVariants(word).map((v) => v.word)).toEqual(variants);
  });
  it.each(['çç', 'hçpç', 'Garçon1', 'Hoa'])('c-cedilla: %s has no reading', (word) => {
    expect(cedillaVariants(word)).toEqual([]);
  });
  it.each(['IoT', 'eKYC', 'TTg', 'UBND', 'iPhone', 'Hoa', 'hoa', 'vAnBAn'])('%s is no such word', (word) => {
    expect(misreadCapitalVariants(word)).toEqual([]);
  });
});

describe('a hatted vowel dropped from a word that kept others', () => {
  it.each([
    ['ni', 'noi'],
    ['diu', 'dieu'],
    ['lut', 'luat'],
    ['hiu', 'hieu'],
  ])('%s → %s', (word, key) => {
    expect(droppedVowelKeys(word, isKey)).toContain(key);
  });
  it.each([
    ['thng', 'no vowel to put one beside'],
    ['nghieng', 'longer than a syllable that lost a vowel'],
    ['tieng', 'no vowel put back makes a syllable'],
  ])('%s gets none: %s', (word) => {
    expect(droppedVowelKeys(word, isKey)).toEqual([]);
  });
  it('proposes for a whole syllable too, each key one vowel longer', () => {
    const keys = droppedVowelKeys('khong', isKey);
    expect(keys).toContain('khoang');
    expect(keys.every((k) => k.length === 'khong'.length + 1 && isKey(k))).toBe(true);
  });
});

describe('lone consonants that stand as words', () => {
  it.each([
    ['trong h thng', 'h', true],
    ['Luat lao dong s 10/2012', 's', true],
    ['b) To chuc', 'b', false], // a list marker
    ['(d) Bao cao', 'd', false],
    ['N. V. An', 'V', false], // an initial
    ['khu vuc A va B', 'A', false], // a vowel letter
    ['X-quang', 'X', false],
  ])('%j, %s → %s', (line, letter, lone) => {
    const piece = splitPieces(line).find((p) => p.text === letter)!;
    expect(isLoneConsonant(line, piece)).toBe(lone);
  });
});

describe('two syllables run together', () => {
  const frequency = () => 0;
  it.each([
    ['HOAXA', 3],
    ['VIETNAM', 4],
    ['NGHiAVIET', 5],
    ['nguyen', -1], // one syllable
    ['Agribank', -1], // no two syllables
    ['HOA', -1], // too short
    ['vi3t', -1], // not letters
    ['nếucó', -1], // marked: the writer's missing space
  ])('%s splits at %d', (word, at) => {
    expect(gluedSplit(word, isKey, frequency)).toBe(at);
  });
  it('a split piece becomes two, the second marked as glued', () => {
    const pieces = splitPieces('CONG HOAXA HOI');
    const { pieces: out, gluedBefore } = splitGluedPieces(pieces, (p) => (p.text === 'HOAXA' ? 3 : -1));
    expect(out.map((p) => [p.text, p.start, p.end])).toEqual([['CONG', 0, 4], ['HOA', 5, 8], ['XA', 8, 10], ['HOI', 11, 14]]);
    expect([...gluedBefore]).toEqual([2]);
  });
});

describe('upper-case headings, a column at a time', () => {
  it.each([
    // line, heading spans
    ['CONG HOA xA HOI CHU NGHIA', [[0, 25]]],
    ['vA PHAT TRIEN NONG THON      Dc 1p - Tçr do - Htnh phñc', [[0, 23]]],
    ['Dc 1p - Tçr do - Htnh phñc', []],
    ['TONG GIAM oOc', [[0, 13]]],
    ['UBND TINH', [[0, 9]]],
    ['Ban hanh kem theo QUYET DINH so 12', []], // a heading's words inside a sentence
    ['Căn cứ Luật Tổ chức chính quyền địa phương', []],
  ])('%j → %j', (line, spans) => {
    expect(upperCaseColumns(line)).toEqual(spans);
  });
});

describe('whole lines of such layers', () => {
  it.each([
    // a layer (lines restored together) → the lines expected
    [['Th6ng tu ndy quy dlnh ve viQc t6 chirc tin dgng, chi nhrlnh ngdn hirng nu6c', 'ngoài cơ cấu lại thời hạn trả nợ'], 'Thông tư này quy định về việc tổ chức tín dụng, chi nhánh ngân hàng nước'],
    [['Nhd nrdc Vi€t Nam;', 'Căn cứ Luật Ngân hàng'], 'Việt'],
    [['QUY DINH CHUNG', 'Didu 1. Ph4m vi tli6u chinh', 'kh6c c6 li6n quan.'], 'Điều 1. Phạm vi điều chỉnh'],
    [['CONG HOAXA HQI CHU NGHiA VIETNAM', 'Dc 1p - Tçr do - Htnh phñc'], 'HÒA XÃ'],
    [['CONG HOAXA HQI CHU NGHiA VIETNAM', 'Dc 1p - Tçr do - Htnh phñc'], 'VIỆT NAM'],
    [['V chi tiêu ni b trong h thng Agribank', 'Can cü Thông tu s 16/2018/TT-BTC cüa B Tài chInh'], 'nội bộ'],
    [['Dc 1p - Tçr do - Htnh phñc'], 'Tự do'],
    [['NGAN HANG NONG NGHIEP vA PHAT TRIEN NONG THON', 'TONG GIAM oOc', 'Can cü Thông tu s 16/2018/TT-BTC cüa B Tài chInh', 'hu&ng dk mt sO diu v chê d tài chinh dôi vi to chüc tin dicing'], 'TỔNG GIÁM ĐỐC'],
    [['NGAN HANG NONG NGHIEP vA PHAT TRIEN NONG THON', 'TONG GIAM oOc', 'Can cü BO Lut lao dung'], 'NGHIỆP VÀ PHÁT'],
    [['CQNG HOA XA HQI CHU NGHiA VIET NAM', 'DQc lQp -Tr; do - Hqnh phric'], 'CỘNG HÒA XÃ HỘI'],
    [['trong ho?t dQng cria t6 chirc', 'quy ph4m ph6p lu$t c6 li6n quan'], 'hoạt động'],
    [['trong ho?t dQng cria t6 chirc', 'quy ph4m ph6p lu$t c6 li6n quan'], 'pháp luật'],
    [['duçic hçp dOng, thçrc hin'], 'được'],
    // A Đ read as a B, and a B that is one.
    [['Import danh sach sinh vien     Bao t!;lo      ASC', 'phong Dao t~o trinh Ban giarn hi~u phe duy~t'], 'Đào tạo      ASC'],
    [['Bao cao k~t qua dang ky chuyen nganh cua sinh vien', 'Ban giarn hi~u phe duy~t'], 'Báo cáo kết quả'],
  ])('%j has %j', (layer, expected) => {
    expect(restorer.restore(layer.join('\n')).text).toContain(expected);
  });

  it.each([
    'Giá 100€ một tháng, liên hệ R&D.',
    'Chú ý! Hạn nộp là ngày 15/3.',
    'Công ty AT&T và IoT, eKYC, TTg.',
    'Đồng chí N. V. An, khu vực A/B, b) Tổ chức thực hiện.',
    'Ban Thường trực UBMTTQ và MTTQ, QĐ số 12/QĐ-UBND, NQ-CP.',
    'Truy cập https://dichvucong.gov.vn/p/home?id=5 để nộp hồ sơ.',
  ])('correctly marked text stays as it is: %s', (line) => {
    expect(restorer.restore(line).text).toBe(line);
    expect(restorer.restore(line, { typed: true }).text).toBe(line);
  });
});
