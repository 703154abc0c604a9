// The signer's name read again where the seal or the signature hid it. The round seal is pressed
// over the left of the signature block and the signature is drawn across it: tesseract's page
// analysis takes the name line they touch for part of a picture and reads nothing there (the
// text ends at the title), or a fragment ("Anh Đức", "Tuần Anh"). Where a page shows a signer's
// title ("CHỦ TỊCH", "KT. GIÁM ĐỐC") in its right half and no name centred under it opening
// with a family name, the block from the title down is cut out, enlarged when its letters are
// small, and read again as one block of text (--psm 6): first as the page was read; then, on a
// page with red ink, with its red kept (the red drop takes reddish print with the seal); then
// with the large marks (the seal's ring, the signature's strokes) taken out. The first read
// that gives a name centred under the title — 2–5 capitalised syllables, a known family name
// first, the family name's first letters put back where the seal covered them — is put in place
// of what the page read on that line; a name read off-centre is replaced only by one holding it.
// Else the page is left as it was (the extractor then reports MISSING_SIGNER): no name is made
// up. A "PHÓ" the seal hid from the first read is put back before the title only when the
// second read shows it on the title's line.
// Cost: one to three reads of a crop, only on pages with a signer's title and no name under it.
import sharp from 'sharp';
import { completedFamilyName, isFamilyName, isPersonName, listedFamilyName, MARKED_SURNAMES } from '../../extractors/closing/person-name.js';
import { namesSignerOffice } from '../../extractors/closing/signature-lines.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { isValidSyllable } from '../../normalizers/syllables.js';
import { wordsByEngineLine } from './engine-lines.js';
import type { Box, OcrEngine, OcrPage, OcrWord } from './types.js';

interface Line extends Box {
  words: OcrWord[];
  text: string;
}

