// The case of a word written with a glyph group for its vowel: the capitals that are their small letter grown
// (c o s v w x z) and the group's strokes say nothing; the other letters, or the sentence, do.
import { beforeAll, describe, expect, it } from 'vitest';
import { glyphWordCase } from '../../normalizers/diacritics/glyph-word-case.js';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';
import { restoredInLayer } from './garbled-layer.js';

describe('glyphWordCase', () => {
  it.each([
    // [original, form, word before, text between, expected]
    ['V\\l', 'vụ', 'dich', ' ', 'vụ'],
    ['C\\l', 'cụ', 'cong', ' ', 'cụ'],
    ['S\\l', 'sự', 'cuong', ' ', 'sự'],
    ['V1,l', 'vụ', 'phuc', ' ', 'vụ'],
    ['M\\IC', 'mục', undefined, '', 'Mục'],
    ['m\\lC', 'mục', 'dung', ' ', 'mục'],
    ['C(>NG', 'cộng', undefined, '', 'CỘNG'],
    ['hC)c', 'học', 'nguoi', ' ', 'học'],
    ['Ml}c', 'mục', '1', '. ', 'Mục'],
    ["Tl,I'do", 'tự', 'Dộc', ' - ', 'Tự'],
  ])('%s → %s', (original, form, before, between, expected) => {
    expect(glyphWordCase(original, form, before, between)).toBe(expected);
  });

  it.each([
    // A same-shape capital opening the word, at a sentence's or line's start or after a capitalised word:
    // a capitalised word ("Cục Thuế", "Cụ thể" opening a sentence).
    ['V\\l', 'vụ', 'xong', '. ', 'Vụ'],
    ['V\\l', 'vụ', undefined, '', 'Vụ'],
    ['Cl}c', 'cục', 'Tinh', ' ', 'Cục'],
    ['C\\JthS', 'cụ thể', undefined, '', 'Cụ thể'],
    ['H<)I', 'hội', 'XA', ' ', 'HỘI'],
  ])('%s → %s in its sentence', (original, form, before, between, expected) => {
    expect(glyphWordCase(original, form, before, between)).toBe(expected);
  });

  it.each([
    // No glyph group: the caller's case stands.
    ['Vu', 'vụ', 'dich', ' '],
    ['MirC', 'mục', undefined, ''],
  ])('%s stays to the caller', (original, form, before, between) => {
    expect(glyphWordCase(original, form, before, between)).toBeNull();
  });
});

describe('glyph words restored in a layer', () => {
  let restorer: Restorer;
  beforeAll(() => {
    restorer = new Restorer(loadModel());
  });
  const restoredLine = (line: string) => restoredInLayer(restorer, line);

  it.each([
    ['- Nang cao ch~t luqng djch V\\l cong', 'dịch vụ'],
    ['1. M\\IC dich, yeu c~u', 'Mục đích'],
  ])('%s has %s', (line, expected) => {
    expect(restoredLine(line)).toContain(expected);
  });
});
