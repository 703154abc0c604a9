// A report tells what happened day by day: "ngày 05/9/2011, Ban đã ra Quyết định số 26/QĐ-KCN …".
// The day that opens the clause dates the document the clause's body issues, also when the clause is
// joined to the one before by "và", and when the verb is "ra" (issue) rather than "ban hành".
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../../extractors/references/references.js';
import type { DocumentInfo } from '../../../output/schema.js';
import { testContext } from '../context.js';

const statement: DocumentInfo = {
  type: 'Báo cáo', typeCode: 'BC', number: '15/BC-KCN', serial: '15', symbol: 'BC-KCN',
  issuer: { name: 'Ban Quản lý các khu công nghiệp tỉnh Bắc Giang', level: 'province', locality: 'Bắc Giang', parent: null },
  place: 'Bắc Giang', date: '2012-02-07', title: null,
};

function dateOf(text: string, number: string): string | null | undefined {
  return extractReferences(text, testContext(), statement).find((r) => r.number === number)?.date;
}

describe('a date opening the clause that cites a document', () => {
  it.each([
    ['Do dự án đã quá chậm tiến độ, Ban đã không làm việc và ngày 05/9/2011, Ban đã ra Quyết định số 26/QĐ-KCN thu hồi Giấy chứng nhận đầu tư.', '26/QĐ-KCN', '2011-09-05'],
    ['Ban mời Giám đốc Công ty đến đối thoại (Biên bản làm việc ngày 25/10/2011), và ngày 27/10/2011 Ban Quản lý các KCN có Quyết định số 34/QĐ-KCN về việc giải quyết khiếu nại.', '34/QĐ-KCN', '2011-10-27'],
    ['Sở đã tổ chức kiểm tra thực tế và ngày 12 tháng 3 năm 2024 Sở Tài chính ban hành Công văn số 512/STC-QLG hướng dẫn các đơn vị.', '512/STC-QLG', '2024-03-12'],
    ['Ngày 14/5/2026, Ủy ban nhân dân huyện ra Thông báo số 45/TB-UBND về việc thu hồi đất.', '45/TB-UBND', '2026-05-14'],
  ])('%s', (text, number, date) => {
    expect(dateOf(text, number)).toBe(date);
  });

  it.each([
    // the day belongs to another clause, ended by its comma before the citing one
    ['Đoàn làm việc tại xã và ngày 05/9/2011 ra quân kiểm tra, Ban có Quyết định số 26/QĐ-KCN về việc xử lý.', '26/QĐ-KCN'],
    // "ra" inside a word is no verb ("Ngày 02/3/2024 tổ chức ra mắt, các đơn vị có Báo cáo số …")
    ['- Ngày 02/3/2024 tổ chức lễ ra mắt, các đơn vị có Báo cáo số 12/BC-UBND về kết quả.', '12/BC-UBND'],
    // a verb that ends in "ra" dates the inspection, not the document inspected (review 19)
    ['Ngày 20/5/2024, Đoàn đã kiểm tra Báo cáo số 45/BC-UBND của xã Tân An.', '45/BC-UBND'],
    ['Ngày 20/5/2024 Sở Nội vụ thanh tra Kế hoạch số 12/KH-UBND của huyện.', '12/KH-UBND'],
  ])('%s: no date', (text, number) => {
    expect(dateOf(text, number) ?? null).toBeNull();
  });
});
