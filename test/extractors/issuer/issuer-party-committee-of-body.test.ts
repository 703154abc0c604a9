// The Party committee of a body ("ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH", "ĐẢNG ỦY SỞ Y TẾ") under the Party
// organisation of its unit ("ĐẢNG BỘ TỈNH LÀO CAI"): one body, the committee of the body it names,
// placed by the line above; never the people's committee itself, nor a ministry ("Bộ").
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../../extractors/header/header.js';
import type { Signer } from '../../../output/schema.js';
import { testContext } from '../context.js';
import { issuerOfLines } from '../issuer-lines.js';

describe('issuer block: a Party committee of a body', () => {
  it.each([
    [['ĐẢNG BỘ TỈNH LÀO CAI', 'ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH'], 'Đảng ủy Ủy ban nhân dân tỉnh Lào Cai', 'province'],
    [['ĐẢNG BỘ TỈNH BẮC NINH', 'ĐẢNG ỦY SỞ Y TẾ'], 'Đảng ủy Sở Y tế tỉnh Bắc Ninh', 'province'],
    [['ĐẢNG BỘ THÀNH PHỐ HÀ NỘI', 'ĐẢNG ỦY UBND THÀNH PHỐ'], 'Đảng ủy Ủy ban nhân dân thành phố Hà Nội', 'city'],
  ])('%j', (lines, name, level) => {
    const { names, composed } = issuerOfLines(lines);
    expect(names).toHaveLength(2);
    expect(composed?.issuer.name).toBe(name);
    expect(composed?.issuer.level).toBe(level);
  });

  it.each([
    // A committee of a unit stays the unit's; its cell below it is the cell's.
    [['ĐẢNG BỘ QUẬN HOÀNG MAI', 'ĐẢNG ỦY PHƯỜNG ĐỊNH CÔNG'], ['Đảng bộ quận Hoàng Mai', 'Đảng ủy phường Định Công'], 'ward'],
    [['ĐẢNG ỦY PHƯỜNG ĐỊNH CÔNG', 'CHI BỘ KHU PHỐ 3'], ['Đảng ủy phường Định Công', 'Chi bộ Khu phố 3'], 'ward'],
  ])('a committee of a unit is not read as a committee of a body: %j', (lines, names, level) => {
    const got = issuerOfLines(lines);
    expect(got.names).toEqual(names);
    expect(got.composed?.issuer.level).toBe(level);
  });

  it("a school's committee is not placed by the Party organisation above it", () => {
    const got = issuerOfLines(['ĐẢNG BỘ TỈNH NGHỆ AN', 'ĐẢNG ỦY TRƯỜNG ĐẠI HỌC VINH']);
    expect(got.composed?.issuer.name).not.toMatch(/tỉnh Nghệ An$/u);
    expect(got.composed?.issuer.level).not.toBe('province');
  });

  it('reads the whole header of a party letter laid out in two columns', () => {
    const text = [
      '     ĐẢNG BỘ TỈNH LÀO CAI                             ĐẢNG CỘNG SẢN VIỆT NAM',
      ' ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH',
      '                                                      Lào Cai, ngày 07 tháng 9 năm 2026',
      '               *',
      '         Số 2449 -CV/ĐU',
      'về việc triển khai thực hiện Chương trình hành động',
      '',
      '                  Kính gửi: - Ủy ban nhân dân tỉnh,',
    ].join('\n');
    const signer: Signer = { name: null, title: null, authority: null };
    const doc = extractHeader(text, testContext(), signer);
    expect(doc.issuer.name).toBe('Đảng ủy Ủy ban nhân dân tỉnh Lào Cai');
    expect(doc.issuer.level).toBe('province');
  });
});
