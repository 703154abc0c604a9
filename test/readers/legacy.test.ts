import { describe, expect, it } from 'vitest';
import {
  convertLegacy,
  decodeWindows1252,
  detectLegacyEncoding,
  encodeWindows1252,
  isVietnameseSyllable,
  legacyFontEncoding,
  TCVN3_TABLE,
  tcvn3ToUnicode,
  unicodeToTcvn3,
  unicodeToTcvn3Runs,
  unicodeToVni,
  VNI_TABLE,
  vniToUnicode,
} from '../../normalizers/legacy/index.js';

const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const LETTERS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'].flatMap((b) =>
  TONES.map((t) => (b + t).normalize('NFC')),
);
const ALL_LOWER = [...LETTERS, 'đ'].join(' ');
const ALL_UPPER = ALL_LOWER.toUpperCase();

describe('TCVN3 (ABC, .VnTime)', () => {
  it('converts the classic example and common words', () => {
    expect(tcvn3ToUnicode('Céng hßa X· héi chñ nghÜa ViÖt Nam')).toBe('Cộng hòa Xã hội chủ nghĩa Việt Nam');
    expect(tcvn3ToUnicode('§éc lËp - Tù do - H¹nh phóc')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(tcvn3ToUnicode('\u00ADíng dÉn khen th\u00ADëng')).toBe('ướng dẫn khen thưởng');
  });

  it('maps 74 distinct codes one to one', () => {
    expect(TCVN3_TABLE).toHaveLength(74);
    expect(new Set(TCVN3_TABLE.map(([, u]) => u)).size).toBe(74);
  });

  it('round-trips every lower-case letter, and capitals through the capitals font', () => {
    expect(tcvn3ToUnicode(unicodeToTcvn3(ALL_LOWER))).toBe(ALL_LOWER);
    const runs = unicodeToTcvn3Runs(ALL_UPPER);
    expect(runs.map((r) => tcvn3ToUnicode(r.text, r.capitals)).join('')).toBe(ALL_UPPER);
  });

  it('puts only toned capitals of a mixed line in the capitals font', () => {
    const runs = unicodeToTcvn3Runs('Ủy ban Đức');
    expect(runs).toEqual([
      { text: 'ñ', capitals: true },
      { text: 'y ban §øc', capitals: false },
    ]);
    expect(runs.map((r) => tcvn3ToUnicode(r.text, r.capitals)).join('')).toBe('Ủy ban Đức');
  });
});

describe('VNI (VNI-Times)', () => {
  it('converts known words', () => {
    expect(vniToUnicode('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(vniToUnicode('ÑÖÔÏC ñöôïc Thi ñua')).toBe('ĐƯỢC được Thi đua');
  });

  it('round-trips every letter in both cases', () => {
    expect(vniToUnicode(unicodeToVni(ALL_LOWER))).toBe(ALL_LOWER);
    expect(vniToUnicode(unicodeToVni(ALL_UPPER))).toBe(ALL_UPPER);
    expect(VNI_TABLE.length).toBeGreaterThan(120);
  });

  it('reads a base letter whose case differs from its mark by the base', () => {
    expect(vniToUnicode('AÙ aÙ')).toBe('Á á');
  });
});

describe('detectLegacyEncoding', () => {
  const unicode = 'Kế hoạch công tác thi đua, khen thưởng năm 2024 của Hội đồng Thi đua - Khen thưởng quận';
  it.each([
    ['TCVN3', unicodeToTcvn3(unicode), 'tcvn3'],
    ['VNI', unicodeToVni(unicode), 'vni'],
    ['Unicode', unicode, null],
    ['text without diacritics', 'Ke hoach cong tac thi dua khen thuong nam 2024', null],
    ['French', 'Le comité a décidé à l’unanimité de réviser le règlement général', null],
    ['too short to tell', 'Céng', null],
  ])('%s → %s', (_name, text, expected) => {
    expect(detectLegacyEncoding(text)).toBe(expected);
  });

  it('converts what it detects', () => {
    for (const text of [unicodeToTcvn3(unicode.toLowerCase()), unicodeToVni(unicode)]) {
      const enc = detectLegacyEncoding(text)!;
      expect(convertLegacy(text, enc)).toBe(enc === 'tcvn3' ? unicode.toLowerCase() : unicode);
    }
  });
});

describe('helpers', () => {
  it.each([
    ['nghĩa', true],
    ['thưởng', true],
    ['khuyến', true],
    ['hßa', false],
    ['chuû', false],
    ['hoạchs', false],
    ['ấá', false],
  ])('isVietnameseSyllable(%s) = %s', (w, ok) => expect(isVietnameseSyllable(w)).toBe(ok));

  it.each([
    ['.VnTime', { encoding: 'tcvn3', capitals: false }],
    ['.VnTimeH', { encoding: 'tcvn3', capitals: true }],
    ['.VnArialH', { encoding: 'tcvn3', capitals: true }],
    ['VNI-Times', { encoding: 'vni', capitals: false }],
    ["'VNI-Helve'", { encoding: 'vni', capitals: false }],
    ['Times New Roman', null],
    [null, null],
  ])('legacyFontEncoding(%s)', (font, expected) => expect(legacyFontEncoding(font)).toEqual(expected));

  it('decodes and encodes Windows-1252 including its 0x80-0x9F range', () => {
    const bytes = Uint8Array.of(0x93, 0x41, 0x94, 0x96, 0xe9);
    expect(decodeWindows1252(bytes)).toBe('“A”–é');
    expect([...encodeWindows1252('“A”–é')]).toEqual([...bytes]);
  });
});
