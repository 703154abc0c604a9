// A cited symbol's code the diacritic restorer re-lettered as a word ("3558/BHXH-THU" made
// "BHXH-THÌ"), put back as the engine read it for reading citations (issue #11, the real OCR-text
// sets); abbreviations the normaliser spelt out ("QD" → QĐ) and words outside symbols stay.
import { describe, expect, it } from 'vitest';
import { withSymbolCodesAsRead } from '../../extractors/ocr-repairs/symbol-codes-as-read.js';
import { extractReferences } from '../../extractors/references/references.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import type { DocumentInfo, TextChange } from '../../output/schema.js';
import { testContext } from './context.js';

/** The change that wrote `replacement` where `original` was read, found in `text` at its first place. */
const change = (text: string, replacement: string, original: string, kind: TextChange['kind'] = 'ocr'): TextChange => {
  const start = text.indexOf(replacement);
  return { span: { start, end: start + replacement.length }, original, replacement, kind, confidence: 0.5 };
};

describe("a cited symbol's code the restorer re-lettered", () => {
  const text = 'BHXH thành phố đã có Công văn số 3558/BHXH-THÌ ngày 13 tháng 11 năm 2014 yêu cầu các đơn vị.';
  it.each([
    ['a code after a hyphen made a word', text, [change(text, 'THÌ', 'THU')], text.replace('THÌ', 'THU')],
    ['a code given marks', 'Tờ trình số 28/TTr-CÁT ngày 13/02/2025', [change('Tờ trình số 28/TTr-CÁT ngày 13/02/2025', 'CÁT', 'CAT', 'diacritics')], 'Tờ trình số 28/TTr-CAT ngày 13/02/2025'],
    // Left alone: an abbreviation spelt out, a word outside a symbol, a change of length.
    ['an abbreviation spelt out', 'Quyết định số 12/QĐ-UBND', [change('Quyết định số 12/QĐ-UBND', 'QĐ', 'QD', 'abbreviation')], 'Quyết định số 12/QĐ-UBND'],
    ['a word outside a symbol', 'CỤC THUẾ TP HÀ NỘI', [change('CỤC THUẾ TP HÀ NỘI', 'THUẾ', 'THUE')], 'CỤC THUẾ TP HÀ NỘI'],
    ['a change of length', 'số 08/2016/QE-TỪ ngày', [change('số 08/2016/QE-TỪ ngày', 'TỪ', 'TTg')], 'số 08/2016/QE-TỪ ngày'],
  ])('%s', (_how, restored, changes, expected) => {
    const out = withSymbolCodesAsRead(restored, changes);
    expect(out).toBe(expected);
    expect(out.length).toBe(restored.length);
  });

  it('the citation then reads whole, with its date', () => {
    const doc = { type: 'Công văn', typeCode: null, number: null, serial: null, symbol: null, date: '2017-01-01', title: null, place: null, issuer: { name: 'Bảo hiểm xã hội thành phố Hồ Chí Minh', level: 'city', locality: 'Hồ Chí Minh', parent: null } } as DocumentInfo;
    const cites = withSymbolCodesAsRead(text, [change(text, 'THÌ', 'THU')]);
    const refs = extractReferences(cites, testContext(), doc, [], foldVietnamese(cites), true).map((r) => `${r.number}|${r.date}`);
    expect(refs).toContain('3558/BHXH-THU|2014-11-13');
  });
});
