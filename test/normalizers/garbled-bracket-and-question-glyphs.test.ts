// The dotted vowels of the "6,2,0,77" and Kodak engine family written as a question mark ("Vi?t" = Việt, "bi?t" =
// biệt, "ho?c" = hoặc) or as an opening bracket and a stroke ("n(Jp" = nộp, "thu(}c" = thuộc, "nh(lp" = nhập,
// "du<Jc" = được): read as a dotted vowel in a garbling engine's layer only. Lines written for these tests in the
// manner of such layers (part 18's tax letter shows both).
import { beforeAll, describe, expect, it } from 'vitest';
import { garbledView, latinView } from '../../normalizers/diacritics/garbled.js';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { misreadCapitalVariants } from '../../normalizers/diacritics/misread-letters.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';

let restorer: Restorer;
beforeAll(() => {
  restorer = new Restorer(loadModel());
});

describe('a ? between letters in a garbling layer', () => {
  it.each([
    ['Vi?t Nam', 'Viet Nam'],
    ['phan bi?t', 'phan biet'],
    ['lu?t', 'luat'],
    // The a of the look-alike when it makes a syllable, as before.
    ['ho?t dong', 'hoat dong'],
    ['t?i', 'tai'],
    // No base makes a syllable, or no letter after it: kept.
    ['php?id=3', 'php?id=3'],
    ['sao?', 'sao?'],
  ])('%s is seen as %s', (line, view) => {
    expect(garbledView(line).text).toBe(view);
  });

  it.each([['Vi?t Nam'], ['phan bi?t']])('%s keeps its ? outside such a layer', (line) => {
    expect(latinView(line).text).toBe(line);
  });
});

describe('an opening bracket and a stroke for a dotted vowel', () => {
  it.each([
    ['n(Jp thue', 'nỵỵp thue'],
    ['D()NG', 'DỴỴNG'],
    ['thu(}c', 'thuỵỵc'],
    ['nh(lp', 'nhỵỵp'],
    ['du<Jc', 'duỵỵc'],
    ['l<jp', 'lỵỵp'],
    ['n<?p', 'nỵỵp'],
    ['thu t\\}c', 'thu tỵỵc'],
    ['d\\Ulg', 'dỵỵlg'],
    // A bracket with no letter before it, or none after it, is a bracket.
    ['(lần 2)', '(lần 2)'],
    ['so (J)', 'so (J)'],
    ['a <j b', 'a <j b'],
  ])('%s is seen as %s', (line, view) => {
    expect(garbledView(line).text).toBe(view);
  });
});

describe('Latin-1 signs for a dotted vowel', () => {
  it.each([
    ['thµc hi~n', 'thuc hi~n'],
    ['Cµc Thue', 'Cuc Thue'],
    ['M¥c I', 'Muc I'],
    ['nha th~u ph¥ nuoc', 'nha th~u phu nuoc'],
    ['B¢ Tai chinh', 'Bo Tai chinh'],
    ['phan bi¢t', 'phan biet'],
    // Alone, or opening a word: no vowel of a word.
    ['gia 5 ¥', 'gia 5 ¥'],
    ['¢ac', '¢ac'],
  ])('%s is seen as %s', (line, view) => {
    expect(garbledView(line).text).toBe(view);
  });

  it.each([['thµc hi~n'], ['B¢ Tai chinh']])('%s keeps its sign outside such a layer', (line) => {
    expect(latinView(line).text).toBe(line);
  });
});

describe('a lost-letter mark for a vowel and its coda', () => {
  const readings = (token: string) => {
    const r = restorer.reader.garbledReading(token);
    return r.forms.filter((f): f is string => f !== null);
  };
  it.each([
    ['ph~', 'phần'],
    ['ph~', 'phạm'],
    ['h~', 'hạn'],
    ['ch~', 'chậm'],
    // A vowel alone, as before.
    ['v~', 'về'],
  ])('%s may be read %s', (token, form) => {
    expect(readings(token)).toContain(form);
  });
});

describe('a hatted or breved a read as an f, its n as a u and a stroke', () => {
  const readings = (token: string) => restorer.reader.garbledReading(token).forms.filter((f): f is string => f !== null);
  it.each([
    ['dfut', 'dẫn'],
    ['phfui', 'phần'],
    ['gfut', 'gắn'],
    ['hfulg', 'hằng'],
    ['nfun', 'năm'],
  ])('%s may be read %s', (token, form) => {
    expect(readings(token)).toContain(form);
  });

  it('reads them in a layer', () => {
    const layer = [
      'BO TAI CHINH C(>NG HOA XA HOI CHU NGHiA VI~T NAM',
      'T6ng c\\lc Thue hu6ng dfut cac C\\lc Thue thl!C hi~n vi~c n(Jp h6 so',
      'nha th~u nu6c ngoai du<Jc quySn n<)p h6 so trong nfun 2011.',
    ];
    const out = restorer.restore(layer.join('\n')).text.split('\n');
    expect(out[1]).toContain('hướng dẫn');
    expect(out[2]).toContain('trong năm 2011');
  });
});

