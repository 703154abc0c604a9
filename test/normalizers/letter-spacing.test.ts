// Capital words an OCR engine wrote letter by letter are joined back when, and only when, their
// letters spell Vietnamese syllables cut at the run's own gaps.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel, UNK } from '../../normalizers/diacritics/lm.js';
import { joinLetterSpacedWords, syllablesOfPieces } from '../../normalizers/letter-spacing.js';
import { mapRanges } from '../../normalizers/offsets.js';

describe('joinLetterSpacedWords', () => {
  it.each([
    // Each letter a word of its own.
    ['C H Ủ T Ị C H', 'CHỦ TỊCH'],
    ['TM. Ủ Y B A N N H Â N D Â N', 'TM. ỦY BAN NHÂN DÂN'],
    ['G I Á M Đ Ố C', 'GIÁM ĐỐC'],
    // Letters the engine kept in pairs ("ĐỐ C", "PH Ó"); the letters go to the following onset.
    ['KT. T H Ố N G ĐỐ C', 'KT. THỐNG ĐỐC'],
    ['PH Ó T H Ủ T Ư Ớ N G', 'PHÓ THỦ TƯỚNG'],
    ['Q U Y Đ ỊN H C H UN G', 'QUY ĐỊNH CHUNG'],
    // A run between ordinary words, two runs on a line.
    ['Chương III ĐIỀU K H O Ả N THI H À N H', 'Chương III ĐIỀU KHOẢN THI HÀNH'],
    ['P H Ụ L Ụ C 02', 'PHỤ LỤC 02'],
    // A heading run with the document's own spacing on either side kept.
    ['    B Á O C Á O\nnội dung', '    BÁO CÁO\nnội dung'],
  ])('%j → %j', (spaced, joined) => {
    expect(joinLetterSpacedWords(spaced)).toBe(joined);
  });

  it.each([
    ['initials and list letters', 'Phương án A B C D'],
    ['roman numerals', 'I I I'],
    ['codes', 'UBND X Y Z'],
    ['short capital words, each a syllable already', 'VỀ CÁC MẶT CỦA BỘ'],
    ['fewer than three single letters', 'ĐỒNG CHÍ T Ư'],
    ['small letters', 'c h ủ t ị c h'],
    ['letters glued to a word', 'XC H Ủ T Ị C H'],
    ['an abbreviation with its dot', 'T M . ỦY BAN'],
  ])('leaves %s as they are', (_what, text) => {
    expect(joinLetterSpacedWords(text)).toBe(text);
  });

  it('keeps the offsets of the text as read: a joined word maps back to its letters', () => {
    const read = 'Nơi nhận:    KT. T H Ố N G Đ Ố C\n- Như trên;';
    const joined = joinLetterSpacedWords(read);
    const from = read.indexOf('T H');
    const to = read.indexOf('C\n') + 1;
    const [range] = mapRanges(read, joined, [[from, to]]);
    expect(range).not.toBeNull();
    expect(joined.slice(range![0], range![1])).toBe('THỐNG ĐỐC');
  });

  // How its time grows with the line: `npm run bench -- scaling --only joinLetterSpacedWords`.
  it('leaves a long line of spaced capitals that spells no syllables as read, to its last letter', () => {
    const line = 'A B '.repeat(50000) + 'C H Ủ T Ị C H';
    expect(joinLetterSpacedWords(line)).toBe(line);
  });
});

describe('syllablesOfPieces', () => {
  it.each([
    [['T', 'H', 'Ố', 'N', 'G'], ['THỐNG']],
    [['N', 'G', 'H', 'Ị'], ['NGHỊ']],
    [['A', 'B', 'C'], null],
  ])('%j → %j', (pieces, words) => {
    expect(syllablesOfPieces(pieces)).toEqual(words);
  });
});

describe('a spaced run read two ways, decided by how common the syllables are', () => {
  let weight: (s: string) => number;
  beforeAll(() => {
    const lm = loadModel();
    weight = (s) => {
      const id = lm.id(s);
      return id === UNK ? -20 : lm.frequency[id]!;
    };
  });
  it.each([
    ['C Ô N G A N T Ỉ N H', 'CÔNG AN TỈNH'],
    ['T Ỉ N H Ủ Y', 'TỈNH ỦY'],
    ['Đ Ả N G Ủ Y', 'ĐẢNG ỦY'],
    ['B A N C H Ấ P H À N H T R U N G Ư Ơ N G', 'BAN CHẤP HÀNH TRUNG ƯƠNG'],
    ['PH Ó T H Ủ T Ư Ớ N G', 'PHÓ THỦ TƯỚNG'],
    ['KT. T H Ố N G ĐỐ C', 'KT. THỐNG ĐỐC'],
  ])('%j → %j', (spaced, joined) => {
    expect(joinLetterSpacedWords(spaced, weight)).toBe(joined);
  });

  it('a very long spaced run stays as read (its time: the scaling bench)', () => {
    const run = Array.from({ length: 200_000 }, (_, i) => 'CHỦTỊ'[i % 5]).join(' ');
    expect(joinLetterSpacedWords(run, weight)).toBe(run);
  });
});
