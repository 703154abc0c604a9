// A signer's name read off a page image whose first word is no family name (the seal over the
// family name, read as another syllable: "Xi Xuân Tùng" for Vũ Xuân Tùng on a phone photo of a
// city department's letter): no name is taken from our own OCR; a typed text keeps what it spells.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../../extractors/index.js';
import { opensWithKnownFamilyName } from '../../../extractors/ocr-repairs/ocr-unlisted-family-name.js';
import { testContext } from '../context.js';

describe('opensWithKnownFamilyName', () => {
  it.each([['Vũ Xuân Tùng'], ['Nguyễn Văn An'], ['Lò Văn Pọm'], ['Ksor Phước Hà'], ['Y Jút Niê'], ["H'Yim Kđoh"], ['H Bia Niê'], ['Tiết Văn Thành'], ['Ngôn Nghiệp'], ['Tráng Thị Xuân'],
    // Rarer Kinh names and the peoples' whose officials sign in their provinces (review R13-N2).
    ['Giáp Văn Đức'], ['Sơn Minh Thắng'], ['Danh Út'], ['Rơ Mah Tuấn'], ['Rah Lan Chung'], ['H Yim Kđoh'], ['A Pớt'], ['Đèo Văn Tuấn'],
    ['Xa Văn Hùng'], ['Ôn Văn Sáu'], ['Kha Văn Tám'], ['Mông Văn Hưng'], ['Liêng Hót Ha Hai'], ['Ka Hiền'], ["K' Nhôn"], ['Điểu K Lưm']])('%s: yes', (name) => {
    expect(opensWithKnownFamilyName(name)).toBe(true);
  });

  it.each([['Xi Xuân Tùng'], ['Thợ Thế Điền'], ['Sâu Xông Xuân']])('%s: no', (name) => {
    expect(opensWithKnownFamilyName(name)).toBe(false);
  });
});

describe('the signer of a page read by OCR', () => {
  const text = (name: string) =>
    [
      'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 8058/SNNMT-QHKHSDĐ Độc lập - Tự do - Hạnh phúc',
      'V/v phối hợp giải phóng mặt bằng Hà Nội, ngày 12 tháng 6 năm 2026',
      'Kính gửi: UBND các phường, xã.',
      'Sở Nông nghiệp và Môi trường có ý kiến để UBND các phường, xã biết và thực hiện./.',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT, QHKHSDĐ.',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      name,
    ].join('\n');

  it('takes no name opening with no family name', () => {
    const ctx = testContext();
    expect(extractPlan(text('Xi Xuân Tùng'), ctx, [], { ocr: true }).signer?.name).toBeNull();
    expect(ctx.codes()).toContain('MISSING_SIGNER');
  });

  it('takes the name opening with one', () => {
    expect(extractPlan(text('Vũ Xuân Tùng'), testContext(), [], { ocr: true }).signer?.name).toBe('Vũ Xuân Tùng');
  });

  it('leaves a typed text its name', () => {
    expect(extractPlan(text('Xi Xuân Tùng'), testContext(), [], { ocr: false, typed: true }).signer?.name).toBe('Xi Xuân Tùng');
  });
});
