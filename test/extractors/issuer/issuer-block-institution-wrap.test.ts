// A school's or an academy's name wraps onto the next line with the city it is named
// after ("TRƯỜNG ĐẠI HỌC CÔNG NGHIỆP / THỰC PHẨM TP. HỒ CHÍ MINH"): that line is the rest of its name,
// not a body of its own placed in the city (heldout-fresh30-scans: seven notices of a ministry's
// university read as 'Thực phẩm thành phố Hồ Chí Minh', level city, under a parent 'Trường Đại học …').
import { describe, expect, it } from 'vitest';
import { issuerOfLines } from '../issuer-lines.js';

describe('issuer block: an institution whose name wraps onto a line naming its city', () => {
  it.each([
    ['a university under its ministry', ['BỘ CÔNG THƯƠNG', 'TRƯỜNG ĐẠI HỌC CÔNG NGHIỆP', 'THỰC PHẨM TP. HỒ CHÍ MINH'], /^trường đại học công nghiệp thực phẩm (tp\.|thành phố) hồ chí minh$/, 'central', 'Bộ Công thương'],
    ['a college under its ministry, the city abbreviated', ['BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'TRƯỜNG CAO ĐẲNG KỸ THUẬT', 'CAO THẮNG TP.HCM'], /^trường cao đẳng kỹ thuật cao thắng (tp\.|thành phố )(hcm|hồ chí minh)$/, 'central', null],
  ])('%s', (_name, lines, name, level, parent) => {
    const { composed } = issuerOfLines(lines);
    expect(composed?.issuer.name.toLocaleLowerCase('vi')).toMatch(name);
    expect(composed?.issuer.level).toBe(level);
    if (parent) expect(composed?.parent?.name).toBe(parent);
  });

  it('a line under a school that opens a body of its own is still that body', () => {
    const { names } = issuerOfLines(['TRƯỜNG ĐẠI HỌC VINH', 'PHÒNG ĐÀO TẠO']);
    expect(names.map((n) => n.toLocaleLowerCase('vi'))).toEqual(['trường đại học vinh', 'phòng đào tạo']);
  });

  it('a tax department over a line naming its own province stays two bodies', () => {
    const { names } = issuerOfLines(['CỤC THUẾ', 'THUẾ TỈNH TÂY NINH']);
    expect(names).toHaveLength(2);
  });
});

describe("issuer block: a school's youth union whose name wraps onto a line naming the city", () => {
  it("the union's executive is named with the whole school's name", () => {
    const { composed } = issuerOfLines(['BCH ĐOÀN TRƯỜNG ĐẠI HỌC', 'CÔNG NGHIỆP THỰC PHẨM TP.HCM']);
    expect(composed?.issuer.name.toLocaleLowerCase('vi')).toMatch(/^ban chấp hành đoàn trường đại học công nghiệp thực phẩm (tp\.|thành phố) ?hcm$/);
    expect(composed?.parent).toBeNull();
  });
});

describe('issuer block: "trường" in a word that is no school', () => {
  it('an environment office over a line naming its own district stays two bodies', () => {
    const { names } = issuerOfLines(['CHI CỤC BẢO VỆ MÔI TRƯỜNG', 'KHU VỰC HUYỆN GIA LÂM']);
    expect(names).toHaveLength(2);
  });

  // A place named Trường after its unit's word (reviewer F9): the station under the district's centre.
  it.each([
    [['TRUNG TÂM Y TẾ HUYỆN TRƯỜNG SA', 'TRẠM Y TẾ THỊ TRẤN TRƯỜNG SA'], 'trạm y tế thị trấn trường sa', 'commune'],
    [['UBND HUYỆN THƯỜNG XUÂN', 'ỦY BAN NHÂN DÂN XÃ TRƯỜNG XUÂN'], 'ủy ban nhân dân xã trường xuân', 'commune'],
  ])('%j: the lower body is the issuer', (lines, name, level) => {
    const { composed } = issuerOfLines(lines);
    expect(composed?.issuer.name.toLocaleLowerCase('vi')).toBe(name);
    expect(composed?.issuer.level).toBe(level);
  });
});