function toLine(ws: readonly OcrWord[]): Line {
  const words = [...ws].sort((a, b) => a.x0 - b.x0);
  return {
    words,
    text: words.map((w) => w.text).join(' '),
    x0: words[0]!.x0,
    x1: Math.max(...words.map((w) => w.x1)),
    y0: Math.min(...words.map((w) => w.y0)),
    y1: Math.max(...words.map((w) => w.y1)),
  };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/**
 * Lines of the engine, split where a gap wider than `gap` parts two columns (the recipients and
 * the signature block read as one line), the parts standing right of `fromX` (the signature column).
 */
function columnLines(words: readonly OcrWord[], fromX: number, gap: number): Line[] {
  const parts: OcrWord[][] = [];
  for (const ws of wordsByEngineLine(words)) {
    const sorted = [...ws].sort((a, b) => a.x0 - b.x0);
    let part: OcrWord[] = [];
    for (const w of sorted) {
      if (part.length && w.x0 - part.at(-1)!.x1 > gap) {
        parts.push(part);
        part = [];
      }
      part.push(w);
    }
    parts.push(part);
  }
  return parts
    .map(toLine)
    .filter((l) => (l.x0 + l.x1) / 2 >= fromX)
    .sort((a, b) => a.y0 - b.y0);
}

/** Most of the line's letters are capitals ("PHÓ CHỦ TỊCH", "KT. GIÁM ĐỐC"). */
function mostlyCapitals(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = text.match(/\p{Lu}/gu) ?? [];
  return letters.length >= 2 && upper.length >= letters.length * 0.7;
}

/** An authority line's opening as the seal left it ("TM-B#£V ĐOÀN PHƯỜNG" for "TM. BAN CHẤP HÀNH ĐOÀN PHƯỜNG"). */
const AUTHORITY_OPENING = /^\W{0,2}(?:tm|kt|tl|t\/m)\s*[-.,:]/;

function isTitleLine(line: Line): boolean {
  if (!mostlyCapitals(line.text) || line.text.length > 60) return false;
  const folded = foldVietnamese(line.text.toLowerCase());
  return namesSignerOffice(folded) || AUTHORITY_OPENING.test(folded);
}

/**
 * The signer's name within a line's words: the longest run of 2–5 capitalised words opening
 * with a family name ("À ở Vũ Xuân Tùng" → "Vũ Xuân Tùng"), strokes glued before its first
 * word dropped ('“Nguyễn'), a family name missing its first letters completed ("rần" → "Trần")
 * unless `complete` is false. null when the line holds none.
 */
export function nameRun(words: readonly OcrWord[], complete = true): OcrWord[] | null {
  const cleaned = words.map((w, k) => {
    // Strokes glued after the last letter ('Sơn|': the signature's tail or the seal's rim) likewise.
    const text = w.text.replace(/^[^\p{L}]{1,3}(?=\p{L})/u, '').replace(/(?<=\p{L})[^\p{L}]{1,2}$/u, '');
    // A family name whose first letters the seal covered ("rần" of "Trần", before capitalised words).
    const completed = complete && /^\p{Ll}/u.test(text) && /^\p{Lu}/u.test(words[k + 1]?.text ?? '') ? (completedFamilyName(text) ?? familyNameUnderStroke(text)) : null;
    return { ...w, text: completed ?? text };
  });
  let best: OcrWord[] | null = null;
  for (let i = 0; i < cleaned.length; i++) {
    if (!isFamilyName(foldVietnamese(cleaned[i]!.text.toLowerCase()))) continue;
    for (let n = Math.min(5, cleaned.length - i); n >= 2; n--) {
      const run = cleaned.slice(i, i + n);
      const text = run.map((w) => w.text).join(' ');
      if (isPersonName(text, foldVietnamese(text.toLowerCase())) && (!best || run.length > best.length)) best = run;
      if (best === run) break;
    }
  }
  // Five words hold strokes before a name more often than a name: a name of three or four words
  // inside it, opening with a family name, is the name ("Hà Tho Võ Tuấn Anh" → "Võ Tuấn Anh").
  if (best && best.length === 5) {
    for (let i = 1; i <= 2; i++) {
      const inner = best.slice(i);
      const text = inner.map((w) => w.text).join(' ');
      if (isFamilyName(foldVietnamese(inner[0]!.text.toLowerCase())) && isPersonName(text, foldVietnamese(text.toLowerCase()))) return inner;
    }
  }
  return best;
}

/**
 * A family name whose first letters the seal covered and the engine read as one stroke letter
 * ("myễn" for Nguyễn: the ring over "Ngu" read as "m"): past its first letter, the rest — three
 * letters or more, a marked vowel among them, so that few names end so — ends exactly one listed
 * family name, marks as read, with at most three letters put back. Null otherwise ("nyên", "mvăn").
 */
export function familyNameUnderStroke(word: string): string | null {
  const part = [...word.normalize('NFC')].slice(1).join('');
  if (!/^\p{Ll}{3,}$/u.test(part) || foldVietnamese(part) === part) return null;
  const fits = new Set(MARKED_SURNAMES.filter((s) => s.length > part.length && s.length - part.length <= 3 && s.toLowerCase().endsWith(part)));
  return fits.size === 1 ? [...fits][0]! : null;
}

export interface SignatureNameGap {
  /** The title line lowest in the signature block ("PHÓ CHỦ TỊCH"). */
  title: Line;
  /** A name read off-centre under the title (folded words): what was left of the name, or the name itself. */
  partial: string[] | null;
  /** The middle of the title line, under which the name stands centred. */
  centre: number;
  /** Where the block is cut out to be read again: from the block's first title line down to where the name would stand. */
  crop: Box;
  /**
   * The title was not read: `title` is the block's head (the body it signs for), and the title
   * and name under it are looked for as a stamp in red ink (stampedHead).
   */
  stamped?: boolean;
}

/** A name whose centre is this many letter heights from the title's is centred under it. */
const CENTRED_WITHIN = 2.5;

function foldedWords(words: readonly OcrWord[]): string[] {
  return words.map((w) => foldVietnamese(w.text.toLowerCase()));
}

/**
 * The second read's name may replace what the first read left of it only when it holds it, word
 * for word in order, and more ("van tho" in "nguyen van tho"): a name read off-centre may be the
 * whole name, and a stroke read as a family name before it ("Thiêu Trương Minh …") is no better.
 */
export function extendsPartial(partial: readonly string[] | null, found: readonly string[]): boolean {
  if (!partial) return true;
  if (found.length <= partial.length) return false;
  let k = 0;
  for (const w of found) if (k < partial.length && w === partial[k]) k++;
  return k === partial.length;
}

/** The run of words stands centred under the title (its centre `centre`). */
function isCentred(run: readonly OcrWord[], centre: number, h: number): boolean {
  return Math.abs((run[0]!.x0 + run.at(-1)!.x1) / 2 - centre) <= CENTRED_WITHIN * h;
}

/** Lines under the title within which the name stands (seal and signature between them). */
const NAME_REACH_LINES = 16;

/**
 * The signature block whose name was not read: its lowest title line and the box to read
 * again. null when the page shows no signer's title, or a name under it.
 */
export function signatureNameGap(page: OcrPage, redKept = false): SignatureNameGap | null {
  const block = signatureBlock(page, redKept);
  return block && !block.read ? block.gap : null;
}

/**
 * The signature block under the page's lowest signer's title: the gap to read again, and the
 * name the page's read already gives centred under the title (null when it gives none).
 */
function signatureBlock(page: OcrPage, redKept = false): { gap: SignatureNameGap; read: OcrWord[] | null } | null {
  if (!page.words.length || !page.width || !page.height) return null;
  const h = median(page.words.map((w) => w.y1 - w.y0)) || 40;
  // The signature block stands right of the page's middle; a centred line across it ("CHỦ TỊCH
  // ỦY BAN NHÂN DÂN TỈNH" over a decision's articles) is none.
  const lines = columnLines(page.words, page.width * 0.55, 3 * h);
  // The block's lowest title: the last title line of the page with no title line under it.
  let at = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (isTitleLine(lines[i]!)) {
      at = i;
      break;
    }
  }
  if (at < 0) return redKept ? stampedHead(page, lines, h) : null;
  const title = lines[at]!;
  // Up through the block's title lines ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH").
  let top = title;
  for (let i = at - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (top.y0 - l.y1 > 1.5 * h) break;
    if (mostlyCapitals(l.text) && l.x1 > title.x0 && l.x0 < title.x1) top = l;
  }
  const bottom = Math.min(page.height, title.y1 + NAME_REACH_LINES * h);
  const centre = (title.x0 + title.x1) / 2;
  const half = Math.max((title.x1 - title.x0) / 2, (top.x1 - top.x0) / 2) + 4 * h;
  const x0 = Math.max(page.width * 0.3, centre - half);
  const x1 = Math.min(page.width, centre + half);
  // A name already read under the title: nothing to do. The name is centred under the title:
  // a run off to one side is what was left of it ("Văn Thọ" of "Nguyễn Văn Thọ").
  let partial: string[] | null = null;
  let read: OcrWord[] | null = null;
  for (const l of lines) {
    if (l.y0 < title.y1 - h / 2 || l.y0 > bottom) continue;
    if (l.x1 < x0 || l.x0 > x1) continue;
    // As read: a name the seal cut ("guyen Thọ") is read again.
    const run = nameRun(l.words, false);
    if (run && isCentred(run, centre, h)) {
      read = run;
      break;
    }
    partial ??= run && foldedWords(run);
  }
  if (!read && x1 - x0 < 6 * h) return null;
  return { gap: { title, centre, partial, crop: { x0: Math.floor(x0), y0: Math.max(0, Math.floor(top.y0 - h / 2)), x1: Math.ceil(x1), y1: Math.ceil(bottom) } }, read };
}

