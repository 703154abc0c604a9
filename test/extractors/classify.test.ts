import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../extractors/classify.js';
import { testContext } from './context.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const seeds = resolve(repoRoot, '../shared/seeds');
const statutes = resolve(repoRoot, '../shared/corpus/vi-legal');

function classify(text: string) {
  const ctx = testContext();
  return { ok: classifyDocument(text, ctx), codes: ctx.codes(), fatal: ctx.failed };
}

describe('classifyDocument', () => {
  it.each(readdirSync(seeds).filter((f) => f.endsWith('.txt')))('accepts seed %s', (file) => {
    expect(classify(readFileSync(resolve(seeds, file), 'utf8'))).toEqual({ ok: true, codes: [], fatal: false });
  });

  it('accepts a statute (an administrative document, not a plan)', () => {
    const file = readdirSync(statutes).find((f) => f.startsWith('Luat-'))!;
    expect(classify(readFileSync(resolve(statutes, file), 'utf8')).ok).toBe(true);
  });

  it.each([
    ['English prose', 'The committee shall meet every quarter to review the progress of the emulation movement and report to the board of directors on the results achieved during the period.'],
    ['an English plan', 'PLAN No. 12/2021\nHanoi, 22 January 2021\nThe People\'s Committee of Ba Dinh district issues this plan for the emulation and commendation work in the period 2021-2025.'],
    ['French', 'Le présent plan fixe les objectifs de la campagne d\'émulation pour l\'année et les modalités de sa mise en œuvre par les services.'],
    ['numbers only', '12345 67890 2021 2022 2023\n1.\t2.\t3.'],
  ])('refuses %s as not Vietnamese (fatal)', (_label, text) => {
    expect(classify(text)).toEqual({ ok: false, codes: ['NOT_VIETNAMESE'], fatal: true });
  });

  it.each([
    ['a news paragraph', 'Sáng nay, người dân thành phố đã tham gia các hoạt động văn hóa, thể thao chào mừng ngày lễ lớn của đất nước với không khí sôi nổi và nhiều niềm vui.'],
    ['a recipe', 'Cho gạo vào nồi, đổ nước vừa đủ và nấu trên lửa nhỏ. Khi cơm chín thì tắt bếp, để thêm mười phút cho cơm chín đều rồi mới dùng.'],
    ['a "nơi nhận" in prose, no list', 'Người dân đến nơi nhận: hồ sơ được trả trong ngày, không phải chờ đợi lâu như trước đây ở các cơ quan.'],
  ])('refuses %s as not an administrative document (fatal)', (_label, text) => {
    expect(classify(text)).toEqual({ ok: false, codes: ['NOT_A_PLAN'], fatal: true });
  });

  it.each([
    ['stripped text with a number line', 'Ke hoach so 12/KH-UBND cua UBND quan ve cong tac thi dua khen thuong nam 2021 va cac nhiem vu trong tam.\nSo: 12/KH-UBND'],
    ['a date line only', 'Ba Đình, ngày 22 tháng 01 năm 2021\nVề việc tổ chức các hoạt động của cơ quan trong năm.'],
    ['a type heading only', 'KẾ HOẠCH\nTổ chức các phong trào thi đua của các đơn vị trong năm 2021 và những năm tiếp theo.'],
    ['a signature only', 'Đề nghị các đơn vị thực hiện nghiêm túc các nội dung của văn bản này.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTạ Nam Chiến'],
    // a last page given alone: its signature block lost under the seal, its recipients' list read
    ['a recipients\' list closed by the office copy', '2. Bãi bỏ các quy định tại khoản 8 Điều 4 của Nghị định./.\nNơi nhận:\n- Các bộ, cơ quan ngang bộ;\n- Lưu: VT, ĐMDN (2b).\nNguyễn Văn An'],
  ])('accepts %s', (_label, text) => {
    expect(classify(text).ok).toBe(true);
  });
});

describe('an appendix filed alone, its caption naming the document it is attached to', () => {
  const body = [
    'DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT HẾT HIỆU LỰC',
    '%CAPTION%',
    'TT Tên văn bản Số, ký hiệu Ngày ban hành Nội dung trích yếu',
    '1 Thông tư 27/2009/TT-BTC 06/02/2009 Hướng dẫn thực hiện giãn thời hạn nộp thuế thu nhập cá nhân',
    '2 Thông tư 13/2009/TT-BTC 22/01/2009 Hướng dẫn thực hiện giảm thuế giá trị gia tăng đối với một số hàng hóa',
  ].join('\n');

  it.each([
    '(Ban hành kèm theo Quyết định số 70/QĐ-BTC ngày 13 tháng 4 năm 2010 của Bộ trưởng Bộ Tài chính)',
    'Ban hành kèm theo Quyết định số`: /Q13-BTC ngày /3 tháng 4 năm 2010 của Bộ trưởng Bộ Tài chính)',
    '(Kèm theo Kế hoạch số 12/KH-UBND của UBND tỉnh)',
  ])('%j is an administrative document', (caption) => {
    expect(classify(body.replace('%CAPTION%', caption)).ok).toBe(true);
  });

  it.each([
    // "kèm theo" inside a sentence, or followed by no document's type
    'Các biểu mẫu được gửi kèm theo Quyết định số 70/QĐ-BTC của Bộ trưởng.',
    '(Kèm theo danh sách học sinh)',
  ])('%j alone is no mark', (caption) => {
    expect(classify(body.replace('%CAPTION%', caption)).ok).toBe(false);
  });
});
