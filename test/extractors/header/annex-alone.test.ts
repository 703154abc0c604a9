// An appendix filed alone: its caption names the document it belongs to.
import { describe, expect, it } from 'vitest';
import { annexAlone } from '../../../extractors/header/annex-alone.js';
import { processBytes } from '../../../pipeline/run.js';

const TABLE = `| STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện |
|---|---|---|---|---|
| 1 | Tổ chức phát động phong trào thi đua | Văn phòng HĐND và UBND phường | Các đoàn thể phường | Tháng 3/2025 |
| 2 | Kiểm tra việc thực hiện phong trào | Phòng Văn hóa - Xã hội | Công an phường | Quý III/2025 |
| 3 | Sơ kết, tổng kết, khen thưởng | Văn phòng HĐND và UBND phường | Các khu phố | Tháng 12/2025 |
`;

describe('annexAlone', () => {
  it.each([
    ['a plan\'s task list', 'PHỤ LỤC\nDANH MỤC NHIỆM VỤ NĂM 2025\n(Kèm theo Kế hoạch số 45/KH-UBND ngày 12 tháng 3 năm 2025 của UBND phường Bến Thành)\n',
      { type: 'Kế hoạch', number: '45/KH-UBND', date: '2025-03-12', issuer: 'UBND phường Bến Thành', heading: 'DANH MỤC NHIỆM VỤ NĂM 2025' }],
    ['"Ban hành kèm theo", numbered appendix, date in figures', 'Phụ lục II\nQuy chế thi đua, khen thưởng\n(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2024 của Ủy ban nhân dân huyện Đắk Song)\n',
      { type: 'Quyết định', number: '12/QĐ-UBND', date: '2024-01-05', issuer: 'Ủy ban nhân dân huyện Đắk Song', heading: 'Quy chế thi đua, khen thưởng' }],
    ['a blank serial, markdown emphasis', '**PHỤ LỤC 01**\n**BIỂU TỔNG HỢP**\n*(Kèm theo Kế hoạch số     /KH-UBND ngày   tháng 5 năm 2025 của UBND xã Đồng Tâm)*\n',
      { type: 'Kế hoạch', number: null, date: '2025-05', issuer: 'UBND xã Đồng Tâm', heading: 'BIỂU TỔNG HỢP' }],
    ['a công văn\'s appendix', 'PHỤ LỤC\nDanh sách đơn vị\n(Kèm theo Công văn số 4085/UBND-VP ngày 25/11/2025 của UBND tỉnh Sơn La)\n',
      { type: 'Công văn', number: '4085/UBND-VP', date: '2025-11-25', issuer: 'UBND tỉnh Sơn La', heading: 'Danh sách đơn vị' }],
    ['label and subject on one line, "số:" before a blank serial', 'PHỤ LỤC I. HỆ THỐNG CHỈ TIÊU GIAI ĐOẠN 2026 - 2030\n(Kèm theo Kế hoạch số:        /KH-UBND ngày      tháng      năm 2026 của Ủy ban nhân dân xã An Thới Đông)\n',
      { type: 'Kế hoạch', number: null, date: '2026', issuer: 'Ủy ban nhân dân xã An Thới Đông', heading: 'HỆ THỐNG CHỈ TIÊU GIAI ĐOẠN 2026 - 2030' }],
  ])('%s', (_name, text, expected) => {
    const found = annexAlone(text);
    expect(found).not.toBeNull();
    expect({
      type: found!.type.name,
      number: found!.number?.number ?? null,
      date: found!.date?.iso ?? null,
      issuer: found!.issuer?.text ?? null,
      heading: found!.heading?.text ?? null,
    }).toEqual(expected);
  });

  it.each([
    ['a caption with no appendix heading above it', '(Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2025 của UBND phường Bến Thành)\n'],
    ['a caption cited inside a sentence', 'PHỤ LỤC\nCác đơn vị thực hiện theo Phụ lục I (kèm theo Kế hoạch số 120/KH-UBND ngày 05/3/2024 của UBND tỉnh).\n'],
    ['a caption naming neither a number nor a date', 'PHỤ LỤC\n(Kèm theo Kế hoạch này)\n'],
    ['a caption far below the top', `PHỤ LỤC\n${'Nội dung. '.repeat(200)}\n(Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2025)\n`],
  ])('not an appendix alone: %s', (_name, text) => {
    expect(annexAlone(text)).toBeNull();
  });
});

describe('an appendix filed alone, through the pipeline', () => {
  const annex = `PHỤ LỤC\nDANH MỤC NHIỆM VỤ TRIỂN KHAI PHONG TRÀO THI ĐUA NĂM 2025\n(Kèm theo Kế hoạch số 45/KH-UBND ngày 12 tháng 3 năm 2025 của UBND phường Bến Thành)\n\n${TABLE}`;

  it('is stored with its tasks, the caption\'s header and ANNEX_ALONE (partial_success)', async () => {
    const result = await processBytes('phu-luc.md', new TextEncoder().encode(annex));
    expect(result.status).toBe('partial_success');
    expect(result.diagnostics.map((d) => d.code)).toContain('ANNEX_ALONE');
    expect(result.record?.document).toMatchObject({
      type: 'Kế hoạch', number: '45/KH-UBND', date: '2025-03-12',
      issuer: { name: 'Ủy ban nhân dân phường Bến Thành', level: 'ward' },
    });
    expect(result.record?.tasks.map((t) => t.lead)).toEqual([['Văn phòng HĐND và UBND phường'], ['Phòng Văn hóa - Xã hội'], ['Văn phòng HĐND và UBND phường']]);
  });

  it.each([
    ['a heading in normal case (never joined with its caption)', `Phụ lục II\nDanh mục nhiệm vụ năm 2025\n(Ban hành kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2025 của UBND phường Bến Thành)\n\n${TABLE}`, 'Danh mục nhiệm vụ năm 2025'],
    ['the issuer block printed above the appendix, a caption naming no issuer', `ỦY BAN NHÂN DÂN\nPHƯỜNG BẾN THÀNH\n\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n(Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2025)\n\n${TABLE}`, 'DANH MỤC NHIỆM VỤ'],
  ])('%s', async (_name, text, title) => {
    const result = await processBytes('phu-luc.md', new TextEncoder().encode(text));
    expect(result.diagnostics.map((d) => d.code)).toContain('ANNEX_ALONE');
    expect(result.record?.document).toMatchObject({ number: '45/KH-UBND', date: '2025-03-12', title, issuer: { name: 'Ủy ban nhân dân phường Bến Thành', level: 'ward' } });
    expect(result.record?.tasks).toHaveLength(3);
  });

  it('a table alone, without a caption, is still refused', async () => {
    const result = await processBytes('bang.md', new TextEncoder().encode(`DANH MỤC NHIỆM VỤ\n\n${TABLE}`));
    expect(result.status).toBe('failure');
    expect(result.diagnostics.map((d) => d.code)).toContain('NOT_A_PLAN');
  });
});
