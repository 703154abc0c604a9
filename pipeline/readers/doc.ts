// Word 97–2003 (.doc, an OLE compound file) through word-extractor (pure JS, pinned). Its text
// is rebuilt as HTML paragraphs and table rows and handed to htmlToText, so a .doc comes out
// laid out exactly as the same document saved as DOCX (layout tables, task tables, tabs).
// Legacy fonts: word-extractor gives no run fonts, so a document whose font table names a
// legacy font (.VnTime, VNI-Times) has each paragraph and cell converted where conversion turns
// it into Vietnamese; a document whose fonts say nothing but whose text is mojibake is converted
// as a whole, like a DOCX.
import { foldVietnamese } from '../../normalizers/fold.js';
import { createRequire } from 'node:module';
import { convertLegacy, decodeWindows1252, vietnameseShare, type LegacyEncoding } from '../../normalizers/legacy/index.js';
import { log } from '../../output/diagnostics.js';
import { htmlToText, wordReadOutput } from './html.js';
import type { Reader } from './reader.js';

/** Marks a Word cell end (0x07) in the text: word-extractor's own filter turns it into a tab. */
export const CELL_MARK = '\uE007';

interface WordDocument {
  getBody(options?: { filterUnicode?: boolean }): string;
}
interface WordExtractorClass {
  new (): { extract(source: Buffer): Promise<WordDocument> };
}

const require = createRequire(import.meta.url);

/**
 * word-extractor with cell ends kept as CELL_MARK. Its extractor takes `clean` from its filters
 * module when first loaded, so the wrapper is installed on that module before the extractor is
 * required (the version is pinned in package.json for this reason). The wrapper holds no data.
 */
function loadExtractor(): WordExtractorClass {
  const filters = require('word-extractor/lib/filters.js') as {
    clean: (s: string) => string;
    binaryToUnicode: (s: string) => string;
    keepsCells?: boolean;
  };
  if (!filters.keepsCells) {
    const clean = filters.clean;
    // Word stores an optional hyphen (U+00AD) as 0x1F, which word-extractor turns into
    // "undefined"; TCVN3 text uses that byte for ư.
    filters.clean = (s: string) => clean(s.replace(/\x07/g, CELL_MARK).replace(/\x1f/g, '\u00ad'));
    // Its Windows-1252 table leaves 0x81, 0x8D, 0x8F, 0x90, 0x9D out (they become "undefined");
    // legacy Vietnamese fonts use them, and the legacy converters expect them as C1 characters.
    filters.binaryToUnicode = (s: string) => decodeWindows1252(Buffer.from(s, 'latin1'));
    filters.keepsCells = true;
  }
  return require('word-extractor') as WordExtractorClass;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/**
 * A run of spaces between words, as Word documents use to push a header's right column across
 * instead of a tab ("BÌNH THUẬN            Độc lập - Tự do - Hạnh phúc").
 */
const LAYOUT_GAP = /(\S) {6,}(?=\S)/;
/** What starts the right column of a header: the motto, the Party's title, a rule under them. */
const RIGHT_COLUMN = /^(cong hoa xa hoi|doc lap\s*[-–]|dang cong san|[-_=*.]{3,})/;

/**
 * A header line whose right column is set off by spaces gets a tab there, so it is unfolded
 * like one typed with tabs (word-header.ts). Other runs of spaces — a blank serial "Số:      /",
 * a blank day "ngày      tháng" — are left as they are.
 */
function tabHeaderGap(paragraph: string): string {
  const gap = LAYOUT_GAP.exec(paragraph);
  if (!gap) return paragraph;
  const rest = paragraph.slice(gap.index + gap[0].length);
  const head = rest.slice(0, 40);
  // A legacy-font document is converted after this: its motto is looked for as it will read.
  const readings = [head, convertLegacy(head, 'tcvn3'), convertLegacy(head, 'vni')];
  if (!readings.some((r) => RIGHT_COLUMN.test(foldVietnamese(r).toLowerCase()))) return paragraph;
  return `${paragraph.slice(0, gap.index + 1)}\t${rest}`;
}

const paragraphs = (s: string) =>
  s
    .split('\n')
    .map((p) => `<p>${escape(tabHeaderGap(p))}</p>`)
    .join('');

/**
 * The body text as HTML. word-extractor ends a paragraph with '\n' and a cell with CELL_MARK,
 * and writes a row's end mark as '\n': a row is cells each closed by a mark, the last one
 * followed by '\n'. A paragraph end inside a cell is a paragraph of the cell.
 */
export function wordTextToHtml(body: string): string {
  const out: string[] = [];
  let at = 0;
  while (at < body.length) {
    const nextMark = body.indexOf(CELL_MARK, at);
    if (nextMark < 0) {
      out.push(paragraphs(body.slice(at).replace(/\n$/, '')));
      break;
    }
    // The table starts after the last paragraph end before its first cell mark.
    const lineEnd = body.lastIndexOf('\n', nextMark);
    if (lineEnd >= at) {
      out.push(paragraphs(body.slice(at, lineEnd)));
      at = lineEnd + 1;
    }
    const rows: string[][] = [];
    for (;;) {
      const row = rowAt(body, at);
      rows.push(row.cells);
      at = row.end;
      // The next row goes on only when its first cell closes before a paragraph ends: text
      // ending with '\n' first is a paragraph after the table.
      const mark = body.indexOf(CELL_MARK, at);
      const line = body.indexOf('\n', at);
      if (!row.closed || mark < 0 || (line >= 0 && line < mark)) break;
    }
    out.push(`<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${paragraphs(c)}</td>`).join('')}</tr>`).join('')}</table>`);
  }
  return out.join('');
}

