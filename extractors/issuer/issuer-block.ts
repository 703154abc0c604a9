// The issuer block of a header, read as one line ("ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH BAN THƯỜNG
// TRỰC", "BAN CHẤP HÀNH TRUNG ƯƠNG BAN TUYÊN GIÁO VÀ DÂN VẬN", "UBND THÀNH PHỐ HÀ NỘI SỞ GIÁO DỤC
// VÀ ĐÀO TẠO"): cut into the bodies it stacks, governing body first, issuing body last. Besides
// the bodies issuer.ts knows by name, a block holds bodies named by a generic head (Bộ, Sở, Ban,
// Văn phòng, Cục, Tiểu ban …) whose name runs to the end of its line.
import { foldVietnamese, stripTones } from '../../normalizers/fold.js';
import { isAbbreviation, knownBodyAt, parseIssuer, sentenceCase, spellLocality, startsWith, tokenize, unitWordAt as unitWordIs, UNIT_WORDS, type ParsedIssuer, type Token } from './issuer.js';
import type { AdminUnit } from '../shared/localities.js';
import { ancestors, findUnits, resolveUnit } from '../shared/localities.js';
import { GROUP_HEADS, groupUnit, provinceEndingLine } from './group-unit.js';
import { unionCommitteeOfExecutive } from './youth-union-bodies.js';

interface GenericHead {
  folded: string[];
  /** As printed with its marks, lower case: a folded match alone could be a place ("Bàn"). */
  written: string;
  central?: boolean;
  /** An association: named for the whole country ("… Việt Nam") it is a national body. */
  society?: boolean;
  /** A state group's unit named by its trade and its province, bare (group-unit.ts). */
  groupUnit?: boolean;
}

const GENERIC_HEADS: GenericHead[] = [
  // "ĐẢNG ỦY PHƯỜNG … / CHI BỘ KHU PHỐ 3": a Party cell, never a ministry ("Bộ").
  { folded: ['chi', 'bo'], written: 'chi bộ' },
  // "ĐẢNG BỘ TỈNH LÀO CAI / ĐẢNG ỦY …": the Party organisation of a unit, never a ministry either.
  { folded: ['dang', 'bo'], written: 'đảng bộ' },
  { folded: ['bo'], written: 'bộ', central: true },
  { folded: ['tong', 'cuc'], written: 'tổng cục', central: true },
  { folded: ['chi', 'cuc'], written: 'chi cục' },
  // "CỤC ĐƯỜNG THỦY NỘI ĐỊA VIỆT NAM", "CỤC HÀNG HẢI VIỆT NAM": a department named for the whole country
  // is a ministry's, central (a province's names its province: "CỤC THUẾ TỈNH …").
  { folded: ['cuc'], written: 'cục', society: true },
  { folded: ['so'], written: 'sở' },
  { folded: ['tieu', 'ban'], written: 'tiểu ban' },
  // "BCH ĐOÀN HUYỆN THỌ XUÂN", "BCH HỘI NÔNG DÂN TỈNH": an executive committee, spelt out in parseGeneric.
  { folded: ['bch'], written: 'bch' },
  { folded: ['ban'], written: 'ban' },
  { folded: ['van', 'phong'], written: 'văn phòng' },
  // "PHÒNG THƯƠNG MẠI VÀ CÔNG NGHIỆP VIỆT NAM": a chamber named for the whole country is a national
  // body (a district's office names its district: "PHÒNG NỘI VỤ HUYỆN …").
  { folded: ['phong'], written: 'phòng', society: true },
  { folded: ['thuong', 'truc'], written: 'thường trực' },
  { folded: ['dang', 'doan'], written: 'đảng đoàn' },
  { folded: ['uy', 'ban'], written: 'ủy ban' },
  { folded: ['uy', 'ban'], written: 'uỷ ban' },
  { folded: ['hoi', 'dong'], written: 'hội đồng' },
  { folded: ['trung', 'tam'], written: 'trung tâm' },
  // "HUYỆN ỦY CÔ TÔ / CƠ QUAN TỔ CHỨC - NỘI VỤ": an agency of a party committee.
  { folded: ['co', 'quan'], written: 'cơ quan' },
  { folded: ['truong'], written: 'trường' },
  { folded: ['cong', 'an'], written: 'công an' },
  { folded: ['kho', 'bac'], written: 'kho bạc' },
  { folded: ['thanh', 'tra'], written: 'thanh tra' },
  { folded: ['toa', 'an'], written: 'tòa án' },
  { folded: ['benh', 'vien'], written: 'bệnh viện' },
  // "BỘ TƯ PHÁP / HỌC VIỆN TƯ PHÁP": an academy of a ministry issues in its own name.
  { folded: ['hoc', 'vien'], written: 'học viện' },
  { folded: ['vien'], written: 'viện' },
  // "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM": the confederation, national when named for the country.
  { folded: ['tong', 'lien', 'doan'], written: 'tổng liên đoàn', society: true },
  // "LIÊN ĐOÀN LAO ĐỘNG TỈNH … / CÔNG ĐOÀN NGÀNH GIÁO DỤC": a trade union of a sector or a workplace.
  { folded: ['cong', 'doan'], written: 'công đoàn' },
  { folded: ['lien', 'doan'], written: 'liên đoàn' },
  // A state bank's head office ("NGÂN HÀNG NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN VIỆT NAM"): national
  // when named for the country, as an association is; a branch names its province.
  { folded: ['ngan', 'hang'], written: 'ngân hàng', society: true },
  // "TỔ CÔNG TÁC LIÊN NGÀNH TW" under "BỘ CÔNG AN": a working group issues in its own name.
  { folded: ['to', 'cong', 'tac'], written: 'tổ công tác' },
  // "HỘI ĐỒNG NHÂN DÂN / TỈNH BÌNH DƯƠNG / ĐOÀN GIÁM SÁT": a council's supervision team, a team sent to inspect.
  { folded: ['doan', 'giam', 'sat'], written: 'đoàn giám sát' },
  { folded: ['doan', 'kiem', 'tra'], written: 'đoàn kiểm tra' },
  // "BẢO HIỂM XÃ HỘI VIỆT NAM / BẢO HIỂM XÃ HỘI TỈNH BÌNH DƯƠNG": the social insurance agency,
  // national when named for the country, else its province's or district's office.
  { folded: ['bao', 'hiem', 'xa', 'hoi'], written: 'bảo hiểm xã hội', society: true },
  // "QUỸ BẢO TRÌ ĐƯỜNG BỘ / TRUNG ƯƠNG", "QUỸ PHÁT TRIỂN ĐẤT TỈNH …": a state fund issues in its own
  // name, central when named for the centre or the country, else its province's.
  { folded: ['quy'], written: 'quỹ', society: true },
  { folded: ['hiep', 'hoi'], written: 'hiệp hội', society: true },
  // "TẬP ĐOÀN BƯU CHÍNH VIỄN THÔNG VIỆT NAM", "TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC": a state group, national
  // when named for the country; its units below name their province bare (group-unit.ts).
  { folded: ['tap', 'doan'], written: 'tập đoàn', society: true },
  { folded: ['tong', 'cong', 'ty'], written: 'tổng công ty', society: true },
  // "CÔNG TY CP ĐẦU TƯ XÂY DỰNG …": a company issues its decisions in its own name; no state level.
  { folded: ['cong', 'ty'], written: 'công ty' },
  { folded: ['hoi'], written: 'hội', society: true },
];