/** Share of the page's height above which a capitals line is a header's, not a signature block's head. */
const HEAD_BELOW = 0.3;

/**
 * A signature block whose title and name are a stamp in red ink under the printed name of the
 * body that signs ("VIỄN THÔNG HẢI DƯƠNG" printed; "PHÓ GIÁM ĐỐC" / "Nguyễn Trọng Việt" stamped, as
 * state companies and some agencies sign): the red drop takes the stamp with the seal, and the page
 * read shows the block's head with nothing under it and no signer's title in the column. On a
 * page with red ink, the column's last capitals line of two words or more, below the page's
 * header and with no line of the body after it, is taken for that head; the crop under it is read
 * with the red kept (nameUnderStampedTitle). null when the column has no such line, or a name
 * already stands under it.
 */
function stampedHead(page: OcrPage, lines: readonly Line[], h: number): { gap: SignatureNameGap; read: OcrWord[] | null } | null {
  let at = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (mostlyCapitals(l.text) && l.words.length >= 2 && l.y0 > page.height * HEAD_BELOW) {
      at = i;
      break;
    }
  }
  if (at < 0) return null;
  // A stroke of the signature read on the head's line as a letter ("VIỄN KV") is no part of its box.
  const letters = lines[at]!.words.filter((w) => w.y1 - w.y0 <= 2 * h);
  if (!letters.length) return null;
  const head = toLine(letters);
  // Text resuming across the page after it: a heading of the body, no signature block.
  const after = page.words.filter((w) => w.y0 > head.y1);
  const resumes = wordsByEngineLine(after).some((ws) => Math.max(...ws.map((w) => w.x1)) - Math.min(...ws.map((w) => w.x0)) > page.width * 0.5);
  if (resumes) return null;
  // A name read under the head: nothing was lost.
  if (lines.slice(at + 1).some((l) => nameRun(l.words, false))) return null;
  const centre = (head.x0 + head.x1) / 2;
  const x0 = Math.max(page.width * 0.3, head.x0 - 4 * h);
  // The stamp stands under the head but often right of its middle (beside the seal): the crop runs to the page's edge.
  const crop = { x0: Math.floor(x0), y0: Math.max(0, Math.floor(head.y0 - h / 2)), x1: page.width, y1: Math.ceil(Math.min(page.height, head.y1 + NAME_REACH_LINES * h)) };
  if (crop.x1 - crop.x0 < 6 * h) return null;
  return { gap: { title: head, centre, partial: null, crop, stamped: true }, read: null };
}

