// A unit cell written as numbered assignments, as Government resolutions print the lead column of
// their appendices: "1. Bộ Tài chính tổng kết, đánh giá cơ chế, chính sách (trong Quý II/2026).
// 2. Bộ Tư pháp, các bộ, cơ quan tham mưu, đề xuất …", "1. Về phát triển công nghiệp quốc gia:
// Bộ Công Thương chủ trì. 2. Về quản lý các khu công nghiệp: Bộ Tài chính chủ trì." Read as a
// plain list it gives units such as "1. Bộ Tài chính tổng kết, đánh giá cơ chế" – a wrong lead is
// worse than none. Each item names its bodies first, then what they are to do: the bodies are kept,
// the work goes; an item that does not open with a body gives nothing.

/** Items numbered 1., 2., … in order, each opening with a capital ("2.Bộ KHCN" too). */
const ITEM_NUMBER = /(?:^|\s)(\d{1,2})\.\s*(?=\p{Lu})/gu;
/** "Về phát triển công nghiệp quốc gia: Bộ Công Thương chủ trì": the topic before the bodies. */
const TOPIC = /^Về\s[^:]{1,200}:\s*/u;
/**
 * Where an item's work starts: a verb or phrase in small letters after the bodies ("Bộ Xây dựng"
 * keeps its capital, so a body's own words are not taken for the work), a bracket, or a colon –
 * not the one after a kind that names its bodies next ("Các Bộ: Xây dựng, Công Thương").
 */
const WORK =
  /\s(?:chủ trì|đầu mối|đối với|trình|tổng kết|tổng hợp|đánh giá|đề xuất|tham mưu|xây dựng|hoàn thiện|hướng dẫn|rà soát|nghiên cứu|triển khai|thực hiện|theo dõi|ban hành|phối hợp|bảo đảm|cập nhật|tăng cường|tổ chức(?= (?:thực hiện|triển khai))|có trách nhiệm|chịu trách nhiệm)(?=[\s,.;:]|$)|\s*\(|(?<!^Các \p{L}+):/u;

/**
 * Boards whose own names hold work words: "Ban Quản lý dự án đầu tư xây dựng tỉnh", "Ban Chỉ đạo
 * … của tỉnh". Such a name runs to the place it serves, when one comes before the work.
 */
const WORDY_HEAD = /^Ban (?:Quản lý|Chỉ đạo|Điều hành)\s/u;
const NAME_PLACE = /\s(?:tỉnh|thành phố|huyện|quận|thị xã|Trung ương|quốc gia)(?:\s+\p{Lu}\p{L}*)*(?=[\s,.;:(]|$)/gu;
/**
 * Words that never stand in a board's name: its work starts there at the latest. "Thực hiện",
 * "triển khai", "xây dựng" may ("Ban Chỉ đạo thực hiện Chương trình … tỉnh"); guiding and checking
 * others may not.
 */
const FIRM_WORK =
  /\s(?:chủ trì|đầu mối|phối hợp|có trách nhiệm|chịu trách nhiệm|tham mưu|trình|hướng dẫn|đôn đốc|kiểm tra|báo cáo|rà soát)(?=[\s,.;:]|$)|\s*\(|[:,.;]/u;
/** A place where the work is done, not the one the board serves: "… tại huyện Ba Vì", "trên địa bàn tỉnh". */
const WORK_PLACE_BEFORE = /(?:^|\s)(?:tại|ở|cho|đến|trên địa bàn|địa bàn)$/u;
/** "Ban Quản lý dự án đầu tư xây dựng": the board's kind, whatever follows. */
const PROJECT_BOARD = /^Ban Quản lý (?:các )?dự án(?: đầu tư)?(?: xây dựng)?/u;

/** How far into an item its bodies' names reach for sure: past a board's own work words. */
function nameReach(rest: string): number {
  if (!WORDY_HEAD.test(rest)) return 0;
  const firm = rest.search(FIRM_WORK);
  const limit = firm < 0 ? rest.length : firm;
  let reach = PROJECT_BOARD.exec(rest)?.[0].length ?? 0;
  for (const m of rest.matchAll(NAME_PLACE)) {
    const end = m.index! + m[0].length;
    if (end > limit) break;
    if (WORK_PLACE_BEFORE.test(rest.slice(0, m.index!))) continue;
    reach = Math.max(reach, end);
  }
  return reach;
}

/** The items of a cell numbered "1. …  2. …" (at least two, numbered from 1 in order); null otherwise. */
export function numberedAssignments(cell: string): string[] | null {
  const text = cell.replace(/\s+/g, ' ').trim();
  const marks = [...text.matchAll(ITEM_NUMBER)];
  if (marks.length < 2 || marks[0]!.index !== 0) return null;
  if (!marks.every((m, i) => Number(m[1]) === i + 1)) return null;
  return marks.map((m, i) => text.slice(m.index! + m[0].length, marks[i + 1]?.index ?? text.length).trim());
}

/** The bodies an assignment opens with: "Bộ Tư pháp, các bộ, cơ quan tham mưu, đề xuất …" → "Bộ Tư pháp, các bộ, cơ quan". */
export function assignedBodies(item: string): string {
  const rest = item.replace(TOPIC, '');
  const reach = nameReach(rest);
  const work = rest.slice(reach).search(WORK);
  const at = work < 0 ? -1 : reach + work;
  return (at >= 0 ? rest.slice(0, at) : rest).replace(/[\s.,;:]+$/u, '').trim();
}
