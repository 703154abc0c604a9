// A certified copy's stamp ("SAO Y", "SAO Y BẢN CHÍNH", "BẢN SAO" with the copying body and its
// signing time) over the header is no part of the document's issuer, number or date.
import { describe, expect, it } from 'vitest';
import { blankRanges, copyStampRanges } from '../../../extractors/header/copy-stamp.js';
import { extractHeader } from '../../../extractors/header/header.js';
import { foldVietnamese } from '../../../normalizers/fold.js';
import type { Signer } from '../../../output/schema.js';
import { testContext } from '../context.js';

const noSigner: Signer = { name: null, title: null, authority: null };
const pad = (n: number) => ' '.repeat(n);

function header(text: string) {
  return extractHeader(text, testContext(), noSigner);
}

/** What the stamp leaves of the text, blank lines and trailing spaces dropped. */
function withoutStamps(text: string): string {
  const kept = blankRanges(text, copyStampRanges(foldVietnamese(text), text.length));
  return kept
    .split('\n')
    .map((l) => l.trimEnd())
    .filter(Boolean)
    .join('\n');
}

describe('copyStampRanges', () => {
  it.each([
    [
      'an electronic copy stamp beside the header, its time on the header line',
      `${pad(50)}SAO Y\n${pad(50)}Ủy ban nhân dân tỉnh Bắc Giang\n  ỦY BAN NHÂN DÂN ${pad(0)}Thời gian ký: 02/03/2024 08:15:40 +07:00\n  HUYỆN LẠNG GIANG`,
      '  ỦY BAN NHÂN DÂN\n  HUYỆN LẠNG GIANG',
    ],
    [
      'a stamp at the margin (a page OCR read line by line), closed by its signing time',
      'SAO Y\nSở Nội vụ tỉnh Nghệ An\n15/07/2023 16:02:11\nỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN',
      'ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN',
    ],
    [
      'a paper stamp in its own column with its own number and date',
      `${pad(40)}SAO Y BẢN CHÍNH\n${pad(40)}Số: 25/SY-VP\n${pad(40)}Quảng Trị, ngày 12/5/2022\n\nỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ`,
      'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ',
    ],
    [
      'a stamp at the margin with no signing time: its opener only',
      'BẢN SAO\nỦY BAN NHÂN DÂN\nXÃ TÂN LẬP',
      'ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP',
    ],
  ])('%s', (_what, text, kept) => {
    expect(withoutStamps(text)).toBe(kept);
  });

  it.each([
    ['the words in running text', 'Hồ sơ gồm bản sao y bản chính của quyết định.'],
    ['a heading that only starts with them', 'SAO Y BẢN CHÍNH CÁC VĂN BẢN SAU'],
    ['no stamp at all', 'ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 12/KH-UBND'],
  ])('finds nothing in %s', (_what, text) => {
    expect(copyStampRanges(foldVietnamese(text), text.length)).toEqual([]);
  });

  it('keeps offsets: the text comes back as long as it went in', () => {
    const text = `${pad(30)}SAO Y\n${pad(30)}Văn phòng UBND tỉnh\nUBND TỈNH  Thời gian ký: 01/01/2024 09:00:00`;
    expect(blankRanges(text, copyStampRanges(foldVietnamese(text), text.length))).toHaveLength(text.length);
  });
});

describe('the header of a certified copy', () => {
  // Normalised text joins a header line and the stamp beside it with one space, as here.
  it.each([
    ['Ủy ban nhân dân thành phố Hải Phòng', 'ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HẢI PHÒNG', 'Ủy ban nhân dân thành phố Hải Phòng', 'Hải Phòng'],
    ['Văn phòng Ủy ban nhân dân tỉnh Nam Định', 'ỦY BAN NHÂN DÂN', 'HUYỆN HẢI HẬU', 'Ủy ban nhân dân huyện Hải Hậu', 'Hải Hậu'],
  ])('copied by %s: the issuer is the original\'s', (copier, line1, line2, issuer, place) => {
    const text = [
      `${pad(60)}SAO Y`,
      `${pad(60)}${copier}`,
      `   ${line1} Thời gian ký: 20/11/2023 10:56:22 +07:00`,
      `${pad(30)}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`,
      `   ${line2} Độc lập - Tự do - Hạnh phúc`,
      '',
      `   Số: 45/KH-UBND ${place}, ngày 18 tháng 11 năm 2023`,
      '',
      'KẾ HOẠCH',
      'Tổ chức phong trào thi đua năm 2024',
    ].join('\n');
    const document = header(text);
    expect(document.issuer.name).toBe(issuer);
    expect(document.number).toBe('45/KH-UBND');
    expect(document.date).toBe('2023-11-18');
  });
});

describe('a text indented as a whole', () => {
  it('keeps its header under a "BẢN SAO" line at the same margin', () => {
    const text = '  BẢN SAO\n  ỦY BAN NHÂN DÂN\n  XÃ TÂN LẬP\n  Số: 12/KH-UBND\n\n  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n  Độc lập - Tự do - Hạnh phúc\n  Tân Lập, ngày 5 tháng 3 năm 2024\n';
    const kept = blankRanges(text, copyStampRanges(foldVietnamese(text), text.length));
    expect(kept.split('\n').slice(1, 4)).toEqual(['  ỦY BAN NHÂN DÂN', '  XÃ TÂN LẬP', '  Số: 12/KH-UBND']);
  });
});