/** The line's words from the last one that is no Vietnamese syllable on (all of them when every word is one). */
function closingSyllables(words: readonly OcrWord[]): OcrWord[] {
  let k = words.length;
  while (k > 1 && isValidSyllable(words[k - 1]!.text.toLowerCase().replace(/[.,:]$/, ''))) k--;
  return words.slice(isValidSyllable(words[k - 1]!.text.toLowerCase().replace(/[.,:]$/, '')) ? k - 1 : k);
}

/** Lines between a stamped title and the name stamped under it. */
const STAMP_NAME_REACH = 2.5;

/**
 * In the crop read with its red kept, a signer's title under the block's head and a name centred
 * under that title within a few lines: the stamp. The title line comes with the name, for the
 * page's words (the stamp prints both).
 */
function nameUnderStampedTitle(words: readonly OcrWord[], gap: SignatureNameGap, h: number): { name: OcrWord[]; stampedTitle: Line } | null {
  const lines = wordsByEngineLine(words).map(toLine).sort((a, b) => a.y0 - b.y0);
  for (const [i, t] of lines.entries()) {
    if ((t.y0 + t.y1) / 2 < gap.title.y1 + h / 4 || !isTitleLine(t)) continue;
    // The seal's scraps read before the title on its line ("Xœe13M7 Ứ pHÓ GIÁM ĐỐC") are no part
    // of it: the title is the line's closing run of syllables, and the name is centred under that.
    const title = closingSyllables(t.words);
    const centre = (title[0]!.x0 + title.at(-1)!.x1) / 2;
    for (const l of lines.slice(i + 1)) {
      if (l.y0 - t.y1 > STAMP_NAME_REACH * h) break;
      const run = nameRun(l.words);
      if (run && isCentred(run, centre, h) && run.every((w) => w.confidence >= LAYOUT_SURE || isValidSyllable(w.text.toLowerCase()))) return { name: run, stampedTitle: toLine(title) };
    }
  }
  return null;
}

