// What real first pages carry over their header besides its text, handled before layout:
//  - the box of a digital signature (Vietnamese e-signed documents print the signer body, an
//    e-mail address and a signing time "05.02.2025 15:35:18 +07:00" in a small box, often over
//    the header): its words are taken out of the page's layout, or they spill into the issuer
//    and number lines, and written as their own block before it (signatureBoxText);
//  - a serial or a day written by hand in the blank of "Số: …" or "ngày … tháng": OCR reads
//    it as a digit-like word of very low confidence. Such a word is written as "..." (a blank,
//    as on an unfilled form), never as a guessed number, and reported.
import { docTypeByName } from '../../extractors/shared/doctypes.js';
import { isUpperCase } from '../../extractors/shared/layout.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { checkHeaderFigures, dateLineYears } from './header-figures.js';
import { wordsByEngineLine } from './engine-lines.js';
import type { OcrWord } from './types.js';

/** Part of the header zone, from the top of the page, where these marks are looked for. */
export const HEADER_ZONE = 0.35;
/** Below this confidence a digit-like word of the header is taken for unreadable handwriting. */
export const ILLEGIBLE_CONFIDENCE = 40;

/**
 * Words that only a digital-signature box prints: an e-mail or .gov.vn address, the signing time
 * ("15:35:18", "+07:00"), and the labels of the box "Ký bởi: … Cơ quan: … Thời gian ký: …".
 */
const SIGNATURE_ANCHOR = /@|\.gov\.vn$|\+0?7:?00$|^\d{1,2}:\d{2}:\d{2}|^\d{1,2}\.\d{1,2}\.\d{4}$|^bởi:?$|^ký:$/i;
/**
 * A signing time to the second ("10:56:26", OCR may glue the zone to it): on its own it marks a
 * box (no printed header line carries seconds), whose labels and date stand to its left
 * ("Thời gian ký: 17/06/2022 10:56:26").
 */
const SIGNING_TIME = /^\d{1,2}:\d{2}:\d{2}/;

export interface HeaderMarks {
  words: OcrWord[];
  /** Digit-like header words too unclear to read, as OCR gave them. */
  illegible: string[];
  /** Words taken out of the layout as part of a digital-signature box. */
  signatureWords: number;
  /** Those words as text: each box its own block of lines (blank line between), '' when none. */
  signatureText: string;
  /** The boxes' words, box by box in reading order (signatureBoxes), for a second reading of each box. */
  signatureBoxes: OcrWord[][];
}

/** The box's labels as OCR reads them ("Ký bột:", "Thời gian ký:"): the first word of such a line. */
const SIGNATURE_LABEL = /^(Ký\s+b\S{1,3}\s*:|Thời\s+gian\s+k\S{1,2}\s*:)/iu;

function labelAnchors(words: readonly OcrWord[]): OcrWord[] {
  const out: OcrWord[] = [];
  for (const line of wordsByEngineLine(words)) {
    const sorted = [...line].sort((a, b) => a.x0 - b.x0);
    const text = sorted.slice(0, 4).map((w) => w.text).join(' ');
    if (SIGNATURE_LABEL.test(text) && !SIGNATURE_ANCHOR.test(sorted[0]!.text)) out.push(sorted[0]!);
  }
  return out;
}

/** Anchors near one another (a page may carry two boxes: the signer's and the publishing centre's). */
function anchorClusters(anchors: readonly OcrWord[], h: number): OcrWord[][] {
  const clusters: OcrWord[][] = [];
  const isNear = (a: OcrWord, b: OcrWord) => Math.abs(b.y0 - a.y0) < 5 * h && a.x0 < b.x1 + 12 * h && b.x0 < a.x1 + 12 * h;
  const gap = (a: OcrWord, b: OcrWord) => Math.max(0, b.x0 - a.x1, a.x0 - b.x1) + Math.abs(b.y0 - a.y0);
  for (const a of anchors) {
    // Two boxes side by side: an anchor joins the box of its nearest anchor ("17.06.2022 13:54:54" together).
    let near: OcrWord[] | null = null;
    let best = Infinity;
    for (const c of clusters) {
      for (const b of c) if (isNear(a, b) && gap(a, b) < best) [near, best] = [c, gap(a, b)];
    }
    if (near) near.push(a);
    else clusters.push([a]);
  }
  return clusters;
}

