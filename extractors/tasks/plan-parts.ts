// What a plan's part (the Roman-numbered heading an item stands under) is for, as the readers of
// tasks written as sentences need to know: the work to do ("NHIỆM VỤ …", "NỘI DUNG THỰC HIỆN"), the
// plan's framing (its aims, last year's results, the state of things), or its closing directions
// ("TỔ CHỨC THỰC HIỆN"). The same sentence, "1. Công an xã tổ chức 24 đợt tuần tra (Công an xã chủ
// trì)", is a task under the first, a result under the second, a standing direction under the third.
import { foldVietnamese } from '../../normalizers/fold.js';

export type PlanPartKind = 'work' | 'framing' | 'closing' | 'other';

/** A part heading naming the work to do (folded). */
const WORK_PART = /^(?:cac\s+)?(?:nhiem vu|noi dung|phan cong|giai phap|bien phap|hoat dong|cong viec|chuong trinh cong tac)\b/;
/** A part heading naming what frames the plan: why, what for, what was done, how things stand (folded). */
const FRAMING_PART = /^(?:muc dich|muc tieu|yeu cau|quan diem|nguyen tac|ket qua|danh gia|tinh hinh|thuc trang|boi canh|su can thiet)\b/;
/** The closing part: the plan's standing directions, no list of tasks (folded). */
const CLOSING_PART = /^to chuc thuc hien\b/;

/** The kind of a part by its heading's words (without its numeral); null when there is no part. */
export function planPartKind(heading: string | null): PlanPartKind | null {
  if (heading === null) return null;
  const key = foldVietnamese(heading).toLowerCase().replace(/^[\s*_]+/, '');
  if (CLOSING_PART.test(key)) return 'closing';
  if (WORK_PART.test(key)) return 'work';
  if (FRAMING_PART.test(key)) return 'framing';
  return 'other';
}

/**
 * A part's heading line: a Roman numeral closed by a stop, a bracket or a dash ("III. TỔ CHỨC THỰC
 * HIỆN", "II) NHIỆM VỤ", "I- ĐÁNH GIÁ TÌNH HÌNH", "III – TỔ CHỨC THỰC HIỆN"), group 1 the numeral,
 * group 2 the heading's words. A dash must stand before a capital, as a heading's words open.
 */
export const PART_HEADING = /^[*_\s]*([IVX]{1,4})(?:[.)]|\s*[-–](?=[*_\s]*\p{Lu}))[*_\s]*\s*(\S.*)$/u;
