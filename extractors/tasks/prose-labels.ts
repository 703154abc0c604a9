// The labels a prose task list prints under each task: "Đơn vị chủ trì (thực hiện): …",
// "Đơn vị phối hợp: …", "Thời gian thực hiện / hoàn thành: …", "Nhiệm vụ: …", as a line of
// their own, a sub-item ("b) Đơn vị phối hợp"), a bullet ("- Đơn vị chủ trì: …"), in markdown
// emphasis ("*Đơn vị chủ trì thực hiện: *Các Sở …"), or run together inside a paragraph
// ("Chủ trì: Sở Nội vụ; phối hợp: Sở Tài chính; thời gian: Quý II/2024").
import { foldVietnamese } from '../../normalizers/fold.js';

export type LabelRole = 'lead' | 'support' | 'deadline' | 'content';

export interface Label {
  role: LabelRole;
  /** A lead label that names the unit kind ("Đơn vị chủ trì", "Cơ quan thực hiện"), not a bare "Chủ trì". */
  strong: boolean;
  /** The value after the colon, markup removed. */
  value: string;
  /** A lead label that names who carries the work out ("Đơn vị thực hiện"), not who leads it ("chủ trì"). */
  executing?: boolean;
  /** "Bộ phận tham mưu: …": the unit that prepares the work leads it when no unit is named chủ trì. */
  advising?: boolean;
}

const UNIT_KIND = String.raw`(?:(?:don vi|co quan|bo phan|nguoi)\s+)`;
// Qualifiers a label may carry before its colon: "Đơn vị chủ trì tham mưu thực hiện:".
const QUALIFIERS = String.raw`(?:\s+(?:chinh|tham muu|thuc hien|trien khai|giup viec|du kien))*`;
const LABELS: ReadonlyArray<[LabelRole, RegExp]> = [
  ['support', new RegExp(String.raw`^${UNIT_KIND}?phoi hop${QUALIFIERS}\s*:`)],
  // A commune's or ward's plan names the section that prepares each task: "Bộ phận tham mưu (thực hiện): …".
  ['lead', new RegExp(String.raw`^${UNIT_KIND}tham muu(?:\s+(?:thuc hien|giup viec))?\s*:`)],
  ['lead', new RegExp(String.raw`^${UNIT_KIND}?(?:chu tri|thuc hien|chiu trach nhiem|trach nhiem (?:chi dao )?thuc hien)${QUALIFIERS}\s*:`)],
  // "Thời gian:" alone is often an event's length ("Thời gian: 01 ngày"); a deadline label says
  // what the time is for ("hoàn tất" as "hoàn thành"), "Thời hạn" and "Tiến độ" need not.
  // "Thời gian dự kiến:" is when the step is planned; "Thời hạn ban hành / trình / báo cáo:" when
  // its product is due.
  ['deadline', new RegExp(String.raw`^(?:thoi gian(?:\s+du kien)?\s+(?:thuc hien|hoan thanh|hoan tat|trien khai)|thoi gian du kien|thoi han(?:\s+(?:thuc hien|hoan thanh|hoan tat|ban hanh|trinh|bao cao|gui|nop))?|tien do(?:\s+(?:thuc hien|hoan thanh))?)\s*:`)],
  ['content', /^(?:nhiem vu|noi dung(?: (?:thuc hien|cong viec|nhiem vu))?)\s*:/],
];

/** "Thời gian:" alone, or the time of a session ("Thời gian đào tạo:"); a deadline only when WHEN_VALUE follows. */
const WHEN_LABEL = /^thoi gian(?:\s+(?:dao tao|tap huan|boi duong|to chuc))?\s*:\s*/;
/**
 * A value that names a time (a dated day, a month, a quarter, a year, "trước", "dự kiến", "Theo lịch
 * công tác …", "Trong quá trình triển khai"), not a length ("01 ngày") nor a period ("Từ ngày …
 * đến ngày …", a campaign's).
 */
