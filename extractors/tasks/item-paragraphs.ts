// A plan's items as paragraphs: each numbered item ("1.", "1.2.", "a)") or, when asked, each bullet
// ("-", "+", "•"), with the lines it wraps onto joined and the plan part it stands in (the Roman-
// numbered heading above). Read by the readers of tasks written as sentences (assignments.ts,
// bracketed-assignment.ts).
import { PART_HEADING } from './plan-parts.js';
import type { SourceLine } from './tsv-table.js';

export interface ItemParagraph {
  /** "1", "1.2", "a"; null for a bullet. */
  number: string | null;
  /** 1 for "1.", 2 for "1.2.", 9 for a lettered item, 10 for a bullet. */
  depth: number;
  /** The numbered item a bullet stands under. */
  parent: string | null;
  text: string;
  start: number;
  end: number;
  section: string | null;
}

export interface ItemParagraphOptions {
  /** Bullets are items too; else a bullet closes the item above. */
  bullets: boolean;
  /** Whether `line`, not an item itself, goes on the open item `item` (beside the rule for headings in capitals). */
  goesOn?: (item: string, line: string) => boolean;
}

const NUMBERED = /^[*_\s]*(\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])[.)][*_\s]*\s*(\S.*)$/u;
const BULLET = /^[*_\s]*[-+•–][*_\s]*\s+(\S.*)$/u;
/** A new paragraph in capitals: no wrapped line of an item. */
const CAPITALS_OPENING = /^\p{Lu}{2,}\s+\p{Lu}{2,}/u;

export function itemParagraphs(lines: readonly SourceLine[], options: ItemParagraphOptions): ItemParagraph[] {
  const out: ItemParagraph[] = [];
  let section: string | null = null;
  let number: string | null = null;
  let open: ItemParagraph | null = null;
  for (const line of lines) {
    const text = line.text.trim();
    const start = line.start ?? 0;
    const end = start + line.text.length;
    if (!text || text.startsWith('|') || line.text.includes('\t')) {
      open = null;
      continue;
    }
    const part = PART_HEADING.exec(text);
    if (part) {
      section = plainText(part[2]!);
      number = null;
      open = null;
      continue;
    }
    const numbered = NUMBERED.exec(text);
    if (numbered) {
      number = numbered[1]!;
      open = { number, depth: /^[a-zđ]$/u.test(number) ? 9 : number.split('.').length, parent: null, text: plainText(numbered[2]!), start, end, section };
      out.push(open);
      continue;
    }
    const bullet = BULLET.exec(text);
    if (bullet && options.bullets) {
      open = { number: null, depth: 10, parent: number, text: plainText(bullet[1]!), start, end, section };
      out.push(open);
      continue;
    }
    if (open && !bullet && !CAPITALS_OPENING.test(text) && (options.goesOn?.(open.text, text) ?? true)) {
      open.text = `${open.text} ${plainText(text)}`;
      open.end = end;
    } else open = null;
  }
  return out;
}

/** The text without a web copy's emphasis marks, its spaces single. */
export function plainText(text: string): string {
  return text.replace(/\*\*|__/g, '').replace(/\s+/g, ' ').trim();
}
