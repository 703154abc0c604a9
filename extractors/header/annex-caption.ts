// A web copy may lose the header table and keep the appendix: its caption names the document it is
// attached to, which is the document itself ("(Kèm theo Nghị quyết số 394/NQ-CP ngày 03 tháng 12
// năm 2025 của Chính phủ)"). Only a caption naming the document's own type is read.
import type { Span } from '../../output/schema.js';
import { dateAtDayWord, type ParsedDate } from '../shared/dates.js';
import type { DocType } from '../shared/doctypes.js';
import { readPlanNumber, type NumberMatch } from '../shared/number.js';
import { foldVietnamese } from '../../normalizers/fold.js';

export interface AnnexCaption {
  number: NumberMatch['value'];
  date: { iso: string; partial: boolean; invalid: boolean; span: Span } | null;
  span: Span;
}

/** How far after the number the caption's date may start (", ngày", " ngày"). */
const CAPTION_DATE_GAP = 4;

/** The date after a caption's number: "ngày 03 tháng 12 năm 2025" or "ngày 03/12/2025". */
function dateAfter(folded: string, from: number): ParsedDate | null {
  const before = /^[\s,]*(?=ngay)/.exec(folded.slice(from, from + CAPTION_DATE_GAP + 4));
  return before ? dateAtDayWord(folded, from + before[0].length) : null;
}

/**
 * The first appendix caption "(… kèm theo <type> số … ngày …)" naming the document's own type; null
 * when none. A caption opens its own line: one inside a sentence cites another document's appendix
 * ("tại Phụ lục I (kèm theo Kế hoạch số 120/KH-UBND … của UBND tỉnh)"). One dated otherwise than
 * the header's own date (`headerDate`, when read) is another document's too.
 */
export function annexCaption(text: string, folded: string, type: DocType, headerDate: string | null = null): AnnexCaption | null {
  const caption = new RegExp(`\\([\\s*_]*(?:ban hanh\\s+)?ke[mr]n?\\s+theo\\s+${foldVietnamese(type.name)}\\s+so\\s*:?\\s*`, 'g');
  for (const m of folded.matchAll(caption)) {
    if (!opensLine(folded, m.index!)) continue;
    const at = m.index! + m[0].length;
    const read = readPlanNumber(text.slice(at, at + 60));
    if (!read || read.value.serial === null) continue;
    const after = at + read.length;
    const found = dateAfter(folded, after);
    const date = found?.iso ? { iso: found.iso, partial: found.partial, invalid: found.invalid, span: { start: found.start, end: found.end } } : null;
    if (headerDate && date && date.iso !== headerDate) continue;
    const close = folded.indexOf(')', after);
    const end = close >= 0 && close - m.index! < 300 ? close + 1 : (date?.span.end ?? after);
    return { number: read.value, date, span: { start: m.index!, end } };
  }
  return null;
}

/** Only white space and markup (`*`, `_`, `#`, `>`, `|`) before `at` on its line. */
export function opensLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && text[i] !== '\n'; i--) if (!/[\s*_#>|]/.test(text[i]!)) return false;
  return true;
}
