// A council's supervision team (or an inspection team) issues in its own name under the council's
// block; a law whose name holds "của" ("… của Quốc hội và Hội đồng nhân dân") is cited whole.
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../extractors/header/header.js';
import { extractReferences } from '../../extractors/references/references.js';
import type { DocumentInfo, Signer } from '../../output/schema.js';
import { testContext } from './context.js';

const noSigner: Signer = { name: null, title: null, authority: null };
const BODY = '\n\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n';

describe('a team under the issuer block', () => {
  it.each([
    [
      'the supervision team of a provincial council',
      // The left column first, as the PDF reader gives a header table.
      'HỘI ĐỒNG NHÂN DÂN\nTỈNH BÌNH DƯƠNG\nĐOÀN GIÁM SÁT\nSố: 11/TB-ĐGS\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBình Dương, ngày 21 tháng 10 năm 2021\nTHÔNG BÁO\nPhân công nhiệm vụ thành viên Đoàn giám sát',
      { name: 'Đoàn giám sát Hội đồng nhân dân tỉnh Bình Dương', level: 'province', locality: 'Bình Dương', parent: 'Hội đồng nhân dân tỉnh Bình Dương' },
    ],
    [
      'the supervision team of a district council',
      'HỘI ĐỒNG NHÂN DÂN HUYỆN TUẦN GIÁO\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐOÀN GIÁM SÁT\tĐộc lập - Tự do - Hạnh phúc\nSố: 02/KH-ĐGS\tTuần Giáo, ngày 12 tháng 11 năm 2020\nKẾ HOẠCH\nGiám sát việc thực hiện chính sách',
      { name: 'Đoàn giám sát Hội đồng nhân dân huyện Tuần Giáo', level: 'district', locality: 'Tuần Giáo' },
    ],
  ])('%s', (_what, text, issuer) => {
    expect(extractHeader(text + BODY, testContext(), noSigner).issuer).toMatchObject(issuer);
  });

  it('leaves a council issuing in its own name as it was', () => {
    const text = 'HỘI ĐỒNG NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN TUẦN GIÁO\tĐộc lập - Tự do - Hạnh phúc\nSố: 06/GM-HĐND\tTuần Giáo, ngày 12 tháng 11 năm 2020\nGIẤY MỜI';
    expect(extractHeader(text + BODY, testContext(), noSigner).issuer).toMatchObject({ name: 'Hội đồng nhân dân huyện Tuần Giáo', level: 'district' });
  });
});

const NOTICE: DocumentInfo = {
  type: 'Thông báo', typeCode: 'TB', number: '11/TB-ĐGS', serial: '11', symbol: 'TB-ĐGS',
  issuer: { name: 'Đoàn giám sát Hội đồng nhân dân tỉnh Bình Dương', level: 'province', locality: 'Bình Dương', parent: null },
  place: 'Bình Dương', date: '2021-10-21', title: null,
};

describe('a law whose name holds "của"', () => {
  it.each([
    ['Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân ngày 20 tháng 11 năm 2015;', 'Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân', '2015-11-20', null],
    ['Căn cứ Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam ngày 16 tháng 6 năm 2014;', 'Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam', '2014-06-16', null],
    ['Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13;', 'Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân', null, '87/2015/QH13'],
    ['Căn cứ Luật ban hành văn bản quy phạm pháp luật của Hội đồng nhân và Ủy ban nhân dân ngày 03 tháng 12 năm 2004;', 'Luật ban hành văn bản quy phạm pháp luật của Hội đồng nhân và Ủy ban nhân dân', '2004-12-03', null],
    // "của Quốc hội" alone names who passed the law: it is not a part of the name.
    ['Căn cứ Luật Đất đai của Quốc hội ngày 18 tháng 01 năm 2024;', 'Luật Đất đai', '2024-01-18', null],
    // Whatever follows "của Quốc hội" (its term, the country's name) is still about who passed it.
    ['Căn cứ Luật Đất đai của Quốc hội khóa XV ngày 18 tháng 01 năm 2024;', 'Luật Đất đai', '2024-01-18', null],
    ['Căn cứ Luật Thi đua, khen thưởng của Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam ngày 15 tháng 6 năm 2022;', 'Luật Thi đua, khen thưởng', '2022-06-15', null],
    ['Căn cứ Luật Ngân sách nhà nước của Quốc hội khóa XIII số 83/2015/QH13;', 'Luật Ngân sách nhà nước', null, '83/2015/QH13'],
    ['Căn cứ Luật Tổ chức Chính phủ của Quốc hội kỳ họp thứ 9 ngày 18 tháng 02 năm 2025;', 'Luật Tổ chức Chính phủ', '2025-02-18', null],
  ])('%s', (text, title, date, number) => {
    const refs = extractReferences(text, testContext(), NOTICE);
    expect(refs.map((r) => ({ title: r.title, date: r.date, number: r.number }))).toEqual([{ title, date, number }]);
  });
});
