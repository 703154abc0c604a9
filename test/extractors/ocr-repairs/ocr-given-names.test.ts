// A signer's middle or given name an OCR engine made no syllable of, under a seal or a stroke of
// the signature: put right when exactly one common name syllable is one letter away.
import { describe, expect, it } from 'vitest';
import { commonNameForms, repairedNameWord, withGivenNamesRepaired } from '../../../extractors/ocr-repairs/ocr-given-names.js';

describe('withGivenNamesRepaired', () => {
  it.each([
    ['Đăng Qốốc Vinh', 'Đăng Quốc Vinh'],
    ['Phạm Ngoc Hà', 'Phạm Ngọc Hà'],
    ['Nguyễn Văn Tuấh', 'Nguyễn Văn Tuấn'],
    // One letter read as two narrow glyphs: the n as "li" (or "ri", "ii"), the m as "rn", the d as "cl".
    ['Nguyễn Thành Lolig', 'Nguyễn Thành Long'],
    ['Trần Văn Lorig', 'Trần Văn Long'],
    ['Phạm Văn Marih', 'Phạm Văn Mạnh'],
  ])('%s → %s', (read, name) => {
    expect(withGivenNamesRepaired(read)).toBe(name);
  });

  it.each([
    // Syllables stay as read, however rare as names.
    ['Nguyễn Thanh Bình'],
    ['Vũ Đức Đam'],
    ['Bùi Khắc Bằng'],
    ['Nguyễn Văm An'],
    // Two common syllables one letter away (Thanh, Thạch): nothing to choose by.
    ['Trần Thah Bình'],
    // The family name is not this module's ("Nguyn" is ocr-surname.ts's).
    ['Nguyn Văn An'],
    // A single word is no name to mend.
    ['Qốốc'],
    // The southern spelling of ươc in a name ("Phớc" beside Phước) is the name's own.
    ['Hồ Đức Phớc'],
    ['Lê Văn Lợc'],
  ])('%s stays', (read) => {
    expect(withGivenNamesRepaired(read)).toBe(read);
  });

  it.each([
    ['Qốốc', 'Quốc'],
    ['Quốc', null],
    ['qốốc', null],
    ['Xzq', null],
    // Two written forms share the letters: the marks the engine read choose between them.
    ['Thànhh', 'Thành'],
    ['Thanhh', 'Thanh'],
    ['Phượngg', 'Phượng'],
    ['Phươngg', 'Phương'],
    ['Vânn', 'Vân'],
    ['Vănn', 'Văn'],
    ['Thúyy', 'Thúy'],
    ['Thủyy', 'Thủy'],
    ['Đìnhh', 'Đình'],
    ['Địnhh', 'Định'],
    ['Viếtt', 'Viết'],
    ['Việtt', 'Việt'],
    // A pair put back that spells no common name, or is no pair of one letter.
    ['Xlig', null],
    // Marks that are neither form's: nothing to choose by.
    ['Vann', null],
    ['Thảnhh', null],
  ])('repairedNameWord(%s) = %s', (word, repaired) => {
    expect(repairedNameWord(word)).toBe(repaired);
  });

  it('lists two written forms only for the keys whose marks then choose', () => {
    const shared = [...commonNameForms()].filter(([, forms]) => forms.length > 1).map(([, forms]) => [...forms].sort());
    expect(shared.sort()).toEqual(
      [['Thanh', 'Thành'], ['Văn', 'Vân'], ['Phương', 'Phượng'], ['Thủy', 'Thúy'], ['Hòa', 'Hoa'], ['Đình', 'Định'], ['Việt', 'Viết']].map((forms) => [...forms].sort()).sort(),
    );
  });
});
