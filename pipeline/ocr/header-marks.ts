// What real first pages carry over their header besides its text, handled before layout:
//  - the box of a digital signature (Vietnamese e-signed documents print the signer body, an
//    e-mail address and a signing time "05.02.2025 15:35:18 +07:00" in a small box, often over
//    the header): its words are dropped, or they spill into the issuer and number lines;
//  - a serial or a day written by hand in the blank of "Số: …" or "ngày … tháng": OCR reads
//    it as a digit-like word of very low confidence. Such a word is written as "..." (a blank,
//    as on an unfilled form), never as a guessed number, and reported.
import type { OcrWord } from './types.js';

/** Part of the header zone, from the top of the page, where these marks are looked for. */
const HEADER_ZONE = 0.35;
/** Below this confidence a digit-like word of the header is taken for unreadable handwriting. */
export const ILLEGIBLE_CONFIDENCE = 40;

/** Words that only a digital-signature box prints. */
const SIGNATURE_ANCHOR = /@|\.gov\.vn$|^\+0?7:?00$|^\d{1,2}:\d{2}:\d{2}$/i;

export interface HeaderMarks {
  words: OcrWord[];
  /** Digit-like header words too unclear to read, as OCR gave them. */
  illegible: string[];
  /** Words dropped as part of a digital-signature box. */
  signatureWords: number;
}

export function cleanHeaderMarks(words: readonly OcrWord[], pageHeight: number): HeaderMarks {
  const zone = pageHeight * HEADER_ZONE;
  const inZone = (w: OcrWord) => !pageHeight || w.y0 < zone;
  const heights = words.map((w) => w.y1 - w.y0).sort((a, b) => a - b);
  const h = heights[Math.floor(heights.length / 2)] ?? 30;

  // The signature box: around its anchor words, a few lines up (the signer's body) and one down.
  const anchors = words.filter((w) => inZone(w) && SIGNATURE_ANCHOR.test(w.text.trim()));
  let drop = (_w: OcrWord) => false;
  if (anchors.length >= 2) {
    const x0 = Math.min(...anchors.map((w) => w.x0)) - 2 * h;
    const x1 = Math.max(...anchors.map((w) => w.x1)) + 2 * h;
    const y0 = Math.min(...anchors.map((w) => w.y0)) - 4 * h;
    const y1 = Math.max(...anchors.map((w) => w.y1)) + h;
    drop = (w) => {
      const cx = (w.x0 + w.x1) / 2;
      const cy = (w.y0 + w.y1) / 2;
      // Header lines themselves are never part of the box.
      return cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1 && !HEADER_WORD.test(w.text);
    };
  }
  const illegible: string[] = [];
  const out: OcrWord[] = [];
  let signatureWords = 0;
  for (const w of words) {
    if (drop(w)) {
      signatureWords++;
      continue;
    }
    if (inZone(w) && w.confidence < ILLEGIBLE_CONFIDENCE && handwrittenFigure(w.text)) {
      illegible.push(w.text);
      out.push({ ...w, text: blankFigure(w.text) });
      continue;
    }
    out.push(w);
  }
  return { words: out, illegible, signatureWords };
}

/** Header words that are never debris of a signature box. */
const HEADER_WORD = /^(Số|CỘNG|HÒA|HOÀ|XÃ|HỘI|CHỦ|NGHĨA|VIỆT|NAM|Độc|lập|Tự|do|Hạnh|phúc|ngày|tháng|năm)[:,.]?$/u;

/** A handwritten day or month glued to the printed word after it ("0‡tháng"). */
const GLUED_DATE_WORD = /^[^\p{L}\s]*[\d†‡][^\p{L}\s]*(tháng|năm)$/u;

/** A word that stands where a figure goes: digits, or no letter at all (†, ‡, _, marks). */
function handwrittenFigure(text: string): boolean {
  const t = text.trim();
  if (!t) return false;
  if (GLUED_DATE_WORD.test(t)) return true;
  if (/\d/.test(t)) return !/\p{L}{3,}/u.test(t.replace(/^Số:?/u, ''));
  return !/\p{L}/u.test(t) && !/^[-–—.,;:/()]+$/.test(t);
}

/** The figure left blank; a label glued before it ("Số:465") is kept. */
function blankFigure(text: string): string {
  const glued = GLUED_DATE_WORD.exec(text.trim());
  if (glued) return `... ${glued[1]}`;
  const label = /^(Số:?)/u.exec(text.trim())?.[1] ?? '';
  const rest = text.trim().slice(label.length);
  // A symbol glued after the figure ("/2020/NĐ-CP" was a separate word; "3." keeps nothing).
  return `${label}${/\p{L}/u.test(rest) ? rest.replace(/\d+/g, '...') : '...'}`;
}