const WHEN_VALUE = /^(?:du kien|truoc|cham nhat|theo lich|trong qua trinh|ngay\s+\d{1,2}\s*[/-]|ngay\s+\d{1,2}\s+thang|thang\s+\d|quy\s+(?:[ivx]+|\d)\b|nam\s+\d{4}|hang\s+(?:thang|nam|quy|tuan)|\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{2,4})/;

/**
 * What may stand before a label on its line: a bullet (glued to the label where a web copy joined
 * it to the line before: "-Thời gian thực hiện: …"), a sub-item letter or number ("3. Thời
 * gian thực hiện: …", "1.1. Thời gian: Tháng 7/2023" under "1. Lớp bồi dưỡng …"), a bullet and a
 * letter ("- a) Cơ quan chủ trì"), emphasis marks.
 */
const LABEL_PREFIX = /^(?:[*_\s]*(?:[-+•]\s*(?=[a-zđ][.)]))?(?:[-+•](?=\s|\*|\p{Lu})|(?:[a-zđ][.)]|\d{1,2}(?:\.\d{1,2}){0,2}[.)])(?=\s|\*)))?[*_\s]*/u;
/**
 * As OCR gives it, also a letter in capitals ("C) Thời gian"), a letter read twice ("a) a)"), a
 * margin's stray figure or word before the letter ("6 b) Cơ quan phối hợp", "Xã a) Cơ quan thực
 * hiện"): never in typed text, where "Về a) Chủ trì: …" is a sentence's word before a label.
 * A capital only with its bracket and never I, V or X: "V. Thời gian thực hiện: …" is a section
 * of the plan, not the last task's deadline.
 */
const OCR_LABEL_PREFIX = /^(?:[*_\s]*(?:[^\s*_]{1,3}\s+(?=[a-zđA-ZĐ]\)))?(?:[-+•]\s*(?=[a-zđ][.)]|[A-HJ-UWYĐ]\)))?(?:(?:[-+•](?=\s|\*|\p{Lu})|(?:[a-zđ][.)]|[A-HJ-UWYĐ]\)|\d{1,2}[.)])(?=\s|\*))\s*){1,2})?[*_\s]*/u;

/**
 * A label standing alone as a sub-heading, without its colon, its value in the lines below:
 * "a) Cơ quan chủ trì" / "- Ban Chỉ đạo quốc gia." / "b) Cơ quan phối hợp" / "- …", "2. Chủ trì
 * thực hiện". Numbered or naming the unit kind: a stray "chủ trì" wrapped from a table header is not.
 */
const BARE_LABELS: ReadonlyArray<[LabelRole, RegExp]> = [
  ['support', new RegExp(String.raw`^${UNIT_KIND}phoi hop${QUALIFIERS}\s*:?\s*$`)],
  ['lead', new RegExp(String.raw`^(?:${UNIT_KIND}(?:chu tri|thuc hien)|chu tri thuc hien)${QUALIFIERS}\s*:?\s*$`)],
];

/**
 * The parts of a task set out under numbered sub-headings of their own ("1. Nội dung, biện
 * pháp" / "a) …" / "2. Cơ quan chủ trì, phối hợp" / "a) Cơ quan chủ trì" …): 'description' heads
 * what the task involves (its steps, not tasks of their own), 'units' heads the labels below.
 */
export function partHeading(line: string): 'description' | 'units' | null {
  const prefix = /^[*_\s]*(?:\d{1,2}|[a-zđ])[.)][*_\s]*/.exec(line)?.[0].length ?? 0;
  if (!prefix) return null;
  const folded = foldVietnamese(line.slice(prefix, prefix + 80)).toLowerCase().replace(/[*_]/g, '').trim();
  if (/^(?:noi dung|bien phap|giai phap)(?:\s*(?:,|va)\s*(?:bien phap|giai phap))?(?: thuc hien)?$/.test(folded)) return 'description';
  if (new RegExp(String.raw`^${UNIT_KIND}?(?:chu tri|trach nhiem)\s*(?:,|va)\s*(?:phoi hop|thuc hien)(?: thuc hien)?\s*:?$`).test(folded)) return 'units';
  return null;
}

