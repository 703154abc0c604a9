// Two header readings OCR text needs: the motto with its dashes read as other marks, and the
// issuer a law's symbol names when the page kept no issuer block.
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../extractors/header.js';
import type { Signer } from '../../output/schema.js';
import { testContext } from './context.js';

const noSigner: Signer = { name: null, title: null, authority: null };
const header = (text: string) => extractHeader(text, testContext(), noSigner);

describe('OCR marks in the header', () => {
  it.each(['?', '~', '―'])('keeps the motto out of the issuer when its dashes are read as "%s"', (mark) => {
    const text = `UBND TỈNH TUYÊN QUANG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSỞ TƯ PHÁP\n\nĐộc lập ${mark} Tự do ${mark} Hạnh phúc\n\nSố: 110/QĐ-STP\n\nTuyên Quang, ngày 28 tháng 6 năm 2018\n\nQUYẾT ĐỊNH\nBan hành Quy chế\n`;
    expect(header(text).issuer.name).toBe('Sở Tư pháp tỉnh Tuyên Quang');
  });

  it.each([
    ['56/2020/QH14', 'Quốc hội'],
    ['101/2025/UBTVQH15', 'Ủy ban Thường vụ Quốc hội'],
  ])('names the issuer of %s from its symbol when no issuer block was read', (number, issuer) => {
    const text = `Luật số: ${number}\nLUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT GIÁM ĐỊNH TƯ PHÁP\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n`;
    const document = header(text);
    expect([document.issuer.name, document.issuer.level]).toEqual([issuer, 'central']);
  });

  it('leaves the issuer unknown for a symbol that names no sole body', () => {
    expect(header('Số: 12/2020/TT-XYZ\nTHÔNG TƯ\nQuy định\n').issuer.name).toBeNull();
  });
});
