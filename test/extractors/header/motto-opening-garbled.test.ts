// The motto's second line read to "Độc lập -" and garbled after it (a seal over "Tự do - Hạnh
// phúc"), beside the issuer's last line, the state motto above cut by the margin ("CONG HOA XÃ Hi",
// ocr-text-heldout10 o10a; the layer's single spaces, no column gap): the issuer's cell ends where the motto opens.
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../../extractors/header/header.js';
import type { Signer } from '../../../output/schema.js';
import { testContext } from '../context.js';

const noSigner: Signer = { name: null, title: null, authority: null };

const issuerOf = (secondLine: string) =>
  extractHeader(
    ['CUC HAI QUAN TINH TÂY NINH CONG HOA XÃ Hi', secondLine, '', 'Số: 140/TB-HQTB Trảng Bàng, ngày 22 tháng 10 năm 2022', '', 'THÔNG BÁO', 'Về việc thực hiện thủ tục hải quan'].join('\n'),
    testContext(),
    noSigner,
  ).issuer?.name ?? null;

describe('a motto line garbled after "Độc lap -"', () => {
  it.each([
    ['a seal over the rest', 'CHI CỤC HQ KCN TRẢNG BÀNG Độc lập - LH tên Đai Đảm?'],
    ['the rest lost to marks', 'CHI CỤC HQ KCN TRẢNG BÀNG Độc lập – ~~ ,, ;;'],
    ['the motto whole (as before)', 'CHI CỤC HQ KCN TRẢNG BÀNG Độc lập - Tự do - Hạnh phúc'],
  ])('%s: the issuer ends before it', (_how, line) => {
    expect(issuerOf(line)).toBe('Chi cục Hải quan khu công nghiệp Trảng Bàng');
  });
});
