// A capital inside a sentence leans a word's readings to those that open names (capital-words.ts).
import { describe, expect, it } from 'vitest';
import { CapitalOdds, capitalInSentence, countCapitalWords, loadCapitalOdds } from '../../normalizers/diacritics/capital-words.js';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import type { Reading } from '../../normalizers/diacritics/placed.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';
import { splitPieces } from '../../normalizers/diacritics/tokens.js';

describe('capitalInSentence', () => {
  it.each([
    ['của Sở Y tế', 1, true],
    ['các Sở, Bộ', 2, true],
    // First on its line, after a stop or a colon: a sentence may open there.
    ['Sở Y tế', 0, false],
    ['ngày 5. Sở Y tế', 2, false],
    ['Kính gửi: Sở Y tế', 2, false],
    // Upper case is a heading's, a capital after a number a list's.
    ['CỦA SỞ Y TẾ', 1, false],
    ['số 12 Sở', 2, false],
    // A glyph may stand for a letter: "S6" is capitalised like "Số".
    ['tại S6 12', 1, true],
  ])('%s, word %i → %s', (line, k, expected) => {
    expect(capitalInSentence(line, splitPieces(line), k)).toBe(expected);
  });
});

describe('countCapitalWords', () => {
  it('counts capitalised and small-letter uses inside sentences only, forms seen five times or more', () => {
    const text = ['gửi Sở Y tế', 'gửi sở ngành', 'Sở Y tế gửi', 'GỬI SỞ', 'ông sẽ đến', 'bà sẽ đi', 'họ sẽ về'].join('\n');
    const counts = countCapitalWords([text, text], splitPieces);
    // "Sở" twice inside a sentence, "sở" twice; the line-opening "Sở" and the upper-case "SỞ" are not counted.
    expect(counts.forms['sở']).toBeUndefined();
    expect(counts.forms['sẽ']).toEqual([0, 6]);
    expect(counts.forms['gửi']).toBeUndefined();
    const five = countCapitalWords(Array.from({ length: 3 }, () => text), splitPieces);
    expect(five.forms['sở']).toEqual([3, 3]);
    expect(five.total[0]).toBeGreaterThan(0);
  });
});

describe('CapitalOdds.lean', () => {
  const odds = new CapitalOdds({ total: [10, 990], forms: { 'sở': [50, 50], 'sẽ': [0, 100], 'số': [1, 99] } }, 1, 2);
  const reading = (forms: Array<string | null>): Reading => ({
    slot: { ids: forms.map((_, k) => k + 10), costs: forms.map(() => 0.5) },
    forms,
    kinds: forms.map(() => 'diacritics' as const),
    from: 0,
    to: 2,
    digitRepair: false,
  });

  it('makes readings rarely capitalised dearer than the likeliest, the likeliest and kept text unchanged', () => {
    const r = odds.lean(reading(['sẽ', 'sở', null]));
    expect(r.slot.costs[1]).toBe(0.5);
    expect(r.slot.costs[2]).toBe(0.5);
    expect(r.slot.costs[0]).toBeGreaterThan(1.5);
    // At most the cap, times the weight: a clue, never a veto.
    expect(r.slot.costs[0]).toBeLessThanOrEqual(2.5);
    expect(r.slot.ids).toEqual([10, 11, 12]);
  });

  it('leaves a reading alone when its forms are equally likely capitalised', () => {
    const r = reading(['sở']);
    expect(odds.lean(r)).toBe(r);
    const unseen = reading(['xyz', 'zyx']);
    expect(odds.lean(unseen)).toBe(unseen);
  });

  it('has no lean without the counts file', () => {
    const none = loadCapitalOdds('/nonexistent/capital-words.json');
    const r = reading(['sẽ', 'sở']);
    expect(none.lean(r)).toBe(r);
  });
});

describe('the restorer with capital odds', () => {
  const lm = loadModel();
  const leaning = new Restorer(lm);
  const plain = new Restorer(lm, undefined, undefined, undefined, { capitalLean: 'none' });

  // Lines of the garbled gold's tuning part 8: a capitalised garbled word inside a sentence.
  it.each([
    ['Theo di nghi cua Sd N1/ vu tqi Td trinh\n- Ph6 chri tich Nguy6n Nggc Phirc;', 'của Sở', 'của Số'],
    ['l. Cht tri: Ddng chi Nguy6n Ngqc Phirc - Tinh riy vi6n, Ph6 Chri tich\n- Ph6 chri tich Nguy6n Nggc Phirc;', 'Ngọc Phúc -', 'Ngọc Phục -'],
  ])('%s → %s', (text, leaned, unleaned) => {
    expect(leaning.restore(text).text).toContain(leaned);
    expect(plain.restore(text).text).toContain(unleaned);
  });

  it('changes no line that opens with the word', () => {
    expect(leaning.restore('So 12/KH-UBND').text).toBe(plain.restore('So 12/KH-UBND').text);
  });
});
