// The status is decided in one place (output/status.ts) from the diagnostics: a part the
// document's type must have that is missing makes partial_success; a fatal one, failure.
import { describe, expect, it } from 'vitest';
import { log } from '../../output/diagnostics.js';
import { processBytes } from '../../pipeline/run.js';
import { MISSING_PART_CODES, statusOf } from '../../output/status.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const as = (entry: { code: string; severity: string; fatal?: boolean }) => ({ code: entry.code, severity: entry.severity, fatal: entry.fatal ?? false });

describe('statusOf', () => {
  it.each([
    ['nothing reported', [], 'success'],
    ['only infos', [as(log.blankSerial('KH-UBND')), as(log.partialDate('ngày tháng năm 2019'))], 'success'],
    ['a warning that is not a missing part', [as(log.missingSigner()), as(log.missingTitle())], 'success'],
    ['no number or symbol', [as(log.missingNumber())], 'partial_success'],
    ['no date', [as(log.missingDate())], 'partial_success'],
    ['no issuer', [as(log.missingIssuer())], 'partial_success'],
    ["the issuer's level unknown", [as(log.issuerLevelUnknown('Trường Tiểu học'))], 'partial_success'],
    ["a plan's tasks not found", [{ code: 'TASKS_NOT_FOUND', severity: 'warning', fatal: false }], 'partial_success'],
    ["a report's subject not found", [as(log.missingReportSubject())], 'partial_success'],
    ['an error', [as(log.ocrFailed('x'))], 'partial_success'],
    ['a fatal refusal', [as(log.notAPlan())], 'failure'],
  ])('%s → %s', (_, diagnostics, status) => {
    expect(statusOf(diagnostics)).toBe(status);
  });

  it('every missing-part code is a warning the extractors can raise', () => {
    const raised = [log.missingNumber(), log.missingDate(), log.missingIssuer(), log.issuerLevelUnknown('x'), log.missingReportSubject()];
    for (const entry of raised) {
      expect(MISSING_PART_CODES.has(entry.code)).toBe(true);
      expect(entry.severity).toBe('warning');
    }
  });
});

const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n';
const SIGNATURE = '\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n';

