// Scanned task tables OCR'd column by column: the cells of one row come out on several lines
// in a shifted order, with the row number glued to the end of the last one ("…Phong Noi vu1.").
// Best effort, in four steps:
// 1. the table starts at its header (several column names on a line: "Thoi gian hoan
//    thanhDon vj phoi hop…TT"); repeated headers and page debris are dropped;
// 2. section rows are capital lines ending with a Roman numeral ("QUY 11/2021II");
// 3. rows are cut at the row numbers, which must follow each other (1., 2., 3. … restarting
//    after a section), so a "2." inside a cell is not taken for a row;
// 4. inside a row, fragments are told apart by what they say: deadlines ("Tháng 01/2021",
//    "Trước …"), the supervisor ("Hội đồng TĐKT quận", "Lãnh đạo …"), units, and the content
//    (what is left). The unit glued to the row number is the lead, other units support.
// Each row's confidence says how complete it came out; text that fits no row is reported.
import type { TaskRow } from '../../output/schema.js';
import { log } from '../../output/diagnostics.js';
import type { StageContext } from '../../output/stage.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { parseDeadline } from '../shared/deadline.js';
import { cleanCell, splitUnits } from './units.js';

const HEADER_WORDS = [/noi dung/, /thuc hien|thirc hien|thyc hien/, /phoi hop/, /thoi gian|thai gian/, /chu tri|chi dao/, /hoan thanh/];
const DEADLINE = /^(?:thang|truoc|trudc|truac|tnxoc|den truoc|theo kh|theokh|theo tien do|thuong\s*xuyen|hang thang|hang nam|quy [ivx\d]|\d{1,2}\/(?:19|20)\d\d|(?:19|20)\d\d\b)/;
const SUPERVISOR = /^(?:h\S{0,3} d\S{2,4} (?:tdkt|tbkt|thi dua|xet duyet|xd)|hdtdkt|lanh dao|d\/c chu tich|chu tich|chii tich|thu truong)/;
const UNIT = /^(?:cac |phong |ban |lien doan|cong doan|ubnd|uy ban|truong|don vi|van phong|mttq|nganh|trung tam|hoi dong xet|hoi dong xd|cum |dang uy|cong an|chi cuc|tthdtdkt|tt hdtdkt|moi don vi)/;

export function tasksFromScrambledOcr(text: string, ctx: StageContext, options: { planYear: number | null }): TaskRow[] {
  const folded = foldVietnamese(text);
  const headerAt = findHeader(folded);
  if (headerAt < 0) return [];
  const fragments = mergeCouncilNames(fragmentsOf(text, folded, headerAt));
  const rows: Fragment[][] = [];
  const sections: Array<string | null> = [];
  const indices: string[] = [];
  let section: string | null = null;
  let expected = 1;
  let current: Fragment[] = [];
  const unplaced: Fragment[] = [];

  for (const fragment of fragments) {
    const sectionName = sectionRow(fragment.text);
    if (sectionName) {
      if (current.length) unplaced.push(...current);
      current = [];
      section = sectionName;
      expected = 1;
      continue;
    }
    const cut = rowNumberIn(fragment, expected);
    if (!cut) {
      current.push(fragment);
      continue;
    }
    if (cut.before) current.push({ ...cut.before, last: true });
    rows.push(current);
    sections.push(section);
    indices.push(String(cut.number));
    current = cut.after ? [cut.after] : [];
    expected = cut.number + 1;
  }
  // Text after the last number: a row whose number OCR lost, if it says anything.
  if (current.some((f) => classify(f) === 'content')) {
    rows.push(current);
    sections.push(section);
    indices.push('');
  } else unplaced.push(...current);

  for (const f of unplaced) {
    if (f.text.replace(/[^\p{L}]/gu, '').length >= 6) ctx.message(log.tableRowUnplaced(f.text.slice(0, 80)), { span: f.span });
  }
  return rows.map((row, i) => buildTask(row, indices[i]!, sections[i]!, ctx, options));
}

interface Fragment {
  text: string;
  folded: string;
  span: { start: number; end: number };
  /** The fragment glued to the row number: in this layout, the lead unit's column. */
  last?: boolean;
}