describe("a k read as a stroke and a c, an onset's h as an l and a u", () => {
  const readings = (token: string) => restorer.reader.garbledReading(token).forms.filter((f): f is string => f !== null);
  it.each([
    ['Icy', 'ký'],
    ['icy', 'ký'],
    ['nluin', 'nhân'],
    ['kluiu', 'khấu'],
    ['pluic', 'phúc'],
  ])('%s may be read %s', (token, form) => {
    expect(readings(token)).toContain(form);
  });

  it('reads them in a layer', () => {
    const layer = [
      'BO TAI CHINH C(>NG HOA XA HOI CHU NGHiA VI~T NAM',
      'T6ng c\\lc Thue hu6ng d~n cac C\\lc Thue thl!C hi~n vi~c n(Jp h6 so dang Icy thue',
      'cua t6 chuc, ca nluin nu6c ngoai.',
    ];
    const out = restorer.restore(layer.join('\n')).text.split('\n');
    expect(out[1]!.toLowerCase()).toContain('đăng ký thuế');
    expect(out[2]).toContain('cá nhân nước ngoài');
  });
});

describe('a number and its capital letter in a garbling layer', () => {
  it('stays as written ("Quốc lộ 1A", not "lá")', () => {
    const layer = [
      'c6ng trinh Thuy diQn Ngdi Nht 1A, x6 Chi€ng Ken, tinh Ldo Cai (Dap dAu m6i',
      'Phucrng 6n n6 min phuc vu thi c6ng cdng trinh ven Quoc lo 1A, khu 4B.',
    ];
    const out = restorer.restore(layer.join('\n')).text.split('\n');
    expect(out[0]).toContain(' 1A, xã');
    expect(out[1]).toContain('Quốc lộ 1A, khu 4B.');
  });
  it('a look-alike digit before small letters is still a misread letter ("1ý" = lý)', () => {
    expect(restorer.reader.garbledReading('4i').forms).toContain('ái');
  });
});

describe('a capital Y inside a small-letter word is a marked y', () => {
  it.each([['kY'], ['JcY']])('%s may be read with a small y', (word) => {
    expect(misreadCapitalVariants(word).map((v) => v.word.toLowerCase())).toContain(word.slice(0, -1).toLowerCase() + 'y');
  });
});

describe("a cited symbol's issuer part in capitals", () => {
  it.each([
    // A part that is a syllable as written stays the code it is (main read "THÌ" or "TỪ").
    ['Cong van s6 3558/BHXH-THU ngay 13 thang 11', '3558/BHXH-THU ngày 13 tháng 11'],
    // A part with a D is still read as a code, its Đ put back.
    ['Can cu Quyet dinh so 12/QD-HDTDKT va Cong van 45/SNV-TCCB', '12/QĐ-HĐTĐKT'],
  ])('%s keeps %s', (line, text) => {
    expect(restorer.restore(line).text).toContain(text);
  });
});

describe('in a layer', () => {
  const layer = [
    'BO TAI CHINH C(>NG HOA XA HOI CHU NGHiA VI~T NAM',
    'T6ng c\\lc Thue hu6ng d~n cac C\\lc Thue thl!C hi~n vi~c n(Jp h6 so',
    't(li Vi?t Nam theo quy dinh cua Lu(lt Qu~n ly thu~ va cac van ban hu6ng d~n,',
    'nha th~u nu6c ngoai du<Jc quySn n<)p h6 so d~ nghi ap d\\lng Hi~p dinh.',
    'Cµc Thu~ thµc hi~n theo M¥c I cua Thong tu s6 60/2007/TT-BTC cua B¢ Tai chinh.',
    'Nha th~u nuoc ngoai ch~ n(Jp h6 so se bi xu ly vi ph~ phap lu~t v~ thue.',
  ];
  it.each([
    [1, 'việc nộp hồ sơ'],
    [2, 'tại Việt Nam theo quy định của Luật Quản lý thuế'],
    [3, 'nhà thầu nước ngoài được quyền nộp hồ sơ'],
    [4, "Cục Thuế thực hiện theo Mục I của Thông tư số 60/2007/TT-BTC của Bộ Tài chính"],
    [5, 'chậm nộp hồ sơ sẽ bị xử lý vi phạm pháp luật về thuế'],
  ])('line %i reads %s', (line, text) => {
    expect(restorer.restore(layer.join('\n')).text.split('\n')[line]).toContain(text);
  });
});