/**
 * The page with the name it read under the title kept: the layout drops unsure words in the
 * signature column as strokes (layout.ts signatureWord), and a family name the seal's ink left
 * unsure ("“Hoäng Trân Châu") went with them, leaving "Trân Châu". Its words are kept at the
 * layout's bar, the family name spelled as listed ("Hoäng" → "Hoàng") when exactly one listed
 * name folds like it; a word neither sure nor a Vietnamese syllable keeps the run as it was.
 */
export function withReadNameKept(page: OcrPage, run: readonly OcrWord[]): OcrPage {
  const [first, ...rest] = run;
  if (!first) return page;
  const family = listedFamilyName(first.text);
  const unsure = run.some((w) => w.confidence < LAYOUT_SURE);
  if (!unsure && family === first.text) return page;
  const sure = (w: OcrWord, text: string) => w.confidence >= LAYOUT_SURE || isValidSyllable(text.toLowerCase());
  if (!sure(first, family) || !rest.every((w) => sure(w, w.text))) return page;
  const kept = new Map(run.map((w, k) => [w, { ...w, text: k === 0 ? family : w.text, confidence: Math.max(w.confidence, LAYOUT_SURE) }]));
  // The run's words are nameRun's cleaned copies: they replace the page's words at the same boxes.
  const at = (w: OcrWord) => run.find((r) => r.x0 === w.x0 && r.y0 === w.y0 && r.line === w.line);
  return { ...page, words: page.words.map((w) => { const r = at(w); return r ? kept.get(r)! : w; }) };
}

/** Share of the page's width right of which a word on the name's line belongs to the signature side. */
const SIGNATURE_SIDE = 0.45;

/** The confidence under which the layout takes a signature column's word for a stroke. */
const LAYOUT_SURE = 30;

/** Letter height (pixels) the crop is enlarged to reach: small print reads better larger. */
const TARGET_LETTER_PX = 36;

/**
 * `gray` with its large dark marks made paper: 8-connected components wider than `maxWidth` or
 * taller than `maxHeight` (a seal's ring, a signature's stroke) go; letters stay. Linear in the pixels.
 */
export function withoutLargeMarks(gray: Uint8Array, width: number, height: number, maxWidth: number, maxHeight: number): Uint8Array {
  const out = Uint8Array.from(gray);
  const seen = new Uint8Array(width * height);
  const stack: number[] = [];
  const members: number[] = [];
  for (let start = 0; start < out.length; start++) {
    if (seen[start] || out[start]! >= 128) continue;
    seen[start] = 1;
    stack.push(start);
    members.length = 0;
    let minX = width;
    let maxX = -1;
    let minY = height;
    let maxY = -1;
    while (stack.length) {
      const p = stack.pop()!;
      members.push(p);
      const x = p % width;
      const y = (p - x) / width;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= width) continue;
          const q = yy * width + xx;
          if (!seen[q] && out[q]! < 128) {
            seen[q] = 1;
            stack.push(q);
          }
        }
      }
    }
    if (maxX - minX + 1 > maxWidth || maxY - minY + 1 > maxHeight) for (const p of members) out[p] = 255;
  }
  return out;
}

/**
 * How far (in letter heights) print is looked for on either side of a pixel of coloured ink: a
 * seal's ring or a pen's line is a quarter to a third of a letter wide where it crosses a name.
 */
const BRIDGE_REACH = 0.35;