/** Heads that are also common in place names: they open a body only at the start of a line. */
const WEAK_HEADS = new Set(['quỹ', 'tập đoàn', 'tổng công ty', 'công ty', 'hội', 'công đoàn', 'viện', 'học viện', 'bệnh viện', 'trường', 'hội đồng', 'công an', 'thanh tra', 'trung tâm', 'cơ quan']);

/** The heads of a ministry's departments, which never stand inside its name ("Bộ Nội vụ" has no "Cục"). */
const MINISTRY_PARTS = new Set(['tổng cục', 'cục']);

/** Bodies that are a part of the body above them: "Ban Thường trực" of the MTTQ committee. */
const PART_OF_PARENT = new Set(['ban thuong truc', 'thuong truc', 'van phong', 'dang doan', 'ban can su dang', 'doan giam sat']);

/** The word without its dot-below tone mark, the smallest mark and the one OCR loses most ("hội" → "hôi"). */
function withoutDotBelow(word: string): string {
  return word.normalize('NFD').replace(/\u0323/g, '').normalize('NFC');
}

/** The kinds of school a "TRƯỜNG" line names: no title ("TRƯỞNG") is followed by one. */
const SCHOOL_KINDS = [['dai', 'hoc'], ['cao', 'dang'], ['trung', 'cap'], ['trung', 'hoc'], ['tieu', 'hoc'], ['mam', 'non'], ['mau', 'giao'], ['thpt'], ['thcs'], ['ptdt'], ['chinh', 'tri'], ['boi', 'duong'], ['si', 'quan']];

/**
 * "TRƯỞNG ĐẠI HỌC ĐIỆN LỰC": OCR read the grave of TRƯỜNG as a hook. At a line start, before a
 * school's kind, it is the school (a head of office, "TRƯỞNG PHÒNG", "TRƯỞNG BAN", names no school).
 * Not gated on OCR origin: a clean engine's layer reads as typed text (the text gives no sign of
 * it), and typed text loses nothing here, for no title is "trưởng" followed by a school's kind
 * (titles are "trưởng phòng / ban / khoa / nhóm / trung tâm …"), and only an issuer block's line
 * start is asked, where a typed "TRƯỞNG" before "ĐẠI HỌC" can only be the school mistyped.
 */
function isSchoolMisreadAsTitle(tokens: readonly Token[], at: number, head: GenericHead, written: string): boolean {
  return head.written === 'trường' && written === 'trưởng' && SCHOOL_KINDS.some((kind) => startsWith(tokens, at + 1, kind));
}

/** The generic head at token `at` (needs a capitalised word after it); its length in tokens. */
function genericHeadAt(tokens: readonly Token[], at: number, lineStart: boolean): GenericHead | null {
  for (const head of GENERIC_HEADS) {
    if (!startsWith(tokens, at, head.folded)) continue;
    const next = tokens[at + head.folded.length];
    // "VĂN PHÒNG" alone on its line under "BAN CHẤP HÀNH TRUNG ƯƠNG" names the body too.
    if (next ? !/^[\p{Lu}\p{N}]/u.test(next.text) : !lineStart) continue;
    const written = tokens
      .slice(at, at + head.folded.length)
      .map((t) => t.text.toLowerCase())
      .join(' ');
    // "QUỸ" only with its tilde: folded, "quy" also opens "QUY CHẾ", "QUY HOẠCH", "QUY ĐỊNH", words of
    // the name of the body above ("BAN CHỈ ĐẠO / QUY CHẾ DÂN CHỦ Ở CƠ SỞ", "VIỆN / QUY HOẠCH ĐÔ THỊ …").
    if (head.written === 'quỹ' && written.normalize('NFC') !== 'quỹ') continue;
    // Stripped text ("SO NOI VU") has no marks to check: a line start will do. Nor does the dot
    // below OCR lost ("HÔI CƯU GIÁO CHỨC" for HỘI): at a line start every other mark must agree
    // (TRƯỞNG NHÓM is no TRƯỜNG).
    if (written === head.written || (lineStart && (written === head.folded.join(' ') || withoutDotBelow(written) === withoutDotBelow(head.written)))) return head;
    if (lineStart && isSchoolMisreadAsTitle(tokens, at, head, written)) return head;
    // A head of three words is no place's name: its letters alone will do at a line start ("TỎ CÔNG TÁC").
    if (lineStart && head.folded.length >= 3 && foldVietnamese(written) === head.folded.join(' ')) return head;
  }
  return null;
}

