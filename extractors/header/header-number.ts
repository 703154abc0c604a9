// The header's number line: "Số: 12/KH-UBND" in a segment or a cell, its label garbled by OCR, its symbol wrapped.
import type { Span } from '../../output/schema.js';
import { withWrappedTail } from '../shared/wrapped-symbol.js';
import { LABEL_GLUED_TO_SCRAP, LABEL_LOST_MARK, readNumberLine, spacedCapsBeforePlace, spanOf, ZONE_SCAN, type Segment } from './header-zone.js';
import { readPlanNumber } from '../shared/number.js';
import { NUMBER_LABEL_AS_FIGURES_SOURCE } from '../../normalizers/number-label.js';
import type { HeaderParts } from './header-parts.js';

/** "Số:" read as figures by an engine without Vietnamese: its S as 8, 5, 3 or a dollar sign ("$6:990/TB-TCT"), its ố as 6 or o, the colon kept. */
const NUMBER_LABEL_AS_FIGURES = new RegExp(String.raw`^${NUMBER_LABEL_AS_FIGURES_SOURCE}[ \t]*:[ \t]*`);

/** The "Số" label garbled past "S6" ("Số':", "sé:") or with its ố lost ("S:A/UBND-VP", in capitals only). */
function garbledNumberLabel(seg: Segment): RegExpExecArray | null {
  if (!/^[Ss]/.test(seg.text)) return null;
  return /^s[a-z'’]{1,2}[ \t]*:[ \t]*/.exec(seg.folded) ?? (/^S[ \t]*:/.test(seg.text) ? LABEL_LOST_MARK.exec(seg.folded) : null) ?? (/^S/.test(seg.text) ? LABEL_GLUED_TO_SCRAP.exec(seg.folded) : null);
}

export function numberFromSegment(seg: Segment, ocrOrigin: boolean): HeaderParts['number'] {
  // OCR may read the colon as a low double quote ("Só„2/1/J6/TB-ĐHĐL") or a comma (then "Số" must be in capitals).
  // A label garbled past "S6" ("Số': 5kq /QĐ-UBND", from "St':"): the S and its colon, in capitals, in OCR text.
  // In small letters too ("sé: 6834 /CTBDU-TTHT"), when its colon is read and a serial and a symbol follow it.
  // Or its ố lost ("S:A/UBND-VP"): in capitals, before a scrap, a slash and a symbol of two parts (header-zone.ts).
  const garbled = ocrOrigin ? garbledNumberLabel(seg) : null;
  // The label read as figures ("86:5619 SYT-NVY", its S as 8 and its ố as 6; an engine without
  // Vietnamese reads the S as 5 or 3 too: "56:…TCT-DNNCN", "36:4312 /TCT-KK"): only before a serial
  // and a symbol of capitals.
  const figures = ocrOrigin ? NUMBER_LABEL_AS_FIGURES.exec(seg.folded) : null;
  // Its colon read as an inverted question mark ("số¿2 6 /BCT-ATMT", a numbering stamp's figure right
  // after it): no Vietnamese text writes that mark, after "Số" it is the colon.
  let prefix = /^s[o6]\s*[:;.„,¿]?\s*/.exec(seg.folded) ?? garbled ?? figures;
  // The number line opens with "Số" in capitals or a colon (a dump's "số ." for it); "… số 72/2025/QH15" is a citation.
  // A dump's "so 275TB DHDL Hà Nội ngày …" (every slash and hyphen dropped) is its header's line all the same.
  if (prefix && !/^S/.test(seg.text) && !/[:.„¿]/.test(prefix[0]) && !(ocrOrigin && spacedCapsBeforePlace(seg.text.slice(prefix[0].length)))) return null;
  let read = prefix ? readNumberLine(seg.text.slice(prefix[0].length), ocrOrigin) : null;
  if (!read && garbled && garbled !== prefix) [prefix, read] = [garbled, readNumberLine(seg.text.slice(garbled[0].length), ocrOrigin)];
  if (!read) return null;
  if (prefix === garbled && /^s/.test(seg.text) && (read.value.serial === null || !/\p{Lu}{2}/u.test(read.value.symbol ?? ''))) return null;
  // The serial may be a handwritten scrap ("86: A8J84 /BTC-TCDN"), read as illegible: never nothing.
  // A symbol of one part ("$6:245/TLD", the Tổng Liên đoàn's) only after a serial read in figures.
  const symbolShape = read.value.serial !== null ? /^\p{Lu}{2,}(?:-\p{Lu}|$)/u : /^\p{Lu}{2,}-\p{Lu}/u;
  if (prefix === figures && ((read.value.serial === null && !read.illegible) || !symbolShape.test(read.value.symbol ?? ''))) return null;
  const span = spanOf(seg, 0, prefix![0].length + read.length);
  return read.illegible ? { value: read.value, span, illegible: read.illegible } : { value: read.value, span };
}

/** A cell's label in OCR text: "Số" as read, or read as figures. */
const CELL_LABEL_OCR = new RegExp(String.raw`^[ \t*|]*(?:S[ốoô6]\s*[:;.]?|${NUMBER_LABEL_AS_FIGURES_SOURCE}\s*:)\s*`, 'u');

/** The number of a "Số: …" cell standing before an illegible date line on its line. */
export function numberInCell(text: string, cell: Span, ocrOrigin: boolean): HeaderParts['number'] {
  const raw = text.slice(cell.start, cell.end);
  // "86:" is the label only as an engine without Vietnamese reads it: typed text spells "Số".
  const prefix = (ocrOrigin ? CELL_LABEL_OCR : /^[ \t*|]*S[ốoô6]\s*[:;.]?\s*/u).exec(raw);
  if (!prefix) return null;
  const read = readNumberLine(raw.slice(prefix[0].length), ocrOrigin);
  if (!read) return null;
  const span = { start: cell.start + prefix[0].length, end: cell.start + prefix[0].length + read.length };
  return read.illegible ? { value: read.value, span, illegible: read.illegible } : { value: read.value, span };
}

/**
 * "Số: 24 /HDLN-BCA-BQP-BYT- Hà Nội, ngày …" over "BCT-BTC-VKSNDTC-TANDTC": a scan layer set the
 * date line after a symbol its column wrapped at a hyphen; the rest of the symbol opens the next
 * line. The number completed with it; as read otherwise.
 */
export function withWrappedSymbolTail(text: string, number: NonNullable<HeaderParts['number']>): NonNullable<HeaderParts['number']> {
  if (text.charAt(number.span.end) !== '-') return number;
  const whole = withWrappedTail(text, number.span.end, { value: number.value, length: 0 });
  return whole.value === number.value ? number : { ...number, value: whole.value };
}

/**
 * A number standing alone beside the date line, its "Số:" lost (an OCR dump: "… Hạnh phúc" /
 * "47/2017/NĐ-CP" / "Hà Nội, ngày 25 tháng 12 năm 2017"): the segment right before or after the
 * date line that is a number and nothing else, with a symbol.
 */
export function bareNumberBeside(segments: readonly Segment[], dateAt: number): HeaderParts['number'] {
  for (const k of [dateAt - 1, dateAt + 1]) {
    const seg = segments[k];
    if (!seg || seg.kind !== 'text' || !/^\d/.test(seg.text)) continue;
    const read = readPlanNumber(seg.text);
    if (!read || !read.value.symbol || read.value.serial === null || seg.text.slice(read.length).trim()) continue;
    return { value: read.value, span: spanOf(seg, 0, read.length) };
  }
  return null;
}

// A number line whose label's colon an engine read as a stroke ("S ố l 47 /2014/…", "S ố | 47 /…"
// for "Số: 47/2014/…"): a document's own number line prints the colon, and no serial holds an l or
// a bar. A lone 1 there ("S ố 1 47 /2014/T T -B C T") is as likely the serial 147 spaced out: it is
// read as the colon only where the text cites the shorter number itself ("Thông tư số 47/2014/…"
// in an annex caption) and never the longer. Opening a line only; the first such line.
const COLON_AS_ONE = /^([ \t]*S ?[ốồóoô6][ \t]+)([1l|])([ \t]+(\d{1,5})[ \t]*\/)(?:(\d{4})\/)?/mu;

/** The text with such a colon put back, the length kept (spans stand in the text as read). */
export function withLabelColon(text: string): string {
  const m = COLON_AS_ONE.exec(text.slice(0, ZONE_SCAN));
  if (!m) return text;
  if (m[2] === '1') {
    if (!m[5]) return text;
    const rest = text.slice(m.index + m[0].length);
    const cited = (serial: string) => new RegExp(`(?<![\\d/])${serial}\\s*/\\s*${m[5]}\\s*/`).test(rest);
    if (!cited(m[4]!) || cited(`1${m[4]}`)) return text;
  }
  const at = m.index + m[1]!.length;
  return `${text.slice(0, at)}:${text.slice(at + 1)}`;
}
