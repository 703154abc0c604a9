// A licence ("GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP", numbered …/GP-UBND): its type is the
// heading's, not the enacting "QUYẾT ĐỊNH:" printed under the basis lines.
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../../extractors/header/header.js';
import { docTypeByCode } from '../../../extractors/shared/doctypes.js';
import type { Signer } from '../../../output/schema.js';
import { testContext } from '../context.js';

const noSigner: Signer = { name: null, title: null, authority: null };

function header(heading: string, number: string) {
  const text =
    `ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n${number}\nLào Cai, ngày 21 tháng 7 năm 2026\n` +
    `${heading}\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nCăn cứ Nghị định số 181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ;\n` +
    `QUYẾT ĐỊNH:\nĐiều 1. Cho phép Công ty sử dụng vật liệu nổ công nghiệp.\nĐiều 3. Giấy phép này có giá trị đến hết ngày 05 tháng 7 năm 2031./.\n`;
  return extractHeader(text, testContext(), noSigner);
}

describe('a licence under its own heading', () => {
  it.each([
    ['explosives', 'GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP', 'Số: 2507/GP-UBND', 'SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP'],
    ['mining, the heading alone on its line', 'GIẤY PHÉP\nKhai thác khoáng sản', 'Số: 131/GP-UBND', 'Khai thác khoáng sản'],
  ])('%s', (_name, heading, number, title) => {
    const document = header(heading, number);
    expect(document.type).toBe('Giấy phép');
    expect(document.typeCode).toBe('GP');
    // The title is the heading's object (the authority line under it may run on: titles are not judged here).
    expect(document.title?.startsWith(title)).toBe(true);
  });

  it('the GP code names a licence', () => {
    expect(docTypeByCode('GP')?.name).toBe('Giấy phép');
  });

  it('a decision that grants a licence keeps its own heading', () => {
    const document = header('QUYẾT ĐỊNH\nVề việc cấp giấy phép sử dụng vật liệu nổ công nghiệp', 'Số: 1883/QĐ-UBND');
    expect(document.type).toBe('Quyết định');
  });
});
