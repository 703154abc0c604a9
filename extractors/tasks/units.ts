// Cell values made clean for an analyst's sheet: no tabs, no HTML, trimmed; a cell naming
// several units becomes a list.
//
// Splitting rule for units (the gold rule for real plans): always on ";" and on line/paragraph
// breaks (<p> items); on "," where the next part starts a new body — a named one in capitals
// ("Sở Tài chính", "UBND xã", "Đài Tiếng nói Việt Nam", "VPUBND") or a new collective ("các
// cơ quan, đơn vị liên quan"). A part that starts no body ("ban", "ngành", "phường, đặc khu",
// "Thể thao và Du lịch", "cơ quan ngang bộ") stays with the one before it, so collective
// phrases stay whole: "Các sở, ban, ngành tỉnh", "UBND các xã, phường", "Sở Văn hóa, Thể thao
// và Du lịch", while "Các sở, ngành, UBND xã, phường" names two. "và" splits only before a
// collective of the unnamed ("Sở Tài chính và cơ quan, địa phương liên quan"): "Văn phòng
// HĐND và UBND quận" is one body.
import { foldVietnamese } from '../../normalizers/fold.js';
import { fieldNameRanges, inside } from '../shared/body-names.js';
import { assignedBodies, numberedAssignments } from './numbered-assignments.js';

const UNIT_HEAD =
  /^(?:phong|ban|cum|ubnd|uy ban|hoi dong|hd|van phong|vp|cong an|mttq|mat tran|lien doan|ldld|chi cuc|trung tam|d\/c|dc|dong chi|nganh|thanh vien|truong|dang uy|du|so|lanh dao|cong doan|cac|tt|chu tich|pho chu tich|pct|ct|bch|bo chi huy|doan|hoi|thu truong|bo phan|to dan pho|tdp|nha|thuong truc|co quan|bao|dai|quan uy|dang bo|benh vien|tram|ong|ba|bo|ngan hang|cong thong tin|to dang|to cong tac|hiep hoi|thong tan xa|(?:tinh|thanh|quan|huyen|thi) doan|cong ty|tong cong ty|vien thong|buu dien|vnpt|viettel|mobifone|vien|cuc|tong cuc|cong chuc|chi huy truong|(?:pho )?bi thu|chi hoi|chi doan|chi bo)(?:\b|(?=[A-ZĐ]))/;

/** Whether a text opens with a body's name ("Phòng …", "Tổ đảng ở …", "Các Đoàn đại biểu …"), not a word that folds like one ("Bảo vệ …" is no "Báo"). */
export function namesUnit(text: string): boolean {
  const trimmed = text.trim();
  return UNIT_HEAD.test(foldVietnamese(trimmed).toLowerCase()) && !MARKED_OTHERWISE.test(trimmed);
}

