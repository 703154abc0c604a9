// Offsets of the text as read carried into the normalised text (normalizers/offsets.ts): each
// case is a real kind of change normalisation makes, and the answer is read off the texts.
import { describe, expect, it } from 'vitest';
import { mapRanges } from '../../normalizers/offsets.js';
import { boxesInNormalized } from '../../pipeline/stages/normalize.js';
import { normalizeUnicode, rejoinWrappedLines, removeMarkupDebris } from '../../normalizers/index.js';

/** The ranges of every word of `text`, and the words themselves. */
function words(text: string): Array<[number, number]> {
  return [...text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length]);
}

function mapWords(from: string, to: string): Array<string | null> {
  return mapRanges(from, to, words(from)).map((r) => (r ? to.slice(r[0], r[1]) : null));
}

describe('mapRanges', () => {
  it.each([
    // [what changed, text as read, normalised text, what each word read became]
    ['nothing', 'Kế hoạch năm 2023', 'Kế hoạch năm 2023', ['Kế', 'hoạch', 'năm', '2023']],
    ['diacritics restored (same length)', 'Ke hoach nam 2023', 'Kế hoạch năm 2023', ['Kế', 'hoạch', 'năm', '2023']],
    ['decomposed marks composed (shorter)', 'Ke\u0302\u0301 hoa\u0323ch na\u0306m', 'Kế hoạch năm', ['Kế', 'hoạch', 'năm']],
    ['an OCR repair of another length', 'công tác thtrông xuyên của quận', 'công tác thường xuyên của quận', ['công', 'tác', 'thường', 'xuyên', 'của', 'quận']],
    ['two repairs in a row', 'Nhân đân thtrông trực ban', 'Nhân dân thường trực ban', ['Nhân', 'dân', 'thường', 'trực', 'ban']],
    ['markup debris dropped', 'Kế **hoạch** số 04 <b>năm</b> nay', 'Kế hoạch số 04 năm nay', ['Kế', 'hoạch', 'số', '04', 'năm', 'nay']],
    ['a wrapped line joined', 'thực hiện công\n\ntác thi đua', 'thực hiện công tác thi đua', ['thực', 'hiện', 'công', 'tác', 'thi', 'đua']],
    ['a word removed', 'Kế hoạch ~~~ năm nay đã', 'Kế hoạch năm nay đã', ['Kế', 'hoạch', null, 'năm', 'nay', 'đã']],
    ['a word removed before a repair', 'Kế hoạch ~~~ năm thtrông xuyên', 'Kế hoạch năm thường xuyên', ['Kế', 'hoạch', null, 'năm', 'thường', 'xuyên']],
    ['two words merged', 'thi đua khen thư ởng năm', 'thi đua khen thưởng năm', ['thi', 'đua', 'khen', 'thưởng', 'thưởng', 'năm']],
  ])('%s', (_name, from, to, expected) => {
    expect(mapWords(from, to)).toEqual(expected);
  });

  it('maps offsets past a change of length to where the same words stand', () => {
    const from = 'thtrông '.repeat(50) + 'Kế hoạch cuối';
    const to = 'thường '.repeat(50) + 'Kế hoạch cuối';
    const last = mapRanges(from, to, [[from.length - 4, from.length]])[0]!;
    expect(to.slice(last[0], last[1])).toBe('cuối');
  });

  it('follows the normalisers themselves', () => {
    const original = 'Ke\u0302\u0301  hoa\u0323ch\u00a0**số** 04\r\ncủa quận\n\nLong Biên';
    const normalized = rejoinWrappedLines(removeMarkupDebris(normalizeUnicode(original)));
    const mapped = mapWords(original, normalized);
    expect(mapped).toEqual(['Kế', 'hoạch', 'số', '04', 'của', 'quận', 'Long', 'Biên']);
  });

  // How their time grows with the text: `npm run bench -- scaling --only mapRanges`.
  it('maps every word of a megabyte of rewritten words to its rewriting', () => {
    const from = 'thtrông xuyen cüa '.repeat(60_000);
    const to = 'thường xuyên của '.repeat(60_000);
    const mapped = mapRanges(from, to, words(from)).map((r) => (r ? to.slice(r[0], r[1]) : null));
    expect(mapped).toEqual(to.trim().split(' '));
  });

  it('pairs the words one for one when no word agrees (every word looked ahead of)', () => {
    const from = Array.from({ length: 100_000 }, (_, i) => `x${i}`).join(' ');
    const to = Array.from({ length: 100_000 }, (_, i) => `y${i}`).join(' ');
    const mapped = mapRanges(from, to, words(from)).map((r) => (r ? to.slice(r[0], r[1]) : null));
    // Paired one for one, as rewritten words are.
    expect(mapped).toEqual(to.split(' '));
  });
});

describe('boxesInNormalized', () => {
  it('moves each box to its word in the normalised text and drops the words that went', () => {
    const original = 'Kế **hoạch** ~~~ năm thtrông xuyên';
    const normalized = 'Kế hoạch năm thường xuyên';
    const page = {
      page: 1, width: 100, height: 100, upscale: 1, deskew: 0, imageWidth: 100, imageHeight: 100,
      words: words(original).map(([s, e], i) => [s, e, i, i, i + 1, i + 1] as [number, number, number, number, number, number]),
    };
    const [moved] = boxesInNormalized([page], original, normalized);
    expect(moved!.words.map(([s, e, x0]) => [normalized.slice(s, e), x0])).toEqual([
      ['Kế', 0],
      ['hoạch', 1],
      ['năm', 3],
      ['thường', 4],
      ['xuyên', 5],
    ]);
  });
});