/** A word on a line of the header's own ("Hà Nội, ngày …", "Số: …"): a time there is not a box's. */
function onHeaderLine(word: OcrWord, words: readonly OcrWord[]): boolean {
  return words.some((w) => w.line === word.line && w !== word && HEADER_WORD.test(w.text));
}

export function cleanHeaderMarks(words: readonly OcrWord[], pageHeight: number): HeaderMarks {
  const zone = pageHeight * HEADER_ZONE;
  const inZone = (w: OcrWord) => !pageHeight || w.y0 < zone;
  const heights = words.map((w) => w.y1 - w.y0).sort((a, b) => a - b);
  const h = heights[Math.floor(heights.length / 2)] ?? 30;

  // Each signature box: around its anchor words, a few lines up (the signer's body) and one down;
  // to the right, the values after the box's labels ("Thời gian ký: 07/01/2025 10:09:57").
  const anchors = [...words.filter((w) => inZone(w) && SIGNATURE_ANCHOR.test(w.text.trim())), ...labelAnchors(words.filter(inZone))];
  const boxes = anchorClusters(anchors, h)
    .filter((c) => c.length >= 2 || (SIGNING_TIME.test(c[0]!.text.trim()) && !onHeaderLine(c[0]!, words)))
    .map((c) => ({
      x0: Math.min(...c.map((w) => w.x0)) - (c.length === 1 ? 8 : 2) * h,
      x1: Math.max(...c.map((w) => w.x1)) + 8 * h,
      // Up to six lines above its anchors (the signer body, the centre and its office, the address): the header is below.
      y0: Math.min(...c.map((w) => w.y0)) - 6 * h,
      y1: Math.max(...c.map((w) => w.y1)) + h,
    }));
  const drop = (w: OcrWord) => {
    const cx = (w.x0 + w.x1) / 2;
    const cy = (w.y0 + w.y1) / 2;
    // Header lines themselves are never part of the box.
    return boxes.some((b) => cx >= b.x0 && cx <= b.x1 && cy >= b.y0 && cy <= b.y1) && !HEADER_WORD.test(w.text);
  };
  const boxed: OcrWord[][] = boxes.map(() => []);
  const kept = words.filter((w) => {
    if (!drop(w)) return true;
    const cx = (w.x0 + w.x1) / 2;
    const cy = (w.y0 + w.y1) / 2;
    boxed[boxes.findIndex((b) => cx >= b.x0 && cx <= b.x1 && cy >= b.y0 && cy <= b.y1)]!.push(w);
    return false;
  });
  const signatureWords = boxed.reduce((n, b) => n + b.length, 0);
  // The number and date lines: figures judged by where they stand (header-figures.ts).
  const figures = checkHeaderFigures(kept.filter(inZone));
  const illegible = [...figures.illegible];
  const out: OcrWord[] = [];
  // A short page puts its body inside the zone: figures under the type heading are printed text.
  const top = bodyTop(kept);
  const years = dateLineYears(figures.words);
  for (const w of [...figures.words, ...kept.filter((w) => !inZone(w))]) {
    if (inZone(w) && w.y0 < top && w.confidence < ILLEGIBLE_CONFIDENCE && handwrittenFigure(w.text) && !years.has(w)) {
      illegible.push(w.text);
      out.push({ ...w, text: blankFigure(w.text) });
      continue;
    }
    out.push(w);
  }
  const inOrder = signatureBoxes(boxed, h);
  return { words: out, illegible, signatureWords, signatureText: inOrder.map((b) => boxLines(b, h).join('\n')).join('\n\n'), signatureBoxes: inOrder };
}

/**
 * Where the body starts: the first line that is a type heading ("TỜ TRÌNH") or opens the body
 * ("Kính gửi:", "Căn cứ …"); Infinity when none is seen. A "V/v" line is no mark: công văn set
 * it beside the date line.
 */
function bodyTop(words: readonly OcrWord[]): number {
  let top = Infinity;
  for (const line of wordsByEngineLine(words)) {
    const text = [...line].sort((a, b) => a.x0 - b.x0).map((w) => w.text).join(' ').trim();
    const folded = foldVietnamese(text);
    if ((isUpperCase(text) && docTypeByName(text)) || /^(kinh gui|can cu)\b/.test(folded)) top = Math.min(top, ...line.map((w) => w.y0));
  }
  return top;
}

