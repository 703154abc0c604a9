// Markup left by converters (Markdown emphasis, stray HTML tags and entities). Only the
// markup goes; the words it wrapped stay where they were.

import { layoutTableLines } from './layout-tables.js';

const TAGS = /<\/?(?:p|i|b|u|em|strong|span|br|div|sup|sub|font)\b[^>]*>/gi;
const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };

/** `ocr`: the text may be an OCR engine's (not typed), its tables' headers set tight (layout-tables.ts). */
export function removeMarkupDebris(text: string, ocr = false): string {
  return collapseSpaceRuns(
    text
      .replace(TAGS, (tag) => (/^<\s*(br|\/p|\/div)/i.test(tag) ? ' ' : ''))
      .replace(/&(?:nbsp|amp|lt|gt|quot);/g, (e) => ENTITIES[e] ?? e)
      // A Markdown link or image a converter kept ("[Quyết định số 15/2020/QĐ-UBND](#) ngày …"):
      // a link's words stay, so a cited document keeps the date printed after them; an image goes.
      .replace(MARKDOWN_LINK, (_, image: string, words: string) => (image ? '' : words))
      // **bold** and __bold__ (possibly spanning a line break inside a signature block)
      .replace(/\*\*([\s\S]*?)\*\*/g, (_, inner: string, at: number, all: string) => unwrappedHeading(inner, at, all) ?? inner)
      .replace(/__([^_\n][\s\S]*?)__/g, '$1')
      // An item's mark set in italics, the closing asterisk after its space ("*a) *Tổ chức …",
      // "*- *Thứ trưởng …", "*2. *Giao …"): the mark as typed, its words after one space.
      .replace(EMPHASISED_MARK, '$1 ')
      // *italic*: an asterisk pair around text on one line, not a bullet "* item"
      .replace(/(^|[^\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?!\w)/gm, '$1$2')
      // A lone closing asterisk glued to a word ("quốc phòng*:"); a bullet or operator keeps its space before.
      .replace(/\*(?=[\s:”"]|$)/gm, (star, at: number, all: string) => (at > 0 && /\S/.test(all[at - 1]!) ? '' : star))
      // Spaces just inside quotes: “ Vì một quận ” → “Vì một quận”
      // (only after an opening quote: OCR prints closing quotes as “ too — "năm 2021“ do Quận").
      .replace(/(^|[\s(:])([“"])[ \t]+/gm, '$1$2')
      .replace(/[ \t]+”/g, '”')
      // Trailing spaces
      .replace(/[ \t]+$/gm, ''),
    ocr,
  );
}

/**
 * A Markdown link `[words](target)` or image `![alt](target)` on one line: the words hold no
 * brackets, the target no space (a URL, a path, "#"). "[1]" footnote marks and "(…)" asides with no
 * bracketed words before them are not links.
 */
const MARKDOWN_LINK = /(!?)\[([^\[\]\n]*)\]\([^\s()]*\)/g;

/** An item's mark ("a)", "đ)", "2.", "1.2.", "-", "+") in asterisks that close after its space, opening a line. */
const EMPHASISED_MARK = /^[ \t]*\*((?:[a-zđ]|\d{1,2}(?:\.\d{1,2}){0,3})[.)]|[-+])[ \t]*\*[ \t]*(?=\S)/gmu;

/** A numbered heading in bold ("**IV. NHIỆM", "**1.", "**5. Sở") wrapped by the copy over a few lines. */
const WRAPPED_HEADING = /^(?:[IVXLC]{1,5}|\d{1,2}(?:\.\d{1,2}){0,3})[.)](?:[^\n]*\n){1,3}[^\n]*$/u;
const WRAPPED_HEADING_CHARS = 200;

/**
 * A bold numbered heading that opens its line and wraps ("**1.⏎Sở Nông nghiệp và Môi trường**",
 * "**IV. NHIỆM⏎VỤ CỤ THỂ**") is one line, as printed: its number with its name. The lines it
 * spanned are given back as blank lines after it, so the lines below keep their numbers. A bold
 * block that opens with no number (a signature block: "**KT. CHỦ TỊCH⏎PHÓ CHỦ TỊCH**") keeps its
 * lines. Null: not such a heading.
 */
function unwrappedHeading(inner: string, at: number, all: string): string | null {
  if (at > 0 && all[at - 1] !== '\n') return null;
  const text = inner.trim();
  if (text.length > WRAPPED_HEADING_CHARS || !WRAPPED_HEADING.test(text) || /\n\s*\n/.test(inner)) return null;
  const breaks = inner.split('\n').length - 1;
  return inner.replace(/[ \t]*\n[ \t]*/g, ' ') + '\n'.repeat(breaks);
}

/** Runs of spaces inside a line become one, except on the lines of space-laid-out tables. */
function collapseSpaceRuns(text: string, ocr: boolean): string {
  const lines = text.split('\n');
  const tables = layoutTableLines(lines, ocr);
  return lines.map((line, i) => (tables.has(i) ? line : line.replace(/(\S) {2,}(?=\S)/g, '$1 '))).join('\n');
}