describe('status of a run, per type', () => {
  it.each([
    ['a complete công văn', `ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\n${MOTTO}Số: 4085/UBND-VP\nV/v triển khai công tác năm 2025\nSơn La, ngày 25 tháng 11 năm 2025\nKính gửi: Các sở, ban, ngành.\nỦy ban nhân dân tỉnh đề nghị các đơn vị thực hiện.${SIGNATURE}`, 'success', 'Công văn', []],
    ['a complete quyết định', `ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\n${MOTTO}Số: 12/QĐ-UBND\nSơn La, ngày 05 tháng 3 năm 2025\nQUYẾT ĐỊNH\nVề việc thành lập tổ công tác\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nĐiều 1. Thành lập tổ công tác.${SIGNATURE}`, 'success', 'Quyết định', []],
    ['a thông báo with a blank serial and day', `ỦY BAN NHÂN DÂN\nXÃ ĐỒNG TÂM\n${MOTTO}Số: /TB-UBND\nĐồng Tâm, ngày    tháng 6 năm 2025\nTHÔNG BÁO\nVề lịch tiếp công dân\nỦy ban nhân dân xã thông báo lịch tiếp công dân.${SIGNATURE}`, 'success', 'Thông báo', []],
    ['a báo cáo without a number', `ỦY BAN NHÂN DÂN\nXÃ ĐỒNG TÂM\n${MOTTO}Đồng Tâm, ngày 05 tháng 6 năm 2025\nBÁO CÁO\nKết quả công tác\nỦy ban nhân dân xã báo cáo kết quả thực hiện.${SIGNATURE}`, 'partial_success', 'Báo cáo', ['MISSING_NUMBER']],
    ['a complete báo cáo of a district', `ỦY BAN NHÂN DÂN\nHUYỆN ĐẮK SONG\n${MOTTO}Số: 111/BC-UBND\nĐắk Song, ngày 02 tháng 3 năm 2020\nBÁO CÁO\nKết quả công tác thi đua, khen thưởng năm 2019\nỦy ban nhân dân huyện báo cáo kết quả thực hiện như sau.${SIGNATURE}`, 'success', 'Báo cáo', []],
    ['a báo cáo that does not say what it reports on', `ỦY BAN NHÂN DÂN\nXÃ ĐỒNG TÂM\n${MOTTO}Số: 15/BC-UBND\nĐồng Tâm, ngày 05 tháng 6 năm 2025\nBÁO CÁO\n\nI. KẾT QUẢ ĐẠT ĐƯỢC\nỦy ban nhân dân xã báo cáo kết quả thực hiện.${SIGNATURE}`, 'partial_success', 'Báo cáo', ['MISSING_REPORT_SUBJECT']],
    ['a hướng dẫn without a date', `ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH\nBAN THƯỜNG TRỰC\nSố: 05/HD-MTTQ-BTT\n${MOTTO}HƯỚNG DẪN\nCông tác bầu cử\nBan Thường trực hướng dẫn như sau.${SIGNATURE}`, 'partial_success', 'Hướng dẫn', ['MISSING_DATE']],
    ['a kế hoạch without an issuer', `${MOTTO}Số: 12/KH-UBND\nHà Nội, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nCông tác thi đua năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\nCác đơn vị thực hiện nghiêm túc kế hoạch.${SIGNATURE}`, 'partial_success', 'Kế hoạch', ['MISSING_ISSUER']],
    ['a tờ trình whose issuer has no level', `TRƯỜNG TIỂU HỌC KIM ĐỒNG\n${MOTTO}Số: 3/TTr-THKĐ\nHà Nội, ngày 05 tháng 3 năm 2025\nTỜ TRÌNH\nVề việc sửa chữa phòng học\nNhà trường kính trình xem xét.${SIGNATURE}`, 'partial_success', 'Tờ trình', ['ISSUER_LEVEL_UNKNOWN']],
  ])('%s → %s', async (_, text, status, type, missing) => {
    const result = await processBytes('doc.txt', utf8(text));
    expect(result.status).toBe(status);
    expect(result.record?.pipeline.status).toBe(status);
    expect(result.record?.document.type).toBe(type);
    const codes = result.diagnostics.map((d) => d.code).filter((c) => MISSING_PART_CODES.has(c));
    expect(codes).toEqual(missing);
  });

  it('a Vietnamese text that is no administrative document fails with NOT_A_PLAN, keeping its record to show', async () => {
    const news = 'Sáng nay trời mưa to ở nhiều nơi. Người dân đi làm muộn hơn thường lệ và các cửa hàng mở cửa trễ. Nhiều tuyến đường bị ngập nước khiến giao thông ùn tắc trong nhiều giờ.';
    const result = await processBytes('news.txt', utf8(news));
    expect(result.status).toBe('failure');
    expect(result.diagnostics.map((d) => d.code)).toContain('NOT_A_PLAN');
    expect(result.record?.pipeline.status).toBe('failure');
    expect(result.record?.text.original).toBe(news);
  });

  it('a công văn on one line, without a colon after its number, is accepted', async () => {
    const text = 'BỘ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số 10988/BNV-CQĐP V/v tuyên truyền chủ trương Hà Nội, ngày 21 tháng 11 năm 2025 Kính gửi: Ủy ban nhân dân các tỉnh. Bộ Nội vụ đề nghị các địa phương thực hiện.';
    const result = await processBytes('cv.txt', utf8(text));
    expect(result.status).not.toBe('failure');
    expect(result.record?.document).toMatchObject({ type: 'Công văn', number: '10988/BNV-CQĐP', issuer: { name: 'Bộ Nội vụ', level: 'central' } });
  });

  it('a 1 MB document on one line finishes with a record', async () => {
    const head = 'ỦY BAN NHÂN DÂN TỈNH SƠN LA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 12/KH-UBND Sơn La, ngày 05 tháng 3 năm 2024 KẾ HOẠCH Về công tác thi đua ';
    let text = head;
    const filler = 'các đơn vị thực hiện nghiêm túc Kế hoạch số 34/KH-UBND ngày 01/02/2024 | Sở Nội vụ tỉnh Sơn La theo dõi ';
    while (text.length < 1_000_000) text += filler;
    const result = await processBytes('big.txt', utf8(text));
    expect(result.record?.document).toMatchObject({ number: '12/KH-UBND', date: '2024-03-05', issuer: { name: 'Ủy ban nhân dân tỉnh Sơn La' } });
    expect(result.record?.references.map((r) => r.number)).toEqual(['34/KH-UBND']);
  });
});
