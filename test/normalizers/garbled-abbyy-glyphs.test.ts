// Repair of the layers of engines that judge a letter's case by its height and write marked vowels as
// capitals and signs (the ABBYY-glyph layers of scanned office papers: "ceNG HoA xA ngI cnu Ncnie vlpr
// NAM", "LSnh d4o", "Phu<rng", "cct", "tnu4t", "THTIONG", "nhd & cria", "l;i", "Bic Hd"): the state's title
// found with its small-looking capitals, S for a marked a, the signs of ơ, n for h, "ti" for ư, & for ở,
// accents read as semicolons, and unit names found through their words' readings. All lines here are
// written for these tests in the manner of such layers.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENGINE_CONFUSIONS } from '../../normalizers/diacritics/engine-confusions.js';
import { FormulaFinder } from '../../normalizers/diacritics/formula-lines.js';
import { garbledView, latinView } from '../../normalizers/diacritics/garbled.js';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { crossbarView, misreadCapitalVariants } from '../../normalizers/diacritics/misread-letters.js';
import { isSpeckedPair } from '../../normalizers/diacritics/speck-words.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';

let restorer: Restorer;
beforeAll(() => {
  restorer = new Restorer(loadModel());
});
const finder = new FormulaFinder(ENGINE_CONFUSIONS);
const found = (line: string) => finder.find(line).map((f) => [line.slice(f.start, f.end), f.text]);

