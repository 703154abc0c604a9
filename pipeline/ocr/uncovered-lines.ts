// Lines of the header zone the engine's page analysis never found, read on their own. A stamp put
// over the header after printing (a registry's "ĐẾN" box over the left of a title, a database's
// rotated box across a date line, its red dropped) leaves lines of print beside broken frames and
// scraps, and tesseract's analysis can take the whole band for a picture: the TSV then lists no
// block, no line and no word there, so neither the page's reading nor unread-lines.ts (lines found
// but read empty) sees it. Real scans lost that way their "V/v …" subject with the place and date
// beside it, or a title's middle line, and the record its place, date or title. Here the ink
// itself is looked at: letter-sized components in the header zone that no word the engine read
// covers, lying along one row for a line's length, are a line of print; the row is cut out,
// enlarged and read as a block of text, and only a confident reading is kept (unread-lines.ts's
// bar), its words where no word of the page stands. One small crop's OCR per row found, at most
// MAX_ROWS a page; nothing at all is read on a page whose header lines all gave words.
import { readEnlarged } from './enlarged-read.js';
import { clip, componentsIn, median, type BinaryPage } from './figure-second-look.js';
import { HEADER_ZONE } from './header-marks.js';
import type { Box, OcrEngine, OcrWord } from './types.js';
import { confidentReading } from './unread-lines.js';

/** Enlargement of the row before it is read again. */
const SCALE = 2;
/** At most this many rows a page are read again (the longest first). */
const MAX_ROWS = 3;
/** A component this share of the page's word height tall, up to LETTER_MAX, is a letter's (accents, dots, frames and seals aside). */
const LETTER_MIN = 0.35;
const LETTER_MAX = 1.6;
/** …and no wider than this many word heights (a rule, a frame's side, a long stroke is none). */
const LETTER_WIDE = 2.5;
/** A word's box grown by this share of the word height on each side still covers a component (its accents, a touching scrap). */
const COVER_MARGIN = 0.3;
/** Components whose centres lie within this share of the word height of a row's are on that row. */
const ROW_REACH = 0.5;
/** A gap wider than this many word heights along a row parts two runs of print (two columns). */
const RUN_GAP = 3;
/** A run of fewer letters, or shorter than this many word heights, is a scrap (a stamp's figure, a signature), not a line. */
const MIN_LETTERS = 8;
const MIN_RUN_WIDTH = 6;

/**
 * Rows of print no word covers: in `components` (ink of the header zone, page pixels), the
 * letter-sized ones whose centre lies in no word box of `words` (grown a little), grouped by row
 * and split into runs where a wide gap parts them; the runs of a line's length, as boxes grown
 * by a third of a letter, the longest first, at most MAX_ROWS. `h`: the page's word height.
 */
export function uncoveredRows(components: readonly Box[], words: readonly Box[], h: number): Box[] {
  if (h <= 0) return [];
  const m = COVER_MARGIN * h;
  const covered = (c: Box) => {
    const cx = (c.x0 + c.x1) / 2;
    const cy = (c.y0 + c.y1) / 2;
    return words.some((w) => cx >= w.x0 - m && cx <= w.x1 + m && cy >= w.y0 - m && cy <= w.y1 + m);
  };
  const letters = components.filter((c) => {
    const ch = c.y1 - c.y0;
    return ch >= LETTER_MIN * h && ch <= LETTER_MAX * h && c.x1 - c.x0 <= LETTER_WIDE * h && !covered(c);
  });
  // Rows: components sorted by their centre's height, a row going on while the next centre stays near its mean.
  const byY = [...letters].sort((a, b) => a.y0 + a.y1 - (b.y0 + b.y1));
  const rows: Box[][] = [];
  let row: Box[] = [];
  let sum = 0;
  for (const c of byY) {
    const cy = (c.y0 + c.y1) / 2;
    if (row.length && Math.abs(cy - sum / row.length) > ROW_REACH * h) {
      rows.push(row);
      row = [];
      sum = 0;
    }
    row.push(c);
    sum += cy;
  }
  if (row.length) rows.push(row);
  const runs: Box[] = [];
  for (const r of rows) {
    const byX = [...r].sort((a, b) => a.x0 - b.x0);
    // The run's box grows with each letter: a speckled row of thousands of specks stays linear.
    let box: Box | null = null;
    let letters = 0;
    const close = () => {
      if (box && letters >= MIN_LETTERS && box.x1 - box.x0 >= MIN_RUN_WIDTH * h) runs.push({ x0: box.x0 - h / 3, y0: box.y0 - h / 3, x1: box.x1 + h / 3, y1: box.y1 + h / 3 });
      box = null;
      letters = 0;
    };
    for (const c of byX) {
      if (box && c.x0 - box.x1 > RUN_GAP * h) close();
      box = box ? { x0: Math.min(box.x0, c.x0), y0: Math.min(box.y0, c.y0), x1: Math.max(box.x1, c.x1), y1: Math.max(box.y1, c.y1) } : { x0: c.x0, y0: c.y0, x1: c.x1, y1: c.y1 };
      letters++;
    }
    close();
  }
  return runs.sort((a, b) => b.x1 - b.x0 - (a.x1 - a.x0)).slice(0, MAX_ROWS);
}