function findHeader(folded: string): number {
  let offset = 0;
  for (const line of folded.split('\n')) {
    // A header line is mostly column names: four of them on one short line.
    // A sentence that names them ("a) Chủ trì, phối hợp … thực hiện nội dung …;") is prose.
    const sentence = /^\s*(?:[a-z]\)|[-+•])\s/.test(line) || /[.;]\s*$/.test(line);
    if (!line.includes('\t') && line.length <= 160 && !sentence && HEADER_WORDS.filter((re) => re.test(line)).length >= 4) return offset;
    offset += line.length + 1;
  }
  return -1;
}

/** "Hội đồng" on one line and "TĐKT quận" on the next are one cell. */
function mergeCouncilNames(fragments: Fragment[]): Fragment[] {
  const out: Fragment[] = [];
  for (const f of fragments) {
    const prev = out[out.length - 1];
    if (prev && /^h\S{0,3} d\S{2,4}$/.test(prev.folded) && /^(?:tdkt|tbkt|xd|xet|thi dua)/.test(f.folded)) {
      out[out.length - 1] = { text: `${prev.text} ${f.text}`, folded: `${prev.folded} ${f.folded}`, span: { start: prev.span.start, end: f.span.end } };
    } else out.push(f);
  }
  return out;
}

function isHeaderDebris(folded: string): boolean {
  const f = folded.trim();
  if (HEADER_WORDS.filter((re) => re.test(f)).length >= 2) return true;
  return /^(?:chu tri,?|chii tri,?|chi dao|thoi gian|thai gian|hoan thanh|tt)$/.test(f) || /^chu tri, chi dao$/.test(f);
}

