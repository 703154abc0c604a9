// The outline of a plan's body: "I. MỤC ĐÍCH", "1.", "1.1.", "a)" … as printed, so every
// extracted value can say which section it came from. Numbers are kept as written, typos
// included (a plan that numbers two sections "II." keeps both).
import type { Section } from '../../output/schema.js';
import { foldVietnamese } from '../../normalizers/fold.js';

const ROMAN = /^([IVXLC]{1,5})[.)]\s+(\S.*)$/;
const DOTTED = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(\S.*)$/;
const ARABIC = /^(\d{1,2})[.)]\s+(\S.*)$/;
const LETTER = /^([a-zđ])[.)]\s+(\S.*)$/;
/** The signature block and the recipient list close the body. */
const BODY_END = /^(?:nơi nhận|noi nhan)\s*:?/i;
const HEADING_MAX = 160;

interface Heading {
  number: string;
  heading: string;
  level: number;
  start: number;
}

export function extractSections(text: string): Section[] {
  const headings: Heading[] = [];
  let bodyEnd = text.length;
  let offset = 0;
  let lastArabicLevel = 1;
  for (const rawLine of text.split('\n')) {
    const lineStart = offset;
    offset += rawLine.length + 1;
    const line = rawLine.trim();
    if (!line) continue;
    const start = lineStart + rawLine.indexOf(line[0]!);
    // BODY_END reads only the first eight characters; folding is per character.
    if (BODY_END.test(foldVietnamese(line.slice(0, 8)))) {
      if (bodyEnd === text.length) bodyEnd = start;
      continue;
    }
    // Table rows are rendered with tabs: their "1." cells are task numbers, not headings.
    if (rawLine.includes('\t')) continue;
    const heading = matchHeading(line, lastArabicLevel);
    if (!heading) continue;
    if (!/^[a-zđ]$/.test(heading.number.replace(/[.)]$/, ''))) lastArabicLevel = heading.level;
    headings.push({ ...heading, start });
  }
  return headings.map((h, i) => {
    // A section runs to the next heading at the same or a shallower level.
    let end = bodyEnd > h.start ? bodyEnd : text.length;
    for (let j = i + 1; j < headings.length; j++) {
      if (headings[j]!.level <= h.level) {
        end = Math.min(end, headings[j]!.start);
        break;
      }
    }
    return { number: h.number, heading: h.heading, level: h.level, span: { start: h.start, end: Math.max(end, h.start) } };
  });
}

function matchHeading(line: string, lastArabicLevel: number): Omit<Heading, 'start'> | null {
  let m = ROMAN.exec(line);
  if (m && isHeadingText(m[2]!)) return { number: numberAsPrinted(line, m[1]!), heading: headingText(m[2]!), level: 1 };
  m = DOTTED.exec(line);
  if (m && isHeadingText(m[2]!)) {
    return { number: numberAsPrinted(line, m[1]!), heading: headingText(m[2]!), level: 1 + m[1]!.split('.').length };
  }
  m = ARABIC.exec(line);
  if (m && isHeadingText(m[2]!)) return { number: numberAsPrinted(line, m[1]!), heading: headingText(m[2]!), level: 2 };
  m = LETTER.exec(line);
  if (m && isHeadingText(m[2]!)) return { number: numberAsPrinted(line, m[1]!), heading: headingText(m[2]!), level: lastArabicLevel + 1 };
  return null;
}

/** "II." / "1.1." / "a)": the number with the punctuation that followed it. */
function numberAsPrinted(line: string, bare: string): string {
  const next = line[bare.length];
  return next === '.' || next === ')' ? bare + next : bare;
}

function isHeadingText(rest: string): boolean {
  // A heading starts with a letter (not "1. 000 đồng" or a date) and is not a stray fragment.
  return /^[\p{L}(“"*]/u.test(rest) && letterUnits(rest, 3) >= 3;
}

/** UTF-16 units of letters in `text`, counted up to `enough`. */
function letterUnits(text: string, enough: number): number {
  let units = 0;
  for (const m of text.matchAll(/\p{L}/gu)) {
    units += m[0].length;
    if (units >= enough) break;
  }
  return units;
}

/** The heading is the text up to a colon (the body often follows on the same line). */
function headingText(rest: string): string {
  let text = rest.replace(/\*+/g, '').trim();
  const colon = text.indexOf(':');
  if (colon > 0) text = text.slice(0, colon);
  text = text.replace(/\s+/g, ' ').trim();
  if (text.length > HEADING_MAX) {
    const cut = text.lastIndexOf(' ', HEADING_MAX);
    text = text.slice(0, cut > 40 ? cut : HEADING_MAX) + '…';
  }
  return text;
}

/** The deepest section whose span holds the offset, or null outside the outline. */
export function sectionAt(sections: readonly Section[], offset: number): Section | null {
  let best: Section | null = null;
  for (const section of sections) {
    if (section.span.start <= offset && offset < section.span.end) {
      if (!best || section.level >= best.level) best = section;
    }
  }
  return best;
}
