// An appendix filed as a document of its own: a plan's task table published as a separate file
// ("PHỤ LỤC / DANH MỤC NHIỆM VỤ … / (Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2025 của UBND
// phường Bến Thành)"). It has no header of its own; its caption names the document it belongs to,
// whose number, date, type and issuer the record takes, flagged for review (ANNEX_ALONE).
import type { Span } from '../../output/schema.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { opensLine } from './annex-caption.js';
import { dateAtDayWord } from '../shared/dates.js';
import { docTypeByName, foldedTypeNames, type DocType } from '../shared/doctypes.js';
import { readPlanNumber, type NumberMatch } from '../shared/number.js';

export interface AnnexAlone {
  type: DocType;
  number: NumberMatch['value'] | null;
  date: { iso: string; partial: boolean; invalid: boolean; span: Span } | null;
  /** "UBND phường Bến Thành": the issuer the caption names after "của", as printed. */
  issuer: { text: string; span: Span } | null;
  /** The appendix's own heading lines after "PHỤ LỤC" ("DANH MỤC NHIỆM VỤ …"), one line. */
  heading: { text: string; span: Span } | null;
  /** The caption, parentheses included. */
  span: Span;
  /** Where the appendix's own heading ("PHỤ LỤC …") starts: an issuer block above it ends there. */
  headingStart: number;
}

/** The caption stands in the first lines, under the appendix heading. */
const CAPTION_REACH = 1500;
const CAPTION = new RegExp(
  String.raw`\([\s*_]*(?:ban hanh\s+)?ke[mr]n?\s+theo\s+(?:(?:cong van|van ban)\s+|(${foldedTypeNames().join('|')})\s+)(?:so\s*:?\s*)?`,
  'g',
);
const APPENDIX_WORD = /^[\s*_#|]*(?:phu luc|bieu|danh muc|bang)(?![a-z])/;
/** The appendix's heading stands right above its caption: at most this many lines. */
const HEADING_LINES = 4;
const OF = /^[\s,]*cua\s+/;
const APPENDIX_LABEL = /^(?:phụ lục|biểu)(?:\s+(?:số\s+)?[0-9IVXLC]+[a-z]?)?(?:\s*[.:–-]\s+|\s*[.:]?$)/iu;

/** The appendix caption of a file that is an appendix alone; null when the text is not one. */
export function annexAlone(text: string, folded = foldVietnamese(text)): AnnexAlone | null {
  const head = folded.slice(0, CAPTION_REACH);
  for (const m of head.matchAll(CAPTION)) {
    if (!opensLine(head, m.index!)) continue;
    const before = head.slice(0, m.index!);
    // Only headings right above the caption: a caption under a header block is the document's own appendix.
    const firstLine = headingLine(before);
    if (firstLine === null) continue;
    const type = docTypeByName(m[1] ?? 'cong van');
    if (!type) continue;
    const close = folded.indexOf(')', m.index!);
    if (close < 0 || close - m.index! > 400) continue;
    const at = m.index! + m[0].length;
    const read = readPlanNumber(text.slice(at, Math.min(close, at + 60)));
    let cursor = read ? at + read.length : at;
    const dayWord = /^[\s,]*(?=ngay)/.exec(folded.slice(cursor, close));
    const found = dayWord ? dateAtDayWord(folded, cursor + dayWord[0].length) : null;
    const date = found?.iso ? { iso: found.iso, partial: found.partial, invalid: found.invalid, span: { start: found.start, end: found.end } } : null;
    if (found) cursor = found.end;
    if (!read && !date) continue;
    const of = OF.exec(folded.slice(cursor, close));
    const issuer = of ? trimmed(text, cursor + of[0].length, close) : null;
    return {
      type,
      number: read?.value ?? null,
      date,
      issuer: issuer && issuer.text.length <= 120 ? issuer : null,
      heading: headingOf(text, firstLine, m.index!),
      span: { start: m.index!, end: close + 1 },
      headingStart: firstLine,
    };
  }
  return null;
}

/** Where the first line opening with an appendix word among the last lines above the caption starts. */
function headingLine(before: string): number | null {
  const lines: Array<{ start: number; text: string }> = [];
  let start = 0;
  for (const text of before.split('\n')) {
    if (text.trim()) lines.push({ start, text });
    start += text.length + 1;
  }
  return lines.slice(-HEADING_LINES).find((l) => APPENDIX_WORD.test(l.text))?.start ?? null;
}

/** The lines between "PHỤ LỤC [I]" and the caption, as one line: the appendix's subject. */
function headingOf(text: string, from: number, to: number): AnnexAlone['heading'] {
  const lines = text.slice(from, to).split('\n').map((l) => l.replace(/[*_#|]/g, ' ').replace(/\s+/g, ' ').trim()).filter(Boolean);
  // "PHỤ LỤC", "PHỤ LỤC I", "Phụ lục 02": the label alone is no subject.
  // "PHỤ LỤC I. HỆ THỐNG CHỈ TIÊU …", "Phụ lục 1: Bảng kê …": the label before the subject goes.
  const subject = lines.map((l) => l.replace(APPENDIX_LABEL, '').trim()).filter(Boolean);
  if (!subject.length) return null;
  const first = text.indexOf(subject[0]!.split(' ')[0]!, from);
  return { text: subject.join(' '), span: { start: Math.max(from, first), end: from + text.slice(from, to).trimEnd().length } };
}

function trimmed(text: string, start: number, end: number): { text: string; span: Span } | null {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const value = raw.replace(/\s+/g, ' ').replace(/[.;,]+$/, '').trim();
  return value ? { text: value, span: { start: start + lead, end: start + raw.trimEnd().length } } : null;
}
