// A department (Cục) named for the whole country ("CỤC ĐƯỜNG THỦY NỘI ĐỊA VIỆT NAM") is a ministry's,
// central; a body under it (a college, a port authority) is central too (heldout-fresh30-files w01).
import { describe, expect, it } from 'vitest';
import { issuerOfLines } from '../issuer-lines.js';

const folded = (s: string | null | undefined) => (s ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase();

describe('issuer block: a department named for the country', () => {
  it.each([
    ['a college under an inland waterways department', ['CỤC ĐƯỜNG THỦY NỘI ĐỊA VIỆT NAM', 'TRƯỜNG CĐ NGHỀ GTVT ĐƯỜNG THỦY II'], 'truong cd nghe gtvt duong thuy ii', 'central'],
    ['a vocational school under the maritime department', ['CỤC HÀNG HẢI VIỆT NAM', 'TRƯỜNG CAO ĐẲNG NGHỀ HÀNG HẢI'], 'truong cao dang nghe hang hai', 'central'],
    ['the department alone', ['CỤC ĐĂNG KIỂM VIỆT NAM'], 'cuc dang kiem viet nam', 'central'],
  ])('%s', (_name, lines, name, level) => {
    const { composed } = issuerOfLines(lines);
    if (name) expect(folded(composed?.issuer.name)).toBe(name);
    expect(composed?.issuer.level).toBe(level);
  });

  it.each([
    ['a province\'s tax department', ['CỤC THUẾ TỈNH BÌNH DƯƠNG'], 'province'],
    ['a customs sub-office under a province\'s department', ['CỤC HẢI QUAN TỈNH TÂY NINH', 'CHI CỤC HẢI QUAN KCN TRẢNG BÀNG'], 'district'],
  ])('a department that names its province keeps the province\'s level (%s)', (_name, lines, level) => {
    const { composed } = issuerOfLines(lines);
    expect(composed?.issuer.level).toBe(level);
  });
});
