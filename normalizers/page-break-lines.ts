// Readers join a document's pages with a bare '\f', so the next page's first line runs on from the
// last page's last line for anything that reads the text line by line on '\n': "… chữa bệnh từ
// xa.\f- Đơn vị thực hiện: …" is one line whose label is not at its start, "… năm 2025.\fII. NỘI
// DUNG" no heading, "…\fNơi nhận:" no end of the body. Where the page ended a sentence, or the next
// page opens with a line of structure (a heading, a list item, the recipients, the signature's
// authority), the line ends before the page break: "xa.\n\f- Đơn vị …". The '\f' stays where it
// was, opening the next page's first line; a sentence the break cut ("… tại\fViệt Nam …") stays one line.
import { ENDS_SENTENCE, STRUCTURAL } from './lines.js';

/** A line that opens with a capital letter or a figure: a sentence of its own after one that ended. */
const OPENS_SENTENCE = /^[\p{Lu}\d]/u;

export function breakLinesAtPageStarts(text: string): string {
  if (!text.includes('\f')) return text;
  // Every line break and page break, once: the line before and after each page break is known
  // without searching back or ahead (a long text on one line with many pages stays linear).
  const breaks = [...text.matchAll(/[\n\f]/g)].map((m) => m.index);
  let out = '';
  let from = 0;
  breaks.forEach((at, k) => {
    if (text[at] !== '\f') return;
    const before = text.slice(k ? breaks[k - 1]! + 1 : 0, at).trimEnd();
    const next = text.slice(at + 1, breaks[k + 1] ?? text.length).trim();
    if (!before || !next) return;
    if (!STRUCTURAL.test(next) && !(ENDS_SENTENCE.test(before) && OPENS_SENTENCE.test(next))) return;
    out += `${text.slice(from, at)}\n`;
    from = at;
  });
  return from === 0 ? text : out + text.slice(from);
}
