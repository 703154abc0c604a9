// The stamp of a certified copy over the header: "SAO Y" (or "SAO Y BẢN CHÍNH", "BẢN SAO",
// "SAO LỤC", "TRÍCH SAO") on a line of its own, then the copying body and, on an electronic
// copy, its signing time ("Thời gian ký: 19/10/2023 10:56:22 +07:00"). The stamp names the body
// that copied and when, not the document: its lines are no part of the issuer, number or date.
// A stamp set beside the header shares lines with it; there only the stamp's label and what
// follows on the line is the stamp's.

/** The stamp's own word, alone on its line (folded, trimmed). */
const OPENER = /^(?:ban sao|(?:ban )?sao y(?: ban chinh)?|sao luc|trich sao)$/;
/** A signing time ("10:56:22"): the stamp's last line. */
const SIGNING_TIME = /(?<!\d)\d{1,2}:\d{2}:\d{2}(?!\d)/;
/** A stamp label set beside a header line. */
const STAMP_LABEL = /(?:thoi gian ky|ngay ky|ky boi|nguoi ky)\s*:/;
/** Lines a stamp may have after its opener. */
const STAMP_LINES = 4;

export interface Range {
  start: number;
  end: number;
}

function indentOf(line: string): number {
  return /^ */.exec(line)![0].length;
}

/**
 * The ranges of `folded` (the folded text, offsets equal to the text's) that copy stamps hold,
 * looked for before `limit`.
 */
export function copyStampRanges(folded: string, limit: number): Range[] {
  const ranges: Range[] = [];
  const zone = folded.slice(0, Math.min(limit, folded.length));
  const lines = zone.split('\n');
  // The text's own left margin: a text indented as a whole does not set its stamp apart by that.
  const margin = lines.reduce((least, l) => (l.trim() ? Math.min(least, indentOf(l)) : least), Number.MAX_SAFE_INTEGER);
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const lineStart = at;
    at += line.length + 1;
    if (!OPENER.test(line.trim())) continue;
    ranges.push({ start: lineStart, end: lineStart + line.length });
    const indent = indentOf(line);
    let next = at;
    const held: Range[] = [];
    let timed = false;
    for (let j = i + 1; j < lines.length && j <= i + STAMP_LINES && lines[j]!.trim(); j++) {
      const l = lines[j]!;
      const from = next;
      next += l.length + 1;
      const label = STAMP_LABEL.exec(l);
      // The stamp's column: a line indented as its opener is the stamp's (the copying body).
      if (indentOf(l) === indent) held.push({ start: from, end: from + l.length });
      else if (label) held.push({ start: from + label.index, end: from + l.length });
      else break;
      if (SIGNING_TIME.test(l)) {
        timed = true;
        break;
      }
    }
    // Lines at the opener's margin with no signing time to close them are the stamp's only when
    // the opener stands apart from the text's margin (a stamp beside the header): at the margin
    // they may be the header itself.
    if (timed || indent > margin) ranges.push(...held);
  }
  return ranges;
}

/** The text with the ranges written over in spaces, offsets kept. */
export function blankRanges(text: string, ranges: readonly Range[]): string {
  if (!ranges.length) return text;
  let out = '';
  let last = 0;
  for (const r of ranges) {
    out += text.slice(last, r.start) + ' '.repeat(r.end - r.start);
    last = r.end;
  }
  return out + text.slice(last);
}
