// Table columns mapped by what their header MEANS, not where they stand: issuers name and
// order them differently ("Người thực hiện", "Đơn vị chủ trì tham mưu", "Chủ trì, chỉ đạo" …).
import { foldVietnamese } from '../../normalizers/fold.js';

export type ColumnRole = 'index' | 'content' | 'lead' | 'support' | 'leadSupport' | 'supervisor' | 'deadline' | 'product' | 'budget' | 'group' | 'note';

/** A header cell folded, its spaces and line breaks one space: what the patterns below read. */
function foldedCell(cell: string): string {
  return foldVietnamese(cell).replace(/\s+/g, ' ').trim();
}

// Order matters: "Thời gian thực hiện" is a deadline before it is a "thực hiện" (lead);
// "Đơn vị phối hợp" is support before it is a "đơn vị"; "Chủ trì, chỉ đạo" is the supervisor
// while "Đơn vị chủ trì" leads.
// A legislative or project programme names its tasks by what is to be made: "Tên văn bản",
// "Tên dự án luật", "Tên đề án".
const CONTENT = /noi dung|nhiem vu|cong viec|giai phap|hoat dong|^ten (?:van ban|du an|de an|chuong trinh|de tai|san pham)/;
// A schedule of checks names each row by the body or place checked ("Đơn vị được kiểm tra",
// "Địa bàn được giám sát", "Đối tượng kiểm tra"): that body is what the row is about, not who
// does it, so the column is the content (tried before "giám sát" makes it a supervisor).
const CHECKED = /^(?:ten )?(?:don vi|co quan|dia phuong|dia ban|to chuc)(?:,? [a-z/]+){0,4}? duoc (?:kiem tra|giam sat|thanh tra|khao sat|lam viec)|^doi tuong (?:duoc )?(?:kiem tra|giam sat|thanh tra|khao sat)/;
// A two-level action table names each line of work and, beside it, the concrete actions that carry
// it out, each with its own units and time ("Nội dung hành động | Hành động cụ thể", "Nhiệm vụ |
// Nhiệm vụ cụ thể", "Giải pháp | Hoạt động cụ thể"): the concrete column holds the tasks.
const CONCRETE = /^(?:noi dung|nhiem vu|hanh dong|hoat dong|giai phap|cong viec)(?: [a-z]+){0,2} cu the$/;
const HEADER_WORD = /hanh dong cu the|noi dung|nhiem vu|cong viec|giai phap|hoat dong|chi tieu|ten (?:van ban|du an|de an|chuong trinh|de tai|san pham)|duoc (?:kiem tra|giam sat|thanh tra|khao sat|lam viec)|doi tuong (?:duoc )?(?:kiem tra|giam sat|thanh tra|khao sat)/;
const RULES: ReadonlyArray<[ColumnRole, RegExp]> = [
  ['index', /^(?:s\.?\s?tt|tt|so tt|so thu tu|stt)\.?$/],
  // "Chức vụ giao / Nhiệm vụ đảm nhận": the post a member holds in a team, a note of the row
  // beside what the member is to do, though it says "nhiệm vụ".
  // A cell that also names who does the work ("Chức danh, người thực hiện", "Chức vụ, đơn vị chủ
  // trì") is that column, not a note.
  ['note', /^chuc (?:vu|danh)\b(?!.*(?:thuc hien|chu tri|don vi|nguoi|co quan))/],
  // "Số ngày dự kiến" / "Số ngày thực hiện": how long the task may take, its time column.
  // OCR splits the T of "Thời gian" off as a stroke ("IT hOi gian", restored "ÍT hơi gian").
  ['deadline', /thoi gian|\bhoi gian\b|\bth\S{1,3} gian\b|thoi han|tien do|hoan thanh|moc thoi gian|^so ngay\b/],
  ['content', CHECKED],
  // "Căn cứ thực hiện": the papers a step rests on, a note of the row, not who does it.
  ['note', /^can cu\b/],
  // "Đơn vị chủ trì/phối hợp", "Chủ trì, phối hợp": one column for both, the lead named first.
  ['leadSupport', /chu tri (?:va |hoac )?phoi hop/],
  // "Phối hợp" restored from a layer without Vietnamese may read "phải họp". "Đơn vị cho ý kiến"
  // / "góp ý": the bodies a drafting unit asks for their views take part in its work, not lead it;
  // only a body's column, not "Nội dung góp ý" nor "Đơn vị chủ trì lấy ý kiến góp ý".
  ['support', /phoi hop|phai hop|^(?:don vi|co quan)(?: duoc)? (?:cho|gop) y(?: kien)?\b/],
  // "Cơ quan chủ trì theo dõi, đánh giá" follows the work up; it does not do it. "Người đứng đầu
  // chịu trách nhiệm" names the head answerable for the task, beside the body that does it.
  ['supervisor', /chi dao|lanh dao|phu trach|giam sat|theo doi|nguoi dung dau/],
  // "Đơn vị tính" is a unit of measure in a table of figures, not a body; "Số người", "Số lượng"
  // count people or things (a cost estimate's "Số người | Số lượng | Đơn giá"), they name no one.
  ['note', /don vi tinh|^dvt$|^so (?:nguoi|luong|lop|hoc vien|lan|buoi|dot)\b/],
  // "Kết quả thực hiện nhiệm vụ", "Nguồn kinh phí thực hiện" name neither content nor a unit.
  ['product', /san pham|ket qua|chi tieu/],
  // "Thuộc nhóm nhiệm vụ": the group a row belongs to, beside the row's own content column.
  ['group', /^(?:thuoc )?nhom (?:nhiem vu|giai phap|hoat dong)/],
  ['budget', /kinh phi|nguon von|nguon luc|du toan/],
  ['content', CONCRETE],
  ['content', CONTENT],
  // "Họ và tên": a team's plan names the member who does the row's work, a person for its lead.
  ['lead', /thuc hien|chu tri|soan thao|don vi|nguoi|co quan|bo phan|trach nhiem|tham muu|^ho (?:va )?ten\b/],
  ['note', /ghi chu/],
];