function unitWordAt(tokens: readonly Token[], at: number): boolean {
  return !isSociety(tokens, at) && UNIT_WORDS.some((u) => unitWordIs(tokens, at, u) && /^\p{Lu}/u.test(tokens[at + u.tokens.length]?.text ?? ''));
}

/** "… THƯƠNG BINH VÀ XÃ HỘI": "xã hội" (society) after "và" is a word of the name, not a commune. */
function isSociety(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.folded === 'xa' && tokens[at + 1]?.folded === 'hoi' && tokens[at - 1]?.folded === 'va';
}

/**
 * A company's name wrapped onto the next line goes on there, place and all ("CÔNG TY TNHH MTV KHAI
 * THÁC / CÔNG TRÌNH THỦY LỢI TỈNH THÁI BÌNH"): a company has no office under it named for a place,
 * only its branches ("CHI NHÁNH …"), which open a body of their own.
 */
function companyNameGoesOn(generic: GenericHead | null, tokens: readonly Token[], at: number): boolean {
  return generic?.written === 'công ty' && !(tokens[at]!.folded === 'chi' && tokens[at + 1]?.folded === 'nhanh');
}

/**
 * A school's, an academy's or a hospital's name wrapped onto the next line goes on there, with the
 * city it is named after ("TRƯỜNG ĐẠI HỌC CÔNG NGHIỆP / THỰC PHẨM TP. HỒ CHÍ MINH", "BCH ĐOÀN TRƯỜNG
 * ĐẠI HỌC / CÔNG NGHIỆP THỰC PHẨM TP.HCM", its youth union's): an institution has no office under it
 * named for a place; a unit of its own opens with its head ("PHÒNG …"), read as a body.
 */
function institutionNameGoesOn(tokens: readonly Token[], from: number, at: number): boolean {
  for (let j = from; j < at; j++) {
    const word = tokens[j]!.text.toLowerCase();
    const school = word === 'trường' && !(j > from && NOT_A_SCHOOL_BEFORE.has(tokens[j - 1]!.folded));
    if (school || (/^(?:học|bệnh)$/.test(word) && tokens[j + 1]?.text.toLowerCase() === 'viện')) return true;
  }
  return false;
}

/**
 * Words (folded) before "trường" that make it no school: "môi trường", "thị trường", "công trường"…,
 * and a unit's word before a place named Trường ("HUYỆN TRƯỜNG SA", "XÃ TRƯỜNG XUÂN").
 */
const NOT_A_SCHOOL_BEFORE = new Set(['moi', 'thi', 'cong', 'chien', 'hien', 'quang', 'huyen', 'xa', 'phuong', 'tran', 'quan', 'tinh', 'pho', 'ap', 'thon']);

/** The printed line starting at token `at` holds a unit word followed by a name ("… TỈNH TÂY NINH"). */
function lineNamesPlace(tokens: readonly Token[], at: number, lineStarts: ReadonlySet<number>): boolean {
  for (let j = at + 1; j < tokens.length && !lineStarts.has(tokens[j]!.start); j++) if (unitWordAt(tokens, j)) return true;
  return false;
}

export interface BlockBody {
  parsed: ParsedIssuer;
  /** Offsets in the block text. */
  start: number;
  end: number;
}

