// Unit cells of OCR'd task lists beyond the departments: collective phrases and named bodies of
// other kinds, garbled the way engines garble them (marks lost or misread, a letter of another
// script, a word restored as another word, two strokes for one letter), read back; names that are
// valid, shorter or longer by whole words, or too far from any standard one stay as they are.
import { describe, expect, it } from 'vitest';
import { repairedUnitCells, standardUnitNames } from '../../../extractors/ocr-repairs/ocr-unit-names.js';
import { foldVietnamese } from '../../../normalizers/fold.js';
import { oneLetterMisread } from '../misread.js';

const standards = standardUnitNames(['Đà Nẵng']);
const othersStandards = standardUnitNames(['Bình Định']);

describe('repairedUnitCells: garbled names of other kinds read back', () => {
  const names = [
    'UBND các quận, huyện',
    'UBND các huyện, thị xã, thành phố',
    'các sở, ban, ngành liên quan',
    'các ban, ngành, đoàn thể liên quan',
    'các cơ quan, đơn vị có liên quan',
    'các trường đại học',
    'Hội Khuyến học thành phố',
    'Hội Liên hiệp Phụ nữ tỉnh',
    'Đoàn TNCS Hồ Chí Minh thành phố',
    'Công an thành phố Đà Nẵng',
    'Đài Phát thanh và Truyền hình Đà Nẵng',
    'Trung tâm Y tế huyện',
    'Phòng Giáo dục và Đào tạo',
    'Phòng Tài chính - Kế hoạch',
    'Ban Tuyên giáo Thành ủy',
    'Đại học Đà Nẵng',
    'UBND thành phố Đà Nẵng',
  ];
  const cases = names.flatMap((name) => [
    [name, 'marks lost, capitals', foldVietnamese(name).toUpperCase()],
    [name, 'one letter misread', oneLetterMisread(foldVietnamese(name))],
  ]);
  it.each(cases)('%s (%s): %s', (name, _how, garbled) => {
    expect(repairedUnitCells([garbled], standards)).toEqual([name.replace(/^\p{Ll}/u, (c) => (/^\p{Lu}/u.test(garbled) ? c.toUpperCase() : c))]);
  });

  it.each([
    ['"các" restored as another word', 'UBND cáo quận, huyện', 'UBND các quận, huyện'],
    ['"U" read as two strokes', 'LJBND các quận, huyện', 'UBND các quận, huyện'],
    ['a letter lost, a place misread', 'Đi học Bà Nặng', 'Đại học Đà Nẵng'],
    ['a department, not the Phòng of the same field', 'SO GIAO DUC VA DAO TAO', 'Sở Giáo dục và Đào tạo'],
    ['a short standard name, marks only', 'PHONG Y TE', 'Phòng Y tế'],
    ['equally near two phrases, told by its commas', 'c.ác s&, ban, ngàn1 liễn quắt', 'các sở, ban, ngành liên quan'],
    ['equally near two phrases, told by its words', 'các trường đi h90', 'các trường đại học'],
  ])('%s: %s', (_how, garbled, name) => {
    expect(repairedUnitCells([garbled], standards)).toEqual([name]);
  });
});

describe("repairedUnitCells: a central document's collectives", () => {
  it.each([
    // Ministries, not a province's departments: the standard phrase stays as it is.
    ['Các bộ, ngành có liên quan', ['Các bộ, ngành có liên quan']],
    ['Các cơ quan và địa phương liên quan', ['Các cơ quan và địa phương liên quan']],
    // A comma the engine read into the phrase is one letter off it.
    ['Các cơ, quan và địa phương liên quan', ['Các cơ quan và địa phương liên quan']],
  ])('%s', (cell, expected) => {
    expect(repairedUnitCells([cell], standards)).toEqual(expected);
  });
});

describe('repairedUnitCells: a name printed without its "và" keeps it out', () => {
  it.each([
    ['Sổ Kế hoạch Đầu tư', ['Sở Kế hoạch Đầu tư']],
    ["Sổ' Tài nguyên Môi trường", ['Sở Tài nguyên Môi trường']],
    // with its "và" it is the standard name
    ["Sổ' Kế hoạch và Đầu tư", ['Sở Kế hoạch và Đầu tư']],
  ])('%s', (cell, expected) => {
    expect(repairedUnitCells([cell], standards)).toEqual(expected);
  });
});