/** The label a line starts with, or null. `typed`: the text was typed, no OCR engine's (OCR_LABEL_PREFIX). */
export function lineLabel(line: string, typed = false): Label | null {
  const prefix = (typed ? LABEL_PREFIX : OCR_LABEL_PREFIX).exec(line)?.[0].length ?? 0;
  const rest = line.slice(prefix);
  // Folding keeps length for Vietnamese letters, so offsets in the fold are offsets in `rest`.
  const folded = foldVietnamese(rest.slice(0, 80)).toLowerCase();
  const when = WHEN_LABEL.exec(folded);
  // "Thời gian: Dự kiến ngày 05/12/2025": a bare "Thời gian" whose value says when, not how long.
  if (when && WHEN_VALUE.test(folded.slice(when[0].length, when[0].length + 60))) {
    return { role: 'deadline', strong: false, value: cleanValue(rest.slice(when[0].length)) };
  }
  for (const [role, re] of LABELS) {
    const m = re.exec(folded);
    if (!m) continue;
    // "Trách nhiệm (chỉ đạo) thực hiện:" names who answers for the work, as a unit kind does: a
    // bare "Chủ trì:" may be a meeting's chair, this never is.
    const strong = role !== 'lead' || /^(?:don vi|co quan|bo phan|nguoi|trach nhiem)\b/.test(m[0]);
    const advising = role === 'lead' && /tham muu/.test(m[0]) && !/chu tri/.test(m[0]);
    const executing = role === 'lead' && !advising && /thuc hien/.test(m[0]) && !/chu tri/.test(m[0]);
    return { role, strong, value: cleanValue(rest.slice(m[0].length)), ...(executing ? { executing } : {}), ...(advising ? { advising } : {}) };
  }
  if (prefix || /^(?:don vi|co quan|bo phan)\s/.test(folded)) {
    const bare = folded.replace(/[*_]/g, '').trim();
    for (const [role, re] of BARE_LABELS) {
      if (!re.test(bare)) continue;
      const strong = role !== 'lead' || /^(?:don vi|co quan|bo phan)\b/.test(bare);
      const executing = role === 'lead' && /thuc hien/.test(bare) && !/chu tri/.test(bare);
      return { role, strong, value: '', ...(executing ? { executing } : {}) };
    }
  }
  return null;
}

/**
 * Every label a line carries: "Đơn vị chủ trì: …; Đơn vị phối hợp: …; Thời gian: Tháng 3/2025"
 * prints a task's fields on one line, separated by semicolons. A part that is no label is more
 * of the value before it ("Chủ trì: Sở A; Sở B"). Null when the line opens with no label.
 */
export function lineLabels(line: string, typed = false): Label[] | null {
  const first = lineLabel(line, typed);
  if (!first || !line.includes(';')) return first ? [first] : null;
  const parts = line.split(/;\s*/);
  const labels: Label[] = [lineLabel(parts[0]!, typed)!];
  for (const part of parts.slice(1)) {
    const label = part.trim() ? lineLabel(part, typed) : null;
    if (label) labels.push(label);
    else labels[labels.length - 1]!.value = cleanValue(`${labels[labels.length - 1]!.value}; ${part}`);
  }
  // One label: its value as read whole ("Chủ trì: Sở A; Sở B" keeps its list as printed).
  return labels.length > 1 ? labels : [first];
}

/**
 * A bullet label run onto the line before it where a page break joined them ("… phường.- Bộ phận
 * tham mưu thực hiện: …"), or a web copy lost the line break before it ("… Liên đoàn Lao động tỉnh
 * và địa phương -Thời gian thực hiện: …"): the offsets at which the line is cut into lines of their own.
 */