/** Lines of the table region, cut where OCR glued two cells ("01/2021Xay dựng", "vuHướng"). */
function fragmentsOf(text: string, folded: string, from: number): Fragment[] {
  const out: Fragment[] = [];
  let offset = from;
  for (const line of text.slice(from).split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (isHeaderDebris(folded.slice(lineStart, lineStart + line.length))) continue;
    const pieces = line.split(/(?<=[\p{Ll}\d)’”"])(?=\p{Lu}\p{Ll})|(?<=\S)\s+(?=(?:Tháng|Thang|Trước|Truoc|Trudc)\s*\d)/u);
    let at = lineStart;
    for (const piece of pieces) {
      const start = text.indexOf(piece, at);
      at = start + piece.length;
      const trimmed = stripJunkTokens(piece);
      if (!trimmed) continue;
      const s = start + piece.indexOf(trimmed);
      const f = folded.slice(s, s + trimmed.length);
      if (isHeaderDebris(f) || isNoise(trimmed)) continue;
      out.push({ text: trimmed, folded: f, span: { start: s, end: s + trimmed.length } });
    }
  }
  return out;
}

/** OCR specks around a cell: "9 r # 7 r • •", "• A •". */
function stripJunkTokens(piece: string): string {
  const junk = /^(?:[^\p{L}\p{N}]+|\p{L}|\d)$/u;
  const tokens = piece.trim().split(/\s+/);
  while (tokens.length && junk.test(tokens[0]!)) tokens.shift();
  while (tokens.length && junk.test(tokens[tokens.length - 1]!)) tokens.pop();
  return tokens.join(' ');
}

function isNoise(t: string): boolean {
  const letters = t.replace(/[^\p{L}]/gu, '').length;
  return letters < 3 && !/\d+\.\s*$/.test(t) || letters / t.length < 0.45 && !/\d/.test(t);
}

function sectionRow(t: string): string | null {
  const m = /^(.*?\S)\s*([IVX]{1,4})$/.exec(t);
  if (!m || m[1]!.length < 5) return null;
  const letters = m[1]!.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() ? m[1]!.trim() : null;
}

/** The expected row number ("…vu1.", "8.", "5. Tổ chức…") in a fragment, splitting it there. */
function rowNumberIn(f: Fragment, expected: number): { number: number; before?: Fragment; after?: Fragment } | null {
  for (const n of [expected, expected + 1]) {
    // "…Phòng Nội vụ1." or glued to a year: "Tháng 7/20211." (row 1 after "7/2021")
    const re = new RegExp(`(^|[^\\d/.,]|(?:19|20)\\d\\d)(${n})\\.(?=\\s|$)`);
    const m = re.exec(f.text);
    if (!m) continue;
    const at = m.index + m[1]!.length;
    const end = at + m[2]!.length + 1;
    const before = f.text.slice(0, at).trim();
    const after = f.text.slice(end).trim();
    const part = (s: string, from: number): Fragment => {
      const start = f.span.start + f.text.indexOf(s, from);
      return { text: s, folded: foldVietnamese(s), span: { start, end: start + s.length } };
    };
    return { number: n, ...(before ? { before: part(before, 0) } : {}), ...(after ? { after: part(after, end) } : {}) };
  }
  return null;
}

type Kind = 'deadline' | 'supervisor' | 'unit' | 'content';

function classify(f: Fragment): Kind {
  const t = f.folded.replace(/^[^\p{L}\d]+/u, '');
  if (DEADLINE.test(t)) return 'deadline';
  if (SUPERVISOR.test(t) && t.split(' ').length <= 6) return 'supervisor';
  if (UNIT.test(t) && t.split(' ').length <= 12 && !/^(?:cac )?(?:xay dung|to chuc|trien khai)/.test(t)) return 'unit';
  if (/^(?:tdkt|quan|uy|ubnd quan|hiep quan|phuong|truong)\b/.test(t) && t.split(' ').length <= 4) return 'unit';
  return 'content';
}

function buildTask(row: Fragment[], index: string, section: string | null, ctx: StageContext, options: { planYear: number | null }): TaskRow {
  const parts: Record<Kind, Fragment[]> = { deadline: [], supervisor: [], unit: [], content: [] };
  let lead: Fragment[] = [];
  let previous: Kind | null = null;
  for (const f of row) {
    let kind = classify(f);
    // A cell wrapped over lines: "Hội đồng" + "TĐKT quận", "Các phòng, ban," + "ngành, …".
    const last = row[row.indexOf(f) - 1];
    if (previous && last && (/[,&-]\s*$/.test(last.text) || /^\p{Ll}/u.test(f.text) || (previous === 'supervisor' && kind === 'unit' && last.text.split(' ').length <= 2))) {
      if (kind !== 'deadline' || previous === 'deadline') kind = previous;
    }
    if (f.last && (kind === 'unit' || kind === 'content')) {
      // "…công tác TĐKT 2021 Phòng Nội vụ": the lead is the unit at the end of the line.
      const m = /\s((?:Phòng|Phong|Ban|Các đơn vị|Cac don v\S*|TTHĐTĐKT|TTHDTDKT|Liên đoàn|Lien doan)\b.{0,30})$/u.exec(f.text);
      if (kind === 'content' && m && m.index > 10) {
        const contentText = f.text.slice(0, m.index);
        parts.content.push({ ...f, text: contentText });
        lead.push({ ...f, text: m[1]! });
      } else lead.push(f);
      previous = kind;
      continue;
    }
    parts[kind].push(f);
    previous = kind;
  }
  if (!lead.length) {
    const phong = parts.unit.findIndex((f) => /^phong /.test(f.folded));
    if (phong >= 0) lead = parts.unit.splice(phong, 1);
  }
  const content = cleanCell(parts.content.map((f) => f.text).join(' '));
  const deadlineText = cleanCell(parts.deadline.map((f) => f.text).join(' '));
  const parsed = deadlineText ? parseDeadline(deadlineText, { planYear: options.planYear }) : null;
  const spans = row.map((f) => f.span);
  const span = spans.length ? { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) } : undefined;
  if (parsed?.implausible) ctx.message(log.implausibleDeadline(deadlineText, String(options.planYear)), span ? { span } : undefined);
  const missing = [content, lead.length, deadlineText, index].filter((v) => !v).length;
  return {
    index: index || null,
    section,
    content,
    lead: lead.flatMap((f) => splitUnits(f.text)),
    support: parts.unit.length ? splitUnits(parts.unit.map((f) => f.text).join(' ')) : [],
    supervisor: parts.supervisor.length ? cleanCell(parts.supervisor.map((f) => f.text).join(' ')) : null,
    deadline: parsed?.deadline ?? null,
    confidence: Math.max(0.2, Math.round((0.85 - 0.15 * missing) * 100) / 100),
    ...(span ? { span } : {}),
  };
}