describe('repairedUnitCells: capitals read as their strokes at the head of a name', () => {
  it.each([
    ['U as a stem and a J, D as a stem and a bracket', 'TJBNI) thể quận, huyện', ['UBND các quận, huyện']],
    ['U as an E and a J', 'EJBND các quận, huyện', ['UBND các quận, huyện']],
    ['H as two stems and a bar', 'BAN TUYÊN GIÁO TI-IÀNH ỦY', ['BAN TUYÊN GIÁO THÀNH ỦY']],
  ])('%s: %s', (_how, cell, expected) => {
    expect(repairedUnitCells(cell.split('|'), standards)).toEqual(expected);
  });
});

describe('repairedUnitCells: capitals read as their strokes inside an abbreviation', () => {
  it.each([
    ['H as a brace and a 1', 'SỐ LDTBX}1', ['Sở LĐTBXH']],
    ['H as a brace and a T', 'Số LDTBX}T', ['Sở LĐTBXH']],
    ['H as a bracket and an l', 'So LDTBX]l', ['Sở LĐTBXH']],
    ['G as a bracket and a 3, in a list', 'Số (3DDT, Số LDTBX}T', ['Sở GDĐT', 'Sở LĐTBXH']],
  ])('%s: %s', (_how, cell, expected) => {
    expect(repairedUnitCells(cell.split('|'), standards)).toEqual(expected);
  });

  it.each([
    ['a misread letter that is no stroke split', 'SỞ WTBXH'],
    ['strokes that make no abbreviation', 'Số XY}1Z'],
  ])('%s stays: %s', (_how, cell) => {
    expect(repairedUnitCells([cell], standards)).toEqual([cell]);
  });
});

describe('repairedUnitCells: cells the splitter left whole, cut into names', () => {
  it.each([
    ['a collective and a garbled body after "và"', 'UBND các quận, huyện và Đi học Đà Nẵng', ['UBND các quận, huyện', 'Đại học Đà Nẵng']],
    ['a collective and a garbled body after a comma', 'UBND các quận, huyện, D.i học Đà Nẵng', ['UBND các quận, huyện', 'Đại học Đà Nẵng']],
    ['garbled "Sở", garbled UBND, "và." with its dot', 'S GDĐT, EJBND các quận, huyện và. các sở, ngành liên quan', ['Sở GDĐT', 'UBND các quận, huyện', 'các sở, ngành liên quan']],
    // the comma the document printed where the standard name has a dash is kept
    ['a department across a comma, its abbreviation kept', 'Si Lao động, Thường binh và Xã hội (LĐTBXH)', ['Sở Lao động, Thương binh và Xã hội (LĐTBXH)']],
    ['a department with its dash', 'Si Lao động - Thường binh và Xã hội', ['Sở Lao động - Thương binh và Xã hội']],
    ['a cell the splitter cut inside a garbled name, read with the next', 'UBND các quận, huyện Và cao cả quận|các vị có liên quan', ['UBND các quận, huyện', 'các cơ quan, đơn vị có liên quan']],
    ['a comma lost between two names', 'Đoàn TNCS Hồ CHÍ Minh thành phố Đùi học Đà Nẵng và thế trường đại học', ['Đoàn TNCS Hồ CHÍ Minh thành phố', 'Đại học Đà Nẵng', 'các trường đại học']],
    ['a garbled abbreviation before a real unit stays apart from it', 'SỐ GDDrF|UBND quận Ngũ Hành Sơn', ['SỐ GDDrF', 'UBND quận Ngũ Hành Sơn']],
    ['a margin scrap inside, "Và" in capitals', 'UBND các h- quận, huyện Và các sở, ngành liên quan', ['UBND các quận, huyện', 'các sở, ngành liên quan']],
  ])('%s: %s', (_how, cell, expected) => {
    expect(repairedUnitCells(cell.split('|'), standards)).toEqual(expected);
  });
});

