// The issuer of a cited document, as the citation names it: after "của" ("Thông tư số … của Bộ
// Thông tin và Truyền thông hướng dẫn …"), as a joint issuer ("của liên Bộ: Thông tin và Truyền
// thông – Công an"), or before the citation ("Theo đề nghị của Sở Tài chính tại Công văn số …").
import { foldVietnamese } from '../../normalizers/fold.js';
import { fieldNameRanges, inside, splitFields } from '../shared/body-names.js';
import { oneLine } from '../shared/layout.js';

// Words and marks that end an issuer phrase. A dash ends it ("… của UBND quận - nội dung") except
// inside the council's own name ("Hội đồng Thi đua - Khen thưởng"); the verbs a cited document's
// subject opens with ("… của Bộ trưởng Bộ Giao thông vận tải công bố vùng nước …") end it too.
const ISSUER_END =
  /\s(?:ngay|ve|v\/v|nham|theo|voi|tai|trong|da|gan|huong|dong thoi|quy dinh|ban hanh|va|ke tu|cho|den|de|sua doi|bo sung|cong bo|phe duyet|thanh lap|chua)(?![a-z])|[,;.()\n\t“”"]|\s[-–]\s(?!khen thuong)/;
/** The separators of a list of bodies: in a joint issuer they part the bodies, not end the phrase. */
const SEPARATOR = /^(?:,|\s[-–]\s|\sva)$/;


// The stop words above as printed with their marks: in a marked text "tải" of "Bộ Giao thông vận
// tải" and "tài" of "tài chính" are no "tại", "chợ" no "cho".
const STOPS_MARKED = new Set('ngày về v/v nhằm theo với tại trong đã gắn hướng đồng quy ban và kể cho đến để sửa bổ công phê thành chưa'.split(' '));
// A subject's opening words no body's name holds: they end the issuer even with a capital
// ("… Thương binh và Xã hội Hướng dẫn …", "… xã Phố Bảng Về việc …").
const SUBJECT_OPENING = /^\s(?:huong dan|quy dinh|sua doi|phe duyet|cong bo|ve viec)(?![a-z])/;

/** How far an issuer phrase may run. */
const REACH = 120;

/**
 * Where an issuer phrase ends in `window` (folded, starting at `from` in the text): a stop word
 * counts only when printed in lower case ("tại", but not "Tài" of "Bộ Tài chính") and, in a
 * marked text, with its own marks; a stop inside a known field name ("Bộ Thông tin và Truyền
 * thông", "Sở Văn hóa, Thể thao và Du lịch") does not count, nor, in a list, a separator.
 */
function phraseEnd(text: string, window: string, from: number, list: boolean): number | null {
  const fields = fieldNameRanges(window);
  const marked = /[^\x00-\x7f]/.test(text.slice(from, from + window.length));
  const re = new RegExp(ISSUER_END.source, 'g');
  for (let m = re.exec(window); m; m = re.exec(window)) {
    if (inside(fields, m.index + 1)) continue;
    if (list && SEPARATOR.test(m[0])) continue;
    if (!/^\s[a-z]/.test(m[0])) return m.index;
    const word = /^[\p{L}/]+/u.exec(text.slice(from + m.index + 1, from + m.index + 16))?.[0] ?? '';
    const opening = SUBJECT_OPENING.test(window.slice(m.index, m.index + 12));
    if (/^\p{Lu}/u.test(word) && !opening) continue;
    if (marked && !opening && !STOPS_MARKED.has(word.normalize('NFC'))) continue;
    return m.index;
  }
  return null;
}

export interface IssuerPhrase {
  /** The phrase as printed, for the issuer parser. */
  phrase: string;
  /** The issuer's name when the parser does not know the body. */
  name: string;
  /** True for a joint issuer, already named body by body. */
  joint: boolean;
  end: number;
}

// "liên Bộ: Thông tin và Truyền thông – Công an", "liên bộ Tài chính, Nội vụ": ministries named by their fields.
const JOINT_MINISTRIES = /^lien\s*[-–]?\s*bo\s*:?\s*/;

/** The issuer phrase starting at `from` (right after "của"). */
export function issuerPhrase(text: string, folded: string, from: number): IssuerPhrase | null {
  const joint = JOINT_MINISTRIES.exec(folded.slice(from, from + 16));
  if (joint) {
    const start = from + joint[0].length;
    const window = folded.slice(start, start + REACH);
    const end = start + (phraseEnd(text, window, start, true) ?? window.length);
    const list = text.slice(start, end).trimEnd();
    const fields = splitFields(list, folded.slice(start, start + list.length));
    if (fields.length) {
      const name = fields.map((f) => (/^bo\s/.test(foldVietnamese(f)) ? f : `Bộ ${f}`)).join(', ');
      return { phrase: list, name, joint: true, end: start + list.length };
    }
  }
  let window = folded.slice(from, from + REACH);
  let stop = phraseEnd(text, window, from, false);
  // "… ngày 29/6/2026 của Bộ⏎Xây dựng ban hành …": a subject wrapped in its narrow column breaks
  // the name after its head; a head alone names no body, so the name goes on over that break.
  const wrapped = stop !== null && window[stop] === '\n' && BARE_HEAD.test(window.slice(0, stop).trim());
  if (wrapped) {
    window = `${window.slice(0, stop!)} ${window.slice(stop! + 1)}`;
    stop = phraseEnd(text, window, from, false);
  }
  const printed = text.slice(from, from + (stop ?? window.length)).trim();
  if (!printed) return null;
  const phrase = wrapped ? oneLine(printed) : printed;
  return { phrase, name: oneLine(printed), joint: false, end: from + printed.length };
}

/** A body's head word that names no body alone (folded): "Bộ", "Sở", "Ủy ban nhân dân", "UBND". */
const BARE_HEAD = /^(?:bo|so|cuc|tong cuc|chi cuc|ban|vu|van phong|uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|thu tuong)$/;

// "… của Sở Tài chính tại Công văn số …", "đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số …".
const AT_CITATION = /\stai\s*$/;
const OF = /(?<![a-z])cua\s+/g;

// The heads of bodies' names; an official ("Phó Thủ tướng …", "Chủ tịch …") directs, and the letter
// that conveys it is another body's ("… của Phó Thủ tướng tại văn bản số …/VPCP-…").
const BODY_HEAD =
  /^(?:so|bo|uy ban|ubnd|hoi dong|hdnd|phong|ban|van phong|cuc|tong cuc|chi cuc|vu|trung tam|thanh tra|kho bac|cong an|vien|lien doan|hoi|dang uy|tinh uy|thanh uy|huyen uy|quan uy|ngan hang|kiem toan|chinh phu|quoc hoi|thuong truc|mat tran|mttq)(?![a-z])/;

/**
 * The issuer named before a citation: "của <issuer> tại <citation>". The official's title before a
 * department ("Giám đốc Sở Nội vụ", "Trưởng phòng Văn hóa - Xã hội") gives way to the department,
 * which issues the document the official signs.
 */
export function issuerNamedBefore(text: string, folded: string, start: number): { phrase: string; name: string; start: number; end: number } | null {
  const from = Math.max(0, start - REACH);
  const before = folded.slice(from, start);
  const at = AT_CITATION.exec(before);
  if (!at || !/^\s(?:tại|tai)\s*$/u.test(text.slice(from + at.index, start).normalize('NFC'))) return null;
  let of: RegExpExecArray | null = null;
  for (const m of before.slice(0, at.index).matchAll(OF)) of = m;
  if (!of) return null;
  const phraseStart = from + of.index! + of[0].length;
  const phraseEndAt = from + at.index;
  const raw = text.slice(phraseStart, phraseEndAt);
  // One body, named in words: not a list ("của Chính phủ, Thủ tướng Chính phủ tại …"), nor a person.
  const phraseFolded = folded.slice(phraseStart, phraseEndAt);
  const fields = fieldNameRanges(phraseFolded);
  const listed = [...raw.matchAll(/,/g)].some((m) => !inside(fields, m.index!));
  if (!raw.trim() || listed || /[;:.!?“”"()\d]/.test(raw) || !/^\p{Lu}/u.test(raw)) return null;
  const official = /^(?:giam doc\s+(?=so\s)|truong\s+(?=phong\s|ban\s))/.exec(phraseFolded);
  if (!BODY_HEAD.test(phraseFolded.slice(official?.[0].length ?? 0))) return null;
  const body = official ? raw.slice(official[0].length) : raw;
  const phrase = oneLine(body.charAt(0).toUpperCase() + body.slice(1));
  return { phrase, name: phrase, start: phraseStart + (official?.[0].length ?? 0), end: phraseEndAt };
}

/**
 * "Hội nghị lần thứ Năm Ban Chấp hành Trung ương Đảng khóa XII": a plenum's resolution is the
 * committee's ("Ban Chấp hành Trung ương Đảng khóa XII").
 */
export function plenumCommittee(name: string): string {
  const plenum = /^hoi nghi (?:lan thu \S+|\S+ lan thu \S+)\s+(?=ban chap hanh\s)/.exec(foldVietnamese(name));
  return plenum ? name.slice(plenum[0].length) : name;
}

// Who alone issues a type, by the Constitution and the law on legal documents; and the issuer
// parts of symbols that name one body only (QH15: the National Assembly; ND-CP: the Government).
const ISSUER_OF_TYPE: Record<string, string> = {
  'Hiến pháp': 'Quốc hội',
  'Bộ luật': 'Quốc hội',
  Luật: 'Quốc hội',
  'Pháp lệnh': 'Ủy ban Thường vụ Quốc hội',
  'Nghị định': 'Chính phủ',
};
const ISSUER_OF_SYMBOL: ReadonlyArray<[RegExp, string]> = [
  [/(?:^|[/-])UBTVQH\d*$/i, 'Ủy ban Thường vụ Quốc hội'],
  [/(?:^|[/-])QH\d*$/i, 'Quốc hội'],
  [/^(?:NĐ|NQ)-CP$/i, 'Chính phủ'],
  [/^[\p{L}]+-TTg$/u, 'Thủ tướng Chính phủ'],
];

/** The issuer a citation names by its type or its symbol alone, when it names none in words. */
export function impliedIssuer(type: string | null, symbol: string | null): string | null {
  if (symbol) for (const [re, name] of ISSUER_OF_SYMBOL) if (re.test(symbol)) return name;
  return type ? (ISSUER_OF_TYPE[type] ?? null) : null;
}
