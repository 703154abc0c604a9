// Task tables whose first columns number and name the body, merged over all of that body's rows
// ("STT / Đơn vị / Nhiệm vụ chủ trì / Đơn vị phối hợp / Thời gian hoàn thành"), as a gazette's
// text layer exported to plain text writes them: every cell a run of lines, no separators, the
// header again on every page, and the merged number and body ("1" / "Bộ Thông tin và" /
// "Truyền thông") placed once, among that body's rows (where the merged cell's middle fell),
// never before them. Rows are read as:
// - a task's cell, its partners run onto it ("… (1) Bộ Tư pháp (2) Văn phòng Chính phủ") or a
//   partner alone on the next line, then its time on one line or a few ("Theo lộ trình của" /
//   "Đề án do Bộ" / "Công an đề xuất"); the time closes the row;
// - the number that follows the last one, alone, then the body's name over short lines;
// - a row belongs to the body whose number came last before it; rows before the first number
//   belong to the first body. A body's rows printed before its number (the merged cell's upper
//   half) are given to the body above: the text says no more.
// A heading, an annex or the signature ends the table. Rows are rebuilt as tab-separated lines
// (index, body, task, partners, time) for tsv-table.ts.
import { provinceNames } from '../shared/localities.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { headerRoles, type ColumnRole } from './columns.js';
import type { SourceLine } from './tsv-table.js';
import { startsBody } from './units.js';

/** A header cell is a few words. */
const HEADER_CELL_CHARS = 40;
const INDEX_CELL = /^(?:s\.?\s?tt|tt|so tt)\.?$/;
const NUMBER = /^\d{1,3}$/;
/** What ends the table (folded, lower case): a part or annex heading, the signature, the recipients. */
const TABLE_END = /^(?:[ivx]{1,5}[.)]\s|phu luc\b|noi nhan|tm\.|kt\.|tl\.)/;
/** A time cell's opening (folded): a quarter, a month, a year, "thường xuyên", "theo lộ trình …". */
const TIME_OPENING = /^(?:(?:tu|truoc|trong|den|cuoi|dau|giua)\s+(?:quy|thang|nam|qua trinh)\b|quy\s+(?:[ivx]+|\d)\b|thang\s+\d|nam\s+\d{4}|truoc\s+(?:ngay|thang|nam)\b|trong nam\b|hang\s+(?:nam|quy|thang)|dinh ky|thuong xuyen|theo lo trinh|trong qua trinh)/;
/** A time cell wrapped onto short lines. */
const TIME_LINE_CHARS = 28;
/** A body's name wraps onto short lines ("Bộ Thông tin và" / "Truyền thông"). */
const UNIT_LINE_CHARS = 32;
/** A partner's name, then a capitalised time opening on the same line. */
const PARTNER_THEN_TIME = /^(.{3,60}?)\s+((?:Theo lộ trình|Trong quá trình|Thường xuyên|Quý|Tháng|Trong năm|Từ|Trước)\b.*)$/u;

/** A body's name cut where it must go on: after "và", a comma, or a unit word without its place. */
const OPEN_NAME = /(?:\svà|,|\s(?:thành phố|tỉnh|huyện|quận|xã|phường))$/iu;
const LONG_NAME_CHARS = 100;

/** "(1) Bộ Tư pháp (2) …": the partners' list, numbered. */
const PARTNERS = /\s*\(1\)\s*/;

interface Row {
  group: number | null;
  content: string[];
  support: string[];
  time: string[];
  start: number | null;
  end: number | null;
}

/** The tables in the lines as tab-separated rows, the header first; none when there is none. */
export function unitColumnTableRows(lines: readonly SourceLine[]): SourceLine[] {
  for (let i = 0; i < lines.length; i++) {
    if (!INDEX_CELL.test(fold(lines[i]!))) continue;
    const header = headerAt(lines, i);
    if (!header) continue;
    const rows = tableRows(lines, header.next, header.cells);
    if (rows.length) return rows;
    // The header's own cells hold no other header: go on after them.
    i = header.next - 1;
  }
  return [];
}

