// The same real text documents in the shapes other copies of them come in (issue #11): run onto one
// line (a PDF viewer's copy, an engine's dump), or with their long lines hard-wrapped (a site or a
// mail client that breaks lines at a width). Scored against the same gold, they show what holds
// when a document's line breaks are not its own: `npm run eval -- --only real --variant one-line`.
// `stripped` is the copy an old OCR engine or a plain-ASCII system gives: every Vietnamese mark gone
// and đ written d, line breaks kept; `stripped-one-line` is that copy run onto one line as well.

export const TEXT_VARIANTS = ['one-line', 'wrapped', 'stripped', 'stripped-one-line'] as const;
export type TextVariant = (typeof TEXT_VARIANTS)[number];

/** Width a wrapped copy breaks its lines at. */
const WRAP_WIDTH = 72;

export function isTextVariant(name: string): name is TextVariant {
  return (TEXT_VARIANTS as readonly string[]).includes(name);
}

/** The text as the variant's copy would give it. */
export function textVariant(text: string, variant: TextVariant): string {
  if (variant === 'one-line') return oneLine(text);
  if (variant === 'stripped') return stripMarks(text);
  if (variant === 'stripped-one-line') return oneLine(stripMarks(text));
  return text
    .split('\n')
    .map((line) => wrapLine(line))
    .join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\r?\n/g, ' ');
}

/** Every tone and vowel mark dropped (the letters decomposed, their combining marks removed), đ as d. */
function stripMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/**
 * A prose line longer than the width, broken at the last space before it, again and again. Lines laid
 * out in columns (runs of spaces, tabs) and table rows (pipes) are a layout's, which no copy re-wraps.
 */
function wrapLine(line: string): string {
  if (line.length <= WRAP_WIDTH || /\S\s{3,}\S|\t|\|/.test(line)) return line;
  const out: string[] = [];
  let rest = line;
  while (rest.length > WRAP_WIDTH) {
    const cut = rest.lastIndexOf(' ', WRAP_WIDTH);
    if (cut <= 0) break;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut + 1);
  }
  out.push(rest);
  return out.join('\n');
}
