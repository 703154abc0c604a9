// "Căn cứ …" lines are the document's body, never its header: when a garbled layer hides the type
// heading and a formula under the basis lines ("QUYẾT ĐỊNH BAN HÀNH", "QUYẾT ĐỊNH:") stands in for
// it, the citations on those lines are still read. And a state bank's head office is an issuer.
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../extractors/header/header.js';
import { extractReferences } from '../../extractors/references/references.js';
import type { Signer } from '../../output/schema.js';
import { testContext } from './context.js';

const noSigner: Signer = { name: null, title: null, authority: null };

const BASIS = [
  'Căn cứ Luật Bảo hiểm xã hội số 58/2014/QH13 ngày 20/11/2014;',
  'Căn cứ Nghị định số 93/2017/NĐ-CP ngày 07/8/2017 của Chính phủ;',
  'Căn cứ Thông tư số 16/2018/TT-BTC ngày 07/02/2018 của Bộ Tài chính;',
];

function document(heading: string, formula: string): string {
  return [
    'BỘ TÀI CHÍNH                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    '                                         Độc lập - Tự do - Hạnh phúc',
    'Số: 120/QĐ-BTC                        Hà Nội, ngày 11 tháng 12 năm 2019',
    '',
    heading,
    'Về chi tiêu nội bộ',
    '',
    'BỘ TRƯỞNG BỘ TÀI CHÍNH',
    ...BASIS,
    'Theo đề nghị của Vụ trưởng Vụ Kế hoạch - Tài chính,',
    formula,
    'Điều 1. Ban hành kèm theo Quyết định này Quy định về chi tiêu nội bộ.',
  ].join('\n');
}

function citedNumbers(text: string): Array<string | null> {
  const ctx = testContext();
  const header = extractHeader(text, ctx, noSigner);
  return extractReferences(text, ctx, header).map((r) => r.number);
}

describe('citations on basis lines', () => {
  it.each([
    ['a garbled heading, the formula under the basis lines', 'QUY DINTI', 'QUYẾT ĐỊNH BAN HÀNH'],
    ['a garbled heading, "QUYẾT ĐỊNH:" under the basis lines', 'QUYET D}NH', 'QUYẾT ĐỊNH:'],
    ['a heading read, the formula as usual', 'QUYẾT ĐỊNH', 'QUYẾT ĐỊNH:'],
  ])('%s: all three are read', (_how, heading, formula) => {
    expect(citedNumbers(document(heading, formula))).toEqual(['58/2014/QH13', '93/2017/NĐ-CP', '16/2018/TT-BTC']);
  });

  it("the header's own number is still no citation", () => {
    expect(citedNumbers(document('QUYẾT ĐỊNH', 'QUYẾT ĐỊNH:'))).not.toContain('120/QĐ-BTC');
  });
});

describe('a state bank as the issuer', () => {
  function issuerOf(lines: readonly string[]) {
    const text = [
      ...lines.map((l, i) => (i === 0 ? `${l.padEnd(40)}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` : i === 1 ? `${l.padEnd(44)}Độc lập - Tự do - Hạnh phúc` : l)),
      'Số: 2668/QĐ-NHNo-TCKT                  Hà Nội, ngày 11 tháng 12 năm 2019',
      '',
      'QUYẾT ĐỊNH',
      'Về chi tiêu nội bộ',
    ].join('\n');
    return extractHeader(text, testContext(), noSigner).issuer;
  }

  it.each([
    [['NGÂN HÀNG NÔNG NGHIỆP', 'VÀ PHÁT TRIỂN NÔNG THÔN VIỆT NAM'], 'Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam', 'central'],
    [['NGÂN HÀNG NHÀ NƯỚC', 'VIỆT NAM'], 'Ngân hàng Nhà nước Việt Nam', 'central'],
  ])('%j: %s, %s', (lines, name, level) => {
    const issuer = issuerOf(lines);
    // Case is the casing rules' business, not this test's.
    expect(issuer.name?.toLocaleLowerCase('vi')).toBe(name.toLocaleLowerCase('vi'));
    expect(issuer.level).toBe(level);
  });
});