/** What an engine reads for a speck before a line's first word: a quote or a dot or two, no dash. */
const SPECK_BEFORE_WORD = /^\s*['‘’`".,·]{1,2}$/;

/**
 * Where the block's lines open: at each line's first word. A speck the engine read before it
 * ("'ỦY BAN KIỂM TRA") is no word, and the head after it still opens its line; a line that opens
 * with dashes ("-  -  BỘ Y TẾ", the rules under a joint header's names) is read as before.
 */
function lineOpenings(text: string, tokens: readonly Token[], breaks: readonly number[]): Set<number> {
  const out = new Set<number>();
  let t = 0;
  for (const b of [...breaks].sort((x, y) => x - y)) {
    while (t < tokens.length && tokens[t]!.start < b) t++;
    const next = tokens[t];
    out.add(next && SPECK_BEFORE_WORD.test(text.slice(b, next.start)) ? next.start : b);
  }
  return out;
}

/** The bodies stacked in an issuer block; `breaks` are the offsets where a printed line began. */
export function bodiesOf(text: string, breaks: readonly number[], near: readonly AdminUnit[]): BlockBody[] {
  const tokens = tokenize(text);
  const lineStarts = lineOpenings(text, tokens, breaks);
  const starts: Array<{ at: number; generic: GenericHead | null; known: number }> = [];
  let current: { generic: GenericHead | null } | null = null;
  for (let i = 0; i < tokens.length; ) {
    const atLineStart = i === 0 || lineStarts.has(tokens[i]!.start);
    const known = knownBodyAt(tokens, i);
    const head = known ? null : genericHeadAt(tokens, i, atLineStart);
    // A group's name under a union's or a cell's line ("CÔNG ĐOÀN / TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM",
    // "BAN CHẤP HÀNH CÔNG ĐOÀN / TỔNG CÔNG TY …") says whose union it is: no body of its own.
    const fundOfOrgan = head?.written === 'quỹ' && fundIsOrgansObject(tokens, i);
    const groupOfUnion = head !== null && isGroupHead(head) && starts.length > 0 && !underGroup(starts);
    const generic = fundOfOrgan || groupOfUnion ? null : head;
    // Inside a generic name ("BAN TUYÊN GIÁO VÀ DÂN VẬN") only a new line starts a body; inside a
    // named one, a known body or a head written with its marks ("SỞ", not "HỘI" of "XÃ HỘI AN").
    let opens = false;
    // "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH", "ĐẢNG ỦY SỞ Y TẾ": a Party committee followed on its line by a
    // body is that body's committee, one body (partyCommitteeOf), not a committee above a body.
    if (current && !atLineStart && (known || generic) && committeeEndsAt(tokens, starts.at(-1)!, i)) opens = false;
    else if (!current || atLineStart) opens = Boolean(known || generic);
    else if (!current.generic) opens = Boolean(known) || (generic !== null && generic.written !== generic.folded.join(' ') && !WEAK_HEADS.has(generic.written));
    // "BỘ TÀI CHÍNH TỔNG CỤC THUẾ": the parent ministry and its general department copied onto one line.
    else opens = current.generic.written === 'bộ' && generic !== null && MINISTRY_PARTS.has(generic.written) && i - starts.at(-1)!.at >= 2;
    // "CỤC THUẾ\nTHUẾ TỈNH TÂY NINH": under a generic body, a line naming its own place is another body
    // (unless the name broke off mid-name: "SỞ GIÁO DỤC VÀ\nĐÀO TẠO TỈNH X", "THƯƠNG BINH\nVÀ XÃ HỘI").
    // A head alone on the line above ("CỤC\nTHUẾ TỈNH ĐỒNG NAI", as an OCR layer broke it) names
    // nothing yet: the line is its name, not another body.
    const headAlone = starts.length > 0 && i === starts.at(-1)!.at + (current?.generic?.folded.length ?? 0);
    if (!opens && !headAlone && !companyNameGoesOn(current?.generic ?? null, tokens, i) && !institutionNameGoesOn(tokens, starts.at(-1)?.at ?? i, i) && atLineStart && current?.generic && !unitWordAt(tokens, i) && lineNamesPlace(tokens, i, lineStarts) && !/^(va|-)$/.test(tokens[i - 1]?.folded ?? '') && !/^(va|-)$/.test(tokens[i]!.folded)) {
      starts.push({ at: i, generic: { folded: [tokens[i]!.folded], written: tokens[i]!.text.toLowerCase() }, known: 0 });
      current = { generic: starts.at(-1)!.generic };
      i++;
      continue;
    }
    // "TẬP ĐOÀN … / VIỄN THÔNG HẢI DƯƠNG", "… / TRUNG TÂM KINH DOANH VNPT - HẢI DƯƠNG": under a state
    // group, a line ending with a province the text names is its unit.
    if ((!opens || (generic && !isGroupHead(generic))) && atLineStart && i > 0 && underGroup(starts) && provinceEndingLine(tokens, i, lineEnd(tokens, i, lineStarts), near)) {
      starts.push({ at: i, generic: { folded: [tokens[i]!.folded], written: tokens[i]!.text.toLowerCase(), groupUnit: true }, known: 0 });
      current = { generic: starts.at(-1)!.generic };
      i++;
      continue;
    }
    if (opens) {
      starts.push({ at: i, generic, known });
      current = { generic };
      i += known || generic!.folded.length;
      continue;
    }
    i++;
  }
  const out: BlockBody[] = [];
  for (let k = 0; k < starts.length; k++) {
    const first = tokens[starts[k]!.at]!;
    const lastToken = k + 1 < starts.length ? tokens[starts[k + 1]!.at - 1]! : tokens.at(-1)!;
    const s = starts[k]!;
    // The school's head word as printed, not as misread (isSchoolMisreadAsTitle).
    const misread = s.generic?.written === 'trường' && first.text.toLowerCase() === 'trưởng';
    const phrase = (misread ? (first.text === first.text.toUpperCase() ? 'TRƯỜNG' : 'Trường') : '') + text.slice(misread ? first.end : first.start, lastToken.end);
    const parsed = s.known ? (partyCommitteeOf(phrase, near) ?? parseIssuer(phrase, undefined, near)) : s.generic!.groupUnit ? groupUnit(tokenize(phrase), phrase, near) : parseGeneric(phrase, s.generic!, near);
    if (parsed) out.push({ parsed, start: first.start, end: lastToken.end });
  }
  return out;
}

const DANG_UY = ['dang', 'uy'];
const INSTITUTION_HEADS = new Set(['trường', 'bệnh viện', 'học viện', 'viện', 'ngân hàng']);

/** The body read last is a bare "Đảng ủy" whose words end at token `at`. */
function committeeEndsAt(tokens: readonly Token[], start: { at: number; known: number }, at: number): boolean {
  return start.known === DANG_UY.length && start.at + DANG_UY.length === at && startsWith(tokens, start.at, DANG_UY);
}

/**
 * "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH": the Party committee of the body named after it, at that body's
 * level and place ("Đảng ủy Ủy ban nhân dân tỉnh", placed by the line above like the body would be).
 * Null when "Đảng ủy" is followed by a unit ("ĐẢNG ỦY PHƯỜNG …") or by no body.
 */
function partyCommitteeOf(phrase: string, near: readonly AdminUnit[]): ParsedIssuer | null {
  const tokens = tokenize(phrase);
  if (!startsWith(tokens, 0, DANG_UY) || tokens.length <= DANG_UY.length) return null;
  const rest = phrase.slice(tokens[DANG_UY.length]!.start);
  const head = knownBodyAt(tokens, DANG_UY.length) ? null : genericHeadAt(tokens, DANG_UY.length, false);
  // A school's, a hospital's or a bank's committee ("ĐẢNG ỦY TRƯỜNG ĐẠI HỌC VINH") is named by its
  // institution alone: the line above places no body there, and it keeps the committee's reading.
  if (head && INSTITUTION_HEADS.has(head.written)) return null;
  const body = knownBodyAt(tokens, DANG_UY.length) ? parseIssuer(rest, undefined, near) : head ? parseGeneric(rest, head, near) : null;
  if (!body) return null;
  const committee = `${tokens[0]!.text.charAt(0).toUpperCase()}${tokens[0]!.text.slice(1).toLowerCase()} ${tokens[1]!.text.toLowerCase()}`;
  return { ...body, name: `${committee} ${body.name}`, body: `${committee} ${body.body}` };
}

/**
 * "HỘI ĐỒNG QUẢN LÝ / QUỸ BẢO TRÌ ĐƯỜNG BỘ", "CÔNG ĐOÀN / QUỸ …": the line above names an organ
 * whose name goes on with what it governs, so the fund's line is the rest of that organ's name
 * (the council or the union issues), not a body of its own.
 */
function fundIsOrgansObject(tokens: readonly Token[], at: number): boolean {
  const before = tokens.slice(Math.max(0, at - 2), at).map((t) => t.folded).join(' ');
  return /(?:^|\s)(?:quan ly|dieu hanh|kiem soat|thanh vien|cong doan|chap hanh|dang uy|chi bo|tri su)$/.test(before);
}

const isGroupHead = (head: GenericHead) => GROUP_HEADS.includes(head.folded.join(' '));

/** Whether the bodies read so far open with a state group's head (GROUP_HEADS). */
function underGroup(starts: ReadonlyArray<{ at: number; generic: GenericHead | null }>): boolean {
  return starts.length > 0 && starts[0]!.generic !== null && isGroupHead(starts[0]!.generic);
}

/** The token after the last of the printed line that token `at` stands on. */
function lineEnd(tokens: readonly Token[], at: number, lineStarts: ReadonlySet<number>): number {
  let j = at + 1;
  while (j < tokens.length && !lineStarts.has(tokens[j]!.start)) j++;
  return j;
}

/** What a command is charged with: "BCH" before these is "Ban Chỉ huy" (military, civil defence, disaster, fire, rescue). */
const COMMAND_AFTER_BCH = /^bch (?:quan su|phong chong|pctt|phong thu|pccc|phong chay|tim kiem|bien phong|tkcn)(?:\s|$)/;

/** A company's legal form as its block abbreviates it, spelt out as the name is written in full. */
const COMPANY_FORMS: Readonly<Record<string, string>> = { CP: 'CỔ PHẦN', TNHH: 'TRÁCH NHIỆM HỮU HẠN', MTV: 'MỘT THÀNH VIÊN' };
const COMPANY_FORM_AFTER_HEAD = /^((?:tổng\s+)?công\s+ty)((?:\s+(?:cp|tnhh|mtv))+)(?=\s|$)/iu;

/** "CÔNG TY CP ĐẦU TƯ …" → "CÔNG TY CỔ PHẦN ĐẦU TƯ …", "CÔNG TY TNHH MTV …" → "… TRÁCH NHIỆM HỮU HẠN MỘT THÀNH VIÊN …". */
function withCompanyFormSpelt(name: string): string {
  const m = COMPANY_FORM_AFTER_HEAD.exec(name);
  if (!m) return name;
  const forms = m[2]!.trim().split(/\s+/).map((w) => COMPANY_FORMS[w.toUpperCase()]!);
  return `${m[1]} ${forms.join(' ')}${name.slice(m[0].length)}`;
}

/** "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "BỘ XÂY DỰNG", "ỦY BAN BẦU CỬ XÃ ĐỒNG TÂM": the name up to a unit word. */
export function parseGeneric(phrase: string, head: GenericHead, near: readonly AdminUnit[]): ParsedIssuer | null {
  const tokens = tokenize(phrase);
  let unitAt = -1;
  let unitLength = 0;
  let unitWritten: string | null = null;
  let level: ParsedIssuer['level'] = null;
  for (let i = head.folded.length; i < tokens.length && unitAt < 0; i++) {
    for (const u of UNIT_WORDS) {
      const next = tokens[i + u.tokens.length];
      if (unitWordIs(tokens, i, u) && next && /^\p{Lu}/u.test(next.text) && !isSociety(tokens, i)) {
        unitAt = i;
        unitLength = u.tokens.length;
        unitWritten = u.written;
        level = u.level;
        break;
      }
    }
  }
  const nameEnd = unitAt >= 0 ? tokens[unitAt - 1]!.end : tokens.at(-1)!.end;
  // "BCH HỘI NÔNG DÂN": the executive committee's abbreviation spelt out, as its name is written;
  // "BCH QUÂN SỰ HUYỆN", "BCH PHÒNG CHỐNG THIÊN TAI": a command (Ban Chỉ huy), not a committee.
  const compact = phrase.slice(0, nameEnd).replace(/\s+/g, ' ').trim();
  const written = withCompanyFormSpelt(compact.replace(/^BCH(?=\s)/u, COMMAND_AFTER_BCH.test(foldVietnamese(compact).toLowerCase()) ? 'BAN CHỈ HUY' : 'BAN CHẤP HÀNH'));
  // "Ban Chấp hành Đoàn …", "Ban Chấp hành Hội …": the organisation's word keeps its capital.
  const body = properCase(written, false, head.folded.length).replace(/^(Ban Chấp hành) (đoàn|hội)(?=\s|$)/u, (_, a: string, b: string) => `${a} ${b.charAt(0).toUpperCase()}${b.slice(1)}`);
  const folded = foldVietnamese(body);
  // "BỘ CHỈ HUY QUÂN SỰ TỈNH": a command of a province's armed forces, not a ministry.
  const ministry = head.central === true && !/^bo chi huy(\s|$)/.test(folded);
  const central = ministry || /(?<![a-z])(trung uong|tw|chinh phu|quoc hoi|quoc gia)(?![a-z])/.test(folded) || (head.society === true && unitAt < 0 && /\sviet nam$/.test(folded));
  if (central) return { name: body, body, level: 'central', locality: null, unitWord: null, relative: false, unresolved: false, unit: null };
  if (unitAt < 0) return withoutUnitWord(tokens, head, body, near);
  const localityWords = placeWords(tokens.slice(unitAt + unitLength, unitAt + unitLength + 5).map((t) => t.text));
  const writtenLocality = properCase(localityWords.join(' '), true);
  const unit = resolveUnit(writtenLocality, unitWritten!, near);
  const locality = spellLocality(writtenLocality, unit);
  // A company's name may hold its province ("CÔNG TY … THỦY LỢI TỈNH THÁI BÌNH"): no state body, no state level.
  const stateLevel = head.written === 'công ty' ? null : level;
  return { name: `${body} ${unitWritten} ${locality}`, body, level: stateLevel, locality, unitWord: unitWritten, relative: false, unresolved: false, unit };
}

/**
 * The words of a place after its unit word, up to a word that cannot go on its name: one in small
 * letters, or one in mixed case after a name printed in capitals. A scan reads the block's
 * decoration under it ("***") as such a scrap ("BCH ĐOÀN QUẬN NGŨ HÀNH SƠN / Xiớk").
 */
function placeWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (!/^[\p{Lu}\p{N}]/u.test(w)) break;
    if (out.length && out.every((o) => o === o.toUpperCase()) && w !== w.toUpperCase()) break;
    out.push(w);
  }
  return out.length ? out : [...words];
}

