// Legacy Vietnamese encodings (TCVN3/ABC and VNI) → Unicode: detection from character
// statistics, conversion, and the font names that mark legacy-encoded runs in DOCX and HTML.
import { tcvn3ToUnicode } from './tcvn3.js';
import { vietnameseShare } from './syllable.js';
import { vniToUnicode } from './vni.js';

export type LegacyEncoding = 'tcvn3' | 'vni';

export { tcvn3ToUnicode, unicodeToTcvn3, unicodeToTcvn3Runs, TCVN3_TABLE } from './tcvn3.js';
export { vniToUnicode, unicodeToVni, VNI_TABLE } from './vni.js';
export { decodeWindows1252, encodeWindows1252 } from './cp1252.js';
export { isVietnameseSyllable, vietnameseShare } from './syllable.js';

/** `capitals`: a TCVN3 run in a capitals font (.VnTimeH…), whose lower-case codes show as capitals. */
export function convertLegacy(text: string, encoding: LegacyEncoding, capitals = false): string {
  return encoding === 'tcvn3' ? tcvn3ToUnicode(text, capitals) : vniToUnicode(text);
}

/** Fewer marked words than this and the statistics say nothing. */
const MIN_WORDS = 3;
/** The converted text must read as Vietnamese this well… */
const MIN_SHARE = 0.75;
/** …and this much better than the text as it is. */
const MIN_GAIN = 0.3;

/**
 * Which legacy encoding the text is in, if any: the one whose conversion turns the most marked
 * words into Vietnamese syllables, when it clearly beats the text as it stands.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const now = vietnameseShare(sample);
  if (now.words < MIN_WORDS) return null;
  // A conversion scores at most 1, so text already this good can never gain MIN_GAIN: the
  // usual case (real Unicode Vietnamese) is settled without converting anything.
  if (1 - now.share < MIN_GAIN) return null;
  let best: { encoding: LegacyEncoding; share: number } | null = null;
  for (const encoding of ['tcvn3', 'vni'] as const) {
    const { share } = vietnameseShare(convertLegacy(sample, encoding));
    if (!best || share > best.share) best = { encoding, share };
  }
  return best && best.share >= MIN_SHARE && best.share - now.share >= MIN_GAIN ? best.encoding : null;
}

/** The legacy encoding a font name implies (.VnTime → TCVN3, VNI-Times → VNI), or null. */
export function legacyFontEncoding(font: string | null | undefined): { encoding: LegacyEncoding; capitals: boolean } | null {
  if (!font) return null;
  const name = font.trim().replace(/^['"]|['"]$/g, '');
  if (/^\.vn/i.test(name)) return { encoding: 'tcvn3', capitals: /H$/.test(name) };
  if (/^vni[- ]/i.test(name)) return { encoding: 'vni', capitals: false };
  return null;
}