/** A gap this many times the line's usual one between words, and at least COLUMN_GAP_MIN word heights, parts the header's two columns. */
const COLUMN_GAP_RATIO = 1.8;
const COLUMN_GAP_MIN = 0.6;

/**
 * The words of one read line, its widest gap made a line break when it is the gutter of the
 * header's two columns: a row of the header holds the left column's line ("V/v triển khai …")
 * and the right's ("Hà Nội, ngày …") a little further apart than its words, closer than the
 * layout's split (layout.ts HEADER_GAP), and read as one line the pair would be one text. The
 * page's own reading gives each column its block; so does this, as two lines ("…:a", "…:b").
 */
export function withColumnsParted(words: readonly OcrWord[], h: number): OcrWord[] {
  const out: OcrWord[] = [];
  const byLine = new Map<string, OcrWord[]>();
  for (const w of words) byLine.set(w.line, [...(byLine.get(w.line) ?? []), w]);
  for (const [line, ws] of byLine) {
    const sorted = [...ws].sort((a, b) => a.x0 - b.x0);
    const gaps = sorted.slice(1).map((w, k) => w.x0 - sorted[k]!.x1);
    const usual = median(gaps);
    const widest = gaps.length >= 2 ? gaps.indexOf(Math.max(...gaps)) : -1;
    const parts = widest >= 0 && gaps[widest]! >= Math.max(COLUMN_GAP_RATIO * usual, COLUMN_GAP_MIN * h);
    out.push(...sorted.map((w, k) => (parts ? { ...w, line: `${line}:${k <= widest ? 'a' : 'b'}` } : w)));
  }
  return out;
}

/**
 * Words read in the header zone's rows of print that no word of `words` (the page's as read)
 * covers, in page pixels, each row its own lines ("c<row>.<line>"); none where every row gave words.
 */
export async function readUncoveredLines(engine: OcrEngine, page: BinaryPage, words: readonly OcrWord[]): Promise<OcrWord[]> {
  const h = median(words.map((w) => w.y1 - w.y0));
  const zone = clip({ x0: 0, y0: 0, x1: page.width, y1: HEADER_ZONE * page.height }, page);
  if (!zone || h <= 0) return [];
  const rows = uncoveredRows(await componentsIn(page, zone), words, h);
  const out: OcrWord[] = [];
  for (const [i, row] of rows.entries()) {
    const region = clip(row, page);
    if (!region) continue;
    const margin = Math.max(4, Math.round(region.height / 4)) * SCALE;
    const read = await readEnlarged(engine, page.png, region, SCALE, margin);
    if (!read) continue;
    const toPage = (v: number, at: number) => Math.round((v - margin) / SCALE + at);
    const placed = withColumnsParted(
      confidentReading(read).map((w) => ({ ...w, x0: toPage(w.x0, region.left), x1: toPage(w.x1, region.left), y0: toPage(w.y0, region.top), y1: toPage(w.y1, region.top), line: `c${i}.${w.line}` })),
      h,
    );
    // A word the page already read (the row's crop takes in the edges of its neighbours) stays the page's.
    const free = (w: OcrWord) => !words.some((p) => (w.x0 + w.x1) / 2 >= p.x0 && (w.x0 + w.x1) / 2 <= p.x1 && (w.y0 + w.y1) / 2 >= p.y0 && (w.y0 + w.y1) / 2 <= p.y1);
    out.push(...placed.filter(free));
  }
  return out;
}
