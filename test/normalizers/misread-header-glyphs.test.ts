// A header's capital words an OCR engine read as glyph pairs ("Cl)C", "THlJE", "TINII", "eve" for
// CỤC) are put back before the restorer, in the header's lines only and only where the word so
// rewritten spells a Vietnamese syllable.
import { describe, expect, it } from 'vitest';
import { repairMisreadHeaderGlyphs } from '../../normalizers/misread-header-glyphs.js';

describe('header words read as glyph pairs', () => {
  it.each([
    ['"l)" and "lJ" for the U of CỤC and THUẾ', 'TONG Cl)C THlJE CONG HOA XA HOI', 'TONG CUC THUE CONG HOA XA HOI'],
    ['"\\l" for the U', 'C\\lC THUE TINH DONG NAI', 'CUC THUE TINH DONG NAI'],
    ['"II" for the H and "lJ" for the Ư', 'CUC THUE TINII BINH DlJONG', 'CUC THUE TINH BINH DUONG'],
    ['"eve" before capitals: CỤC', 'eve THUE TINH BINH DUONG', 'CỤC THUE TINH BINH DUONG'],
    ['"eve" alone on its line: CỤC', 'TONG CUC THUE\neve\nTHUE TINH DONG NAI', 'TONG CUC THUE\nCỤC\nTHUE TINH DONG NAI'],
    // Negative cases: no syllable comes of it, small letters, a roman numeral, past the number line.
    ['a pair that spells no syllable stays', 'CÔNG TY XlJK', 'CÔNG TY XlJK'],
    ['"KHÓA II": a roman numeral, no letter before it', 'KHÓA II', 'KHÓA II'],
    ['"eve" inside a sentence, before small letters', 'eve was here', 'eve was here'],
    ['"Steve": no word of its own', 'Steve THUE', 'Steve THUE'],
    ['below the number line: as read', 'CUC THUE\nSố: 12/CT-TTHT Đồng Nai\nC\\lC Thue eve THUE', 'CUC THUE\nSố: 12/CT-TTHT Đồng Nai\nC\\lC Thue eve THUE'],
  ])('%s', (_how, text, expected) => {
    expect(repairMisreadHeaderGlyphs(text)).toBe(expected);
  });

  it('leaves a long document past the header as it was', () => {
    const body = Array.from({ length: 30 }, () => 'C\\lC THlJE eve THUE').join('\n');
    const text = `UBND\n${'x\n'.repeat(12)}${body}`;
    expect(repairMisreadHeaderGlyphs(text)).toBe(text);
  });
});
