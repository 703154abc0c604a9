// No issuer block at all (an engine dropped the header's left column): the authority line above the
// "Căn cứ" names the body that decides. Only when nothing else named the issuer.
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../../extractors/header/header.js';
import { authorityLineIssuer } from '../../../extractors/issuer/authority-line.js';
import type { Signer } from '../../../output/schema.js';
import { testContext } from '../context.js';

const noSigner: Signer = { name: null, title: null, authority: null };

const decision = (top: string[], authority: string) =>
  [...top, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 3467/QĐ-BYT', 'Hà Nội, ngày 15 tháng 11 năm 2024', '', 'QUYẾT ĐỊNH', 'Giá dịch vụ khám bệnh, chữa bệnh', '', authority, '', 'Căn cứ Luật khám bệnh, chữa bệnh ngày 09 tháng 01 năm 2023;', 'QUYẾT ĐỊNH:', 'Điều 1. Ban hành giá.'].join('\n');

describe('the issuer from the authority line', () => {
  it.each([
    ['a minister decides for the ministry', 'BỘ TRƯỞNG BỘ Y TẾ', 'Bộ Y tế', 'central'],
    ['a chairman for the people\'s committee', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', 'Ủy ban nhân dân tỉnh Lâm Đồng', 'province'],
    ['the body alone', 'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', 'Ủy ban nhân dân tỉnh Lâm Đồng', 'province'],
    ['a speck read as a stop after the title\'s first word', 'BỘ. TRƯỞNG BỘ Y TẾ', 'Bộ Y tế', 'central'],
  ])('no issuer block: %s', (_how, authority, name, level) => {
    const ctx = testContext();
    const doc = extractHeader(decision([], authority), ctx, noSigner);
    expect(doc.issuer.name).toBe(name);
    expect(doc.issuer.level).toBe(level);
    expect(ctx.codes()).toContain('ISSUER_FROM_AUTHORITY_LINE');
  });

  it('an issuer block read wins', () => {
    const ctx = testContext();
    const doc = extractHeader(decision(['BỘ TÀI CHÍNH'], 'BỘ TRƯỞNG BỘ Y TẾ'), ctx, noSigner);
    expect(doc.issuer.name).toBe('Bộ Tài chính');
    expect(ctx.codes()).not.toContain('ISSUER_FROM_AUTHORITY_LINE');
  });
});

describe('authorityLineIssuer', () => {
  it.each([
    ['a body without its place', 'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN\nCăn cứ Luật', null],
    ['a line in small letters', 'Bộ trưởng Bộ Y tế\nCăn cứ Luật', null],
    ['past the first "Căn cứ"', 'Căn cứ Luật\nBỘ TRƯỞNG BỘ Y TẾ', null],
    ['a title with no body', 'BỘ TRƯỞNG\nCăn cứ Luật', null],
    ['a body heading past a plan\'s opening sentence (no "Căn cứ")', 'Thực hiện chỉ đạo của cấp trên, Ủy ban nhân dân xã ban hành kế hoạch như sau:\nI. MỤC ĐÍCH\nỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', null],
    ['a capital line under a numbered heading', '1. Nội dung\nBỘ Y TẾ', null],
    ['the minister', 'Giá dịch vụ\n\nBỘ TRƯỞNG BỘ Y TẾ\nCăn cứ Luật', 'Bộ Y tế'],
  ])('%s', (_how, text, name) => {
    expect(authorityLineIssuer(text, 0, [])?.name ?? null).toBe(name);
  });
});
