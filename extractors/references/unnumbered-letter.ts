// A letter cited without a number: "Cục Thuế nhận được văn bản không số ngày 10/04/2022 của Công
// ty …". A company or a person writes to an authority without a register number, and the reply
// cites the letter by its date alone; the words "không số" say so. Such a letter is a document
// the reply answers, known by its date: a reference with no number, titled as printed. Likewise
// a proposal or a report the document rests on, named by its date where its number would stand
// ("Theo đề nghị của Kế toán trưởng tại tờ trình ngày 04/11/2019"): typed with no number, untitled.
// And a meeting's resolution or conclusion, named by the meeting and its date ("Thực hiện Nghị quyết
// giao ban tháng 3/2012 ngày 19 tháng 3 năm 2012 …"): an internal record with no register number,
// titled by its meeting.
import type { Reference } from '../../output/schema.js';
import { dateAtDayWord, type ParsedDate } from '../shared/dates.js';
import { docTypeByName } from '../shared/doctypes.js';
import { relationAt } from './relation.js';

/** "văn bản không số ngày", "công văn không số, ngày", "văn bản (không số) ngày" in folded text. */
const UNNUMBERED = /(?<![a-z])(?:cong van|van ban)\s+\(?khong so\)?\s*,?\s*(?=ngay\s*\d)/g;

/** "tại tờ trình ngày", "theo báo cáo ngày": a document named by its type and date where its number would stand. */
// No comma between: "theo báo cáo, ngày 15/3 đoàn kiểm tra …" dates a visit, not the report.
const DATED_ONLY = /(?<![a-z])(?:tai|theo)\s+(to trinh|bao cao)\s+(?=ngay\s*\d)/g;

const TYPE_NAMES: Record<string, string> = { 'to trinh': 'Tờ trình', 'bao cao': 'Báo cáo', 'nghi quyet': 'Nghị quyết', 'ket luan': 'Kết luận' };

/** "Nghị quyết giao ban tháng 3/2012 ngày", "Kết luận phiên họp thường kỳ ngày": a meeting's record, a few words of its meeting (no number among them), then its date. */
const MEETING_RECORD = /(?<![a-z])(nghi quyet|ket luan)\s+(?:giao ban|phien hop|cuoc hop)(?:\s+(?!so\s*:?\s*\d)[^\s,.;:()]+){0,6}?\s+(?=ngay\s*\d)/g;

/**
 * Whether a reference already read holds the words from `start` to `at`: asked with `at` rising,
 * over the references' spans sorted by start, the furthest end so far kept (linear in both).
 */
function coveredBy(found: readonly Reference[]): (start: number, at: number) => boolean {
  const spans = found.map((r) => r.span).sort((a, b) => a.start - b.start);
  let next = 0;
  let end = -1;
  return (start, at) => {
    while (next < spans.length && spans[next]!.start <= at) end = Math.max(end, spans[next++]!.end);
    return end > start;
  };
}

/** The date the day word at `at` opens, unless it is already held (`covered`). */
function newDate(folded: string, start: number, at: number, covered: (start: number, at: number) => boolean): ParsedDate | null {
  const date = dateAtDayWord(folded, at);
  if (!date?.iso) return null;
  return covered(start, at) ? null : date;
}

/**
 * The unnumbered letters, proposals and reports the text cites with their dates (`folded`: its
 * folded form), except those an earlier reading already holds (`found`, by span).
 */
export function unnumberedLetters(text: string, folded: string, found: readonly Reference[]): Reference[] {
  const out: Reference[] = [];
  let covered = coveredBy(found);
  for (const m of folded.matchAll(UNNUMBERED)) {
    const start = m.index!;
    const dayAt = start + m[0].length;
    const date = newDate(folded, start, dayAt, covered);
    if (!date) continue;
    const title = text.slice(start, start + m[0].trimEnd().replace(/,$/, '').length).replace(/\s+/g, ' ').trim();
    out.push({ type: 'Công văn', typeCode: null, number: null, date: date.iso!, issuer: null, title, relation: relationAt(folded, start), span: { start, end: date.end } });
  }
  covered = coveredBy(found);
  for (const m of folded.matchAll(DATED_ONLY)) {
    const start = m.index! + m[0].indexOf(m[1]!);
    const date = newDate(folded, start, m.index! + m[0].length, covered);
    const type = docTypeByName(TYPE_NAMES[m[1]!]!);
    if (!date || !type) continue;
    out.push({ type: type.name, typeCode: type.code, number: null, date: date.iso!, issuer: null, relation: relationAt(folded, start), span: { start, end: date.end } });
  }
  covered = coveredBy(found);
  for (const m of folded.matchAll(MEETING_RECORD)) {
    const start = m.index!;
    // Named in capitals, as a document's type is: "… Thông báo số 45/TB-VP ngày … kết luận cuộc họp
    // ngày …" cites the notice, whose trích yếu the small-letter words are.
    if (!/\p{Lu}/u.test(text.charAt(start))) continue;
    const date = newDate(folded, start, start + m[0].length, covered);
    const type = docTypeByName(TYPE_NAMES[m[1]!]!);
    if (!date || !type) continue;
    const title = text.slice(start, start + m[0].trimEnd().length).replace(/\s+/g, ' ');
    out.push({ type: type.name, typeCode: type.code, number: null, date: date.iso!, issuer: null, title, relation: relationAt(folded, start), span: { start, end: date.end } });
  }
  return oncePerDate(out);
}

/** One reference per type and date: a reply cites the letter it answers again in its answer. */
function oncePerDate(refs: readonly Reference[]): Reference[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = `${r.type}|${r.date}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
