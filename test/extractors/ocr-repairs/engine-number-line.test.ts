// The header's number line read from the engine's letters where the diacritic restorer re-lettered
// its codes ("56:*fiil}1TCT-DNNCN" restored to "56:*ưu}CỨ-DNNCN"; "S:6/QD-N}1No-TCKT" to
// "S:6/QĐ-N}luơ-TCKT", an H read as "}1" too): only where the restored text gave no symbol or its
// head alone, and only a symbol whose first part is a type's code or the issuer's own initials.
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../../extractors/index.js';
import type { TextChange } from '../../../output/schema.js';
import { testContext } from '../context.js';

/** The text with each [engine's token, restorer's token] pair of `pairs` changed, and the changes. */
function restored(lines: readonly string[], pairs: ReadonlyArray<readonly [string, string]>): { text: string; changes: TextChange[] } {
  let text = lines.join('\n');
  const changes: TextChange[] = [];
  for (const [original, replacement] of pairs) {
    const at = text.indexOf(original);
    text = text.slice(0, at) + replacement + text.slice(at + original.length);
    changes.push({ span: { start: at, end: at + replacement.length }, original, replacement, kind: 'ocr', confidence: 0.5 });
  }
  return { text, changes };
}

const BODY = ['V/v: Chính sách giảm trừ gia cảnh', 'Kính gửi: Cục Thuế tỉnh Bà Rịa - Vũng Tàu', 'Tổng cục Thuế có ý kiến như sau: đề nghị Cục Thuế căn cứ hướng dẫn để thực hiện./.', 'Nơi nhận:', '- Như trên;', '- Lưu: VT, DNNCN.'];
const TAX = (line: string) => ['BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc', line, ...BODY];
const BANK = (line: string) => ['NGÂN HÀNG NÔNG NGHIỆP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'VÀ PHÁT TRIỂN NÔNG THÔN VIỆT NAM Độc lập - Tự do - Hạnh phúc', line, 'QUY ĐỊNH', 'Về chi tiêu nội bộ', ...BODY.slice(2)];

const document = (lines: readonly string[], pairs: ReadonlyArray<readonly [string, string]>, ocr = true) => {
  const { text, changes } = restored(lines, pairs);
  return extractPlan(text, testContext(), [], ocr ? { ocr: false, garbled: true, changes } : { ocr: false, typed: true, changes }).document!;
};

describe('a number line the restorer re-lettered, read from the engine\'s letters', () => {
  it.each([
    ['the issuer\'s initials after a scrawl', TAX('56:*fiil}1TCT-DNNCN Hà Nội, ngày 28 tháng 10 năm 2020'), [['fiil', 'ưu'], ['1TCT', 'CỨ']], null, 'TCT-DNNCN'],
    // The "6" glued to the misread label is the hand's serial (or the label's ố) as the engine read it: never the serial.
    ['a type code first, an H read as "}1"', BANK('S:6/QD-N}1No-TCKT Hà Nội, ngày 4 tháng 2 năm 2019'), [['1No', 'luơ']], null, 'QĐ-NHNo-TCKT'],
    ['a serial the restored text read as well', BANK('Số: 45/QD-N}1No-TCKT Hà Nội, ngày 4 tháng 2 năm 2019'), [['1No', 'luơ']], '45/QĐ-NHNo-TCKT', 'QĐ-NHNo-TCKT'],
  ] as const)('%s', (_how, lines, pairs, number, symbol) => {
    const doc = document([...lines], pairs);
    expect(doc.number).toBe(number);
    expect(doc.symbol).toBe(symbol);
  });

  it.each([
    // A first part neither a type's code nor the issuer's initials; typed text; no letters re-lettered.
    ['a code the document does not vouch for', TAX('56:*fiil}1XYZ-DNNCN Hà Nội, ngày 28 tháng 10 năm 2020'), [['fiil', 'ưu'], ['1XYZ', 'CỨ']], true],
    ['typed text', TAX('56:*fiil}1TCT-DNNCN Hà Nội, ngày 28 tháng 10 năm 2020'), [['fiil', 'ưu'], ['1TCT', 'CỨ']], false],
  ] as const)('leaves alone %s', (_how, lines, pairs, ocr) => {
    expect(document([...lines], pairs, ocr).symbol).toBeNull();
  });

  it('keeps a symbol the restored text gave whole', () => {
    expect(document(TAX('Số: 4590/TCT-DNNCN Hà Nội, ngày 28 tháng 10 năm 2020'), [['Hà', 'Hà']]).symbol).toBe('TCT-DNNCN');
  });
});