const JOINED_BULLET_LABEL = /(?<=[.;]|\S\s)[^\S\n]*(?=[-–+][^\S\n]*(?:(?:đơn vị|cơ quan|bộ phận) )?(?:chủ trì|phối hợp|tham mưu|thời gian (?:thực hiện|hoàn thành|hoàn tất)|thời hạn)[^:;.]{0,30}:)/giu;
/**
 * Lettered labels run onto one line ("a) Cơ quan chủ trì: Sở Nội vụ; b) Cơ quan phối hợp: Các sở
 * c) Thời gian thực hiện: Năm 2025"), as OCR of a page gives them: each letter opens a line (with
 * a margin's stray figure before it, "… Sở Dân tộc 6 b) Cơ quan phối hợp: …"). Only on a line that
 * opens with a label itself: in a sentence ("Hồ sơ gồm a) Đơn vị thực hiện: ghi rõ tên; b) …") the
 * letters list what the sentence names, no task's fields.
 */
const JOINED_LETTER_LABEL = /(?<=\S)(?<!(?:^|[^\S\n])\d{1,2})[^\S\n]+(?=(?:\d{1,2}[^\S\n]+)?[a-zđ]\)[^\S\n]*(?:(?:đơn vị|cơ quan|bộ phận) )?(?:chủ trì|phối hợp|thực hiện|thời gian (?:thực hiện|hoàn thành|hoàn tất)|thời hạn)[^:;.]{0,30}:)/giu;

export function joinedLabelCuts(line: string, typed = false): number[] {
  // After a stray figure or short word ("6 b) …", "Xã a) …") the letter is the line's own: OCR_LABEL_PREFIX reads it.
  const fourthLetter = nthLetterAt(line, 4);
  const letters = fourthLetter < 0 || !/\)/.test(line) || !lineLabel(line, typed) ? [] : [...line.matchAll(JOINED_LETTER_LABEL)].filter((m) => m.index! > fourthLetter);
  const cuts = [...line.matchAll(JOINED_BULLET_LABEL), ...letters].map((m) => m.index! + m[0].length);
  return [...new Set(cuts)].filter((at) => at > 0 && at < line.length).sort((a, b) => a - b);
}

/** Where the line's n-th letter stands, or -1: read once, so a long line with many labels stays linear. */
function nthLetterAt(line: string, n: number): number {
  let seen = 0;
  for (const m of line.matchAll(/\p{L}/gu)) if (++seen === n) return m.index!;
  return -1;
}

/** A label run into the paragraph: "… kiểm kê. Thời gian hoàn thành: Trước ngày 31/5/2026." */
const INLINE_LABEL = /(?:^|[.;(]\s*|\s[-–]\s)(?=(?:(?:đơn vị|cơ quan|bộ phận) )?(?:chủ trì|phối hợp|thời gian (?:thực hiện|hoàn thành|hoàn tất)|thời hạn)[^:;.]{0,30}:)/giu;

/**
 * The paragraph text before its first inline label, and the labels in it, or null when the
 * line carries none after some text.
 */
export function inlineLabels(line: string, typed = false): { before: string; labels: Label[] } | null {
  INLINE_LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INLINE_LABEL.exec(line))) {
    const at = m.index + m[0].length;
    if (at === 0) {
      INLINE_LABEL.lastIndex++;
      continue;
    }
    // "3. Sơ kết phong trào. Đơn vị chủ trì: …": the full stop closes the content's sentence; it is not part of it.
    const before = line.slice(0, at).replace(/[\s(;.–-]+$/, '').trim();
    // "3. Thời gian thực hiện: …" is a numbered label, not a task with its label run in.
    if ((before.match(/\p{L}/gu)?.length ?? 0) < 10) return null;
    const labels: Label[] = [];
    for (const part of line.slice(at).split(/;\s*/)) {
      const label = lineLabel(part.replace(/\)\s*[.;]?\s*$/, ''), typed);
      if (label) labels.push(label);
      else if (labels.length) labels[labels.length - 1]!.value = cleanValue(`${labels[labels.length - 1]!.value}; ${part}`);
    }
    return labels.length ? { before, labels } : null;
  }
  return null;
}

/** A label's value without emphasis marks, brackets left open, or the closing period. */
export function cleanValue(value: string): string {
  return value
    .replace(/\*\*|__/g, '')
    .replace(/^[\s*_]+/, '')
    .replace(/[\s*_]+$/, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s.;,]+$/, '')
    .trim();
}