describe('repairedUnitCells: names left as they are', () => {
  it.each([
    ['a valid standard name', 'UBND các quận, huyện'],
    ['a standard name less a whole word', 'UBND các phường'],
    ['a standard name with a whole word more', 'các trường đại học trên địa bàn'],
    ['a body of no standard kind', 'Ban Chỉ đạo 389 thành phố'],
    ['a short name, one letter off', 'Phòng Y tá'],
    ['garbled beyond a quarter of its letters', 'TJBNI) thể phường, xã thị'],
    ['an abbreviation with a letter misread, not guessed', 'SỐ LDTBXN'],
    ['a person', 'Nguyễn Văn An'],
  ])('%s: %s', (_how, cell) => {
    expect(repairedUnitCells([cell], standards)).toEqual([cell]);
  });

  it("a body scoped by another document's place is not read as this one's", () => {
    expect(repairedUnitCells(['Đại học Bà Nặng'], othersStandards)).toEqual(['Đại học Bà Nặng']);
  });

  // How its time grows with the cell: `npm run bench -- scaling --only repairedUnitCells`.
  it('leaves a long cell of debris as it is', () => {
    const cell = Array.from({ length: 2000 }, (_, i) => `x${i} y`).join(', ');
    expect(repairedUnitCells([cell], standards)).toEqual([cell]);
  });

  // A province's standards never hold "huyện <the province>": real districts stay as printed.
  const lamDong = standardUnitNames(['Lâm Đồng']);
  it.each([
    ['a district of the province', 'UBND huyện Lâm Hà'],
    ['another district', 'UBND huyện Đam Rông'],
    ['a district, full name', 'Ủy ban nhân dân huyện Lạc Dương'],
    ['a commune body', 'Hội Nông dân xã'],
    ['a commune body of another kind', 'Hội Liên hiệp Phụ nữ xã'],
    ["a district's own departments", 'các phòng, ban liên quan'],
  ])('%s: %s', (_how, cell) => {
    expect(repairedUnitCells([cell], lamDong)).toEqual([cell]);
  });
});

describe('repairedUnitCells: a ministry read right stays a ministry', () => {
  it.each([['Bộ Kế hoạch và Đầu tư'], ['Bộ Công Thương'], ['Bộ Nông nghiệp và Phát triển nông thôn'], ['Bộ Quốc phòng']])('%s', (name) => {
    expect(repairedUnitCells([name], standards)).toEqual([name]);
  });

  it('a department read right stays a department', () => {
    expect(repairedUnitCells(['Sở Kế hoạch và Đầu tư'], standards)).toEqual(['Sở Kế hoạch và Đầu tư']);
  });
});

describe('the youth union\'s committees', () => {
  const myAn = standardUnitNames(['Mỹ An']);
  it.each(['Đoàn phường', 'Quận Đoàn', 'Tỉnh Đoàn Sơn La', 'Các chi đoàn', 'Công an phường'])('%s stays as written', (name) => {
    expect(repairedUnitCells([name], myAn)).toEqual([name]);
  });

  // A garbled name without the letters of "Đoàn" is never read as one of them.
  it.each([[['SỞ GDĐT', 'Sở LĐTBXH', 'Công an thành phố hà thể quận, huyện']], [['thể quận, huyện']]])('%j reads no "Thị Đoàn"', (cells) => {
    expect(repairedUnitCells(cells, standards).join(', ')).not.toMatch(/Đoàn/);
  });
});

describe("repairedUnitCells: a district's station and a dash printed for 'và'", () => {
  const camXuyen = standardUnitNames(['Cẩm Xuyên']);
  it.each([
    ["a district's station is no garbled provincial one", 'Đài Truyền thanh - Truyền hình huyện', 'Đài Truyền thanh - Truyền hình huyện'],
    ["a commune's station", 'Đài Truyền thanh xã', 'Đài Truyền thanh xã'],
    ["a district's station, a mark lost", 'Đài Truyền thanh - Truyền hình huyên', 'Đài Truyền thanh - Truyền hình huyện'],
    ['an en dash for "và" stays a dash', 'Phòng Văn hóa – Thông tin', 'Phòng Văn hóa - Thông tin'],
    ['a hyphen for "và" stays', 'Phòng Văn hóa - Thông tin', 'Phòng Văn hóa - Thông tin'],
    ["the standard's own dash, no dash for 'và'", 'Sở Lao động - Thương binh Xã hội', 'Sở Lao động - Thương binh Xã hội'],
    ['"và" left out, no dash', 'Phòng Văn hoá Thông tin', 'Phòng Văn hóa Thông tin'],
  ])('%s: %s', (_how, cell, name) => {
    expect(repairedUnitCells([cell], camXuyen)).toEqual([name]);
  });
});