/** Unit words a body's name may end with bare, by their toneless form. */
const BARE_UNIT_WORD: Record<string, string> = { tinh: 'tỉnh', huyên: 'huyện', quân: 'quận' };

/**
 * A generic body printed without a unit word before a place. "SỞ Y TẾ BẮC NINH": a department
 * names its province bare; read so only for a province the text itself names (a "Sở" is
 * provincial). "BỆNH VIỆN ĐA KHOA TỈNH" (OCR: "KHOATỈNH"): a bare unit word at the end says the body
 * is of the unit of the body above it; its body name drops the word, so that the composed name
 * reads "Bệnh viện Đa khoa tỉnh Bắc Ninh".
 */
function withoutUnitWord(tokens: readonly Token[], head: GenericHead, body: string, near: readonly AdminUnit[]): ParsedIssuer {
  const plain: ParsedIssuer = { name: body, body, level: null, locality: null, unitWord: null, relative: false, unresolved: false, unit: null };
  const nameTokens = tokens.length - head.folded.length;
  if (head.written === 'sở' && nameTokens >= 3) {
    for (let words = Math.min(3, nameTokens - 1); words >= 1; words--) {
      const place = tokens.slice(-words).map((t) => t.folded).join(' ');
      const unit = near.find((u) => u.kind === 'province' && foldVietnamese(u.name) === place);
      if (!unit) continue;
      const own = body.split(' ').slice(0, -words).join(' ');
      const unitWord = unit.type === 'thanh-pho' ? 'thành phố' : 'tỉnh';
      return { ...plain, name: `${own} ${unitWord} ${unit.name}`, body: own, level: unit.type === 'thanh-pho' ? 'city' : 'province', locality: unit.name, unitWord, unit };
    }
  }
  // "BẢO HIỂM XÃ HỘI YÊN MỸ" under "BẢO HIỂM XÃ HỘI HƯNG YÊN": the agency's office names its district
  // or province bare, as a Sở its province; read so only for a unit the text itself names.
  if (head.written === 'bảo hiểm xã hội' && nameTokens >= 1) {
    const bare = bareUnitAtEnd(tokens, body, Math.min(3, nameTokens), near);
    if (bare) return { ...plain, ...bare };
  }
  const last = tokens.at(-1)!;
  // Compared without tone marks: OCR misreads a tone ("TĨNH", "TÍNH" for "TỈNH") more than a letter.
  const bare = /^(.*?\p{L}{2})?(tinh|huyên|quân)$/u.exec(stripTones(last.text).toLowerCase());
  // A toneless "QUÂN" is the word of Không quân, Hải quân: only a toned one is a misread QUẬN.
  if (bare && nameTokens >= 2 && !(bare[2] === 'quân' && /quân$/u.test(last.text.toLowerCase().normalize('NFC')))) {
    const unitWord = BARE_UNIT_WORD[bare[2]!]!;
    const own = body.slice(0, body.length - bare[2]!.length).trim();
    if (!own.includes(' ')) return plain;
    return { ...plain, name: `${own} ${unitWord}`, body: own, unitWord, relative: true };
  }
  return plain;
}