// OCR of a table header drops stray marks and short fragments between its words ("Thời se gian
// thực hiện", "Đơn vị . chủ 2 trì/phôi ` Ã« hợp"): each rule is also tried with one such
// fragment of one or two characters allowed between its words, rule by rule, so "Thời … gian
// thực hiện" is still a deadline before it is a "thực hiện".
const tolerant = (re: RegExp) => new RegExp(re.source.replace(/ /g, ' (?:[a-z0-9]{1,2} )?'));
const TOLERANT_RULES: ReadonlyArray<[ColumnRole, RegExp]> = RULES.map(([role, re]) => [role, tolerant(re)]);
// The row's test for a content column's words is as tolerant: a scan's header reads "Nội v. dung" too.
const TOLERANT_HEADER_WORD = tolerant(HEADER_WORD);
// A header cell of two lines OCR read interleaved ("Chuẩn mực chấp nhận / Thời gian" as "Chuẩn
// Thời mực chấ gian nhận"): the time column's two words with up to two short words of the other
// line between them. Only the deadline's words: other rules' words are common in any header.
const INTERLEAVED_DEADLINE = /\bthoi (?:[a-z]{1,4} ){1,2}gian\b/;

export function columnRole(header: string): ColumnRole | null {
  const f = foldedCell(header);
  // A header cell names a column in a few words; a paragraph that mentions "nội dung" does not.
  if (!f || f.length > 70 || /^[-+•]/.test(f)) return null;
  const words = f.replace(/[^a-z0-9]+/g, ' ').trim();
  for (const [i, [role, re]] of RULES.entries()) if (re.test(f) || TOLERANT_RULES[i]![1].test(words)) return role;
  return INTERLEAVED_DEADLINE.test(words) ? 'deadline' : null;
}

/** The roles of a header row, or null when the row is not a task-table header. */
const NUMBERED_FIRST_CELL = /^(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,5})[.)]?$/;
const COST = /^(?:don gia|thanh tien)\b/;
/** A column of targets: "Chỉ tiêu", "Nội dung chỉ tiêu" (not "Kết quả, chỉ tiêu đạt được"). */
const TARGETS = /^(?:noi dung )?chi tieu\b/;

