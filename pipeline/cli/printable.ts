// What reaches a terminal or a log line. A file name or a document can hold escape sequences
// (ESC [ … that recolour or rewrite the screen), carriage returns and newlines that split the
// one-line-per-file log, and bidi overrides that reorder what is shown. Names and messages are
// printed with every such character written out as \u{…}; the text of a document shown on a
// terminal keeps its tabs and newlines and loses only the rest.

/** C0 controls but tab and newline, DEL, C1 controls, bidi embeddings/overrides/isolates. */
const UNSAFE_IN_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;
/** The same, and tab, newline and the Unicode line/paragraph separators. */
const UNSAFE_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const escape = (c: string) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`;

/** A name or message for one line of output: no character of it can break the line. */
export function oneLine(text: string): string {
  return text.replace(UNSAFE_IN_LINE, escape);
}

/** Text for a terminal: tabs and newlines kept, every other control character written out. */
export function printable(text: string): string {
  return text.replace(UNSAFE_IN_TEXT, escape);
}
