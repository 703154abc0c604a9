// The kinds the garbled-gold errors are sorted into (garbled-kinds.ts): each rule on a word it is for.
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';
import { type KindCounts, classifyGroup, errorKind } from './garbled-kinds.js';

const restorer = new Restorer(loadModel());

describe('errorKind', () => {
  it.each([
    ['no OCR token stands for the word', 'về', '', false, 'joined'],
    ['the OCR token was right', 'và', 'và', false, 'broken'],
    ['the token holds the next word too', 'dựng', 'xaydvng', false, 'joined'],
    ['signs no channel reads', 'đoạn', 'dO!;lfi', false, 'debris'],
    ['no syllable of the inventory', 'IoT', 'loT', false, 'oov'],
    ['a capital inside a line', 'Sở', 'Se', false, 'name'],
    ['the same capital opening the line is no name', 'Sở', 'Sd', true, 'lm'],
    ['the channel reaches the word', 'tỉnh', 'tinh', false, 'lm'],
    ['the channel does not reach it', 'nước', 'tmroc', false, 'channel'],
  ])('%s: %s read %s → %s', (_why, word, ocr, lineStart, kind) => {
    expect(errorKind(restorer, word, ocr, lineStart)).toBe(kind);
  });
});

describe('classifyGroup', () => {
  it('counts each gold word once, right or of one kind', () => {
    const counts: KindCounts = { words: 0, right: 0, kinds: new Map(), examples: new Map() };
    classifyGroup(restorer, { source: 't', part: 0, ocr: ['Dc Ip - Tir do - Hnh phiic', 'xaydvng nha'], gold: ['Độc lập - Tự do - Hạnh phúc', 'xây dựng nhà'] }, counts, true);
    expect(counts.words).toBe(9);
    const wrong = [...counts.kinds.values()].reduce((a, b) => a + b, 0);
    expect(counts.right + wrong).toBe(9);
    expect(counts.right).toBeGreaterThanOrEqual(6);
  });
});
