// Names of issuing bodies: "UBND QUẬN LONG BIÊN", "Hội đồng TĐKT quận Long Biên", "Bộ chính trị",
// "Thành uỷ Hà Nội" → one canonical spelling each ("Ủy ban nhân dân quận Long Biên"), so that a
// ward plan's reference to its district council equals the district plan's own issuer name.
// Relative names ("UBND Quận", "Hội đồng thi đua khen thưởng thành phố") are resolved against
// the document's own place in the hierarchy (LocalityFrame).
import type { IssuerLevel } from '../../output/schema.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { ancestors, findUnits, resolveUnit, UNIT_WORDS as PLACE_UNIT_WORDS, type AdminUnit } from '../shared/localities.js';
import { YOUTH_UNION_BODIES } from './youth-union-bodies.js';

export interface Token {
  text: string;
  folded: string;
  start: number;
  end: number;
}

export function tokenize(text: string, offset = 0): Token[] {
  const folded = foldVietnamese(text);
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:\.(?=\p{L}))?/gu)) {
    const start = m.index!;
    out.push({ text: m[0], folded: folded.slice(start, start + m[0].length), start: start + offset, end: start + offset + m[0].length });
  }
  return out;
}

export type UnitLevel = 'province' | 'city' | 'district' | 'town' | 'ward' | 'commune';

interface UnitWord {
  tokens: string[];
  written: string;
  level: UnitLevel;
}

export const UNIT_WORDS: UnitWord[] = [
  { tokens: ['thanh', 'pho'], written: 'thành phố', level: 'city' },
  { tokens: ['tp'], written: 'thành phố', level: 'city' },
  { tokens: ['tp.'], written: 'thành phố', level: 'city' },
  { tokens: ['tinh'], written: 'tỉnh', level: 'province' },
  { tokens: ['quan'], written: 'quận', level: 'district' },
  { tokens: ['huyen'], written: 'huyện', level: 'district' },
  { tokens: ['thi', 'xa'], written: 'thị xã', level: 'town' },
  { tokens: ['tx'], written: 'thị xã', level: 'town' },
  { tokens: ['thi', 'tran'], written: 'thị trấn', level: 'commune' },
  { tokens: ['phuong'], written: 'phường', level: 'ward' },
  { tokens: ['xa'], written: 'xã', level: 'commune' },
];

import type { Body } from './issuer-body.js';
export type { Body } from './issuer-body.js';