/** Unit words and levels of the kinds of unit an agency's office may name bare. */
const BARE_UNIT_KINDS: Record<string, { word: string; level: ParsedIssuer['level'] }> = {
  tinh: { word: 'tỉnh', level: 'province' },
  'thanh-pho': { word: 'thành phố', level: 'city' },
  huyen: { word: 'huyện', level: 'district' },
  quan: { word: 'quận', level: 'district' },
  'thi-xa': { word: 'thị xã', level: 'town' },
};

/** The body's last `maxWords` or fewer words as a unit of `near` (a province or a district), its name composed with the unit word. */
function bareUnitAtEnd(tokens: readonly Token[], body: string, maxWords: number, near: readonly AdminUnit[]): Partial<ParsedIssuer> | null {
  for (let words = maxWords; words >= 1; words--) {
    const place = tokens.slice(-words).map((t) => t.folded).join(' ');
    const unit = near.find((u) => BARE_UNIT_KINDS[u.type] && foldVietnamese(u.name) === place);
    if (!unit) continue;
    const own = body.split(' ').slice(0, -words).join(' ');
    const { word, level } = BARE_UNIT_KINDS[unit.type]!;
    return { name: `${own} ${word} ${unit.name}`, body: own, level, locality: unit.name, unitWord: word, unit };
  }
  return null;
}

