// A sign an engine writes for a word's closing marked vowel: "€" for ê ("v€" = về, "ph€ duyệt"), read as
// the letter it stands for when it closes a word of letters; a currency after a figure stays as written.
import { describe, expect, it } from 'vitest';
import { garbledView, latinView } from '../../normalizers/diacritics/garbled.js';

describe('€ closing a word', () => {
  it.each([
    ['v€ viQc', 'vê viQc'],
    ['Nli vu ph€ duyQt', 'Nli vu phê duyQt'],
    ['hoc sinh l€, dung', 'hoc sinh lê, dung'],
    ['theo d€.', 'theo dê.'],
    // Inside a word, as before.
    ['chuy€n m6n', 'chuyên m6n'],
    // A currency: after a figure, alone, or opening a word.
    ['gia 100€ moi nguoi', 'gia 100€ moi nguoi'],
    ['gia € 100', 'gia € 100'],
    ['€uro', '€uro'],
  ])('%s → %s', (line, expected) => {
    expect(latinView(line).text).toBe(expected);
    expect(garbledView(line).text).toBe(expected);
  });
});
