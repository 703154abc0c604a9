// A body's name in capitals closing with a number in Roman numerals keeps the numeral's capitals
// once the name is cased ("TRƯỜNG CĐ NGHỀ GTVT ĐƯỜNG THỦY II"; heldout-fresh30-files w01 read "… ii").
import { describe, expect, it } from 'vitest';
import { issuerOfLines } from '../issuer-lines.js';

describe('issuer block: a Roman numeral closing a name', () => {
  it.each([
    [['CỤC ĐƯỜNG THỦY NỘI ĐỊA VIỆT NAM', 'TRƯỜNG CĐ NGHỀ GTVT ĐƯỜNG THỦY II'], /Thủy II$|thủy II$/u],
    [['BỘ Y TẾ', 'BỆNH VIỆN ĐIỀU DƯỠNG PHỤC HỒI CHỨC NĂNG IV'], / IV$/u],
    [['BỘ GIAO THÔNG VẬN TẢI', 'TRƯỜNG CAO ĐẲNG GIAO THÔNG VẬN TẢI TRUNG ƯƠNG VI'], / VI$/u],
  ])('%j', (lines, ending) => {
    const { composed } = issuerOfLines(lines);
    expect(composed?.issuer.name).toMatch(ending);
  });

  it.each([
    [['UBND TỈNH NAM ĐỊNH', 'SỞ Y TẾ'], 'Sở Y tế tỉnh Nam Định'],
    [['BỘ KHOA HỌC VÀ CÔNG NGHỆ', 'VIỆN VI SINH VẬT'], 'Viện Vi sinh vật'],
  ])('no other word is taken for a numeral: %j', (lines, name) => {
    const { composed } = issuerOfLines(lines);
    expect(composed?.issuer.name).toBe(name);
  });
});