function fold(line: SourceLine): string {
  return foldVietnamese(line.text.trim()).toLowerCase().replace(/\s+/g, ' ');
}

/** The header at lines[at]: index, body, task, partners and time, the body before the task. */
function headerAt(lines: readonly SourceLine[], at: number): { cells: string[]; next: number } | null {
  const cells: string[] = [];
  let j = at;
  for (; j < lines.length && cells.length < 6; j++) {
    const text = lines[j]!.text.trim();
    if (!text || text.length > HEADER_CELL_CHARS) break;
    cells.push(text);
    const roles = headerRoles(cells);
    if (roles && isUnitFirst(roles)) return { cells, next: j + 1 };
  }
  return null;
}

function isUnitFirst(roles: ReadonlyArray<ColumnRole | null>): boolean {
  return roles.length === 5 && roles[0] === 'index' && roles[1] === 'lead' && roles[2] === 'content' && roles[3] === 'support' && roles[4] === 'deadline';
}

function tableRows(lines: readonly SourceLine[], from: number, headerCells: readonly string[]): SourceLine[] {
  const rows: Row[] = [];
  const units = new Map<number, string>();
  let row: Row | null = null;
  let expected = 1;
  let group: number | null = null;
  let inTime = false;
  const close = () => {
    if (row && row.content.length) rows.push(row);
    row = null;
    inTime = false;
  };
  for (let j = from; j < lines.length; j++) {
    const line = lines[j]!;
    const text = line.text.trim();
    if (!text) continue;
    const folded = fold(line);
    if (TABLE_END.test(folded)) break;
    // The header again on a new page.
    if (INDEX_CELL.test(folded) && headerAt(lines, j)) {
      j = headerAt(lines, j)!.next - 1;
      continue;
    }
    if (NUMBER.test(text)) {
      // The next body's number, its name on the lines after it; any other figure is a page's.
      if (Number(text) === expected && namesBodyNext(lines[j + 1])) {
        const name: string[] = [];
        let k = j + 1;
        for (; k < lines.length; k++) {
          const part = lines[k]!.text.trim();
          // A name left open ("UBND thành phố") goes on however long its next line ("Hà Nội, Thành phố Hồ Chí Minh, …").
          const open = name.length > 0 && OPEN_NAME.test(name[name.length - 1]!);
          if (!part || part.length > (open ? LONG_NAME_CHARS : UNIT_LINE_CHARS) || (name.length && !continuesName(name[name.length - 1]!, part))) break;
          name.push(part);
        }
        units.set(expected, name.join(' ').replace(/\s+/g, ' '));
        group = expected++;
        j = k - 1;
      }
      continue;
    }
    const end = line.start === null ? null : line.start + line.text.length;
    if (TIME_OPENING.test(folded) && row && (row as Row).content.length) {
      row.time.push(text);
      row.end = end;
      inTime = true;
      continue;
    }
    if (inTime && row && text.length <= TIME_LINE_CHARS && !opensTask(text) && (!startsBody(text) || OPEN_END.test((row as Row).time.at(-1) ?? ''))) {
      row.time.push(text);
      row.end = end;
      continue;
    }
    if (inTime) close();
    const current: Row = row ?? { group, content: [], support: [], time: [], start: line.start, end };
    row = current;
    if (current.support.length && !/^\(\d\)/.test(text) && text.length <= 60) {
      // After the partners, a short line that is no partner is the row's time ("Bộ Công an xây dựng kế hoạch triển khai").
      current.time.push(text);
      current.end = end;
      inTime = true;
      continue;
    }
    // "Bộ Khoa học và Công nghệ Theo lộ trình thực": a lone partner and the time on one line.
    const joined = current.content.length && !current.support.length && startsBody(text) ? PARTNER_THEN_TIME.exec(text) : null;
    if (joined && TIME_OPENING.test(foldVietnamese(joined[2]!).toLowerCase())) {
      current.support.push(joined[1]!.trim());
      current.time.push(joined[2]!.trim());
      current.end = end;
      inTime = true;
      continue;
    }
    const split = PARTNERS.exec(text);
    if (split) {
      const before = text.slice(0, split.index).trim();
      if (before) current.content.push(before);
      current.support.push(text.slice(split.index).trim());
    } else if (/^\(\d\)/.test(text)) current.support.push(text);
    else if (current.content.length && !current.support.length && startsBody(text) && text.length <= 60 && !/[.;,]$/.test(current.content[current.content.length - 1]!) && lines[j + 1] && TIME_OPENING.test(fold(lines[j + 1]!))) {
      // One partner alone on its line, right before the time.
      current.support.push(text);
    } else current.content.push(text);
    current.end = end;
  }
  close();
  if (rows.length < 2 || !units.size) return [];
  const first = Math.min(...units.keys());
  const out: SourceLine[] = [{ text: headerCells.join('\t'), start: lines[from - 1]?.start ?? null }];
  for (const r of rows) {
    const number = r.group ?? first;
    const partners = r.support.join(' ').split(/\s*\(\d\)\s*/).map((s) => s.trim()).filter(Boolean).join('; ');
    out.push({ text: [String(number), units.get(number) ?? '', r.content.join(' '), partners, r.time.join(' ')].join('\t'), start: r.start, ...(r.end !== null ? { end: r.end } : {}) });
  }
  return out;
}