/** One row from `from`: cells up to the mark followed by the row end (or the text's end). */
function rowAt(body: string, from: number): { cells: string[]; end: number; closed: boolean } {
  const cells: string[] = [];
  let at = from;
  for (;;) {
    const mark = body.indexOf(CELL_MARK, at);
    if (mark < 0) {
      if (at < body.length && body.slice(at).trim()) cells.push(body.slice(at));
      return { cells, end: body.length, closed: false };
    }
    cells.push(body.slice(at, mark));
    at = mark + 1;
    if (body[at] === '\n') return { cells, end: at + 1, closed: true };
    if (at >= body.length) return { cells, end: at, closed: true };
  }
}

/** Legacy fonts named in the document's font table (names are stored as UTF-16). */
export function docLegacyFont(bytes: Uint8Array): { encoding: LegacyEncoding; capitals: boolean } | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // .VnTimeH, .VnArialH …: the capitals variants of TCVN3 fonts. UTF-16 names may sit at an
  // odd offset: both alignments are decoded.
  const names = buffer.toString('utf16le') + buffer.subarray(1).toString('utf16le');
  const capitals = /\.Vn[A-Za-z]+H\0/.test(names);
  if (buffer.includes(Buffer.from('.Vn', 'utf16le'))) return { encoding: 'tcvn3', capitals };
  if (buffer.includes(Buffer.from('VNI-', 'utf16le'))) return { encoding: 'vni', capitals: false };
  return null;
}

/** Only Windows-1252 characters: legacy-font text (Unicode Vietnamese needs letters beyond it). */
const CP1252_ONLY = /^[\x00-\xff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]*$/;

/**
 * A paragraph or cell converted from a legacy encoding when it can be one (only code-page
 * characters) and conversion makes it more Vietnamese. With a capitals font in the
 * document (whose runs word-extractor cannot name), a converted line without any capital that
 * is short enough for a heading, and words typed in capitals around converted letters, are
 * written in capitals.
 */
function convertPiece(piece: string, legacy: { encoding: LegacyEncoding; capitals: boolean }, unicodeDocument: boolean): string {
  if (!CP1252_ONLY.test(piece)) return piece;
  let converted = convertLegacy(piece, legacy.encoding);
  if (converted === piece) return piece;
  // In a document typed mostly in Unicode, only where conversion makes it more Vietnamese:
  // Unicode text that happens to stay within the code page ("báo cáo", "Thông") reads as well
  // as its conversion ("bỏo cỏo") and is left alone.
  const before = vietnameseShare(piece).share;
  const after = vietnameseShare(converted).share;
  if (after < before || (unicodeDocument && after === before)) return piece;
  if (legacy.capitals) {
    if (converted.length <= HEADING_LENGTH && !/\p{Lu}/u.test(converted)) converted = converted.toUpperCase();
    else converted = converted.replace(/[\p{L}\p{M}]+/gu, (w) => ((w.match(/[A-Z]/g)?.length ?? 0) >= 2 && !/[a-z]/.test(w) ? w.toUpperCase() : w));
  }
  return converted;
}

/** Longest line taken for a heading typed in a capitals font. */
const HEADING_LENGTH = 90;

/** Letters of Unicode Vietnamese beyond the code page (ư, ơ, đ, ộ, ế …): typed in Unicode. */
const BEYOND_CODE_PAGE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;
const PIECES = /[^\n\t]+/g;

/**
 * More pieces carry letters only Unicode has than pieces of code-page characters with accents:
 * the legacy font the document names is used for a few runs at most.
 */
function typedInUnicode(text: string): boolean {
  let unicode = 0;
  let codePage = 0;
  for (const [piece] of text.matchAll(PIECES)) {
    if (BEYOND_CODE_PAGE.test(piece)) unicode++;
    else if (/[\x80-\xff]/.test(piece) && CP1252_ONLY.test(piece)) codePage++;
  }
  return unicode > codePage;
}

function convertLines(text: string, legacy: { encoding: LegacyEncoding; capitals: boolean }, unicodeDocument: boolean): string {
  return text.replace(PIECES, (piece) => convertPiece(piece, legacy, unicodeDocument));
}

export const readDoc: Reader = async ({ bytes }, ctx) => {
  let body: string;
  try {
    const Extractor = loadExtractor();
    const document = await new Extractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    body = document.getBody({ filterUnicode: false });
  } catch (error) {
    ctx.message(log.corruptFile('Word 97–2003 document', (error as Error).message || String(error)));
    return null;
  }
  let read = htmlToText(wordTextToHtml(body), { keepTabs: true });
  const hint = docLegacyFont(bytes);
  let fontEncoding: LegacyEncoding | null = null;
  if (hint) {
    const unicodeDocument = typedInUnicode(read.text);
    const convert = (t: string) => convertLines(t, hint, unicodeDocument);
    const text = convert(read.text);
    if (text !== read.text) {
      fontEncoding = hint.encoding;
      read = { ...read, text, tables: read.tables.map((t) => ({ ...t, rows: t.rows.map((r) => r.map(convert)) })) };
    }
  }
  return wordReadOutput(read, fontEncoding, 'doc', ctx);
};
