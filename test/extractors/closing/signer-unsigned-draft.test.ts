// A draft typed on plain paper: the motto alone on top (no issuer block, no number or date line),
// and a closing that names the body and the office it would be signed for ("UBND THỊ TRẤN NẾNH" over
// "Chủ tịch"), no name under it. The office is the signer's title, left unsigned (UNSIGNED_BLOCK),
// and the body is the issuer, as "TM. …" would say on the signed copy.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../../extractors/index.js';
import { testContext } from '../context.js';

function draft(closing: string[]): string[] {
  return [
    'Cộng hoà xã hội chủ nghĩa Việt Nam',
    'Độc lập – Tự do – Hạnh phúc',
    '',
    'TỜ TRÌNH',
    '(V/v xin kinh phí tư vấn đầu tư xây dựng công trình khu dân cư dịch vụ)',
    '',
    'Kính gửi: UBND huyện Việt Yên, tỉnh Bắc Giang',
    '',
    'Căn cứ tình hình thực hiện dự án khu dân cư dịch vụ trên địa bàn, Ủy ban nhân dân kính trình Ủy ban nhân dân huyện xem xét hỗ trợ cho người dân khoản chi phí tư vấn đầu tư xây dựng của dự án.',
    '',
    'Rất mong Ủy ban nhân dân huyện xem xét giúp đỡ!',
    '',
    ...closing,
  ];
}

function read(lines: string[]) {
  const ctx = testContext();
  const plan = extractPlan(lines.join('\n'), ctx, [], { ocr: false, typed: true });
  return { issuer: plan.document?.issuer ?? null, signer: plan.signer ?? null, codes: ctx.codes() };
}

describe('the closing of an unsigned draft', () => {
  it.each([
    [['UBND THỊ TRẤN NẾNH', '', 'Chủ tịch'], 'Ủy ban nhân dân thị trấn Nếnh', 'commune', 'Chủ tịch'],
    [['TM. ỦY BAN NHÂN DÂN XÃ TÂN HÒA', 'CHỦ TỊCH'], 'Ủy ban nhân dân xã Tân Hòa', 'commune', 'CHỦ TỊCH'],
    [['ỦY BAN NHÂN DÂN HUYỆN VIỆT YÊN', '', '', 'Phó Chủ tịch'], 'Ủy ban nhân dân huyện Việt Yên', 'district', 'Phó Chủ tịch'],
  ])('%j: issuer %j (%s), office %j, no name', (closing, issuer, level, office) => {
    const r = read(draft(closing));
    expect(r.issuer?.name).toBe(issuer);
    expect(r.issuer?.level).toBe(level);
    expect(r.signer?.name).toBeNull();
    expect(r.signer?.title).toBe(office);
    expect(r.codes).toContain('UNSIGNED_BLOCK');
  });

  it.each([
    // a closing wish, no block: nothing
    [['Xin trân trọng cảm ơn!']],
    // a recipients' list ending the text: no office on the last line
    [['Nơi nhận:', '- Như trên;', '- Lưu VT.']],
    // an office over an office: no body to sign for
    [['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']],
  ])('%j: no issuer from it', (closing) => {
    const r = read(draft(closing));
    expect(r.issuer?.name ?? null).toBeNull();
    expect(r.codes).not.toContain('UNSIGNED_BLOCK');
  });
});