/**
 * The print-only crop with the print that coloured ink covered put back. The seal is pressed and
 * the signature drawn OVER the printed name: where the red ring or the blue line crosses a letter,
 * its pixels are coloured, and the print-only page makes them paper, cutting the letter in two
 * ("Lê" read "1¿", the V of "Văn" read "v"). A pixel of coloured ink (dark in `redKept`, the
 * luminance page, and paper in `printOnly`) is made print again when print stands on both sides
 * of it within `reach` pixels along one direction (across, down, or either diagonal) with only
 * coloured ink between: the stroke the ink cut. Coloured ink with no print on both sides (the
 * ring and the signature away from the letters) stays paper. Both crops grey, the same size;
 * linear in the pixels (8 × `reach` looks a pixel of coloured ink).
 */
export function printBridged(redKept: Uint8Array, printOnly: Uint8Array, width: number, height: number, reach: number): Uint8Array {
  const out = Uint8Array.from(printOnly);
  const print = (i: number) => printOnly[i]! < 128;
  const coloured = (i: number) => redKept[i]! < 128 && printOnly[i]! >= 128;
  const printWithin = (x: number, y: number, dx: number, dy: number) => {
    for (let k = 1; k <= reach; k++) {
      const xx = x + k * dx;
      const yy = y + k * dy;
      if (xx < 0 || yy < 0 || xx >= width || yy >= height) return false;
      const j = yy * width + xx;
      if (print(j)) return true;
      if (!coloured(j)) return false;
    }
    return false;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (!coloured(y * width + x)) continue;
      for (const [dx, dy] of BRIDGE_DIRECTIONS) {
        if (printWithin(x, y, dx, dy) && printWithin(x, y, -dx, -dy)) {
          out[y * width + x] = 0;
          break;
        }
      }
    }
  }
  return out;
}

const BRIDGE_DIRECTIONS: ReadonlyArray<readonly [number, number]> = [
  [1, 0],
  [0, 1],
  [1, 1],
  [1, -1],
];

/** The words a crop read gives, in page pixels. */
async function readCrop(engine: OcrEngine, gray: Uint8Array, width: number, height: number, box: Box, scale: number, tag: string): Promise<OcrWord[]> {
  const png = await sharp(Buffer.from(gray.buffer, gray.byteOffset, gray.length), { raw: { width, height, channels: 1 } }).png().toBuffer();
  const read = await engine.recognize(png, 'block');
  return read.words.map((w) => ({
    ...w,
    x0: box.x0 + w.x0 / scale,
    x1: box.x0 + w.x1 / scale,
    y0: box.y0 + w.y0 / scale,
    y1: box.y0 + w.y1 / scale,
    line: `${tag}.${w.line}`,
  }));
}

