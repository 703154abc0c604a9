// Whether a document clearly holds a task list, for the record that came out with none: a
// task-table header (tab or pipe cells), label lines of a prose list ("Đơn vị chủ trì: …",
// "Thời gian thực hiện: …"), or a sentence sending the reader to an appended task list
// ("Chi tiết danh mục nhiệm vụ tại Phụ lục kèm theo") that the text does not carry; in a plan,
// items that give their work to a lead ("2. Phòng Nội vụ chủ trì, …", "- … (Công an xã chủ trì)")
// outside its closing part and the parts that frame it (aims, last year's results). A "Nhiệm vụ,
// giải pháp" heading alone is no such sign: nearly every plan has one.
import { foldVietnamese } from '../../normalizers/fold.js';
import { headerRoles } from './columns.js';
import { PART_HEADING, planPartKind, type PlanPartKind } from './plan-parts.js';
import { lineLabel } from './prose-labels.js';
import type { SourceLine } from './tsv-table.js';

const MEETING_LINE = /^[-+*•\s]*(?:thanh phan|dia diem)[^:]{0,20}:/;
const APPENDIX_POINTER = /(?:chi tiet|danh muc|bang)[^.\n]{0,60}nhiem vu[^.\n]{0,60}phu luc/;
/** A numbered item or a bullet opening the line (folded). */
const ITEM_LINE = /^[*_\s]*(?:\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[a-zđ]\)|[-+•–])\s/;
/**
 * An item giving its work to a lead, as the readers of such items take it (folded, the item's
 * marker gone): opening with the lead ("Giao Phòng Nội vụ chủ trì …", "Công an xã chủ trì, …") or
 * closing with it in brackets ("… (Công an xã chủ trì; thời gian: …)"). A session someone chairs
 * ("1. Khai mạc hội nghị, do đồng chí Chủ tịch UBND xã chủ trì") and a bracket inside the sentence
 * ("Phát huy vai trò của các đoàn thể (Mặt trận chủ trì, các hội phối hợp) trong vận động …") give none.
 */
const OPENS_WITH_LEAD = /^(?:giao\s+)?[^,;:()[\]]{3,100}?\s+chu tri\b/;
const CLOSES_WITH_LEAD = /[([][^()[\]]*\bchu tri\b[^()[\]]*[)\]][\s.;,]*$/;
/** "do đồng chí Chủ tịch UBND xã chủ trì": a person chairing, no body given work (folded). */
const CHAIRED_BY = /\bdo\s+(?:\S+\s+){0,12}?chu tri\b/;

export interface ExpectedOptions {
  /** The pipe-cell task tables tasksFromPipeTables met (they need their rows read to be told). */
  pipeTaskTables?: number;
  /** Label lines as typed text has them (prose-labels.ts). */
  typed?: boolean;
  /** The text folded, when held. */
  folded?: string;
  /** A plan or programme: its items that give work to a lead are a task list. */
  plan?: boolean;
}

/** What shows the document has a task list (for the diagnostic), or null. */
export function taskListExpected(text: string, lines: readonly SourceLine[], options: ExpectedOptions = {}): string | null {
  const { pipeTaskTables = 0, typed = false, folded, plan = false } = options;
  if (lines.some((l) => l.text.includes('\t') && headerRoles(l.text.split('\t')))) return 'a task table header';
  if (pipeTaskTables > 0) return 'a task table header';
  // Unit labels ("Đơn vị chủ trì: …", "Đơn vị phối hợp: …"): "Thời gian thực hiện" alone is as
  // often the period of a plan or of one of its activities.
  // A meeting's "Đơn vị chủ trì" sits among "Thành phần:", "Địa điểm:" lines: no task list.
  let unitLabels = 0;
  let meetingLabels = 0;
  let assignedItems = 0;
  let part: PlanPartKind | null = null;
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (plan) {
      const key = foldVietnamese(trimmed).toLowerCase();
      const heading = PART_HEADING.exec(trimmed);
      const item = heading ? null : ITEM_LINE.exec(key);
      if (heading) part = planPartKind(heading[2]!);
      else if (item && part !== 'closing' && part !== 'framing' && givesWorkToLead(key.slice(item[0].length))) assignedItems++;
    }
    const label = lineLabel(trimmed, typed);
    if (label?.value && ((label.role === 'lead' && label.strong) || label.role === 'support')) unitLabels++;
    if (MEETING_LINE.test(foldVietnamese(trimmed.slice(0, 40)))) meetingLabels++;
  }
  if (unitLabels >= 2 && meetingLabels < unitLabels) return 'task labels (lead and supporting units)';
  if (APPENDIX_POINTER.test(folded ?? foldVietnamese(text))) return 'a pointer to an appended task list';
  if (assignedItems >= 2) return 'items assigned to a lead unit';
  return null;
}

function givesWorkToLead(item: string): boolean {
  const lead = OPENS_WITH_LEAD.exec(item) ?? CLOSES_WITH_LEAD.exec(item);
  return lead !== null && !CHAIRED_BY.test(lead[0]);
}
