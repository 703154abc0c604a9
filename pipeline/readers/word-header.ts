// A Word document's header typed with tabs instead of a table: each paragraph holds a line of
// the issuer block, a tab, and the line of the motto beside it
//   ỦY BAN NHÂN DÂN ⇥ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
//   TỈNH QUẢNG BÌNH ⇥ Độc lập - Tự do - Hạnh phúc
//   Số: /QĐ-UBND ⇥ Quảng Bình, ngày tháng 10 năm 2022
// Read line by line, the issuer's lines are interleaved with the motto's. Laid out as the
// page shows them, the left column is read first, then the right one, as a header table is.
import { foldVietnamese } from '../../normalizers/fold.js';

/** The header is looked for among this many first non-empty lines. */
const HEADER_START = 3;
/** At most this many lines form the header block. */
const HEADER_LINES = 10;
/** The right column of a header holds the national motto, or the Party's title in a Party body's header. */
const MOTTO = /cong hoa xa hoi|doc lap\s*[-–]\s*tu do|dang cong san viet nam/;

/** "left ⇥ right" split at the first run of tabs, both sides holding text; null otherwise. */
function columns(line: string): [string, string] | null {
  const m = /^([^\t]*\S[^\t]*)\t+(.*\S.*)$/.exec(line);
  if (!m) return null;
  const right = m[2]!.replace(/\t+/g, ' ').trim();
  return [m[1]!.trim(), right];
}

/**
 * The text with a tab-laid two-column header unfolded into its left lines then its right ones
 * (paragraphs kept apart by a blank line, as readers write them). Any other text is returned
 * as it is.
 */
export function unfoldTabbedHeader(text: string): string {
  const lines = text.split('\n');
  let first = -1;
  let seen = 0;
  for (let i = 0; i < lines.length && seen < HEADER_START; i++) {
    if (!lines[i]!.trim()) continue;
    seen++;
    if (columns(lines[i]!)) {
      first = i;
      break;
    }
  }
  if (first < 0) return text;
  const left: string[] = [];
  const right: string[] = [];
  let end = first;
  for (let i = first; i < lines.length && left.length < HEADER_LINES; i++) {
    if (!lines[i]!.trim()) {
      end = i + 1;
      continue;
    }
    const parts = columns(lines[i]!);
    if (!parts) break;
    left.push(parts[0]);
    right.push(parts[1]);
    end = i + 1;
  }
  if (left.length < 2 || !MOTTO.test(foldVietnamese(right.join(' ')).toLowerCase())) return text;
  const before = lines.slice(0, first).join('\n').trimEnd();
  const after = lines.slice(end).join('\n').trimStart();
  const header = [...left, ...right].join('\n\n');
  return [before, header, after].filter((part) => part.trim()).join('\n\n');
}