describe('a capital heading whose c o s v x the engine wrote small', () => {
  it.each([
    ['SO TAI CHINH                ceNG HoA xA ngI cnu Ncnie vlpr NAM', 'ceNG HoA xA ngI cnu Ncnie vlpr NAM'],
    ['ceNG HoA xA ngI cnu Ncnie vlpr NAM', 'ceNG HoA xA ngI cnu Ncnie vlpr NAM'],
  ])('%s: the state title is found', (line, span) => {
    expect(found(line)).toContainEqual([span, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  });

  it.each([
    // Small letters that happen to be c o s v x are still prose, whatever their letters.
    ['ban nhan dan xa to chuc hop'],
    ['cong hoa xa hoi chu nghia viet nam la nha nuoc'],
    ['cos cos vox cos'],
  ])('%j is no heading', (line) => {
    expect(found(line)).toEqual([]);
  });
});

describe("the closing block's label, word by word at a line's start", () => {
  it.each([
    ['Nui nhljn:', 'Nui nhljn'],
    ['Noi nhijn: KT. CUC TRUONG', 'Noi nhijn'],
    ['N0i nhQn:', 'N0i nhQn'],
    ['- Noi nhin:', 'Noi nhin'],
  ])('%s: the label is found', (line, span) => {
    expect(found(line)).toContainEqual([span, 'Nơi nhận']);
  });

  it('keeps a layer set in small letters small', () => {
    expect(found('nơi nhân : như điều 3')).toContainEqual(['nơi nhân', 'nơi nhận']);
  });

  it.each([
    // Other labels, prose, and a label already printed right.
    ['Ngay nhan: 12/5'],
    ['Nguoi nhan: ong A'],
    ['Noi dung: abc'],
    ['Noi sinh: Ha Noi'],
    ['xem Noi nhan: abc'],
    ['Nơi nhận:'],
  ])('%j is left', (line) => {
    expect(found(line)).toEqual([]);
  });
});

describe("the salutation, word by word at a line's start", () => {
  it.each([
    // Strokes for the ử of gửi: the word keeps its first and last letter.
    ['Kinh giri: Sa NQi vu', 'Kinh giri'],
    ['K{nh gtbi: Ban Chap hdnh', 'K{nh gtbi'],
    ['       Kinh grri:', 'Kinh grri'],
    ['Kinh gfri: Linh tISo S& C6ng Thuong', 'Kinh gfri'],
    ['Kinh gti: C6ng ty', 'Kinh gti'],
  ])('%s: the salutation is found', (line, span) => {
    expect(found(line)).toContainEqual([span, 'Kính gửi']);
  });

  it.each([
    // Other labels of a plan, whose first word is the same: their second word has another shape.
    ['Kinh phi: 50 trieu dong'],
    ['Kinh te: phat trien'],
    ['Kinh doanh: abc'],
    // The shape rule is the second word's only: "Người nhận" is no Nơi nhận.
    ['Nguoi nhan: ong A'],
    ['Kính gửi:'],
  ])('%j is left', (line) => {
    expect(found(line).filter(([, text]) => text === 'Kính gửi' || text === 'Nơi nhận')).toEqual([]);
  });
});

describe('a capital S inside a small-letter word is a marked vowel', () => {
  it.each([
    ['LSnh', 'lanh'],
    ['MSnh', 'manh'],
    ['vSt', 'vat'],
    // What it read before: a hatted e ("tiSp" = tiếp).
    ['tiSp', 'tiep'],
  ])('%s may be read %s', (word, variant) => {
    expect(misreadCapitalVariants(word).map((v) => v.word.toLowerCase())).toContain(variant);
  });

  it('reads the addressee of a layer', () => {
    // Written for this test in the manner of the ABBYY-glyph layers (no Vietnamese letter at all).
    const layer = [
      'NQi dung trinh: K6t qu6 thAm dinh h6 so cria C6ng ty TNHH MTV Hda Binh.',
      'Phdng chuyOn m6n: Phdng Qu6n li C6ng nghiQp',
      'Hd so d6 ngh! ph€ duyQt cua C6ng ty dim b6o dAy dt theo quy dinh ph6p ludt.',
      'Kinh trinh LSnh d4o Sd ch6p thu4n, b6o c6o UBND tinh xem x6t, ph6 duyQt.',
      'ViQc tinh to6n chi ti6u thu6c n6 vd c6c biQn ph6p an todn ld pht hqp.',
    ];
    expect(restorer.restore(layer.join('\n')).text.split('\n')[3]).toContain('Lãnh đạo Sở chấp thuận');
  });
});

describe('the bowl and horn of an ơ read as two signs', () => {
  it.each([
    ['Phu<rng 6n n6 min', 'Phucrng 6n n6 min'],
    ['chht tru<rng dau tu', 'chht trucrng dau tu'],
    ['v<ri', 'vcri'],
    // Markup, comparisons and a crossbar's đ are no horn.
    ['<ref>', '<ref>'],
    ['a <r b', 'a <r b'],
    ['<Iiic', 'tliic'],
  ])('%s is read as %s', (line, view) => {
    expect(crossbarView(line)).toBe(view);
  });

  const cost = (token: string, form: string) => {
    const r = restorer.reader.garbledReading(token);
    const k = r.forms.indexOf(form);
    return k < 0 ? Infinity : r.slot.costs[k]!;
  };
  it.each([
    ['hctp', 'hợp'],
    ['sct', 'sở'],
    ['cct', 'cơ'],
  ])('%s reads %s as cheaply as a known glyph', (token, form) => {
    expect(cost(token, form)).toBeLessThanOrEqual(1);
  });

  it.each([
    // A word opening with "ct" has its onset's c, no bowl ("thành phố ct đẩy nhanh" = có, "dàng yiCn Ctn" = Cán).
    ['ct', 'ở'],
    ['Ctn', 'ôn'],
  ])('%s is not read %s', (token, form) => {
    expect(restorer.reader.garbledReading(token).forms).not.toContain(form);
  });

  it('reads such words in a layer', () => {
    const layer = [
      'NQi dung trinh: K6t qu6 thAm dinh Phu<rng 6n n6 min cria C6ng ty TNHH MTV Hda Binh.',
      'Phdng chuyOn m6n: Phdng Qu6n li C6ng nghiQp',
      'Hd so d6 ngh! ph€ duyQt cua C6ng ty dim b6o dAy dt theo quy dinh ph6p ludt.',
      'ViQc tinh to6n chi ti6u thu6c n6 vd c6c biQn ph6p an todn ld pht hctp.',
    ];
    const out = restorer.restore(layer.join('\n')).text.split('\n');
    expect(out[0]).toContain('Phương án nổ mìn');
    expect(out[3]).toContain('phù hợp');
  });
});

describe('an h that lost its ascender, read as n', () => {
  const forms = (token: string) => restorer.reader.garbledReading(token).forms;
  it.each([
    ['cnuyen', 'chuyển'],
    ['tnu4t', 'thuật'],
    ['Ncnie', 'nghĩa'],
  ])('%s may be %s', (token, form) => {
    expect(forms(token)).toContain(form);
  });

  it.each([
    // Only where an h is expected (ch gh kh ph th): a word's own n stays an n ("tinh Be Na" = tỉnh Bà Rịa, not Bà Nà/Hà).
    ['Na', 'hà'],
    ['nam', 'hàm'],
    ['Nai', 'hai'],
  ])('%s is not read %s', (token, form) => {
    expect(forms(token)).not.toContain(form);
  });
});

describe('a & alone between small words of a garbling layer is the ở it could not read', () => {
  it.each([
    ['nhd & cria dAn', 'nhd o cria dAn'],
    // Between sound words it is the conjunction, whatever the layer: only garbled neighbours make it a letter.
    ['nghiên cứu & phát triển', 'nghiên cứu & phát triển'],
    ['xay dung & thuong mai', 'xay dung & thuong mai'],
    ['Phong thi nghiem hoa & sinh hoc', 'Phong thi nghiem hoa & sinh hoc'],
    ['nhd & phat trien', 'nhd & phat trien'],
    // Names, codes and typed text keep their &.
    ['Sở KH & ĐT', 'Sở KH & ĐT'],
    ['Nông nghiệp & PTNT', 'Nông nghiệp & PTNT'],
    ['R&D', 'R&D'],
  ])('%s', (line, view) => {
    expect(garbledView(line).text).toBe(view);
  });

  it('not outside a garbling layer', () => {
    expect(latinView('nhà & cửa').text).toBe('nhà & cửa');
  });

  it('a garbled layer keeps the conjunction between sound words', () => {
    const layer = [
      'CQNG HOA XA HQI CHU NGHiA VIET NAM',
      'Dôc lap —Tr do — Hnh phñc',
      'Trung tâm nghiên cứu & phát triển công nghệ cao cüa tinh',
      'Cong ty co phan xay dung & thuong mai Bac Ha thtrc hin ke hoach',
      'Phong thi nghiem hoa & sinh hoc',
    ];
    const out = restorer.restore(layer.join('\n')).text.split('\n');
    expect(out[2]).toContain('nghiên cứu & phát triển');
    expect(out[3]).toContain('xây dựng & thương mại');
    expect(out[4]).toContain('hóa & sinh học');
  });
});

describe("a unit's name misread in a garbling layer", () => {
  it('is found through its words\' readings after a unit word', () => {
    const layer = [
      'NQi dung trinh: K6t qu6 thAm dinh h6 so cria C6ng ty TNHH MTV Xdy dgng hp t6ng huyen Bic Hd dim b6o.',
      'Phdng chuyOn m6n: Phdng Qu6n li C6ng nghiQp',
      'Hd so d6 ngh! ph€ duyQt cua C6ng ty dim b6o dAy dt theo quy dinh ph6p ludt.',
      'ViQc tinh to6n chi ti6u thu6c n6 vd c6c biQn ph6p an todn ld pht hqp.',
    ];
    expect(restorer.restore(layer.join('\n')).text.split('\n')[0]).toContain('hạ tầng huyện Bắc Hà đảm bảo');
  });

  it("is no person's given names after a title", () => {
    // A signer's line of such a layer: "Vân Dương" is a commune's name, but after PGS. TS. the run is a person.
    const layer = [
      'NQi dung trinh: K6t qu6 thAm dinh h6 so cria C6ng ty TNHH MTV Hda Binh.',
      'Hd so d6 ngh! ph€ duyQt cua C6ng ty dim b6o dAy dt theo quy dinh ph6p ludt.',
      'Ngudi phO          PGS. TS. L0 Vdn Quing           Gidm d6c B nh vlen',
    ];
    const out = restorer.restore(layer.join('\n')).text.split('\n')[2]!;
    expect(out).toMatch(/Lê Văn Qu[aả]ng/);
    expect(out).not.toContain('Dương');
  });
});

describe('an ư whose horn is read as a t', () => {
  it('reads the office heading of a layer', () => {
    const layer = [
      'SO CONG THTIONG                ceNG HoA xA ngI cnu Ncnie vlpr NAM',
      'PHONG QLCN                           DQc lfp - Tg do - Hgnh Phtic',
      'Kinh gfri: Linh d4o S& C6ng Thuong',
      'NQi dung trinh: K6t qu6 thAm dinh h6 so cria C6ng ty TNHH MTV Hda Binh.',
      'Phdng chuyOn m6n: Phdng Qu6n li C6ng nghiQp',
      'Th6ng tu cria BQ C6ng Thucrng v6 viQc sua d6i, b6 sung mQt s6 quy dinh.',
      'ViQc tinh to6n chi ti6u thu6c n6 vd c6c biQn ph6p an todn ld pht hqp.',
    ];
    expect(restorer.restore(layer.join('\n')).text.split('\n')[0]).toMatch(/^SỞ CÔNG THƯƠNG +CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/);
  });
});

describe('an ordinary word holding "ti" is not read as an ư', () => {
  // Two real layers, restored whole: a fine's currency and a report's month.
  it.each([
    ['test/real/ocr-text-heldout3/h3e_QD_central_26-QD-XPVPHC.txt', 81, /16\.000\.000 đồng/],
    ['test/real/ocr-text-heldout4/h4f_TB_hatinh_02-TB-STTTT.txt', 9, /công tác tháng 01\/2016/],
  ])('%s', (file, line, meant) => {
    const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    expect(restorer.restore(text).text.split('\n')[line]).toMatch(meant);
  });
});

describe('an accent read as a semicolon or a colon inside a word', () => {
  const piece = (line: string, text: string, from = 0) => {
    const start = line.indexOf(text, from);
    return { start, end: start + text.length, text, afterPunct: false };
  };
  it.each([
    // As in a tuning layer (part 17's raw layer: "theo Lu{t Qunn l;i, su dqng vt khi").
    ['theo Lu{t Qunn l;i, su dqng', 'l', 'i', true],
    ['ph4m vi k:y thuat', 'k', 'y', true],
    // A number before it, or a capital after it (a sentence run on), is no word.
    ['2021;tang', '2021', 'tang', false],
    ['nam;Theo', 'nam', 'Theo', false],
  ])('%s', (line, left, right, specked) => {
    const l = piece(line, left);
    expect(isSpeckedPair(line, l, piece(line, right, l.end))).toBe(specked);
  });

  it('is read in a layer', () => {
    const layer = [
      'NQi dung trinh: K6t qu6 thAm dinh h6 so cria C6ng ty TNHH MTV Hda Binh.',
      'hiQn dfng quy dfnh theo Lu{t Qunn l;i, su dqng vt khi, vQt liQu n6 vd c6ng cp h6',
      'Hd so d6 ngh! ph€ duyQt cua C6ng ty dim b6o dAy dt theo quy dinh ph6p ludt.',
      'ViQc tinh to6n chi ti6u thu6c n6 vd c6c biQn ph6p an todn ld pht hqp.',
    ];
    expect(restorer.restore(layer.join('\n')).text.split('\n')[1]).toMatch(/Luật Quản l[íý], sử dụng/);
  });
});
