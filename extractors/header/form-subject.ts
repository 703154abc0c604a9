// The subject of a submission form. A "PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC" prints no trích yếu under
// its heading: the words after "PHIẾU TRÌNH" name the form, and what the form is about stands in a
// labelled paragraph under the salutation ("Nội dung trình: Kết quả thẩm định Phương án …"), ended by
// the next label ("Họ và tên chuyên viên trình: …") or by its full stop.
import { foldVietnamese } from '../../normalizers/fold.js';
import { oneLine } from '../shared/layout.js';
import type { HeaderParts } from './header-parts.js';

/** The types whose heading holds no subject, only the form's name. */
const FORM_TYPES = new Set(['Phiếu trình']);

/** The label of a form's subject, folded, at a line's start. */
const SUBJECT_LABEL = /^(?:noi dung (?:trinh|de nghi)|trich yeu(?: noi dung)?)\s*:\s*/;

/** Another of the form's labels opening a line ("Họ và tên chuyên viên trình:", "Phòng chuyên môn:"). */
const NEXT_LABEL = /^[\p{Lu}][\p{L} ,]{0,48}:/u;

/** How far under the heading the label is looked for, and how many lines the subject runs to at most. */
const LOOK_AHEAD = 800;
const SUBJECT_LINES = 6;

/** The labelled subject of a form whose heading names the form only; null for other types or when none is labelled. */
export function formSubject(text: string, typeLine: NonNullable<HeaderParts['typeLine']>): HeaderParts['title'] {
  if (!FORM_TYPES.has(typeLine.type.name)) return null;
  const from = typeLine.cell.end;
  const lines = text.slice(from, from + LOOK_AHEAD).split('\n');
  let offset = from;
  for (const [i, line] of lines.entries()) {
    const lineStart = offset;
    offset += line.length + 1;
    const label = SUBJECT_LABEL.exec(foldVietnamese(line.trimStart()));
    if (!label) continue;
    const lead = line.length - line.trimStart().length + label[0].length;
    const parts = [line.slice(lead).trim()];
    let end = lineStart + lead + parts[0]!.length;
    let nextStart = offset;
    for (const next of lines.slice(i + 1, i + SUBJECT_LINES)) {
      const here = nextStart;
      nextStart += next.length + 1;
      if (/[.;]$/.test(parts.at(-1)!) || !next.trim() || NEXT_LABEL.test(next.trim())) break;
      parts.push(next.trim());
      end = here + next.indexOf(next.trim()) + next.trim().length;
    }
    const value = oneLine(parts.join(' ')).replace(/[.;]$/, '');
    if (!/\p{L}/u.test(value)) return null;
    return { value, span: { start: lineStart + lead, end } };
  }
  return null;
}
