// HTML (a web page, or mammoth's rendering of a DOCX) → text and tables, through a real parser.
// Block elements become paragraphs separated by a blank line; <br> a line break; list items get
// their marker ("1. ", "- "); scripts, styles and the head are dropped.
//
// Tables: each row is one line, cells joined by '\t', newlines inside a cell replaced by a space
// (the structured tables returned beside the text keep a cell's paragraphs apart, '\n').
// Merged cells: the text sits in the first (top-left) cell and the cells it covers are left
// EMPTY, for colspan and rowspan alike, so every row of a table has the same number of cells and
// a section row spanning the table reads "I\tQUÝ I/2018\t\t\t\t".
// Tables of one or two columns are layout (the header block with issuer and national motto, the
// signature block beside "Nơi nhận"), and so are a joint document's signature blocks side by
// side: their cells are read as paragraphs, left to right, row by row, and they are not returned
// as tables.
import { parse, NodeType, type HTMLElement, type Node } from 'node-html-parser';
import { log } from '../../output/diagnostics.js';
import type { ReadOutput, Table } from '../../output/stage.js';
import { convertLegacy, detectLegacyEncoding, legacyFontEncoding, type LegacyEncoding } from '../../normalizers/legacy/index.js';
import type { Reader } from './reader.js';
import { decodeBytes } from './text.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { unfoldTabbedHeader } from './word-header.js';
import { mhtmlPage } from './mhtml.js';

export interface HtmlToTextOptions {
  /** Keep tab characters (DOCX layout tabs, as mammoth emits them) as one '\t' instead of a space. */
  keepTabs?: boolean;
}

export interface HtmlText {
  text: string;
  tables: Table[];
  /** Cells a table would have expanded to beyond its budget (0: none), and nesting cut short. */
  limits: { largestTable: number; tooDeep: boolean };
  /** Legacy encodings found through font names (<font face=".VnTime">, font-family: VNI-Times). */
  legacyFonts: LegacyEncoding[];
}

const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'iframe', 'object', 'svg', 'math', 'select']);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html',
  'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'ul', 'caption',
]);
const MAX_SPAN = 1000;
/** The national motto, in the right column of a document's header. */
const MOTTO = /cong hoa xa hoi|doc lap\s*[-–]\s*tu do/;
/** Browsers cap rowspan at 65534; our grid is bounded by TABLE_SPAN_BUDGET below anyway. */
const MAX_ROWSPAN = 65534;
/**
 * A table's expanded grid holds at most this many cells per written cell (and at most
 * TABLE_MAX_CELLS in all): spans beyond that are read as 1, so a 22 KB page of
 * colspan=1000 rowspan=1000 cells costs what its cells do, not the product of its spans.
 */
const TABLE_SPAN_BUDGET = 64;
const TABLE_MAX_CELLS = 1_000_000;
/** Deeper elements are read as flat text: recursion this deep is an attack, not a document. */
export const HTML_MAX_DEPTH = 400;

interface Legacy {
  encoding: LegacyEncoding;
  capitals: boolean;
}

/** Collects paragraphs; inline text accumulates in `line` until a block boundary. */
class Blocks {
  readonly blocks: string[] = [];
  private line = '';
  /** A list item's marker, written before the item's first text (which may sit in a <p> of its own). */
  private marker = '';
  constructor(private readonly keepTabs: boolean) {}

  /** The marker of the list item that starts here; `''` ends the item. */
  setMarker(marker: string): void {
    this.marker = marker;
  }

  text(s: string, pre: boolean): void {
    if (this.marker && /\S/.test(s)) {
      this.line += this.marker;
      this.marker = '';
    }
    if (pre) {
      this.line += s.replace(/\r\n?/g, '\n');
      return;
    }
    this.line += s.replace(/[ \t\n\r\f\v\u00a0]+/g, (ws) => (this.keepTabs && ws.includes('\t') ? '\t' : ' '));
  }

  lineBreak(): void {
    this.line += '\n';
  }

  /** End the current paragraph. */
  flush(): void {
    const lines = this.line
      .split('\n')
      .map((l) => l.replace(/^[ \t]+|[ \t]+$/g, '').replace(/ {2,}/g, ' '))
      .filter((l, i, all) => l || (i > 0 && i < all.length - 1));
    const block = lines.join('\n').trim();
    if (block) this.blocks.push(block);
    this.line = '';
  }

  push(block: string): void {
    this.flush();
    if (block) this.blocks.push(block);
  }
}

