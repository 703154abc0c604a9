// A state group's unit in a province: the group's block ("TẬP ĐOÀN / BƯU CHÍNH VIỄN THÔNG / VIỆT
// NAM") then the unit named by its trade and its province bare ("VIỄN THÔNG HẢI DƯƠNG"), as an
// engine may read it one letter off. Typed and OCR'd text alike (group-unit.ts).
import { describe, expect, it } from 'vitest';
import { headerOf } from '../header-fixture.js';

const letter = (block: string[], place = 'Hải Dương') => [
  ...block,
  'Số: 6663/VTHD-KTĐT',
  'V/v đề xuất đưa thêm các ứng dụng',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  `${place}, ngày 04 tháng 7 năm 2023`,
  `Kính gửi: Sở Thông tin và Truyền thông tỉnh ${place}`,
  'Đơn vị đề xuất đưa thêm các ứng dụng.',
];

describe("a state group's unit named for its province", () => {
  it.each([
    ['typed, four lines', ['TẬP ĐOÀN', 'BƯU CHÍNH VIỄN THÔNG', 'VIỆT NAM', 'VIỄN THÔNG HẢI DƯƠNG'], false, 'Viễn thông Hải Dương', 'Hải Dương'],
    ['OCR, the place one letter off', ['TẬP ĐOÀN', 'BƯU CHÍNH VIỄN THÔNG', 'VIỆT NAM', 'VIỄN THÔNG HẢÁI DƯƠNG'], true, 'Viễn thông Hải Dương', 'Hải Dương'],
    ['a corporation\'s unit', ['TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC', 'ĐIỆN LỰC NAM ĐỊNH'], false, 'Điện lực Nam Định', 'Nam Định'],
  ])('%s', (_how, block, ocr, name, place) => {
    const doc = headerOf(letter(block, place), ocr);
    expect(doc.issuer).toMatchObject({ name, level: 'province', locality: place });
    expect(doc.issuer.parent ?? '').toMatch(/^(Tập đoàn|Tổng công ty)/);
  });

  it('the group alone is a national body', () => {
    const doc = headerOf(letter(['TẬP ĐOÀN', 'BƯU CHÍNH VIỄN THÔNG', 'VIỆT NAM']), false);
    expect(doc.issuer).toMatchObject({ name: 'Tập đoàn Bưu chính viễn thông Việt Nam', level: 'central' });
  });

  it("a unit opening with its own head, the province after a dash", () => {
    const doc = headerOf(letter(['TẬP ĐOÀN BƯU CHÍNH VIỄN THÔNG VIỆT NAM', 'TRUNG TÂM KINH DOANH VNPT - HẢI DƯƠNG']), false);
    expect(doc.issuer).toMatchObject({ name: 'Trung tâm kinh doanh VNPT Hải Dương', level: 'province', locality: 'Hải Dương' });
  });

  it("a unit naming no province: not the group's level", () => {
    const doc = headerOf(letter(['TẬP ĐOÀN BƯU CHÍNH VIỄN THÔNG VIỆT NAM', 'TRUNG TÂM KINH DOANH VNPT']), false);
    expect(doc.issuer.level).toBeNull();
  });

  // A union's or a youth branch's block over the group's name (review R13-S1): the union's, never the group's.
  it.each([
    [['BAN CHẤP HÀNH CÔNG ĐOÀN', 'TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC']],
    [['CÔNG ĐOÀN', 'TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM']],
    [['ĐOÀN TNCS HỒ CHÍ MINH', 'ĐOÀN THANH NIÊN', 'TẬP ĐOÀN BƯU CHÍNH VIỄN THÔNG VIỆT NAM']],
  ])('%j: not the group itself', (block) => {
    for (const ocr of [false, true]) expect(headerOf(letter(block), ocr).issuer.name ?? '').not.toMatch(/^(Tập đoàn|Tổng công ty)/);
  });

  it('a line naming no province the text names is no unit', () => {
    const doc = headerOf(letter(['TẬP ĐOÀN', 'BƯU CHÍNH VIỄN THÔNG', 'VIỆT NAM', 'VIỄN THÔNG HÀ GIANG']), false);
    expect(doc.issuer.locality).toBeNull();
  });
});
