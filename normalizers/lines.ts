// Re-join lines that a page or a column broke in the middle of a sentence. Table rows (lines
// with tabs) and structural lines (headings, list items, "Nơi nhận") are never joined.

import { layoutTableLines } from './layout-tables.js';

const ENDS_SENTENCE = /[.:;!?…)\]”"]$/;
const STARTS_CONTINUATION = /^[a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ0-9(“"]/;
// "7.1 Tổng kết …": a sub-item numbered without its closing dot is a list item too (a capital
// follows); "3.5 tỷ đồng" is a decimal continuing a sentence.
const STRUCTURAL = /^(?:[-+•–]\s|[IVXLC]+[.)]\s|\d+(?:\.\d+)*[.)]\s|\d+(?:\.\d+)+\s+\p{Lu}|[a-zđ][.)]\s|Nơi nhận|TM\.|KT\.|TL\.|TUQ\.|Q\.)/u;

export function rejoinWrappedLines(text: string): string {
  const lines = text.split('\n');
  // The wrapped cells of a table laid out with spaces stay on their lines (layout-tables.ts).
  const tables = layoutTableLines(lines);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const prevIndex = out.length - 1;
    if (prevIndex >= 0 && line.trim() && !tables.has(i) && !tables.has(i - 1) && shouldJoin(out, line)) {
      // Drop the blank lines a page break left between the two halves.
      while (out.length && out[out.length - 1]!.trim() === '') out.pop();
      out[out.length - 1] = out[out.length - 1]!.replace(/\s+$/, '') + ' ' + line.trim();
    } else {
      out.push(line);
    }
  }
  return out.join('\n');
}

function shouldJoin(out: string[], line: string): boolean {
  // The previous non-blank line, and how many blank lines stand between.
  let j = out.length - 1;
  let blanks = 0;
  while (j >= 0 && out[j]!.trim() === '') {
    j--;
    blanks++;
  }
  if (j < 0 || blanks > 4) return false;
  const prev = out[j]!.trimEnd();
  if (prev.includes('\t') || line.includes('\t') || prev.includes('\f') || line.includes('\f')) return false;
  if (ENDS_SENTENCE.test(prev) || STRUCTURAL.test(line.trim())) return false;
  if (prev === prev.toUpperCase() && /\p{Lu}/u.test(prev)) return false; // headings in capitals
  const next = line.trim();
  if (prev.endsWith('-') || prev.endsWith(',')) return STARTS_CONTINUATION.test(next) || /^\p{L}/u.test(next);
  return STARTS_CONTINUATION.test(next);
}