/** Capitals as a name is written: "SỞ GIÁO DỤC VÀ ĐÀO TẠO" → "Sở Giáo dục và đào tạo"; a place: every word. */
function properCase(text: string, everyWord = false, headWords = 1): string {
  if (text !== text.toUpperCase()) return text;
  if (everyWord) return text.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, sp: string, ch: string) => sp + ch.toUpperCase());
  const written = text.split(' ');
  const words = text.toLowerCase().split(' ');
  // The head is named in sentence case ("Ủy ban", "Tiểu ban"), the first word after it capitalised
  // ("Sở Nội vụ"); an abbreviation keeps its capitals ("Phòng NCKSTTHC").
  const named = words
    .map((w, i) => (isAbbreviation(written[i]!) ? written[i]! : i === 0 || i === headWords ? w.charAt(0).toUpperCase() + w.slice(1) : w))
    .join(' ');
  // The country's name keeps its capitals ("Hiệp hội công chứng viên Việt Nam"), and so does the
  // number in Roman numerals that closes a name ("Trường CĐ nghề GTVT đường thủy II", "khu vực IV").
  return named.replace(/(^|\s)việt nam(?=\s|$)/gu, '$1Việt Nam').replace(ROMAN_LAST, (numeral) => numeral.toUpperCase());
}

/** A Roman numeral (1–39) as a name's last word, in small letters once the name is cased. */
const ROMAN_LAST = /(?<=\s)(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})$/u;

/**
 * A Party committee of a unit ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Đảng ủy"), or the youth union's
 * ("Tỉnh đoàn", "Quận đoàn"): the bodies under it carry its name ("Ban Thường vụ Tỉnh đoàn Thanh Hóa").
 */
const PARTY_COMMITTEE = /^(?:(tinh|thanh|huyen|quan|thi|dang) uy|(tinh|thanh|huyen|quan|thi) doan)$/;

/** A committee's board ("Ban Thường vụ", "Ủy ban Kiểm tra", "Ban Tuyên giáo"), folded; not another executive committee. */
const UNION_BOARD = /^(?:uy )?ban (?!chap hanh(?:\s|$))/;

/**
 * A department's sub-office ("Chi cục") under a provincial department of a central agency ("Cục
 * Thuế tỉnh …", "Cục Hải quan tỉnh …") works below the province, in the district, town or industrial
 * zone it is named for: district level when its name gives no unit of its own ("CHI CỤC HẢI QUAN
 * KCN TRẢNG BÀNG" under "CỤC HẢI QUAN TỈNH TÂY NINH"). A Chi cục of a Sở is the province's own
 * agency (Chi cục Kiểm lâm): not this. Null when the rule does not apply.
 */
function subOfficeLevel(body: string, parent: ParsedIssuer): ParsedIssuer['level'] | null {
  if (!/^chi cuc(\s|$)/.test(body) || !/^cuc\s/.test(foldVietnamese(parent.body))) return null;
  return parent.level === 'province' || parent.level === 'city' ? 'district' : null;
}

/**
 * "Chi cục Hải quan Thủ Dầu Một" under "Cục Hải quan tỉnh Bình Dương": a sub-office named after a
 * district of its parent's province, with no unit word before the district's name. Only a name the
 * unit list places in that province, and one such unit.
 */
/** A district-level unit's level by its kind in the unit list: a provincial city, a town, a district. */
const DISTRICT_LEVEL_BY_TYPE: Readonly<Record<string, ParsedIssuer['level']>> = { 'thanh-pho': 'city', 'thi-xa': 'town' };

/** Sites a customs or tax office is named after, before the place's name, folded. */
const PLACE_NAMED_SITE = /(?:^|\s)(?:kcn|kkt|kcx|khu|cua khau|cang|san bay|ga)$/;

/** A customs or tax sub-office named after an industrial, economic or export-processing zone, then the zone's name (folded). */
const SITE_NAMED_SUB_OFFICE = /^chi cuc (?:hai quan|hq|thue) (?:kcn|kkt|kcx|khu (?:cong nghiep|kinh te|che xuat)) +[a-z]/;

/** The abbreviations such a name is printed with, spelt out as the name is written in full. */
const SITE_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/(?<![\p{L}\d])KCN(?![\p{L}\d])/gu, 'khu công nghiệp'],
  [/(?<![\p{L}\d])KKT(?![\p{L}\d])/gu, 'khu kinh tế'],
  [/(?<![\p{L}\d])KCX(?![\p{L}\d])/gu, 'khu chế xuất'],
  [/(?<![\p{L}\d])HQ(?![\p{L}\d])/gu, 'Hải quan'],
];

/** The site's words after its kind ("khu công nghiệp"): its own name, each word capitalised as printed in title case. */
const AFTER_SITE_KIND = /(khu (?:công nghiệp|kinh tế|chế xuất) )(.+)$/u;

function withSiteWordsSpelt(name: string): string {
  const spelt = SITE_WORDS.reduce((n, [re, words]) => n.replace(re, words), name);
  return spelt.replace(AFTER_SITE_KIND, (_m, kind: string, own: string) => kind + own.replace(/(^|[\s-])(\p{Ll})/gu, (_w, lead: string, letter: string) => lead + letter.toLocaleUpperCase('vi')));
}

function districtNamedLast(body: string, parent: ParsedIssuer): { head: string; unit: AdminUnit } | null {
  const province = parent.unit;
  if (!province) return null;
  const words = body.trim().split(/\s+/);
  for (let n = Math.min(4, words.length - 2); n >= 1; n--) {
    const units = findUnits(words.slice(-n).join(' '), 'district').filter((u) => ancestors(u).some((a) => a.code === province.code));
    if (units.length !== 1) continue;
    const head = words.slice(0, -n).join(' ');
    // "Chi cục Hải quan KCN Trảng Bàng", "… cửa khẩu Mộc Bài": a park, a border gate or a port
    // named after the place, not the district itself.
    return PLACE_NAMED_SITE.test(foldVietnamese(head).toLowerCase()) ? null : { head, unit: units[0]! };
  }
  return null;
}

/** Bodies named by their place that a ministry runs: schools, academies, institutes, hospitals. */
const CENTRAL_INSTITUTION = /^(truong|hoc vien|vien|benh vien|dai hoc)(\s|$)/;

/**
 * The issuing body of a block and the body above it. A body without a place of its own takes the
 * place of the body above ("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG" under "UBND QUẬN LONG BIÊN"); a part of
 * that body is named after it ("Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh"); under a
 * central body it is central ("Văn phòng" under "Ban Chấp hành Trung ương").
 */
