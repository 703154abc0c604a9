// A header as an OCR pipeline dumps it after lowering the page's case and dropping its slashes:
// one line, "bộ giáo dục và đào tạo cộng hòa xã hội chủ nghĩa việt nam độc lập tự do hạnh phúc số .
// 2750 qđ-bgdđt hà nội , ngày 03 tháng 10 năm 2025 QUYẾT ĐỊNH về việc …".
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../../extractors/header/header.js';
import { isIssuerSegment } from '../../../extractors/header/header-issuer.js';
import { foldVietnamese } from '../../../normalizers/fold.js';
import type { Signer } from '../../../output/schema.js';
import { testContext } from '../context.js';

const noSigner: Signer = { name: null, title: null, authority: null };
const MOTTO = 'cộng hòa xã hội chủ nghĩa việt nam độc lập tự do hạnh phúc';

function headerOf(text: string, ocr = true) {
  return extractHeader(text, testContext(), noSigner, undefined, ocr, undefined, ocr);
}

describe('a header dumped in small letters', () => {
  it.each([
    // [issuer as dumped, number part, date line, issuer, level, place, number]
    ['bộ giáo dục và đào tạo', 'số : 2827/qđ-bgdđt', 'hà nội , ngày 14 tháng 10 năm 2025', 'bộ giáo dục và đào tạo', 'central', 'Hà Nội', '2827/QĐ-BGDĐT'],
    ['bộ giáo dục và đào tạo', 'số .\n2750 qđ-bgdđt', 'hà nội , ngày 03 tháng 10 năm 2025', 'bộ giáo dục và đào tạo', 'central', 'Hà Nội', '2750/QĐ-BGDĐT'],
    ['ủy ban nhân dân tỉnh ninh bình', 'số : 968/qđ-ubnd', 'ninh bình , ngày 01 tháng 11 năm 2024', 'ủy ban nhân dân tỉnh ninh bình', 'province', 'Ninh Bình', '968/QĐ-UBND'],
  ])('%s … %s … %s', (issuer, number, dateLine, name, level, place, read) => {
    const h = headerOf(`${issuer} ${MOTTO} ${number} ${dateLine} QUYẾT ĐỊNH về việc công bố thủ tục hành chính`);
    expect(h.issuer.name?.toLocaleLowerCase('vi')).toBe(name);
    expect(h.issuer.level).toBe(level);
    expect(h.place).toBe(place);
    expect(h.number).toBe(read);
  });

  it('a typed text keeps its small-letter line out of the issuer (only OCR dumps lower a page)', () => {
    const h = headerOf(`bộ giáo dục và đào tạo ${MOTTO} số : 2827/QĐ-BGDĐT Hà Nội, ngày 14 tháng 10 năm 2025 QUYẾT ĐỊNH về việc`, false);
    expect(h.issuer.name).toBeNull();
  });

  it.each([
    ['a place no unit list knows', 'xóm trên , ngày 14 tháng 10 năm 2025'],
    ['one word only', 'nội , ngày 14 tháng 10 năm 2025'],
  ])('%s is no place: %j', (_how, dateLine) => {
    expect(headerOf(`bộ giáo dục và đào tạo ${MOTTO} số : 2827/qđ-bgdđt ${dateLine} QUYẾT ĐỊNH về việc`).place).toBeNull();
  });
});

describe('a heading in capitals run into a dump\'s line', () => {
  it.each([
    // [the text after the motto, the type]
    ['số 22750 ít-bgdđt hà nội , ngày 03 tháng hoắm 2025 QUYẾT ĐỊNH về việc công bố thủ tục hành chính', 'Quyết định'],
    ['hà nội , ngày 03 tháng hoắm 2025 KẾ HOẠCH tổ chức hội nghị tổng kết', 'Kế hoạch'],
  ])('%j', (rest, type) => {
    const h = headerOf(`bộ giáo dục và đào tạo ${MOTTO} ${rest} căn cứ nghị định số 37 2025 nđ-cp`);
    expect(h.type).toBe(type);
    expect(h.issuer.name?.toLocaleLowerCase('vi')).toBe('bộ giáo dục và đào tạo');
  });

  it.each([
    ['a citation', 'hà nội , ngày 03 tháng ionăm 2025 căn cứ QUYẾT ĐỊNH số 240 qđ-ttg ngày 04 02 2025'],
    ['words in capitals that name no type', 'hà nội , ngày 03 tháng ionăm 2025 BAN HÀNH quy chế làm việc'],
  ])('%s is no heading', (_how, rest) => {
    expect(headerOf(`bộ giáo dục và đào tạo ${MOTTO} ${rest}`).type).toBeNull();
  });

  it.each([
    ['after stops and spaces', 'hà nội , ngày 03 tháng hoắm 2025 ; ,  KẾ HOẠCH tổ chức hội nghị', 'Kế hoạch'],
    ['after a figure', 'hà nội , ngày 03 tháng 10 năm 2025\tQUYẾT ĐỊNH về việc công bố', 'Quyết định'],
  ])('is found %s', (_how, rest, type) => {
    expect(headerOf(`bộ giáo dục và đào tạo ${MOTTO} ${rest} căn cứ nghị định số 37 2025 nđ-cp`).type).toBe(type);
  });

  it('is still found with a long run of spaces in the body below', () => {
    const h = headerOf(`bộ giáo dục và đào tạo ${MOTTO} hà nội , ngày 03 tháng hoắm 2025 KẾ HOẠCH tổ chức hội nghị\nnội dung a${' '.repeat(200_000)}b\n`);
    expect(h.type).toBe('Kế hoạch');
  });

  // The search for a heading run into a line once walked back over a whole run of spaces at every
  // space of it (seconds for 50 k, most of a minute for 200 k). How its time grows now:
  // `npm run bench -- scaling --only header-small-letter-dump`.
  it.each([' ', ' ,', '. '])('a 200 k run of %j after a small-letter header leaves the header read', (unit) => {
    const text = `bộ giáo dục và đào tạo cộng hòa xã hội chủ nghĩa việt nam\nsố : 12/qđ-bgdđt hà nội , ngày 3 tháng 4 năm 2025\nvề việc ban hành quy chế\nnội dung a${unit.repeat(200_000 / unit.length)}b\n`;
    const h = extractHeader(text, testContext(), noSigner, [], true, foldVietnamese(text), true);
    expect(h.number).toBe('12/QĐ-BGDĐT');
  });
});

describe('a number label alone is no issuer line', () => {
  const seg = (text: string) => ({ kind: 'text' as const, text, folded: foldVietnamese(text), start: 0, end: text.length, at: [...text].map((_, i) => i), breaks: [] });
  it.each(['số .', 'số :', 'Số:', 'số', 'số 22750 iqđ-bgdđt hà nội', 'SỐ : 12'])('%j', (text) => {
    expect(isIssuerSegment(seg(text))).toBe(false);
  });
  it.each(['SỞ TƯ PHÁP', 'Sở Nội vụ'])('%j still opens an issuer', (text) => {
    expect(isIssuerSegment(seg(text))).toBe(true);
  });
});