export function headerRoles(cells: readonly string[], options: HeaderOptions = {}): Array<ColumnRole | null> | null {
  // Every table row is asked; a row whose text never names a content column is passed over
  // with one fold of the row instead of one per cell.
  const row = foldVietnamese(cells.join(' ')).replace(/\s+/g, ' ');
  if (!HEADER_WORD.test(row) && !TOLERANT_HEADER_WORD.test(row.replace(/[^a-z0-9]+/g, ' '))) return options.blankContent ? blankContentHeader(cells) : null;
  // A row numbered in its first cell ("2.2", "5.", "IV") is a row of the table, however its cells
  // read ("Nhiệm vụ được triển khai | Nhiệm vụ thường xuyên"): a header's first cell names its column.
  if (NUMBERED_FIRST_CELL.test(cells[0]?.trim() ?? '')) return null;
  const roles = cells.map(columnRole);
  // "Tên dự án, nhiệm vụ | Nội dung chính": the first content column names the task, a
  // second one describes it.
  // A table that assigns targets ("TT | Chỉ tiêu | Chủ trì", "STT | Nội dung chỉ tiêu | Chủ trì |
  // Phối hợp") has them for content.
  if (!roles.includes('content')) {
    const target = cells.findIndex((c, i) => roles[i] === 'product' && TARGETS.test(foldedCell(c)));
    if (target >= 0) {
      roles[target] = 'content';
      // Beside targets, a bare "Đơn vị" is their unit of measure ("%", "Tỷ đồng").
      cells.forEach((c, i) => {
        if (foldedCell(c) === 'don vi') roles[i] = 'note';
      });
    }
  }
  // "Thời hạn hoàn thành | Kết quả thực hiện | Tiến độ": beside a deadline, "Tiến độ" is the
  // status of the work ("Đã hoàn thành"), not when it is due.
  const deadlines = roles.flatMap((r, i) => (r === 'deadline' ? [i] : []));
  if (deadlines.length > 1) {
    const due = deadlines.find((i) => /thoi han|thoi gian/.test(foldVietnamese(cells[i]!))) ?? deadlines[0]!;
    for (const i of deadlines) if (i !== due) roles[i] = 'note';
  }
  namedPersonsDoWork(cells, roles);
  keepDoingLead(cells, roles);
  presidingBesideDoing(cells, roles);
  // "Đơn vị được kiểm tra | Nội dung kiểm tra": beside a column that says what is done, the body
  // checked is a note of the row, not its content (and never its lead).
  const checked = cells.map((c) => CHECKED.test(foldedCell(c)));
  if (roles.some((r, i) => r === 'content' && !checked[i])) roles.forEach((r, i) => checked[i] && r === 'content' && (roles[i] = 'note'));
  concreteBesideBroad(cells, roles);
  const firstContent = roles.indexOf('content');
  roles.forEach((role, i) => {
    if (role === 'content' && i !== firstContent) roles[i] = 'note';
  });
  const known = new Set(roles.filter((r): r is ColumnRole => r !== null));
  if (!known.has('content') || known.size < 3) return null;
  // A task table says who does it or by when; a table of figures ("Nội dung | Năm 2026 | Dự
  // toán") does not.
  const unit = known.has('lead') || known.has('support') || known.has('leadSupport');
  if (!unit && !known.has('deadline')) return null;
  // "Nội dung | Số người | Số ngày | Đơn giá | Thành tiền": a cost estimate naming no unit, its rows
  // priced budget lines, not tasks (its "Số ngày" the days paid for, not a time limit).
  if (!unit && cells.some((c) => COST.test(foldedCell(c)))) return null;
  return roles;
}

export interface HeaderOptions {
  /**
   * The page was read by OCR: a header cell may have come out empty where the seal was pressed
   * over it or the scan lost it (see blankContentHeader).
   */
  blankContent?: boolean;
}

/**
 * A task table's header whose content cell OCR read empty: on a scanned appendix the seal is
 * often pressed over the header's left part, and "Nội dung thực hiện" comes out blank while the
 * index, the units and the time are read ("TT | | Cơ quan chủ trì | Đơn vị phối hợp | Thời gian
 * thực hiện"). The one empty cell right after the index column, before a column of units and with
 * a time column, is the content. null for any other row (a header naming no units or no time, two
 * empty cells, a row of a table).
 */
function blankContentHeader(cells: readonly string[]): Array<ColumnRole | null> | null {
  if (cells.length < 4) return null;
  const roles = cells.map(columnRole);
  if (roles[0] !== 'index' || cells[1]!.trim() || cells.slice(2).some((c) => !c.trim())) return null;
  const rest = roles.slice(2);
  if (rest.includes('content') || rest.includes(null) || rest.includes('index')) return null;
  if (!rest.some((r) => r === 'lead' || r === 'leadSupport') || !rest.includes('deadline')) return null;
  return ['index', 'content', ...rest];
}