/** A ministry's name ("Bộ Y tế"), not a command under one ("Bộ Tổng Tham mưu", "Bộ Chỉ huy Quân sự", "Bộ Tư lệnh"). */
const MINISTRY = /^bo (?!tong tham muu|chi huy|tu lenh|doi\b)[a-z]/;
const sameOrWithin = (a: string, b: string) => {
  const [x, y] = [foldVietnamese(a).toLowerCase(), foldVietnamese(b).toLowerCase()];
  return x.includes(y) || y.includes(x);
};
const isGroup = (b: ParsedIssuer) => GROUP_HEADS.some((head) => foldVietnamese(b.body).toLowerCase().startsWith(`${head} `));
const isMinistry = (b: ParsedIssuer) => b.level === 'central' && MINISTRY.test(foldVietnamese(b.name).toLowerCase());

export function composeIssuer(bodies: readonly ParsedIssuer[]): { issuer: ParsedIssuer; parent: ParsedIssuer | null } | null {
  if (!bodies.length) return null;
  const last = bodies.at(-1)!;
  const parent = bodies.length > 1 ? bodies.at(-2)! : null;
  const body = foldVietnamese(last.body);
  // A school, an institute or a hospital of a ministry: the place in its name is part of its
  // name ("Trường Đại học Công Thương Thành phố Hồ Chí Minh" under Bộ Công Thương), the body central.
  // A group's unit is no institute ("VIỄN THÔNG HẢI DƯƠNG" folds to "vien …"): it keeps its province.
  if (parent?.level === 'central' && last.locality && CENTRAL_INSTITUTION.test(body) && !isGroup(parent)) {
    return { issuer: { ...last, level: 'central', locality: null, unitWord: null, unit: null, unresolved: false }, parent };
  }
  // Ministries issuing together ("BỘ CÔNG AN BỘ QUỐC PHÒNG / BỘ Y TẾ BỘ CÔNG THƯƠNG …", a joint
  // circular or guide): no ministry stands under another, so the lines are peers, named together.
  // One ministry read twice (a copy that repeats its block) stays one.
  if (parent && isMinistry(parent) && isMinistry(last) && !sameOrWithin(parent.name, last.name)) return { issuer: { ...last, name: `${parent.name} ${last.name}` }, parent: null };
  if (!parent || last.locality || last.level === 'central') return { issuer: last, parent };
  // A group's unit that names no province ("TRUNG TÂM KINH DOANH VNPT"): its level is not the group's.
  if (isGroup(parent)) return { issuer: last, parent };
  if (parent.level === 'central') {
    let name = last.name;
    if (foldVietnamese(parent.body) === 'ban chap hanh trung uong') {
      name = body === 'van phong' ? 'Văn phòng Trung ương Đảng' : /trung uong/.test(body) ? last.name : `${last.name} Trung ương`;
    } else if (PART_OF_PARENT.has(body)) name = `${last.body} ${parent.name}`;
    return { issuer: { ...last, name, level: 'central' }, parent };
  }
  if (!parent.locality) return { issuer: last, parent };
  // A board of a Party committee is named after the committee: "Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng".
  // A Party cell ("Chi bộ Khu phố 3") is no board of its committee: it takes the committee's place, not its name.
  if (PART_OF_PARENT.has(body) || (PARTY_COMMITTEE.test(foldVietnamese(parent.body).toLowerCase()) && !/^chi bo(\s|$)/.test(body))) {
    return {
      issuer: { ...last, name: `${sentenceCase(last.body)} ${parent.name}`, level: parent.level, locality: parent.locality, unitWord: parent.unitWord, unit: parent.unit },
      parent,
    };
  }
  // A board under a unit's youth union executive ("BCH ĐOÀN QUẬN NGŨ HÀNH SƠN / ỦY BAN KIỂM TRA") is
  // the union committee's board, named after the committee as a Party committee's boards are.
  const union = UNION_BOARD.test(body) ? unionCommitteeOfExecutive(parent.body, parent.unitWord, parent.locality) : null;
  if (union) {
    return {
      issuer: { ...last, name: `${sentenceCase(last.body)} ${union}`, level: parent.level, locality: parent.locality, unitWord: parent.unitWord, unit: parent.unit },
      parent,
    };
  }
  if (last.unitWord && last.unitWord !== parent.unitWord) return { issuer: last, parent };
  const district = subOfficeLevel(body, parent) ? districtNamedLast(last.body, parent) : null;
  if (district) {
    return {
      issuer: { ...last, name: `${district.head} ${district.unit.name}`, level: DISTRICT_LEVEL_BY_TYPE[district.unit.type] ?? 'district', locality: district.unit.name, unitWord: null, unit: district.unit, unresolved: false },
      parent,
    };
  }
  // A sub-office named after a site in its Cục's province ("CHI CỤC HQ KCN VIỆT NAM - SINGAPORE" under
  // "CỤC HẢI QUAN TỈNH BÌNH DƯƠNG"): the site's name places it, as a district's name does, so the
  // province is not added; the site's abbreviation is spelt out ("khu công nghiệp").
  if (subOfficeLevel(body, parent) && SITE_NAMED_SUB_OFFICE.test(body)) {
    return {
      issuer: { ...last, name: withSiteWordsSpelt(last.body), level: 'district', locality: parent.locality, unitWord: parent.unitWord, unit: parent.unit, unresolved: false },
      parent,
    };
  }
  return {
    issuer: {
      ...last,
      // A parent read without its unit word (OCR glued "TỈNHHƯNGYÊN") still names its place alone.
      name: [last.body, parent.unitWord, parent.locality].filter(Boolean).join(' '),
      level: subOfficeLevel(body, parent) ?? parent.level,
      locality: parent.locality,
      unitWord: parent.unitWord,
      unit: parent.unit,
      unresolved: false,
    },
    parent,
  };
}
