// Repair of garbled OCR layers that holds for engines the channel was not tuned on: the case of words
// whose capitals are misread marked vowels, lines of such an engine not taken for another language,
// vowels whose hat and tone were read as strokes, and the edit candidates a short word keeps.
import { beforeAll, describe, expect, it } from 'vitest';
import { EditCandidates } from '../../normalizers/diacritics/edit-candidates.js';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer, applyCase } from '../../normalizers/diacritics/restorer.js';

let restorer: Restorer;
beforeAll(() => {
  restorer = new Restorer(loadModel());
});

describe('case of a word whose capitals are misread marked vowels', () => {
  it.each([
    ['HQi', 'hội', 'Hội'],
    ['DQc', 'độc', 'Độc'],
    ['LAm', 'lâm', 'Lâm'],
    ['nhAn', 'nhân', 'nhân'],
    ['viQc', 'việc', 'việc'],
    ['TruYAn', 'truyền', 'Truyền'],
    // Upper-case words and codes keep their own rules.
    ['HQI', 'hội', 'HỘI'],
    ['HOI', 'hội', 'HỘI'],
    ['MirC', 'mục', 'MỤC'],
    ['TTg', 'ttg', 'TTG'],
    ['Hoi', 'hội', 'Hội'],
  ])('%s read as %s is written %s', (raw, form, out) => {
    expect(applyCase(raw, form)).toBe(out);
  });
});

/** A scanner OCR's layer (no Vietnamese letters at all): garbled lines around the one under test. */
const layer = (line: string) => [
  'Theo di nghi cua Sd NQi vu tqi Td trinh ngdy 08 thdng l0 ndm 2025.',
  'Di6u 1. Thanh lQp HQi d6ng thAm dinh, d6nh gi6 c6ng tdc nim 2025',
  line,
  'Didu 2. NhiQm vg, ho4t tlQng cria HQi tldng thAm dinh',
  'HQi d6ng dugc sir dgng con d6u cta Sd NQi vU trong qu6 trinh thgc hi6n.',
];

describe('a line of a garbled layer with words no listed confusion explains', () => {
  it.each([
    // "Quyiit" (hat and tone read as strokes), "crta", "crl": the line is the engine's, not another language.
    ['Cdn crl Quyiit dinh ngdy 05 thdng 12 ndm 2024 crta Bo Noi vu', ['ngày', 'tháng', 'năm']],
  ])('%s is repaired, not left as a foreign line', (line, words) => {
    const out = restorer.restore(layer(line).join('\n')).text.split('\n')[2]!;
    for (const w of words) expect(out).toContain(w);
    expect(out).not.toContain('ngdy');
  });
  it.each([
    // English among a garbled layer stays as written: no line of it shows the engine's misread words.
    'Please find the attached file and send it back before Friday',
    'Signed by the Office of the Provincial People Committee',
  ])('%s stays as written', (line) => {
    expect(restorer.restore(layer(line).join('\n')).text.split('\n')[2]).toBe(line);
  });
});

describe('a line of misread words alone follows its neighbours', () => {
  it.each([
    ['D6ng;', 'Đồng;'],
    ['th6ng tin', 'thông tin'],
  ])('%s → %s', (line, out) => {
    expect(restorer.restore(layer(line).join('\n')).text.split('\n')[2]).toBe(out);
  });
  it.each(['B0', 'CO2', 'A4'])('a code with a digit (%s) stays as written', (line) => {
    expect(restorer.restore(layer(line).join('\n')).text.split('\n')[2]).toBe(line);
  });
});

describe('a vowel whose hat and tone were read as strokes', () => {
  it.each([
    ['Chi sii cdi c6ch hdnh chinh ndm 2024', 'Chỉ số cải cách hành chính năm 2024'],
    ['c6 hiQu lqc k6 tir ngdy kj ban hdnh Quyiit dinh ndy', 'Quyết định này'],
  ])('%s → contains %s', (line, expected) => {
    expect(restorer.restore(layer(line).join('\n')).text.split('\n')[2]).toContain(expected);
  });
});

describe('edit candidates of a short word keep its common keys', () => {
  // Many keys lie one edit from "cht"; the limit cuts the rare ones, not the ones late in the alphabet.
  const keys = ['chat', 'che', 'chi', 'cho', 'chu', 'chut'];
  const weight: Record<string, number> = { chat: -5, che: -5, chi: -4, cho: -2.5, chu: -3, chut: -5 };
  it.each([
    [2, ['cho', 'chu']],
    [3, ['cho', 'chu', 'chi']],
  ])('limit %i → %j first', (limit, first) => {
    const near = new EditCandidates(keys, (k) => weight[k] ?? -99).near('cht', limit, 3.2).map((c) => c.key);
    expect(near).toEqual(first);
  });
  it('without weights the order is cost, then key', () => {
    expect(new EditCandidates(keys).near('cht', 3, 3.2).map((c) => c.key)).toEqual(['chat', 'che', 'chi']);
  });
});