export function cleanCell(cell: string): string {
  return stripMarkup(cell)
    .replace(/[\t\r\n\f]+/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** HTML and Markdown that converters leave in cells; <p>/<br> become item breaks. */
export function stripMarkup(cell: string): string {
  return cell
    .replace(/<\s*(?:br|\/p|\/div|\/li)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\*\*|__/g, '')
    .replace(/(^|\s)\*(\S[^*]*?\S|\S)\*(?=\s|$|[.,;:])/g, '$1$2');
}

/** The items of a cell: <p> paragraphs, lines, or "+ …" bullets run together on one line. */
export function cellItems(cell: string): string[] {
  return stripMarkup(cell)
    .split(/\n+|\s(?=\+\s)/)
    .map((s) => s.replace(/^[\s+\-–•]+/, '').replace(/\s{2,}/g, ' ').trim())
    .filter(Boolean);
}

/**
 * Paragraph breaks inside a cell (<p>…</p> <p>…</p>) reach us as single spaces once the
 * markup is gone: "Ban Chỉ huy quân sự quận Phòng Văn hoá và Thông tin". A new unit starts
 * where a department-like head ("Phòng", "Ban", "Văn phòng", "Trung tâm" …) follows a
 * lower-case word that ends a unit of at least three words; "UBND", "Hội đồng" are left
 * alone ("Lãnh đạo UBND quận", "Thành viên Hội đồng TĐKT" are one unit each).
 */
// "Phòng thủ", "Phòng chống" are words, not a department: "Ban Chỉ huy Phòng thủ dân sự" is one body.
// A ministry's departments too: "Các đơn vị thuộc Bộ" / "Vụ Pháp chế" ("thuộc Vụ …" stays one, below).
// A cell's lines joined by a PDF reader bring a ministry, a bank, a council or an unnamed
// collective after the body before it too: "Bộ Khoa học và Công nghệ Cơ quan, tổ chức …",
// "Ngân hàng Nhà nước Bộ Tài chính", "Các Bộ, ngành Ủy ban nhân dân cấp tỉnh"; "Và các …" in a
// capital opens a line of its own ("Bộ Ngoại giao Và các cơ quan …").
const PARAGRAPH_JOIN = /(?<=\p{Ll})(?<!(?:^|\s)(?:các|và|của|với|thuộc)) (?=(?:(?:Phòng(?! (?:thủ|chống|ngừa|cháy)(?:\s|,|$))|Ban|Văn phòng|Trung tâm|Công an|Liên đoàn|Chi cục|Sở|Vụ|Cục|Bộ|Ngân hàng|Ủy ban|Uỷ ban) \p{L}|Cơ quan[\s,]|UBND\s|Và các\s|(?:cơ quan|đơn vị|tổ chức),\s))/u;

function splitJoinedParagraphs(item: string): string[] {
  const parts = item.split(PARAGRAPH_JOIN);
  if (parts.length < 2) return [item];
  const out: string[] = [];
  for (const part of parts) {
    const previous = out[out.length - 1];
    // The unit before the break is the last of a comma list: "…, Bộ" + "Công an" is a wrapped name.
    const tail = previous?.split(',').pop()?.trim() ?? '';
    // "UBND các xã, phường trực tiếp triển khai tại địa bàn" + "Sở …": a body and its duty end the paragraph.
    const described = previous !== undefined && withoutDuty(previous) !== previous && isUnitByItself(withoutDuty(previous));
    // "Các Bộ, ngành" + "Ủy ban nhân dân …": a collective of kinds ends where a named body starts.
    // (A short one: "các chuyên viên … giúp việc thuộc Cơ quan" + "Ủy ban MTTQ" names whose.)
    const collectiveBefore = previous !== undefined && /^các\s/iu.test(previous) && previous.split(/\s+/).length <= 4 && /^(?:Bộ|Sở|Ngân hàng|Ủy ban|Uỷ ban|UBND|Cơ quan|Và các)\s/u.test(part);
    // A council after a body or a title is mostly whose it is ("Ban Thường trực Ủy ban MTTQ xã",
    // "Phó Chủ tịch UBND phụ trách"): only after a collective of kinds does it start a unit.
    const council = /^(?:Ủy ban|Uỷ ban|UBND)\s/u.test(part);
    if (previous && (((isUnitByItself(tail) && tail.split(/\s+/).length >= 3) || described) && !council || collectiveBefore) && !/(?:^|\s)(?:và|của|với|thuộc|các)$/u.test(previous)) out.push(part.replace(/^Và (?=các(?:\s|$))/u, ''));
    else if (previous) out[out.length - 1] = `${previous} ${part}`;
    else out.push(part);
  }
  return out;
}

/**
 * What a unit list goes on to say about its units, never a unit: "… trong phạm vi chức năng,
 * nhiệm vụ của mình", "… theo chức năng, nhiệm vụ được giao"; and a predicate that ends the list
 * ("… và UBND các xã chủ động tổ chức triển khai …", "… có trách nhiệm …").
 */
// "trong phạm vi chức năng, nhiệm vụ, quyền hạn (của mình) (và nội dung được phân công)": the scope a body
// acts in, no part of its name.
const QUALIFIER =
  /\s+(?:trong phạm vi|theo|thuộc phạm vi)\s+(?:chức năng|nhiệm vụ|thẩm quyền)(?:,?\s*(?:và\s+)?(?:chức năng|nhiệm vụ|quyền hạn|thẩm quyền))*(?:\s+(?:được giao|của mình|quản lý))?(?:\s+và\s+(?:các\s+)?nội dung\s+được\s+(?:phân công|giao))?(?=[\s,;.]|$)/gu;
const PREDICATE = /\s(?:chủ động|có trách nhiệm|chịu trách nhiệm|tiếp tục)\s/u;
/**
 * "các đơn vị có liên quan tham mưu …": a collective ends at "(có) liên quan" ("liên quan đến …" goes
 * on, and "liên quan thuộc Bộ TN&MT" or "thuộc các sở, ngành": whose bodies they are; "liên quan thuộc
 * phạm vi quản lý triển khai …" is the predicate).
 */
const RELATED_AT = /\bliên quan\b/u;
const GOES_ON = /^\s+(?!(?:đến|tới|với|và|hoặc)\s|thuộc\s+(?:các\s+)?(?:\p{Lu}|(?:bộ|sở|ban|ngành|cơ quan|đơn vị|địa phương|tỉnh|thành phố|huyện|quận|xã|phường)[\s,]))\p{Ll}/u;

/** "các đơn vị liên quan trên cơ sở …" → "các đơn vị liên quan": a collective ends at its "(có) liên quan". */
function collectiveToRelated(item: string): string | null {
  const trimmed = item.trim();
  const related = /^các\s/iu.test(trimmed) ? RELATED_AT.exec(trimmed) : null;
  // Only the first "liên quan": the collective's own, not one in the sentence that follows it.
  if (related && GOES_ON.test(trimmed.slice(related.index + related[0].length))) return trimmed.slice(0, related.index + related[0].length);
  return null;
}

function withoutPredicate(item: string): string {
  const collective = collectiveToRelated(item);
  if (collective !== null) return collective;
  const at = item.search(PREDICATE);
  // A list that starts with its predicate ("Chủ động phối hợp …") is left to the rules below.
  return at > 0 && item.slice(0, at).trim().split(/\s+/).length >= 2 ? item.slice(0, at) : item;
}

export function splitUnits(cell: string): string[] {
  // "1. Bộ Tài chính tổng kết, đánh giá … 2. Bộ Tư pháp, các bộ tham mưu …": the bodies of each item.
  const assigned = numberedAssignments(stripMarkup(cell));
  if (assigned) return distinctUnits(assigned.map(assignedBodies).filter(startsBody).flatMap((bodies) => splitUnits(bodies)));
  const units: string[] = [];
  const text = distributeKind(withoutNotes(stripMarkup(cell)));
  for (const item of text.split(/[\n;]+/).flatMap(splitDashItems).flatMap(splitSentences).flatMap(splitJoinedParagraphs).flatMap(splitAtSlash)) {
    const part = tidyUnit(withoutPredicate(item.replace(QUALIFIER, '').replace(REQUEST, '')));
    if (!part) continue;
    const groups: string[] = [];
    const pieces = part.split(/\s*,\s*/).map(tidyUnit).filter(Boolean);
    let unnamedOpen = false;
    // Read once, not per part, so a long list stays linear: whether the list ends "… liên
    // quan", and whether the last group's last "và" part is a collective ("… và các …").
    // The last piece that ends "… liên quan": an unnamed collective may open before it.
    let lastRelated = -1;
    pieces.forEach((p, j) => {
      if (RELATED_END.test(p)) lastRelated = j;
    });
    let lastAndPartCollective = false;
    // The last group is one named body (or a body in small letters split off after one): not a collective of kinds.
    let lastNamedBody = false;
    // The last group was opened by a lone kind word ("Bộ", "Sở"): a collective of kinds.
    let lastKindList = false;
    // The last group's first piece and the last piece read (short: read per piece, a long list stays linear).
    let groupFirst = '';
    let lastPiece = '';
    pieces.forEach((piece, i) => {
      // "…, cơ quan, tổ chức khác có liên quan": the unnamed collective that closes a list of bodies.
      const previous = groups[groups.length - 1] ?? '';
      // Not after a lone "Bộ"/"Sở" that opened a collective of kinds ("Bộ, ngành, cơ quan, đơn vị có liên quan").
      const unnamed = !unnamedOpen && i > 0 && UNNAMED_HEAD.test(piece.toLowerCase()) && i <= lastRelated && !lastKindList && (startsBody(previous) || smallLetterBody(groupFirst)) && !lastAndPartCollective && !UNNAMED_TAIL.test(previous.slice(-20));
      // "Chi nhánh VPĐKĐĐ, Công an phường, đơn vị thi công, tổ dân phố": after a named body, a body
      // of its own in small letters (an unnamed head with its own word, a commune's body) is another unit, not the
      // rest of the name ("UBND xã, phường, đặc khu" and "… cấp tỉnh, cấp xã" go on as before).
      // After a collective closed by "… liên quan" a body in small letters starts anew too
      // ("…, cơ quan, tổ chức có liên quan, cơ sở khám bệnh, chữa bệnh").
      const ownBody = i > 0 && (lastNamedBody || RELATED_END.test(lastPiece)) && !unnamed && smallLetterBody(piece);
      // "Doanh nghiệp, Sở, ban, ngành có liên quan": a lone "Sở"/"Bộ" opens the collective "Sở, ban, ngành".
      const kindList = /^(?:sở|bộ)$/iu.test(piece) && i + 1 < pieces.length && !/^các\s/iu.test(previous);
      // "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh": one Party committee's name (the Front's and the
      // mass organisations' of the province or commune), not the committee and a collective.
      // (Only a short group is asked: a long list grows its last group piece by piece.)
      const frontAndUnions = previous.length <= 40 && PARTY_COMMITTEE_OF_FRONT.test(previous) && /^các\s+đoàn\s+thể(?=\s|$)/iu.test(piece);
      if (groups.length && (frontAndUnions || (!startsBody(piece) && !unnamed && !kindList && !ownBody))) {
        groups[groups.length - 1] += `, ${piece}`;
        const parts = ` ${piece}`.split(/\s+và\s+/u);
        if (parts.length > 1) lastAndPartCollective = /^các\s/iu.test(parts[parts.length - 1]!);
        lastNamedBody = false;
      } else {
        groups.push(piece);
        groupFirst = piece;
        lastAndPartCollective = /^các\s/iu.test(piece.split(/\s+và\s+/u).pop()!);
        lastNamedBody = ownBody || (startsBody(piece) && !/(?:^|\s)các\s/iu.test(piece) && !unnamed && !kindList);
        lastKindList = kindList;
      }
      unnamedOpen ||= unnamed;
      lastPiece = piece;
    });
    for (const group of groups.flatMap(splitAfterRelated).flatMap(splitRelatedTail)) {
      // Inside a collective ("Các cơ quan, bộ, ngành và địa phương") "và" joins its members.
      // So inside a collective of unnamed kinds ("Cơ quan, tổ chức và doanh nghiệp liên quan").
      for (const piece of /^các\s/iu.test(group) || (UNNAMED_KINDS.test(group) && RELATED_END.test(group)) ? [group] : group.split(UNNAMED_AFTER_AND)) {
        // "Các bộ, ngành liên quan và UBND các tỉnh": a collective, then a named body.
        // "UBND thành phố Hà Nội, … và UBND các tỉnh": two bodies of one kind.
        const named = splitAtAnd(piece);
        // "Sở Du lịch và các đơn vị liên quan trên cơ sở …": the collective split off after "và" ends at "liên quan" too.
        units.push(...named.map(withoutDuty).map((u) => collectiveToRelated(u) ?? u).map(tidyUnit).filter(Boolean));
      }
    }
  }
  return distinctUnits(units);
}

const PARTY_COMMITTEE_OF_FRONT = /^đảng\s+(?:ủy|uỷ)\s+(?:mặt\s+trận\s+tổ\s+quốc|mttq)$/iu;

/** A body named twice in one cell ("Sở X …; Sở X …") is one unit. */
function distinctUnits(units: readonly string[]): string[] {
  return units.filter((u, i) => units.findIndex((v) => v.toLowerCase() === u.toLowerCase()) === i);
}

/**
 * "Các cơ quan, đơn vị, địa phương liên quan và các tổ chức hoạt động khai thác khoáng sản":
 * "… liên quan" closes a collective, so "và các …" after it opens another; inside a collective
 * "và" otherwise joins its members ("Các sở, ban, ngành và địa phương" stays one).
 */
function splitAfterRelated(group: string): string[] {
  return group.split(/(?<=(?:^|\s)liên quan) và (?=các\s)/u);
}

/**
 * "Các bộ, cơ quan ngang bộ và cơ quan, tổ chức liên quan": a collective of kinds listed with a
 * comma of its own and closed by "liên quan" after "và" is a second collective, as it is after a
 * named body ("Ủy ban nhân dân các tỉnh … và cơ quan, tổ chức liên quan"); "Các sở, ban, ngành và
 * địa phương liên quan" (one kind after "và") stays one.
 */
function splitRelatedTail(group: string): string[] {
  return /^các\s/iu.test(group) ? group.split(RELATED_TAIL) : [group];
}
const RELATED_TAIL = / và (?=(?:cơ quan|đơn vị|tổ chức|doanh nghiệp|cá nhân)(?:, (?:cơ quan|đơn vị|tổ chức|doanh nghiệp|cá nhân|địa phương))+ (?:có )?liên quan$)/u;

/**
 * "UBND các xã/phường triển khai tại các cơ sở giáo dục theo phân cấp. Sở Khoa học và Công nghệ
 * triển khai …": a full stop before a body's name ends one unit's paragraph ("… tỉnh. Đồng thời,
 * các sở …" goes on about the same units).
 */
function splitSentences(item: string): string[] {
  const out: string[] = [];
  for (const part of item.split(/(?<=\p{Ll}{2})\.\s+(?=\p{Lu})/u)) {
    if (out.length && !startsBody(part)) out[out.length - 1] += `. ${part}`;
    else out.push(part);
  }
  return out;
}

/**
 * "- Các đơn vị thuộc Bộ - Vụ Pháp chế - …": a cell of dash items whose line breaks were lost.
 * Cut at each dash only when the cell opens with one and every item names a body: "Văn hóa -
 * Xã hội", "Bà Rịa - Vũng Tàu" (no opening dash, or a part that is no body) stay whole.
 */
function splitDashItems(item: string): string[] {
  if (!/^\s*[-–•]\s/u.test(item)) return [item];
  const parts = item.replace(/^\s*[-–•]\s+/u, '').split(/\s[-–•]\s+(?=\p{Lu})/u);
  return parts.length > 1 && parts.every((p) => startsBody(p.trim())) ? parts : [item];
}

/** "Đề nghị phối hợp với các Bộ, ngành liên quan": the request before the bodies asked. */
// OCR reads the g of "nghị" as an e or a c ("Đề nehị Viện kiểm sát …").
// "Đề nghị" as OCR reads it: "Đề nehị", "Đà nghị" (no other word is "Đ… nghị").
const REQUEST = /^\s*(?:đ\p{L} n[gec]h[iịỉíìĩ]\s+(?:phối hợp\s+)?(?:với\s+)?|phối hợp với\s+)(?=\S)/iu;

/** "Sở Xây dựng/các công ty quản lý …": two bodies either side of a slash ("UBND xã/phường" is one). */
function splitAtSlash(item: string): string[] {
  const parts = item.split(/\s*\/\s*/);
  if (parts.length < 2 || !parts.every((p) => startsBody(p.trim()) && p.trim().split(/\s+/).length >= 2)) return [item];
  return parts;
}

/**
 * "Ban Công tác đại biểu (Viện Nghiên cứu lập pháp phối hợp chuẩn bị dự thảo)": a body named
 * in brackets as helping the unit before it supports the task; the bracket leaves the cell.
 */
export function helpersInBrackets(cell: string): { rest: string; helpers: string[] } {
  const helpers: string[] = [];
  const rest = cell.replace(BRACKET, (whole: string, inner: string) => {
    const at = inner.search(/\s+phối hợp(?:\s|$)/u);
    const who = at > 0 ? inner.slice(0, at).trim() : '';
    if (!who || !startsBody(who)) return whole;
    helpers.push(...splitUnits(who));
    return '';
  });
  return { rest, helpers };
}

/** A bracket with what it holds (no bracket inside): each character is read once. */
const BRACKET = /\s*\(([^()]*)\)/g;
const SCOPE_NOTE = /^\s*(?:đối với|theo chức năng|theo nhiệm vụ|trong phạm vi)(?=[\s,])/u;

/**
 * What a unit cell says beside its bodies, never a body: footnote marks ("Ủy ban Đối ngoại [3]")
 * and a clause in brackets that explains the body ("Ban soạn thảo (Thường trực Ủy ban X là cơ
 * quan thường trực của Ban soạn thảo)"). A bracket that only names ("(Sở Nội vụ)", "(GDĐT)")
 * stays part of the unit.
 */
function withoutNotes(text: string): string {
  // A bracket that says for what the body answers ("(đối với các nội dung liên quan đến …)",
  // "(theo chức năng, nhiệm vụ …)") is a note; one that names or divides the work ("(Sở Nội vụ)",
  // "(mạng lưới quốc gia)", "(chủ trì phần chính sách …)") stays with the unit.
  // OCR closes a note's bracket with a brace ("(theo chức năng, nhiệm vụ được giao}"); a brace after
  // other text is no bracket (a garbled code: "Sr (3DDT, Sä LDTBX}T" for "Sở GDĐT, Sở LĐTBXH").
  return text.replace(/\s*\[\d{1,3}\]/g, '').replace(/\s*\(([^(){}]*)\}/g, (whole: string, inner: string) => (SCOPE_NOTE.test(inner) ? '' : whole)).replace(BRACKET, (whole: string, inner: string) => (/\slà\s/u.test(inner) || SCOPE_NOTE.test(inner) ? '' : whole));
}

/**
 * "Các Sở: Tư pháp, Nội vụ", "các Cục: A; B; C": the plural head word of a list of named bodies
 * of one kind belongs to each of them ("Sở Tư pháp; Sở Nội vụ"). The list's separator is the
 * first one printed after the colon: a comma list ends at a ";", a ";" list at a body of
 * another kind; either ends at a full stop before a capital ("… Việt Nam. Vụ Kế hoạch"). Only a
 * capitalised kind of body is a list of names: "Các trường: Đại học, Cao đẳng …" names kinds of
 * school and stays whole.
 */
const KIND_LIST = /(?:^|(?<=[\s;,(]))[Cc]ác (Sở|Bộ|Cục|Vụ|Viện|Ban|Tổng cục|Chi cục|Trung tâm|Văn phòng|Ủy ban|Uỷ ban)\s*:\s*/gu;
const OTHER_KIND = /^(?:Sở|Bộ|Cục|Vụ|Viện|Ban|Tổng cục|Chi cục|Trung tâm|Văn phòng|Ủy ban|Uỷ ban|UBND|Các|các)\s/u;

const LIST_SPAN = 1000;

function distributeKind(text: string): string {
  if (!text.includes(':')) return text;
  return text.replace(/[^\n]+/g, (line) => {
    let out = '';
    let from = 0;
    for (const m of line.matchAll(KIND_LIST)) {
      if (m.index! < from) continue;
      const kind = m[1]!;
      const listStart = m.index! + m[0].length;
      // A list of bodies is short: reading at most LIST_SPAN characters keeps a long line linear.
      const window = line.slice(listStart, listStart + LIST_SPAN);
      const sentenceEnd = /\.\s+(?=\p{Lu})/u.exec(window);
      // A window that stops inside the line ends at its last separator: never inside a name.
      const cut = !sentenceEnd && listStart + window.length < line.length ? Math.max(window.lastIndexOf(','), window.lastIndexOf(';')) : -1;
      const listEnd = listStart + (sentenceEnd ? sentenceEnd.index : cut > 0 ? cut : window.length);
      const list = line.slice(listStart, listEnd);
      const comma = list.indexOf(',');
      const semi = list.indexOf(';');
      let names: string[];
      let used: number;
      if (comma >= 0 && (semi < 0 || comma < semi)) {
        const head = semi < 0 ? list : list.slice(0, semi);
        // The names end where a part in small letters starts ("Các Bộ: Xây dựng, Công Thương, các
        // bộ, cơ quan …"): what follows is a unit of its own, not one more of the kind.
        const items = commaItems(head);
        const end = items.findIndex((item, i) => i > 0 && !/^\s*\p{Lu}/u.test(item));
        names = end < 0 ? items : items.slice(0, end);
        used = end < 0 ? head.length : names.reduce((n, item) => n + item.length + 1, 0);
      } else {
        names = [];
        used = 0;
        for (const piece of list.split(';')) {
          if (names.length && OTHER_KIND.test(piece.trim())) break;
          names.push(piece);
          used += piece.length + 1;
        }
        used = Math.min(used, list.length);
      }
      const named = names.map((n) => n.trim().replace(/[.,]$/, '')).filter(Boolean);
      if (!named.length) continue;
      out += line.slice(from, m.index) + named.map((n) => `${kind} ${n}`).join('; ');
      from = listStart + used;
      // What follows the list is a unit of its own.
      if (from < line.length) out += ';';
      from = skipSeparator(line, from);
    }
    return out + line.slice(from);
  });
}

/**
 * The items of a comma list of names, cut at the commas that stand outside a known field's name
 * ("Văn hóa, Thể thao và Du lịch, Nội vụ": body-names.ts knows the first).
 */
function commaItems(list: string): string[] {
  const fields = fieldNameRanges(foldVietnamese(list).toLowerCase());
  const out: string[] = [];
  let from = 0;
  for (let at = list.indexOf(','); at >= 0; at = list.indexOf(',', at + 1)) {
    if (inside(fields, at)) continue;
    out.push(list.slice(from, at));
    from = at + 1;
  }
  out.push(list.slice(from));
  return out;
}

function skipSeparator(line: string, at: number): number {
  const m = /^[\s.;,]*/.exec(line.slice(at))!;
  return at + m[0].length;
}

const UNNAMED_HEAD = /^(?:cơ quan|đơn vị|tổ chức|địa phương|doanh nghiệp)(?:\s|$)/u;
/** A collective of unnamed kinds, in either case: "Cơ quan, tổ chức và doanh nghiệp liên quan". */
const UNNAMED_KINDS = /^(?:cơ quan|đơn vị|tổ chức|địa phương|doanh nghiệp),\s/iu;

/** "đơn vị thi công", "tổ dân phố": a body named in small letters, not a kind word ("phường") nor the related ones ("đơn vị liên quan"). */
function smallLetterBody(piece: string): boolean {
  if (!/^\p{Ll}/u.test(piece) || RELATED_END.test(piece)) return false;
  // An unnamed head with a word of its own after it ("đơn vị thi công"), not the bare kind ("cơ quan").
  return (UNNAMED_HEAD.test(piece) && piece.split(/\s+/).length >= 3) || SMALL_LETTER_BODY.test(piece);
}

/**
 * Bodies of a ward or commune written in small letters in lists: "tổ dân phố", "công an phường",
 * "trạm y tế xã"; and a named office whose kind word alone is in small letters ("BCH Quân sự,
 * phòng Tổng hợp", "UBND huyện, phòng Văn hóa và Thông tin"): its name's capital says it is a body.
 */
const SMALL_LETTER_BODY = /^(?:(?:tổ dân phố|công an (?:xã|phường|thị trấn|huyện|quận|tỉnh)|trạm y tế|ban quản lý|cơ sở (?:khám|giáo dục|y tế|đào tạo|sản xuất))(?:\s|$)|(?:phòng|sở|ban|văn phòng|trung tâm|chi cục|đài) (?=\p{Lu}))/u;
const RELATED_END = /(?:có )?liên quan$/u;
/** "Sở Tài chính và cơ quan, địa phương liên quan": the collective began before the comma. */
const UNNAMED_TAIL = /\s(?:cơ quan|đơn vị|tổ chức|địa phương|doanh nghiệp)$/u;

/** Named bodies and officials a unit list part may start with (folded); a commune's own ones too:
 * "Công chức Tư pháp - Hộ tịch", "Chi hội Nông dân", "Chi đoàn", "Chi bộ"; a ministry's "Vụ …". */
const BODY_HEAD =
  /^(?:so|bo|ubnd|uy ban|hoi dong|hd|van phong|vp|cong an|ban|phong|trung tam|dai|bao|tap chi|chi cuc|chi nhanh|bao hiem|lien doan|ldld|mat tran|mttq|tinh doan|thanh doan|doan|hoi|cuc|tong cuc|vien|truong|benh vien|ngan hang|kho bac|thong tan|toa an|vien kiem sat|thanh tra|hiep hoi|bo chi huy|bch|d\/c|dc|dong chi|chu tich|pho chu tich|pct|giam doc|thu truong|cong ty|tap doan|thue|dang uy|quan uy|huyen uy|tinh uy|thanh uy|dang bo|cum|thanh vien|to dan pho|tdp|lanh dao|cong doan|tram|nganh|cong chuc|chi hoi|chi doan|chi bo|vu|co so)\b/;
// "xã hội" is no commune: "Sở Lao động - Thương binh và xã hội" (the Sở's name in small letters) is one body.
const UNNAMED_AFTER_AND =
  / và (?=(?:các )?(?:bộ|sở|ngành|cơ quan|đơn vị|địa phương|tổ chức|doanh nghiệp|đoàn thể|tỉnh|thành phố|huyện|quận|xã(?! hội)|phường|trường|viện)(?:\s|,|\/|$))/u;

/**
 * "Sở KH&CN chủ trì hướng dẫn, tổng hợp" → "Sở KH&CN": the body, not what it is to do. Not after
 * "và": "Cục Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật" is one body's name.
 */
const DUTY = /(?<!(?:^|\s)(?:và|hoặc)) (?:chủ trì|thúc đẩy|theo dõi|thực hiện|phối hợp|hướng dẫn|tổng hợp|tiến hành|rà soát|tham mưu|báo cáo|trực tiếp|triển khai|đôn đốc)(?:\s|,|$)/u;
/** "đơn vị, địa phương có liên quan tham mưu thực hiện": a collective closed by "liên quan", then what it is to do. */
const RELATED_THEN_DUTY = /(?<=\s(?:có\s)?liên quan)(?= (?:chủ trì|thúc đẩy|theo dõi|thực hiện|phối hợp|hướng dẫn|tổng hợp|tiến hành|rà soát|tham mưu|báo cáo|triển khai|đôn đốc)(?:\s|,|$))/u;

/**
 * "Ủy ban nhân dân cấp tỉnh trình Hội đồng nhân dân cùng cấp", "Sở Y tế đối với địa phương", "Sở
 * Khoa học và Công nghệ để tổng hợp …": what the body does, where or what for, after it.
 */
const NOTE_AFTER = / (?:trình|đối với|để) (?=\p{L})/u;

function withoutDuty(unit: string): string {
  const note = unit.search(NOTE_AFTER);
  const head = note > 0 ? unit.slice(0, note) : '';
  // Not inside a bracket: "(chủ trì chương trình quốc gia)" names the unit's share.
  const bracketOpen = (head.match(/\(/g)?.length ?? 0) > (head.match(/\)/g)?.length ?? 0);
  if (note > 0 && head.split(/\s+/).length >= 2 && /^\p{Lu}/u.test(unit) && !bracketOpen) unit = head;
  const related = unit.search(RELATED_THEN_DUTY);
  if (related > 0) return unit.slice(0, related);
  // Only after a named body: "Các cơ quan thực hiện kiểm kê" is a collective so described.
  const at = unit.search(DUTY);
  return at > 0 && startsBody(unit) && !/^các\s/iu.test(unit) && unit.slice(0, at).split(/\s+/).length >= 2 ? unit.slice(0, at) : unit;
}

/**
 * "Các bộ, ngành liên quan và UBND các tỉnh" (a collective, then a named body) and "Sở Giáo
 * dục và Đào tạo và Sở Y tế" (two bodies of one kind) name two; "Văn phòng HĐND và UBND" one.
 */
function splitAtAnd(piece: string): string[] {
  // "sở, ngành có liên quan và UBND các xã": a collective of kinds, then a named body.
  const collective = /^(?:các\s|(?:sở|bộ),\s)/iu.test(piece);
  const kind = firstWord(piece);
  for (let at = piece.indexOf(' và '); at > 0; at = piece.indexOf(' và ', at + 4)) {
    const after = piece.slice(at + 4);
    // "MTTQ cấp xã và Ban Công tác mặt trận": a department of its own after a named body
    // ("Văn phòng HĐND và UBND quận" stays one: the council's office serves both).
    const department = DEPARTMENT.test(after) && startsBody(piece) && !/^các\s/iu.test(piece);
    // "Bộ Y tế và Ủy ban nhân dân tỉnh Thừa Thiên Huế", "Sở Nội vụ và Uỷ ban nhân dân các huyện": a
    // ministry or a department, then a local government ("Văn phòng HĐND và UBND quận" stays one).
    const government = (/^Bộ\s/u.test(piece) || DEPARTMENT.test(piece)) && LOCAL_GOVERNMENT.test(after);
    if (startsBody(after) && (collective || firstWord(after) === kind || department || government)) return [piece.slice(0, at), after];
  }
  return [piece];
}

const LOCAL_GOVERNMENT = /^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s/u;
const DEPARTMENT = /^(?:Ban|Sở|Phòng|Trung tâm|Công an|Chi cục|Cục|Đài|Báo)\s+\p{Lu}/u;

function firstWord(text: string): string {
  return foldVietnamese(text.split(/\s/, 1)[0] ?? '').replace(/[^\p{L}\p{N}]+$/u, '');
}

/** The text starts by naming a body: "Sở …", "UBND …", "Các sở, ngành", "VPĐU". */
export function startsBody(part: string): boolean {
  if (/^các\s/iu.test(part)) return true;
  // An all-capital abbreviation ("TTHĐTĐKT", "VPĐU") names a body on its own.
  if (!/\s/.test(part)) return /^\p{Lu}{2,}/u.test(part) || /^VP/.test(part);
  // Only the opening words are read: a list grown part by part is not folded whole each time.
  return /^\p{Lu}/u.test(part) && BODY_HEAD.test(foldVietnamese(part.slice(0, 60))) && !MARKED_OTHERWISE.test(part);
}

/**
 * Heads that fold to a body's name but are other words: "Bản quyền" (not "Ban"), "Số liệu" (not
 * "Sở"), "Bảo vệ môi trường" (not "Báo"). "Bảo" before a verb's second syllable only: "Bảo hiểm
 * xã hội" and "Bảo tàng tỉnh" are bodies.
 */
// "Báo cáo định kỳ …" (a report) opens like "Báo …" (a newspaper): no body. "Viên chức" (public
// employees), "Viễn cảnh", "Viện trợ" (aid), "Viện phí" (hospital fees), "Viện dẫn" fold like or
// open as "Viện" (an institute); "Cực kỳ", "Cục bộ" (local) like "Cục". "Cụm công nghiệp" is a
// place, an industrial cluster ("khu, cụm công nghiệp"), not a body as "Cụm thi đua" is. "Dự" ("Dự báo
// và cảnh báo sớm", "Dự án …") folds like "ĐU", a Party committee's abbreviation, which carries no mark.
// "Hội thi", "Hội nghị", "Hội diễn" … are events, not an association ("Hội"); "Trường hợp" (a case)
// is no school ("Trường").
const MARKED_OTHERWISE = /^(?:Bản|Bàn|Bạn|Số|Sổ|Bố|Bổ|Bỏ|Cúc|Hồi|Hỏi|Dự|Viên|Viễn|Viền|Cực|Viện\s+(?:trợ|phí|dẫn)|Cục\s+bộ|Báo\s+cáo|Bảo\s+(?:vệ|đảm|quản|tồn|dưỡng|trì|lưu|mật)|Cụm\s+(?:công\s+nghiệp|dân\s+cư)|Hội\s+(?:thi|nghị|diễn|thao|chợ|trại|giảng|khỏe|báo\s+xuân)|Trường\s+hợp)(?:\s|,|$)/iu;

function tidyUnit(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–+•,.]+/, '')
    .replace(/[\s,;]+$/, '')
    // A list item's closing full stop ("- UBND các huyện, thành phố."); an abbreviation keeps its dot ("TP.").
    .replace(/(\p{Ll}{2})\.$/u, '$1')
    .trim();
}

function isUnitByItself(part: string): boolean {
  const f = foldVietnamese(part);
  const words = part.split(/\s+/).length;
  // An all-capital abbreviation ("TTHĐTĐKT", "VPĐU") names a body on its own.
  if (words === 1) return /^\p{Lu}{2,}/u.test(part) || /^VP/.test(part);
  return UNIT_HEAD.test(f) || f.startsWith('vp');
}