class Converter {
  readonly tables: Table[] = [];
  readonly legacyFonts = new Set<LegacyEncoding>();
  /** Limits met while converting, for the reader to report. */
  readonly limits = { largestTable: 0, tooDeep: false };
  private cellDepth = 0;
  private depth = 0;
  constructor(private readonly options: HtmlToTextOptions) {}

  walk(node: Node, out: Blocks, legacy: Legacy | null, pre: boolean, listMarker?: string): void {
    if (this.depth >= HTML_MAX_DEPTH) {
      this.limits.tooDeep = true;
      out.text(` ${flatText(node)} `, false);
      return;
    }
    this.depth++;
    try {
      this.walkElement(node, out, legacy, pre, listMarker);
    } finally {
      this.depth--;
    }
  }

  private walkElement(node: Node, out: Blocks, legacy: Legacy | null, pre: boolean, listMarker?: string): void {
    if (node.nodeType === NodeType.TEXT_NODE) {
      const raw = node.text;
      out.text(legacy ? convertLegacy(raw, legacy.encoding, legacy.capitals) : raw, pre);
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    const tag = el.rawTagName?.toLowerCase() ?? '';
    if (DROPPED.has(tag)) return;
    const font = legacyFontOf(el);
    if (font) this.legacyFonts.add(font.encoding);
    const inner = font ?? legacy;
    if (tag === 'br') return out.lineBreak();
    if (tag === 'table') return this.table(el, out, inner);
    const block = BLOCKS.has(tag);
    if (block) out.flush();
    if (listMarker) out.setMarker(listMarker);
    const isPre = pre || tag === 'pre' || tag === 'textarea';
    if (tag === 'ol' || tag === 'ul') {
      let n = Number.parseInt(el.getAttribute('start') ?? '1', 10);
      if (!Number.isFinite(n)) n = 1;
      for (const child of el.childNodes) {
        const isItem = child.nodeType === NodeType.ELEMENT_NODE && (child as HTMLElement).rawTagName?.toLowerCase() === 'li';
        this.walk(child, out, inner, isPre, isItem ? (tag === 'ol' ? `${n++}. ` : '- ') : undefined);
      }
    } else {
      for (const child of el.childNodes) this.walk(child, out, inner, isPre);
    }
    if (listMarker) out.setMarker('');
    if (block) out.flush();
  }

  private table(el: HTMLElement, out: Blocks, legacy: Legacy | null): void {
    // A table inside a cell is part of that cell's text.
    if (this.cellDepth > 0) return this.cellsAsParagraphs(el, out, legacy);
    const grid: string[][] = [];
    const covered = new Map<number, number>(); // column → rows still covered by a rowspan above
    const trs = rowsOf(el);
    const written = trs.reduce((n, tr) => n + tr.childNodes.filter(isCell).length, 0);
    const budget = Math.min(TABLE_MAX_CELLS, Math.max(1, written) * TABLE_SPAN_BUDGET);
    let expanded = 0;
    for (const tr of trs) {
      const row: string[] = [];
      let col = 0;
      const skipCovered = () => {
        while ((covered.get(col) ?? 0) > 0) {
          covered.set(col, covered.get(col)! - 1);
          row[col++] = '';
        }
      };
      for (const cell of tr.childNodes) {
        if (cell.nodeType !== NodeType.ELEMENT_NODE) continue;
        const tag = (cell as HTMLElement).rawTagName?.toLowerCase();
        if (tag !== 'td' && tag !== 'th') continue;
        skipCovered();
        const td = cell as HTMLElement;
        let colspan = span(td.getAttribute('colspan'), MAX_SPAN);
        let rowspan = span(td.getAttribute('rowspan'), MAX_ROWSPAN);
        if (expanded + colspan * rowspan > budget) {
          this.limits.largestTable = Math.max(this.limits.largestTable, expanded + colspan * rowspan);
          colspan = 1;
          rowspan = 1;
        }
        expanded += colspan * rowspan;
        row[col] = this.cellText(td, legacy);
        for (let k = 0; k < colspan; k++) {
          if (k > 0) row[col + k] = '';
          if (rowspan > 1) covered.set(col + k, rowspan - 1);
        }
        col += colspan;
      }
      // Columns still covered after the last cell of this row.
      for (const [c, left] of covered) {
        if (c >= col && left > 0) {
          row[c] = '';
          covered.set(c, left - 1);
        }
      }
      grid.push(Array.from(row, (c) => c ?? ''));
    }
    const width = grid.reduce((w, r) => Math.max(w, r.length), 0);
    const rows = grid.map((r) => [...r, ...Array(width - r.length).fill('')]).filter((r) => r.some((c) => c));
    if (width <= 2 || isSignatureTable(rows) || isClosingTable(rows)) return this.cellsAsParagraphs(el, out, legacy);
    if (!rows.length) return;
    // The structured table keeps a cell's paragraph breaks ("Đỗ Mạnh Cường\nVũ Việt Linh": one
    // person a paragraph); the text reads each cell on one line.
    this.tables.push({ page: null, rows });
    out.push(rows.map((r) => r.map((c) => c.replace(/\n/g, ' ')).join('\t')).join('\n'));
  }

  /**
   * Layout and nested tables: each cell's content as paragraphs, left to right, row by row; a
   * header laid out one line a row (issuer | motto) column by column, as the page reads.
   */
  private cellsAsParagraphs(el: HTMLElement, out: Blocks, legacy: Legacy | null): void {
    const rows = rowsOf(el).map((row) => row.childNodes.filter(isCell) as HTMLElement[]);
    const byColumn = rows.length >= 2 && rows.every((r) => r.length === 2) && MOTTO.test(foldVietnamese(rows.map((r) => r[1]!.text).join(' ')).toLowerCase());
    const order = byColumn ? [...rows.map((r) => r[0]!), ...rows.map((r) => r[1]!)] : rows.flat();
    for (const cell of order) {
      out.flush();
      this.walk(cell, out, legacy, false);
      out.flush();
    }
  }

  private cellText(td: HTMLElement, legacy: Legacy | null): string {
    const inner = new Blocks(false);
    this.cellDepth++;
    for (const child of td.childNodes) this.walk(child, inner, legacy, false);
    this.cellDepth--;
    inner.flush();
    return inner.blocks
      .map((b) => b.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
  }
}

/** A signature block's first line: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "TL. BỘ TRƯỞNG"… */
const AUTHORITY_LINE = /^(?:TM|KT|K\/T|TL|TUQ|Q)\.?\s+\p{Lu}/u;
/** At most this many rows in a table of signature blocks. */
const SIGNATURE_TABLE_ROWS = 4;

/**
 * The signature blocks of a joint document set side by side (three bodies, three signers):
 * layout, read as paragraphs, not a data table whose row would glue the blocks together.
 */
function isSignatureTable(rows: readonly string[][]): boolean {
  if (rows.length > SIGNATURE_TABLE_ROWS) return false;
  let blocks = 0;
  for (const row of rows) for (const cell of row) if (AUTHORITY_LINE.test(cell)) blocks++;
  return blocks >= 2;
}

/** The recipients' block that opens a document's closing: "Nơi nhận:". */
const RECIPIENTS_LINE = /^N[ơo]i\s+nh[ậa]n\s*:/u;

/**
 * A document's closing laid out as "Nơi nhận" | spacer | signature block: a layout row whose
 * third column is an empty spacer Word users put between the two. Read as the two-column closing it is, each block's lines kept, not as
 * a data row that joins "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC" and the name into one line. A Word 97-2003
 * reader cannot tell where a cell of several paragraphs begins (doc.ts): the recipients' cell may
 * come with its last line only, so the signature block's authority line tells as well.
 */
function isClosingTable(rows: readonly string[][]): boolean {
  if (rows.length > SIGNATURE_TABLE_ROWS) return false;
  if (!rows.some((row) => row.some((cell) => RECIPIENTS_LINE.test(cell) || AUTHORITY_LINE.test(cell)))) return false;
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  let used = 0;
  for (let col = 0; col < width; col++) if (rows.some((row) => (row[col] ?? '').trim())) used++;
  return used <= 2;
}

function span(value: string | undefined, max: number): number {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

function isCell(node: Node): boolean {
  if (node.nodeType !== NodeType.ELEMENT_NODE) return false;
  const tag = (node as HTMLElement).rawTagName?.toLowerCase();
  return tag === 'td' || tag === 'th';
}

/** The text under a node, gathered without recursion (for elements nested beyond HTML_MAX_DEPTH). */
function flatText(node: Node): string {
  const parts: string[] = [];
  const stack: Node[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === NodeType.TEXT_NODE) parts.push(n.text);
    else if (n.nodeType === NodeType.ELEMENT_NODE && !DROPPED.has((n as HTMLElement).rawTagName?.toLowerCase() ?? '')) {
      for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]!);
    }
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The rows of this table, not of tables nested in its cells. */
function rowsOf(table: HTMLElement): HTMLElement[] {
  const rows: HTMLElement[] = [];
  for (const child of table.childNodes) {
    if (child.nodeType !== NodeType.ELEMENT_NODE) continue;
    const el = child as HTMLElement;
    const tag = el.rawTagName?.toLowerCase();
    if (tag === 'tr') rows.push(el);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') rows.push(...rowsOf(el));
  }
  return rows;
}

function legacyFontOf(el: HTMLElement): Legacy | null {
  const face = el.getAttribute('face');
  const style = el.getAttribute('style');
  const family = style ? /font-family\s*:\s*([^;]+)/i.exec(style)?.[1] : undefined;
  const first = (face ?? family)?.split(',')[0];
  return legacyFontEncoding(first);
}

/** Diagnostics for the limits a conversion met (a huge table, nesting too deep). */
export function reportHtmlLimits(html: HtmlText, format: string, ctx: Parameters<Reader>[1]): void {
  if (html.limits.largestTable) ctx.message(log.tableTooLarge(html.limits.largestTable, TABLE_SPAN_BUDGET));
  if (html.limits.tooDeep) ctx.message(log.nestingTooDeep(format, HTML_MAX_DEPTH));
}

/** Convert an HTML string (a page, or mammoth's DOCX output) to text and tables. */
export function htmlToText(html: string, options: HtmlToTextOptions = {}): HtmlText {
  // node-html-parser hands a <!DOCTYPE …> (and <?xml …?>) back as text: it is markup, not the document's words.
  // So are the markers of Word's "downlevel-revealed" conditional comments (<![if !vml]> … <![endif]>,
  // around the picture a page shows in place of a drawn line): the content between them is kept.
  const root = parse(html.replace(/<!DOCTYPE[^>]*>|<\?xml[^>]*\?>|<!\[(?:if\b[^\]>]*|endif)\]>/gi, ''), {
    comment: false,
    blockTextElements: { script: true, noscript: true, style: true },
  });
  const converter = new Converter(options);
  const out = new Blocks(options.keepTabs ?? false);
  converter.walk(root, out, null, false);
  out.flush();
  return { text: out.blocks.join('\n\n'), tables: converter.tables, legacyFonts: [...converter.legacyFonts], limits: converter.limits };
}

/** The charset a page declares in <meta>, read from its first bytes. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8192));
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/** Whole-text legacy conversion for pages that declare no legacy font. */
export function convertDetectedLegacy(result: HtmlText): { result: HtmlText; encoding: LegacyEncoding | null } {
  const encoding = detectLegacyEncoding(result.text);
  if (!encoding) return { result, encoding: null };
  return {
    encoding,
    result: {
      ...result,
      text: convertLegacy(result.text, encoding),
      tables: result.tables.map((t) => ({ ...t, rows: t.rows.map((r) => r.map((c) => convertLegacy(c, encoding))) })),
    },
  };
}

/**
 * What a Word reader (DOCX through mammoth's HTML, .doc through word-extractor) returns: its
 * text and tables, converted from a legacy encoding when its fonts did not say so but the text
 * shows it, with the diagnostic; a header typed with tabs is unfolded (word-header.ts).
 */
export function wordReadOutput(read: HtmlText, fontEncoding: LegacyEncoding | null, format: 'docx' | 'doc' | 'rtf', ctx: Parameters<Reader>[1]): ReadOutput {
  let encoding = fontEncoding;
  if (!encoding) {
    const converted = convertDetectedLegacy(read);
    read = converted.result;
    encoding = converted.encoding;
  }
  if (encoding) ctx.message(log.legacyEncoding(encoding));
  return { text: unfoldTabbedHeader(read.text), format, pages: null, ocr: false, ...(encoding ? { encoding } : {}), tables: read.tables };
}

export const readHtml: Reader = async ({ bytes: fileBytes, detected }, ctx) => {
  let bytes = fileBytes;
  let charset: string | null = null;
  if (detected.mime === 'multipart/related') {
    // An MHTML web archive (Word's "Single File Web Page"): its page is the text/html part.
    const page = mhtmlPage(fileBytes);
    if (!page) {
      ctx.message(log.corruptFile('MHTML web archive', 'no text/html part'));
      return null;
    }
    bytes = page.bytes;
    charset = page.charset;
  }
  const decoded = decodeBytes(bytes, { charset: charset ?? declaredCharset(bytes), detectLegacy: false });
  let html = htmlToText(decoded.text);
  let encoding = decoded.encoding;
  let legacy: LegacyEncoding | null = html.legacyFonts[0] ?? null;
  if (!legacy) {
    const converted = convertDetectedLegacy(html);
    html = converted.result;
    legacy = converted.encoding;
  }
  if (legacy) encoding = legacy;
  if (legacy || decoded.converted) ctx.message(log.legacyEncoding(encoding));
  reportHtmlLimits(html, 'HTML page', ctx);
  return { text: html.text, format: 'html', pages: null, ocr: false, encoding, tables: html.tables };
};