describe('repairedUnitCells: a valid name is never read together with its neighbour', () => {
  it('"Đài Truyền thanh - Truyền hình huyện" beside "Phòng KT-HT" stays two cells', () => {
    const camXuyen = standardUnitNames(['Cẩm Xuyên']);
    expect(repairedUnitCells(['Đài Truyền thanh - Truyền hình huyện', 'Phòng KT-HT'], camXuyen)).toEqual(['Đài Truyền thanh - Truyền hình huyện', 'Phòng KT-HT']);
  });
  it('an em dash (OCR\'s for a printed en dash) for "và" stays a dash', () => {
    expect(repairedUnitCells(['Phòng Văn hóa — Thông tin'], standardUnitNames(['Cẩm Xuyên']))).toEqual(['Phòng Văn hóa - Thông tin']);
  });
});

// A Government plan's unit cells (heldout-fresh22-scans): a central body read right is no local one
// a few letters away, and read a letter off it is itself.
describe('repairedUnitCells: central bodies', () => {
  it.each([
    ['as written', 'Thanh tra Chính phủ', 'Thanh tra Chính phủ'],
    ['marks lost', 'Thanh tra Chinh phu', 'Thanh tra Chính phủ'],
    ['as written', 'Viện kiểm sát nhân dân tối cao', 'Viện kiểm sát nhân dân tối cao'],
    ['one letter misread', 'Ngân hàng Nhà nưóc Việt Nam', 'Ngân hàng Nhà nước Việt Nam'],
  ])('%s: %s → %s', (_how, cell, name) => {
    expect(repairedUnitCells([cell], standards)).toEqual([name]);
  });

  it('a local inspectorate is still read back to its own name', () => {
    expect(repairedUnitCells(['Thanh tra thanh pho'], standards)).toEqual(['Thanh tra thành phố']);
  });
});

describe("repairedUnitCells: a body's Party committee", () => {
  const laoCai = standardUnitNames(['Lào Cai']);
  it.each([
    // Never the body's office, a few letters away.
    ['Đảng ủy Ủy ban nhân dân tỉnh', 'Đảng ủy Ủy ban nhân dân tỉnh'],
    ['Đảng uỷ UBND tỉnh', 'Đảng uỷ UBND tỉnh'],
    ['Đảng ủy HĐND tỉnh', 'Đảng ủy HĐND tỉnh'],
    // The body after the committee's words is read as any name is.
    ['Đảng ủy UBND tinh Lao Cai', 'Đảng ủy UBND tỉnh Lào Cai'],
  ])('%s', (cell, name) => {
    expect(repairedUnitCells([cell], laoCai)).toEqual([name]);
  });
});

describe("repairedUnitCells: a central document's collectives, printed right", () => {
  const central = standardUnitNames([]);
  it.each([
    // The commas are the writer's: a standard name printed with other commas is printed right.
    ['các bộ ngành liên quan', 'các bộ ngành liên quan'],
    ['Các bộ ngành có liên quan', 'Các bộ ngành có liên quan'],
    // The provinces of a central document are no province's districts ("các huyện, thành phố").
    ['Ủy ban nhân dân các tỉnh, thành phố', 'Ủy ban nhân dân các tỉnh, thành phố'],
    ['UBND các tỉnh, thành phố', 'UBND các tỉnh, thành phố'],
    // Garbled, they are read back to themselves.
    ['UBND CAC TINH, THANH PHO', 'UBND các tỉnh, thành phố'],
  ])('%s → %s', (cell, read) => {
    expect(repairedUnitCells([cell], central)).toEqual([read]);
  });
});
