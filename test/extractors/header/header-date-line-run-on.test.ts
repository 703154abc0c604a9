// The date line with OCR debris run onto it ("Hà Nội, ngày … năm 2018 của l… QUYẾT ĐỊNH", a scrap the
// restorer made "của"): a line that opens with its place and "ngày" is the date line; a cited
// document's date followed by "của" in the body is still no date line.
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../../extractors/header/header.js';
import { citedDate } from '../../../extractors/header/header-date.js';
import { foldVietnamese } from '../../../normalizers/fold.js';
import type { Signer } from '../../../output/schema.js';
import { testContext } from '../context.js';

const noSigner: Signer = { name: null, title: null, authority: null };
const header = (dateLine: string) =>
  extractHeader(
    ['BỘ THÔNG TIN VÀ TRUYỀN THÔNG', 'Số: 243/QĐ-BTTTT', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', dateLine, 'Trung tâm Kiểm định an toàn thông tin', 'BỘ TRƯỞNG BỘ THÔNG TIN VÀ TRUYỀN THÔNG', 'Căn cứ Nghị định số 17/2017/NĐ-CP ngày 17 tháng 02 năm 2017 của Chính phủ;'].join('\n'),
    testContext(),
    noSigner,
  );

describe('a date line with debris run onto it', () => {
  it('is read with its place', () => {
    const doc = header('Hà Nội, ngày 13 tháng 02 năm 2018 của l... /ý QUYẾT ĐỊNH dự định chức năng');
    expect(doc.date).toBe('2018-02-13');
    expect(doc.place).toBe('Hà Nội');
  });

  it.each([
    ['a cited date in the body', 'Căn cứ Nghị định số 17/2017/NĐ-CP ngày 17 tháng 02 năm 2017 của Chính phủ;', true],
    ['a cited date opening its line', 'ngày 17 tháng 02 năm 2017 của Chính phủ;', true],
    ['the date line with "của" run on', 'Hà Nội, ngày 13 tháng 02 năm 2018 của l...', false],
  ])('citedDate: %s → %s', (_how, line, cited) => {
    const folded = foldVietnamese(line);
    expect(citedDate(folded, folded.indexOf(' cua'))).toBe(cited);
  });
});
