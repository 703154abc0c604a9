import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../extractors/header/header.js';
import { signatureBoxEnd, ZONE_SCAN } from '../../extractors/header/header-zone.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { testContext } from './context.js';

const HEADER = `ỦY BAN NHÂN DÂN
HUYỆN GIA LÂM
Số: 12/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Gia Lâm, ngày 06 tháng 01 năm 2025

KẾ HOẠCH
Thi đua khen thưởng năm 2025
`;

const SIGNER_BOX = 'Ký bởi: Sở Tài chính tỉnh Hà Tĩnh\nCơ quan: Tỉnh Hà Tĩnh\nThời gian ký: 07/02/2024 10:09:57';
const CENTRE_BOX = 'TRUNG TÂM CÔNG BÁO\nVÀ TIN HỌC\nttcb@hatinh.gov.vn\n08.02.2024 08:09:28 +07:00';

/** Where the box text ends in `text` (the header's first line starts after it). */
function boxEnd(text: string): number {
  const folded = foldVietnamese(text);
  return signatureBoxEnd(folded, folded.indexOf('cong hoa'));
}

describe('signatureBoxEnd: the digital-signature boxes opening a page', () => {
  it.each([
    ['the signer box as its own block', `${SIGNER_BOX}\n\n`, SIGNER_BOX],
    ['the centre box, then the signer box', `${CENTRE_BOX}\n\n${SIGNER_BOX}\n\n`, `${CENTRE_BOX}\n\n${SIGNER_BOX}`],
    ['a box wrapped in a narrow column', 'Ký bởi: Ủy ban nhân\ndân tỉnh Hà Tĩnh\nThời gian ký:\n11/05/2021 11:26:39\n\n', 'Ký bởi: Ủy ban nhân\ndân tỉnh Hà Tĩnh\nThời gian ký:\n11/05/2021 11:26:39'],
    ['label lines not set apart by a blank line', 'Người ký: Nguyễn Văn A\nNgày ký: 07/02/2024\n', 'Người ký: Nguyễn Văn A\nNgày ký: 07/02/2024'],
  ])('%s', (_, box, expected) => {
    const text = box + HEADER;
    expect(text.slice(0, boxEnd(text)).trim()).toBe(expected);
  });

  it.each([
    ['no box', ''],
    ['one time-like line is not a box', 'Giờ: 10:30:00\n\n'],
    ['one label line is not a box', 'Email: vanthu@example.vn\n'],
    ['a long block with a few box words is not a box', `${'Dòng văn bản thường\n'.repeat(9)}Email: a@b.vn 10:00:00\n\n`],
  ])('%s: nothing is skipped', (_, before) => {
    expect(boxEnd(before + HEADER)).toBe(0);
  });

  it('reads only before the motto', () => {
    const text = HEADER + `\n${SIGNER_BOX}\n`;
    expect(signatureBoxEnd(foldVietnamese(text), 0)).toBe(0);
  });

  // Bounded by construction, whatever the text's length (the scaling bench shows it flat:
  // `npm run bench -- scaling --only signatureBoxEnd`): the boxes are looked for in the zone only.
  it('skips the box-like blocks of a long text up to the end of the zone, and reads no further', () => {
    const block = 'Email: a@b.vn\n\n';
    const text = block.repeat(100000);
    const end = signatureBoxEnd(foldVietnamese(text), text.length);
    expect(end).toBeLessThanOrEqual(ZONE_SCAN);
    expect(end).toBe(Math.floor(ZONE_SCAN / block.length) * block.length - 2);
  });
});

describe('extractHeader steps over the signature boxes', () => {
  it.each([
    ['signer box', `${SIGNER_BOX}\n\n`],
    ['centre and signer boxes', `${CENTRE_BOX}\n\n${SIGNER_BOX}\n\n`],
    ['label lines without a blank line', `${SIGNER_BOX}\n`],
  ])('%s: issuer, number and date come from the header', (_, box) => {
    const document = extractHeader(box + HEADER, testContext(), { name: null, title: null, authority: null });
    expect(document.issuer).toMatchObject({ name: 'Ủy ban nhân dân huyện Gia Lâm', locality: 'Gia Lâm' });
    expect(document.number).toBe('12/KH-UBND');
    expect(document.date).toBe('2025-01-06');
  });
});
