// A law as older copies print it: the header table, then the session banner ("QUỐC HỘI NƯỚC CỘNG
// HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Khóa XI, kỳ họp thứ 9 (Từ ngày … đến ngày … năm 2006)") over the
// type heading. The banner's dated line is cut as a date up to its year, and its closing bracket
// opens the next segment: the heading under it is still the type heading, with its title.
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../../extractors/header/header.js';
import type { Signer } from '../../../output/schema.js';
import { testContext } from '../context.js';

const noSigner: Signer = { name: null, title: null, authority: null };

function read(banner: string, heading: string, title: string) {
  const text = [
    'QUỐC HỘI',
    '-------- Luật số: 67/2006/QH11',
    '',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    '--------------- Hà Nội, ngày 29 tháng 6 năm 2006',
    '',
    'QUỐC HỘI NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    banner,
    '',
    heading,
    '',
    title,
    '',
    'Căn cứ vào Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992;',
    '',
    'Luật này quy định về công nghệ thông tin.',
  ].join('\n');
  const h = extractHeader(text, testContext(), noSigner);
  return { type: h.type, title: h.title };
}

describe('a session banner over a law heading', () => {
  it.each([
    ['Khóa XI, kỳ họp thứ 9 (Từ ngày 16 tháng 5 đến ngày 29 tháng 6 năm 2006)', 'LUẬT', 'CÔNG NGHỆ THÔNG TIN', 'Luật'],
    ['Khóa XI, kỳ họp thứ 8 (Từ ngày 18 tháng 10 đến ngày 29 tháng 11 năm 2005)', 'LUẬT', 'GIAO DỊCH ĐIỆN TỬ', 'Luật'],
    ['Khóa XIII, kỳ họp thứ 5 (Từ ngày 20 tháng 5 đến ngày 21 tháng 6 năm 2013)', 'NGHỊ QUYẾT', 'VỀ CHƯƠNG TRÌNH GIÁM SÁT CỦA QUỐC HỘI NĂM 2014', 'Nghị quyết'],
  ])('%j then %j: the type and its title', (banner, heading, title, type) => {
    const h = read(banner, heading, title);
    expect(h.type).toBe(type);
    expect(h.title?.toLowerCase()).toBe(title.toLowerCase());
  });
});
