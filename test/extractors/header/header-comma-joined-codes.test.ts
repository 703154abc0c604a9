// Codes a comma joins to a symbol's last part with no space ("Số: 154/CTPH-LĐLĐ-SVH,TT,DL", a joint
// programme of the Liên đoàn Lao động and the Sở Văn hóa, Thể thao và Du lịch): part of the
// symbol up to the space after them. A comma with a space, or a place after it, ends the symbol.
import { describe, expect, it } from 'vitest';
import { readNumberLine } from '../../../extractors/header/header-zone.js';

describe('codes joined to the symbol by a comma', () => {
  it.each([
    ['154/CTPH-LĐLĐ-SVH,TT,DL An Giang, ngày 28 tháng 4 năm 2017', false, 'CTPH-LĐLĐ-SVH,TT,DL'],
    // After a handwritten serial's scraps in an OCR layer.
    ['t, 1+ ICTPH-LĐLĐ-SVH,TT,DL An Giang, ngày 28 tháng 4 năm 2017', true, 'CTPH-LĐLĐ-SVH,TT,DL'],
    ['12/KH-SVH,TT&DL', false, 'KH-SVH,TT&DL'],
    // A comma and a space, a place in title case, or an abbreviation with its stop ("TP."): no codes of the symbol.
    ['12/UBND-VP, An Giang, ngày 1 tháng 2 năm 2020', false, 'UBND-VP'],
    ['12/UBND-VP,Hà Nội', false, 'UBND-VP'],
    ['12/UBND-VP,TP. Hà Nội', false, 'UBND-VP'],
  ])('%s → %s', (line, ocr, symbol) => {
    expect(readNumberLine(line, ocr)?.value.symbol).toBe(symbol);
  });
});