const COUNCIL = 'Hội đồng Thi đua - Khen thưởng';
const BODIES: Body[] = [
  { tokens: [['bo', 'chinh', 'tri']], name: 'Bộ Chính trị', central: true },
  { tokens: [['ban', 'bi', 'thu']], name: 'Ban Bí thư', central: true },
  { tokens: [['ban', 'chap', 'hanh', 'trung', 'uong']], name: 'Ban Chấp hành Trung ương', central: true },
  { tokens: [['thu', 'tuong', 'chinh', 'phu'], ['thu', 'tuong']], name: 'Thủ tướng Chính phủ', central: true },
  { tokens: [['chinh', 'phu']], name: 'Chính phủ', central: true },
  { tokens: [['uy', 'ban', 'thuong', 'vu', 'quoc', 'hoi']], name: 'Ủy ban Thường vụ Quốc hội', central: true },
  { tokens: [['quoc', 'hoi']], name: 'Quốc hội', central: true },
  { tokens: [['chu', 'tich', 'nuoc']], name: 'Chủ tịch nước', central: true },
  { tokens: [['bo', 'noi', 'vu']], name: 'Bộ Nội vụ', central: true },
  { tokens: [['van', 'phong', 'chinh', 'phu']], name: 'Văn phòng Chính phủ', central: true },
  { tokens: [['van', 'phong', 'quoc', 'hoi']], name: 'Văn phòng Quốc hội', central: true },
  { tokens: [['van', 'phong', 'trung', 'uong', 'dang']], name: 'Văn phòng Trung ương Đảng', central: true },
  { tokens: [['ngan', 'hang', 'nha', 'nuoc', 'viet', 'nam'], ['ngan', 'hang', 'nha', 'nuoc']], name: 'Ngân hàng Nhà nước Việt Nam', central: true },
  { tokens: [['kiem', 'toan', 'nha', 'nuoc']], name: 'Kiểm toán Nhà nước', central: true },
  { tokens: [['uy', 'ban', 'trung', 'uong', 'mat', 'tran', 'to', 'quoc', 'viet', 'nam']], name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', central: true },
  { tokens: [['hoi', 'dong', 'thi', 'dua', 'khen', 'thuong', 'trung', 'uong'], ['hoi', 'dong', 'tdkt', 'trung', 'uong']], name: `${COUNCIL} Trung ương`, central: true },
  { tokens: [['ban', 'thi', 'dua', 'khen', 'thuong', 'trung', 'uong'], ['ban', 'tdkt', 'trung', 'uong']], name: 'Ban Thi đua - Khen thưởng Trung ương', central: true },
  { tokens: [['thuong', 'truc', 'hoi', 'dong', 'thi', 'dua', 'khen', 'thuong'], ['thuong', 'truc', 'hoi', 'dong', 'tdkt'], ['tthdtdkt']], name: `Thường trực ${COUNCIL}` },
  { tokens: [['hoi', 'dong', 'thi', 'dua', 'khen', 'thuong'], ['hoi', 'dong', 'tdkt'], ['hoi', 'dong', 'td', 'kt'], ['hd', 'tdkt'], ['hdtdkt'], ['hoi', 'dong', 'thi', 'dua']], name: COUNCIL },
  { tokens: [['ban', 'thi', 'dua', 'khen', 'thuong'], ['ban', 'tdkt'], ['ban', 'td', 'kt']], name: 'Ban Thi đua - Khen thưởng' },
  { tokens: [['chu', 'tich', 'uy', 'ban', 'nhan', 'dan'], ['chu', 'tich', 'ubnd']], name: 'Chủ tịch Ủy ban nhân dân' },
  { tokens: [['uy', 'ban', 'nhan', 'dan'], ['ubnd']], name: 'Ủy ban nhân dân' },
  { tokens: [['hoi', 'dong', 'nhan', 'dan'], ['hdnd']], name: 'Hội đồng nhân dân' },
  { tokens: [['uy', 'ban', 'mat', 'tran', 'to', 'quoc', 'viet', 'nam'], ['uy', 'ban', 'mat', 'tran', 'to', 'quoc'], ['uy', 'ban', 'mttq', 'viet', 'nam'], ['uy', 'ban', 'mttq'], ['ub', 'mttq', 'viet', 'nam'], ['ub', 'mttq'], ['mttq', 'viet', 'nam'], ['mttq']], name: 'Ủy ban Mặt trận Tổ quốc Việt Nam' },
  { tokens: [['so', 'noi', 'vu']], name: 'Sở Nội vụ' },
  { tokens: [['phong', 'noi', 'vu']], name: 'Phòng Nội vụ' },
  ...(
    [
      ['thanh', 'Thành ủy', 'thanh pho'],
      ['tinh', 'Tỉnh ủy', 'tinh'],
      ['quan', 'Quận ủy', 'quan'],
      ['huyen', 'Huyện ủy', 'huyen'],
      ['thi', 'Thị ủy', 'thi xa'],
    ] as const
  ).flatMap(([word, name, unit]): Body[] => [
    { tokens: [['ban', 'thuong', 'vu', word, 'uy']], name: `Ban Thường vụ ${name}`, impliedUnit: unit },
    { tokens: [[word, 'uy']], name, impliedUnit: unit },
  ]),
  { tokens: [['dang', 'uy']], name: 'Đảng ủy' },
  ...YOUTH_UNION_BODIES,
];

/** The length in tokens of `body`'s name printed at token `at`; 0 when it is not. */
function bodyAt(tokens: readonly Token[], at: number, body: Body): number {
  const seq = body.tokens.find((s) => startsWith(tokens, at, s));
  if (!seq) return 0;
  if (body.written) {
    const printed = tokens.slice(at, at + seq.length).map((t) => t.text.toLocaleLowerCase('vi').normalize('NFC')).join(' ');
    if (!body.written.includes(printed)) return 0;
  }
  return seq.length;
}

const CENTRAL_WORDS = [['trung', 'uong'], ['tw']];

export interface ParsedIssuer {
  /** Canonical full name, relative parts resolved when possible. */
  name: string;
  body: string;
  level: IssuerLevel | null;
  /** "Long Biên", as the unit list spells it when known. */
  locality: string | null;
  /** The unit word written or implied ("quận"), null for central bodies. */
  unitWord: string | null;
  /** True when the text named the unit type but not which one ("UBND Quận"). */
  relative: boolean;
  /** True when a relative name could not be resolved. */
  unresolved: boolean;
  unit: AdminUnit | null;
}

/** Where the document stands: its own unit, and the district and province above it. */
export interface LocalityFrame {
  own: FrameUnit | null;
  district: FrameUnit | null;
  province: FrameUnit | null;
}

export interface FrameUnit {
  name: string;
  word: string;
  level: UnitLevel;
}

export const EMPTY_FRAME: LocalityFrame = { own: null, district: null, province: null };

export function startsWith(tokens: readonly Token[], at: number, seq: readonly string[]): boolean {
  return seq.every((t, i) => tokens[at + i]?.folded === t || tokens[at + i]?.folded === `${t}.`);
}

// Words that fold to a unit word but are other words: "QUẢN" (Ban Quản lý), "QUÂN" (Bộ Chỉ huy
// Quân sự), "QUAN" (Sĩ quan), "PHƯƠNG" (địa phương, phương án), "TÌNH", "TÍNH". A unit word OCR
// printed with the wrong marks ("THÀNH PHÓ" for "THÀNH PHỐ") is still the unit word. These words
// are the same misreads ("TÍNH BẮC NINH", "QUẢN HOÀN KIẾM"), so they count only before the name
// of a unit of that kind.
const NOT_UNIT_WORDS = new Set(['quản', 'quân', 'quán', 'quan', 'phương', 'tình', 'tính']);

/**
 * Whether the unit word `unit` is printed at token `at`: folded alike, and, where it is one of
 * NOT_UNIT_WORDS, followed by the name of a unit of its kind.
 */
export function unitWordAt(tokens: readonly Token[], at: number, unit: { tokens: readonly string[] }): boolean {
  if (!startsWith(tokens, at, unit.tokens)) return false;
  // "Chi cục Hải quan Thủ Dầu Một": "quan" after "hải" is the customs' word, even before a unit's name.
  if (unit.tokens[0] === 'quan' && tokens[at - 1]?.folded === 'hai') return false;
  const misread = unit.tokens.some((_, i) => NOT_UNIT_WORDS.has(tokens[at + i]!.text.toLowerCase().normalize('NFC')));
  return !misread || namesUnitAfter(tokens, at + unit.tokens.length, unit.tokens.join(' '));
}

/** Up to four capitalised words from `at` that name a unit a `unitWord` opens ("BẮC NINH" after "tỉnh"). */
function namesUnitAfter(tokens: readonly Token[], at: number, unitWord: string): boolean {
  const words: string[] = [];
  for (let i = at; i < tokens.length && words.length < 4 && /^\p{Lu}/u.test(tokens[i]!.text); i++) words.push(tokens[i]!.text);
  const kind = PLACE_UNIT_WORDS.find((w) => w.folded === unitWord)?.kind;
  for (let n = words.length; n >= 1; n--) if (findUnits(words.slice(0, n).join(' '), kind).length) return true;
  return false;
}

function titleCase(words: string[]): string {
  return words
    .map((w) => (w === w.toUpperCase() && !isAbbreviation(w) ? w.charAt(0) + w.slice(1).toLowerCase() : w))
    .join(' ');
}

/**
 * A word in capitals with no vowel after its first letter ("UBND", "NCKSTTHC", "TĐKT") that is no
 * syllable: an
 * abbreviation, kept in capitals when a name is set in normal case, where "Ubnd" would be read as a
 * word. Names of the highlands whose onsets Vietnamese lacks ("KRÔNG", "PLEIKU") have a vowel later.
 */
export function isAbbreviation(word: string): boolean {
  const folded = foldVietnamese(word);
  if (!/^\p{Lu}{2,}$/u.test(word) || !/^[a-z]+$/.test(folded)) return false;
  // A vowel and a coda is a syllable ("ANH", "ÔNG", "ÍCH"); "UBND" is not.
  return /^[^aeiouy]+$/.test(folded) || (/^[aeiouy][^aeiouy]+$/.test(folded) && !/^[aeiouy](?:ch|ng|nh|[cmnpt])$/.test(folded));
}

function sentenceCase(text: string): string {
  if (text !== text.toUpperCase()) return text;
  const lower = text.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

const LEVEL_BY_UNIT: Record<string, UnitLevel> = Object.fromEntries(UNIT_WORDS.map((u) => [u.written, u.level]));

/**
 * Parses an issuer phrase ("UBND QUẬN LONG BIÊN", "Hội đồng TĐKT Quận", "Bộ chính trị").
 * Returns null when it does not start with a known body and has no unit word.
 */
/** The specific body whose name starts at token `at`, with its length in tokens. */
export function knownBodyAt(tokens: readonly Token[], at: number): number {
  for (const b of BODIES) {
    const length = bodyAt(tokens, at, b);
    if (length) return length;
  }
  return 0;
}

export function parseIssuer(phrase: string, frame: LocalityFrame = EMPTY_FRAME, near: readonly AdminUnit[] = []): ParsedIssuer | null {
  const tokens = tokenize(phrase);
  if (!tokens.length) return null;
  let at = 0;
  let body: Body | null = null;
  for (const b of BODIES) {
    const length = bodyAt(tokens, 0, b);
    if (length) {
      body = b;
      at = length;
      break;
    }
  }
  if (!body) return null;
  if (body.central) {
    return { name: body.name, body: body.name, level: 'central', locality: null, unitWord: null, relative: false, unresolved: false, unit: null };
  }
  if (CENTRAL_WORDS.some((s) => startsWith(tokens, at, s))) {
    return { name: `${body.name} Trung ương`, body: body.name, level: 'central', locality: null, unitWord: null, relative: false, unresolved: false, unit: null };
  }
  let unitWord: string | null = body.impliedUnit ? (UNIT_WORDS.find((u) => u.tokens.join(' ') === body.impliedUnit)?.written ?? null) : null;
  if (!body.impliedUnit) {
    const word = UNIT_WORDS.find((u) => unitWordAt(tokens, at, u));
    if (word) {
      unitWord = word.written;
      at += word.tokens.length;
    }
  }
  // The name: capitalised words after the unit word ("Long Biên", "LONG BIÊN", "Thủ đô").
  const nameWords: string[] = [];
  for (let i = at; i < tokens.length && nameWords.length < 5; i++) {
    const t = tokens[i]!;
    if (!/^[\p{Lu}\p{N}]/u.test(t.text)) break;
    // "… TỈNH QUẢNG NGÃI Số: 4# /CT": the number line glued on by OCR is not part of the place.
    if (/^(số|sỐ|SỐ|Số)$/u.test(t.text) || (nameWords.length && /^\p{N}/u.test(t.text))) break;
    nameWords.push(t.text.replace(/\.$/, ''));
  }
  const writtenName = nameWords.length ? titleCase(nameWords) : null;
  if (!unitWord && !writtenName) {
    // A bare body ("Hội đồng Thi đua - Khen thưởng", "Ủy ban nhân dân"): relative to the document.
    return resolveRelative(body, null, frame);
  }
  if (!writtenName) return resolveRelative(body, unitWord, frame);
  if (foldVietnamese(writtenName) === 'thu do') {
    return build(body, unitWord ?? 'thành phố', 'Hà Nội', resolveUnit('Hà Nội', 'thành phố'));
  }
  const unit = unitWord ? resolveUnit(writtenName, unitWord, near) : null;
  return build(body, unitWord, spellLocality(writtenName, unit), unit);
}

/**
 * The unit list's spelling for a name printed without marks ("Long Bien" → "Long Biên"); a name
 * printed with them stays as printed (a tone apart is another place: Lương Minh, Lưỡng Minh).
 */
export function spellLocality(written: string, unit: AdminUnit | null): string {
  if (!unit || foldVietnamese(unit.name) !== foldVietnamese(written)) return written;
  return /[^\x00-\x7f]/.test(written) ? written : unit.name;
}

export function build(body: Body, unitWord: string | null, locality: string | null, unit: AdminUnit | null, relative = false): ParsedIssuer {
  const level = unitWord ? (LEVEL_BY_UNIT[unitWord] ?? null) : null;
  let name = body.name;
  if (locality) name = body.impliedUnit ? `${body.name} ${locality}` : unitWord ? `${body.name} ${unitWord} ${locality}` : `${body.name} ${locality}`;
  else if (unitWord && !body.impliedUnit) name = `${body.name} ${unitWord}`;
  return { name, body: body.name, level, locality, unitWord, relative, unresolved: relative && !locality, unit };
}

function resolveRelative(body: Body, unitWord: string | null, frame: LocalityFrame): ParsedIssuer {
  const level = unitWord ? LEVEL_BY_UNIT[unitWord] : null;
  let target: FrameUnit | null = null;
  if (!unitWord) target = frame.own;
  else if (frame.own && frame.own.word === unitWord) target = frame.own;
  else if (level === 'district' || level === 'town') target = frame.district && frame.district.word === unitWord ? frame.district : null;
  else if (level === 'city' || level === 'province') {
    // "thành phố" in a provincial city's own plan is the city itself, handled above.
    target = frame.province && frame.province.word === unitWord ? frame.province : null;
  }
  if (target) return build(body, target.word, target.name, null, true);
  return build(body, unitWord, null, null, true);
}

/** Units the text names with a unit word ("quận Long Biên", "tỉnh Hải Dương"), resolved. */
export function mentionedUnits(text: string, folded = foldVietnamese(text)): AdminUnit[] {
  return findMentionedUnits(text, folded);
}

function findMentionedUnits(text: string, folded: string): AdminUnit[] {
  const seen = new Map<string, AdminUnit>();
  // Capitalisation lives in the original text; the unit word is found in the fold.
  for (const m of folded.matchAll(/(?<![a-z])(thanh pho|tinh|quan|huyen|thi xa) (?=\S)/g)) {
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 40);
    const name = /^\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){0,3}/u.exec(after)?.[0];
    if (!name) continue;
    // Try the longest run of capitalised words first ("Hà Nội về" stops at "về" anyway).
    const words = name.split(' ');
    for (let n = words.length; n >= 1; n--) {
      const unit = resolveUnit(words.slice(0, n).join(' '), m[1]!);
      if (unit) {
        seen.set(unit.code, unit);
        break;
      }
    }
  }
  if (/(?<![a-z])thu do(?![a-z])/.test(folded)) {
    const hanoi = resolveUnit('Hà Nội', 'thành phố');
    if (hanoi) seen.set(hanoi.code, hanoi);
  }
  return [...seen.values()];
}