/** The crop `box` of `image`, enlarged when the page's letters are small: its grey pixels and the scale. */
async function cropPixels(image: Buffer, box: Box, h: number): Promise<{ gray: Uint8Array; width: number; height: number; scale: number }> {
  const scale = Math.min(3, Math.max(1, TARGET_LETTER_PX / h));
  const width = Math.round((box.x1 - box.x0) * scale);
  const height = Math.round((box.y1 - box.y0) * scale);
  const { data } = await sharp(image)
    .extract({ left: box.x0, top: box.y0, width: box.x1 - box.x0, height: box.y1 - box.y0 })
    .grayscale()
    .resize(width, height, { kernel: 'cubic' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { gray: new Uint8Array(data.buffer, data.byteOffset, width * height), width, height, scale };
}

/**
 * The page with a stamped title and name (stampedHead) read from the red-kept copy under the
 * block's head and put in as the page's words; the page as it was when the read shows no
 * signer's title with a name centred under it. One read of one crop.
 */
async function withStampedName(engine: OcrEngine, page: OcrPage, redKeptPng: Buffer, gap: SignatureNameGap): Promise<OcrPage> {
  const h = median(page.words.map((w) => w.y1 - w.y0)) || 40;
  const { gray, width, height, scale } = await cropPixels(redKeptPng, gap.crop, h);
  const found = nameUnderStampedTitle(await readCrop(engine, gray, width, height, gap.crop, scale, 'signature-stamp'), gap, h);
  if (!found) return page;
  const { stampedTitle, name } = found;
  const bottom = Math.max(...name.map((w) => w.y1));
  // The page's words under the head down to the name (the signature's strokes) give way to the stamp.
  const stamp = (w: OcrWord) => {
    const cy = (w.y0 + w.y1) / 2;
    return cy > gap.title.y1 && cy < bottom + h / 2 && (w.x0 + w.x1) / 2 >= gap.crop.x0;
  };
  const sure = (ws: readonly OcrWord[], line: string) => ws.map((w) => ({ ...w, line, confidence: Math.max(w.confidence, LAYOUT_SURE) }));
  // A title set in capitals, one letter of it read small ("pHÓ GIÁM ĐỐC"), is written in capitals.
  const title = stampedTitle.words.map((w) => ({ ...w, text: w.text.toUpperCase() }));
  return { ...page, words: [...page.words.filter((w) => !stamp(w)), ...sure(title, title[0]!.line), ...sure(name, name[0]!.line)] };
}

/** The name line a second read found under the title, and the title's line as it read it. */
function nameFound(words: readonly OcrWord[], gap: SignatureNameGap, h: number): { name: OcrWord[]; titleLine: Line | null } | null {
  const { title, centre } = gap;
  const lines = wordsByEngineLine(words).map(toLine).sort((a, b) => a.y0 - b.y0);
  for (const l of lines) {
    if ((l.y0 + l.y1) / 2 < title.y1 + h / 4) continue;
    const run = nameRun(l.words);
    if (run && isCentred(run, centre, h) && extendsPartial(gap.partial, foldedWords(run)) && run.every((w) => w.confidence >= LAYOUT_SURE || isValidSyllable(w.text.toLowerCase()))) {
      const titleLine = lines.find((t) => Math.abs((t.y0 + t.y1) / 2 - (title.y0 + title.y1) / 2) < h / 2) ?? null;
      return { name: run, titleLine };
    }
  }
  return null;
}

/**
 * "PHÓ" read by the second pass on the title's line, before the words the first pass read
 * there ("PHÓ CHÁNH VĂN PHÒNG" over "CHÁNH VĂN PHÒNG"): the word to put before the title; null
 * when the first pass has it or the second does not show it.
 */
export function hiddenDeputyWord(first: readonly OcrWord[], second: readonly OcrWord[]): OcrWord | null {
  // Strokes glued to a word ("_,PHÓ") are no part of it.
  const fold = (ws: readonly OcrWord[]) => ws.map((w) => foldVietnamese(w.text.toLowerCase()).replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, ''));
  const a = fold(first);
  const b = fold(second);
  if (!a.length || a[0] === 'pho') return null;
  const at = b.indexOf('pho');
  if (at < 0 || at + 1 >= b.length) return null;
  // The words after "PHÓ" are the first pass's title, word for word.
  const rest = b.slice(at + 1);
  if (rest.length < a.length || a.some((w, k) => w !== rest[k])) return null;
  return second[at]!;
}

/**
 * The page with the signer's name read again where the first read lost it (see above); the
 * page as it was when nothing needed or nothing confident came of it. `png`: the page image
 * the words were read from.
 */
export async function withSignatureName(engine: OcrEngine, png: Buffer, page: OcrPage, redKeptPng?: Buffer, printOnlyPng?: () => Promise<Buffer>): Promise<OcrPage> {
  const block = signatureBlock(page, redKeptPng !== undefined);
  if (!block) return page;
  if (block.read) return withReadNameKept(page, block.read);
  const { gap } = block;
  if (gap.stamped) return redKeptPng ? withStampedName(engine, page, redKeptPng, gap) : page;
  const { crop, title } = gap;
  const h = median(page.words.map((w) => w.y1 - w.y0)) || 40;
  const scale = Math.min(3, Math.max(1, TARGET_LETTER_PX / h));
  const width = Math.round((crop.x1 - crop.x0) * scale);
  const height = Math.round((crop.y1 - crop.y0) * scale);
  const cropOf = async (image: Buffer) => {
    const { data } = await sharp(image)
      .extract({ left: crop.x0, top: crop.y0, width: crop.x1 - crop.x0, height: crop.y1 - crop.y0 })
      .grayscale()
      .resize(width, height, { kernel: 'cubic' })
      .raw()
      .toBuffer({ resolveWithObject: true });
    return new Uint8Array(data.buffer, data.byteOffset, width * height);
  };
  const letter = h * scale;
  const gray = await cropOf(png);
  // The page as read; the page with its red kept (print the red drop took with the seal); on a
  // colour page, its black print alone (a seal of any colour and a blue signature across the name
  // lifted to paper); then without the large marks (the seal's ring, the signature) of the
  // red-kept page, and of the print alone.
  const attempts: Array<() => Promise<Uint8Array>> = [
    async () => gray,
    ...(redKeptPng ? [() => cropOf(redKeptPng)] : []),
    ...(printOnlyPng ? [async () => cropOf(await printOnlyPng())] : []),
    async () => withoutLargeMarks(redKeptPng ? await cropOf(redKeptPng) : gray, width, height, 5 * letter, 2.2 * letter),
    ...(printOnlyPng ? [async () => withoutLargeMarks(await cropOf(await printOnlyPng()), width, height, 5 * letter, 2.2 * letter)] : []),
    // Last, the print alone with the strokes the seal's ring or the signature cut through put back.
    ...(redKeptPng && printOnlyPng ? [async () => printBridged(await cropOf(redKeptPng), await cropOf(await printOnlyPng()), width, height, Math.round(BRIDGE_REACH * letter))] : []),
  ];
  let found: ReturnType<typeof nameFound> = null;
  for (const [k, attempt] of attempts.entries()) {
    found = nameFound(await readCrop(engine, await attempt(), width, height, crop, scale, `signature-name-${k}`), gap, h);
    if (found) break;
  }
  if (!found) return page;
  const nameBox = { x0: Math.min(...found.name.map((w) => w.x0)), x1: Math.max(...found.name.map((w) => w.x1)), y0: Math.min(...found.name.map((w) => w.y0)), y1: Math.max(...found.name.map((w) => w.y1)) };
  // The first read's words on the name's line in the column (a fragment, strokes) give way to the name.
  const onNameLine = (w: OcrWord) => {
    const cy = (w.y0 + w.y1) / 2;
    // So do the strokes of the seal and signature read between the title and the name, or left
    // of the name ("Tà) tho lễ"); the recipients at the left margin stay.
    return cy > title.y1 && cy < nameBox.y1 + h / 2 && (w.x0 + w.x1) / 2 >= Math.min(crop.x0, page.width * SIGNATURE_SIDE);
  };
  const nameLine = found.name[0]!.line;
  // The layout drops unsure words in the signature column as strokes (layout.ts signatureWord):
  // a word of the name read unsure but spelling a Vietnamese syllable is kept at that bar.
  const kept = found.name.map((w) => ({ ...w, line: nameLine, confidence: Math.max(w.confidence, LAYOUT_SURE) }));
  const words = [...page.words.filter((w) => !onNameLine(w)), ...kept];
  const deputy = found.titleLine && hiddenDeputyWord(title.words, found.titleLine.words);
  if (deputy) {
    const first = title.words[0]!;
    // Before the title's first word, on its line: the layout reads it as part of the title.
    const w = Math.max(1, Math.min(deputy.x1 - deputy.x0, first.x0 - 1));
    words.push({ ...deputy, text: 'PHÓ', x0: first.x0 - w - h / 3, x1: first.x0 - h / 3, y0: first.y0, y1: first.y1, line: first.line });
  }
  return { ...page, words };
}
