// A handwritten month the engine set after "năm", read as a figure before the printed year ("Hà Nội,
// ngày ... tháng ... năm 5 2024", heldout-fresh25-scans z02): the year is still the document's; the
// figure, whose place no one can tell, is not read as its month.
import { describe, expect, it } from 'vitest';
import { headerOf } from '../header-fixture.js';

const page = (line: string) =>
  `BỘ KHOA HỌC VÀ CÔNG NGHỆ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: ... /GP-BKHCN\n${line}\nGIẤY PHÉP\nVận chuyển hàng hóa nguy hiểm\n1. Tên đơn vị được cấp giấy phép: Công ty TNHH Vận tải.\n3. Thời hạn của Giấy phép: Từ ngày ký đến ngày 12/5/2026.\n`;

describe('a figure between "năm" and the printed year', () => {
  it.each([
    ['the place read', 'Hà Nội, ngày ... tháng ... năm 5 2024'],
    ['the place its capital lost', 'là Nội, ngày ... tháng ... năm 5 2024'],
    ['two figures', 'Hà Nội, ngày ... tháng ... năm 12 2024'],
  ])('%s: the year alone, never a date of the text below', (_name, line) => {
    const document = headerOf(page(line), true);
    expect([document.date, document.place]).toEqual(['2024', 'Hà Nội']);
  });
});
