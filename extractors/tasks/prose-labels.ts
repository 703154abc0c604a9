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
}

const UNIT_KIND = String.raw`(?:(?:don vi|co quan|bo phan|nguoi)\s+)`;
// Qualifiers a label may carry before its colon: "Đơn vị chủ trì tham mưu thực hiện:".
const QUALIFIERS = String.raw`(?:\s+(?:chinh|tham muu|thuc hien|trien khai|giup viec|du kien))*`;
const LABELS: ReadonlyArray<[LabelRole, RegExp]> = [
  ['support', new RegExp(String.raw`^${UNIT_KIND}?phoi hop${QUALIFIERS}\s*:`)],
  ['lead', new RegExp(String.raw`^${UNIT_KIND}?(?:chu tri|thuc hien|chiu trach nhiem|trach nhiem thuc hien)${QUALIFIERS}\s*:`)],
  // "Thời gian:" alone is often an event's length ("Thời gian: 01 ngày"); a deadline label says
  // what the time is for, "Thời hạn" and "Tiến độ" need not.
  // "Thời gian dự kiến:" is when the step is planned; "Thời hạn ban hành / trình / báo cáo:" when
  // its product is due.
  ['deadline', new RegExp(String.raw`^(?:thoi gian(?:\s+du kien)?\s+(?:thuc hien|hoan thanh|trien khai)|thoi gian du kien|thoi han(?:\s+(?:thuc hien|hoan thanh|ban hanh|trinh|bao cao|gui|nop))?|tien do(?:\s+(?:thuc hien|hoan thanh))?)\s*:`)],
  ['content', /^(?:nhiem vu|noi dung(?: (?:thuc hien|cong viec|nhiem vu))?)\s*:/],
];

/** What may stand before a label on its line: a bullet, a sub-item letter, emphasis marks. */
const LABEL_PREFIX = /^(?:[*_\s]*(?:[-+•]|[a-zđ][.)])(?=\s|\*))?[*_\s]*/;

/** The label a line starts with, or null. */
export function lineLabel(line: string): Label | null {
  const prefix = LABEL_PREFIX.exec(line)?.[0].length ?? 0;
  const rest = line.slice(prefix);
  // Folding keeps length for Vietnamese letters, so offsets in the fold are offsets in `rest`.
  const folded = foldVietnamese(rest.slice(0, 80)).toLowerCase();
  for (const [role, re] of LABELS) {
    const m = re.exec(folded);
    if (!m) continue;
    const strong = role !== 'lead' || /^(?:don vi|co quan|bo phan|nguoi)\b/.test(m[0]);
    return { role, strong, value: cleanValue(rest.slice(m[0].length)) };
  }
  return null;
}

/** A label run into the paragraph: "… kiểm kê. Thời gian hoàn thành: Trước ngày 31/5/2026." */
const INLINE_LABEL = /(?:^|[.;(]\s*|\s[-–]\s)(?=(?:(?:đơn vị|cơ quan|bộ phận) )?(?:chủ trì|phối hợp|thời gian (?:thực hiện|hoàn thành)|thời hạn)[^:;.]{0,30}:)/giu;

/**
 * The paragraph text before its first inline label, and the labels in it, or null when the
 * line carries none after some text.
 */
export function inlineLabels(line: string): { before: string; labels: Label[] } | null {
  INLINE_LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INLINE_LABEL.exec(line))) {
    const at = m.index + m[0].length;
    if (at === 0) {
      INLINE_LABEL.lastIndex++;
      continue;
    }
    const before = line.slice(0, at).replace(/[\s(;–-]+$/, '').trim();
    // "3. Thời gian thực hiện: …" is a numbered label, not a task with its label run in.
    if ((before.match(/\p{L}/gu)?.length ?? 0) < 10) return null;
    const labels: Label[] = [];
    for (const part of line.slice(at).split(/;\s*/)) {
      const label = lineLabel(part.replace(/\)\s*[.;]?\s*$/, ''));
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