// "Nội dung hành động | Hành động cụ thể | Bộ ngành chủ trì": the broad column left of the concrete
// one spans several rows, each concrete action with its own lead and time; the concrete column is
// the content, the broad one the group its rows belong to.
function concreteBesideBroad(cells: readonly string[], roles: Array<ColumnRole | null>): void {
  const folded = cells.map(foldedCell);
  const concrete = roles.findIndex((r, i) => r === 'content' && CONCRETE.test(folded[i]!));
  if (concrete < 0) return;
  roles.forEach((r, i) => i < concrete && r === 'content' && (roles[i] = 'group'));
}

/**
 * The header names a column of concrete actions beside a broader one (see concreteBesideBroad):
 * a two-level action table, whose rows are actions printed under their group, not a task list
 * with a column saying which group of the plan each task serves ("Thuộc nhóm nhiệm vụ").
 */
export function namesConcreteActions(cells: readonly string[], roles: ReadonlyArray<ColumnRole | null>): boolean {
  return roles.includes('group') && cells.some((c, i) => roles[i] === 'content' && CONCRETE.test(foldedCell(c)));
}

// "TT | Họ và tên | Chức vụ | Nhiệm vụ": a list of a board's members names each one's post in
// the board ("Trưởng ban", "Thành viên"), no work. The names lead only when the content column
// says what each is given to do ("Nội dung phân công chi tiết", "Công việc được giao", "Nhiệm vụ được giao").
const PERSON = /^ho (?:va )?ten\b/;
const WORK_GIVEN = /noi dung|phan cong|cong viec|duoc giao/;

function namedPersonsDoWork(cells: readonly string[], roles: Array<ColumnRole | null>): void {
  const folded = cells.map(foldedCell);
  const content = roles.indexOf('content');
  if (content >= 0 && WORK_GIVEN.test(folded[content]!)) return;
  roles.forEach((r, i) => r === 'lead' && PERSON.test(folded[i]!) && (roles[i] = null));
}

// "Cơ quan trình | Cơ quan soạn thảo | Cơ quan thẩm tra": a legislative programme names several
// bodies per act. The body that submits the draft or examines it does not do the work: beside
// another unit column it is a note. Other unit columns side by side keep reading as one lead.
// "Cơ quan chịu trách nhiệm quản lý nhà nước" names the body answerable in law for the field
// ("Cơ quan lập quy hoạch", a Bộ) beside the unit that does the row: the same kind of note.
const NOT_DOING = /tham tra|tham dinh|chuan bi y kien|^(?:co quan|don vi) trinh\b|quan ly nha nuoc/;

function keepDoingLead(cells: readonly string[], roles: Array<ColumnRole | null>): void {
  const leads = roles.flatMap((r, i) => (r === 'lead' ? [i] : []));
  const idle = leads.filter((i) => NOT_DOING.test(foldedCell(cells[i]!)));
  if (idle.length === 0 || idle.length === leads.length) return;
  for (const i of idle) roles[i] = 'note';
}

// "Chủ trì | Thực hiện": beside a column of the units that do the work, a bare "Chủ trì" names
// who presides over it ("Lãnh đạo Trung tâm", the command whose plan it is), the layout of the
// seeds' "Đơn vị thực hiện | Chủ trì, chỉ đạo": the supervisor, not a second lead.
const PRESIDING = /^chu tri$/;
const DOING = /\bthuc hien\b/;

function presidingBesideDoing(cells: readonly string[], roles: Array<ColumnRole | null>): void {
  const folded = cells.map(foldedCell);
  const leads = roles.flatMap((r, i) => (r === 'lead' ? [i] : []));
  if (!leads.some((i) => DOING.test(folded[i]!))) return;
  for (const i of leads) if (PRESIDING.test(folded[i]!)) roles[i] = 'supervisor';
}

/**
 * Roles guessed from position for a table without a header: the common layout
 * TT · Nội dung · thực hiện · phối hợp · thời gian · chỉ đạo.
 */
export function guessedRoles(width: number): Array<ColumnRole | null> {
  const layout: ColumnRole[] = ['index', 'content', 'lead', 'support', 'deadline', 'supervisor'];
  return Array.from({ length: width }, (_, i) => layout[i] ?? null);
}