/** A time line cut mid-phrase ("Theo lộ trình của" / "Đề án do Bộ" / "Công an đề xuất"): the next line goes on with it. */
const OPEN_END = /\s(?:Bộ|do|của|và|các|theo)$/u;

/** The line after a number names a body (a short capitalised line, no task, no time): the number is the body's, not a page's. */
function namesBodyNext(line: SourceLine | undefined): boolean {
  const text = line?.text.trim() ?? '';
  if (!text || text.length > UNIT_LINE_CHARS || !/^\p{Lu}/u.test(text)) return false;
  const folded = foldVietnamese(text).toLowerCase();
  return !INDEX_CELL.test(folded) && !TIME_OPENING.test(folded) && !opensTask(text);
}

/** A body's name goes on: after "và" or a comma, or a line in small letters or of "và …". */
function continuesName(previous: string, next: string): boolean {
  if (opensTask(next)) return /(?:\svà|,)$/u.test(previous);
  return /(?:\svà|,)$/u.test(previous) || KIND_AWAITING_NAME.test(previous) || wrapsPlaceName(previous, next) || /^(?:và\s|\p{Ll})/u.test(next) || !/[.;:]$/.test(next);
}

/** A body's or a unit's kind at the end of a line, its name on the next ("UBND thành phố" / "Hà Nội, …"; "Văn phòng" / "Chính phủ"). */
const KIND_AWAITING_NAME = /\s(?:thành phố|Thành|tỉnh|huyện|quận|thị xã|Văn phòng|văn phòng)$/u;

/** A province's name cut by the wrap: "… Hải Phòng, Cần" / "Thơ". */
function wrapsPlaceName(previous: string, next: string): boolean {
  const last = /(\p{Lu}\p{Ll}*)$/u.exec(previous)?.[1];
  const first = /^(\p{Lu}\p{Ll}*)/u.exec(next)?.[1];
  if (!last || !first) return false;
  const joined = foldVietnamese(`${last} ${first}`).toLowerCase();
  return provinceNames().some((name) => foldVietnamese(name).toLowerCase() === joined);
}

/** A task's cell opens with its verb ("Tham mưu …", "Xây dựng …", "Thẩm định …"). */
function opensTask(text: string): boolean {
  return /^(?:tham muu|xay dung|ban hanh|to chuc|trien khai|thanh lap|tuyen truyen|ra soat|sua doi|thuc hien|trinh|bo tri|phoi hop|theo doi|huong dan|chi dao|tham dinh|nghien cuu|danh gia|hop tac|day manh|gioi thieu|chuan bi|cap nhat|hoan thien|kiem tra)\b/.test(foldVietnamese(text).toLowerCase());
}