/**
 * The boxes' words as text in reading order: boxes left to right (then top to bottom), each box's
 * lines top to bottom, words left to right. Two boxes side by side share rows of the page, so
 * lines are rebuilt per box from the words' heights, not taken from the engine's line ids.
 */
export function signatureBoxText(boxes: readonly (readonly OcrWord[])[], lineHeight: number): string {
  return signatureBoxes(boxes, lineHeight)
    .map((b) => boxLines(b, lineHeight).join('\n'))
    .join('\n\n');
}

/** The boxes (clusters split where a blank strip runs down them) in reading order: left to right, then top to bottom. */
export function signatureBoxes(boxes: readonly (readonly OcrWord[])[], lineHeight: number): OcrWord[][] {
  return boxes
    .flatMap((b) => boxColumns(b, lineHeight))
    .map((b) => ({ words: b, x0: Math.min(...b.map((w) => w.x0)), y0: Math.min(...b.map((w) => w.y0)) }))
    .sort((a, b) => (Math.abs(a.x0 - b.x0) > 4 * lineHeight ? a.x0 - b.x0 : a.y0 - b.y0))
    .map((b) => b.words);
}

/** Blank width between two boxes side by side, in line heights: words of one box stand a space apart. */
const BOX_GAP = 3;

/**
 * A cluster's words split where no word stands across a vertical strip at least BOX_GAP line
 * heights wide: the centre's box and the signer's box, printed a seal apart on the same rows,
 * can fall in one cluster (an anchor of each within reach of the other), and their lines must not
 * be read across both.
 */
function boxColumns(words: readonly OcrWord[], lineHeight: number): OcrWord[][] {
  const columns: OcrWord[][] = [];
  let right = -Infinity;
  for (const w of [...words].sort((a, b) => a.x0 - b.x0)) {
    if (w.x0 - right >= BOX_GAP * lineHeight || !columns.length) columns.push([w]);
    else columns.at(-1)!.push(w);
    right = Math.max(right, w.x1);
  }
  return columns;
}

function boxLines(words: readonly OcrWord[], lineHeight: number): string[] {
  const mid = (w: OcrWord) => (w.y0 + w.y1) / 2;
  const rows: OcrWord[][] = [];
  for (const w of [...words].sort((a, b) => mid(a) - mid(b))) {
    const row = rows.at(-1);
    if (row && Math.abs(mid(w) - mid(row[0]!)) < lineHeight / 2) row.push(w);
    else rows.push([w]);
  }
  return rows.map((r) => r.sort((a, b) => a.x0 - b.x0).map((w) => w.text).join(' '));
}

/** Header words that are never debris of a signature box. */
const HEADER_WORD = /^(Số|CỘNG|HÒA|HOÀ|XÃ|HỘI|CHỦ|NGHĨA|VIỆT|NAM|Độc|lập|Tự|do|Hạnh|phúc|ngày|tháng|năm)[:,.]?$/u;

/** A handwritten day or month glued to the printed word after it ("0‡tháng"). */
const GLUED_DATE_WORD = /^[^\p{L}\s]*[\d†‡][^\p{L}\s]*(tháng|năm)$/u;

/** A word that is the printed symbol after the serial's slash: capitals, then parts joined by "-" or "/". */
const PRINTED_SYMBOL = /^\/\s*\p{Lu}[\p{Lu}\d]*(?:[-–/(]\p{L}[\p{L}\d)]*)+$/u;

/** A word that stands where a figure goes: digits, or no letter at all (†, ‡, _, marks). */
function handwrittenFigure(text: string): boolean {
  const t = text.trim();
  if (!t) return false;
  // A symbol after the blank's slash ("/C04-P6", "/TTr-CAT(PC04)") is printed: its figures are the unit's.
  if (PRINTED_SYMBOL.test(t)) return false;
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
  // A symbol glued after the figure ("/2020/NĐ-CP" was a separate word; "3." keeps nothing). A
  // letter between figures is a stroke of the same hand ("Sá:/4Ở7VH" for a written 18): one blank.
  return `${label}${/\p{L}/u.test(rest) ? rest.replace(/\d+(?:\p{L}\d+)*/gu, '...') : '...'}`;
}