function frameUnitOf(unit: AdminUnit, written?: { word: string; level: UnitLevel }): FrameUnit {
  if (written) return { name: unit.name, word: written.word, level: written.level };
  const byType: Record<string, [string, UnitLevel]> = {
    tinh: ['tỉnh', 'province'],
    'thanh-pho': ['thành phố', 'city'],
    quan: ['quận', 'district'],
    huyen: ['huyện', 'district'],
    'thi-xa': ['thị xã', 'town'],
    phuong: ['phường', 'ward'],
    xa: ['xã', 'commune'],
    'thi-tran': ['thị trấn', 'commune'],
  };
  const [word, level] = byType[unit.type] ?? ['', 'district'];
  return { name: unit.name, word, level };
}

/** The document's frame, from its issuer's unit and the units the text mentions. */
export function buildFrame(issuer: ParsedIssuer | null, mentioned: readonly AdminUnit[]): LocalityFrame {
  if (!issuer || !issuer.locality || !issuer.unitWord || !issuer.level) return { ...EMPTY_FRAME };
  const own: FrameUnit = { name: issuer.locality, word: issuer.unitWord, level: issuer.level as UnitLevel };
  const unit = issuer.unit ?? resolveUnit(issuer.locality, issuer.unitWord, mentioned);
  const frame: LocalityFrame = { own, district: null, province: null };
  if (['district', 'town'].includes(own.level) || (own.level === 'city' && unit?.kind === 'district')) frame.district = own;
  if (own.level === 'province' || (own.level === 'city' && unit?.kind !== 'district')) frame.province = own;
  if (unit) {
    for (const a of ancestors(unit)) {
      if (a.kind === 'district' && !frame.district) frame.district = frameUnitOf(a);
      if (a.kind === 'province' && !frame.province) frame.province = frameUnitOf(a);
    }
  }
  return frame;
}

export { sentenceCase };
