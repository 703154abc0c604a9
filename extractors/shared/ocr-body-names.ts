// Names of provincial departments and of the province's police and military command as an OCR
// engine without Vietnamese garbles them ("SO GIAO DVC vA DA° TAO", "S GDDT", "SO LDTBXH"), read
// back as their standard names. A value-level repair for text whose origin is OCR: the text itself
// is never rewritten, and a name that already reads as a standard one is left as written.
import { editDistance } from '../../normalizers/edit-distance.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { DEPARTMENT_FIELDS } from './body-names.js';

/**
 * Standard names beyond the Sở: the province's own police and military command, the Ministry of
 * Finance's general departments of tax and customs, and the national confederation of trade unions, whose line an engine garbles like theirs ("TỔNG LIÊN ĐOÀN LAO IX)NG",
 * its "VIỆT NAM" often wrapped onto the next line).
 */
const OTHER_BODIES = [
  'Công an tỉnh', 'Công an thành phố', 'Bộ Chỉ huy Quân sự tỉnh', 'Bộ Chỉ huy Quân sự thành phố',
  'Tổng Liên đoàn Lao động', 'Tổng Liên đoàn Lao động Việt Nam',
  // The Ministry of Finance's two general departments, whose letters (and their Cục's) the tax and
  // customs layers garble like any block line ("TONG eve THOE", "TONGTU. C THUE").
  'Tổng cục Thuế', 'Tổng cục Hải quan',
];

/** The common abbreviations of department fields, as written after "Sở" ("Sở GDĐT"). */
const ABBREVIATIONS = ['GDĐT', 'LĐTBXH', 'KHĐT', 'TNMT', 'NNPTNT', 'VHTTDL', 'TTTT', 'KHCN', 'GTVT', 'TTTT', 'NNMT'];

/** Letters only, folded, lower case: "SỞ GIÁO DỤC VÀ ĐÀO TẠO" → "sogiaoducvadaotao". */
export function letters(text: string): string {
  return foldVietnamese(text).toLowerCase().replace(/[^a-z]/g, '');
}

interface Standard {
  name: string;
  key: string;
}

const STANDARDS: readonly Standard[] = [...DEPARTMENT_FIELDS.map((f) => `Sở ${f}`), ...OTHER_BODIES].map((name) => ({ name, key: letters(name) }));
const ABBREVIATION_KEYS = new Map(ABBREVIATIONS.map((a) => [letters(a), a]));

/** Ministries whose field a province's department shares, and three more: "BOYTE" glued is Bộ Y tế. */
const MINISTRIES = [...DEPARTMENT_FIELDS.filter((f) => f !== 'Ngoại vụ'), 'Ngoại giao', 'Quốc phòng', 'Công an'].map((f) => `Bộ ${f}`);
const MINISTRY_KEYS = new Map(MINISTRIES.map((name) => [letters(name), name]));

/** The ministry a phrase ends by naming, as the list writes it ("86 trưởng BỘ Y tế": Bộ Y tế), null when none. */
export function ministryEnding(phrase: string): string | null {
  const key = letters(phrase);
  let found: string | null = null;
  // The longest name that ends the phrase ("Bộ Nông nghiệp và Môi trường", not a shorter one inside it).
  for (const [ministryKey, name] of MINISTRY_KEYS) if (key.endsWith(ministryKey) && (!found || ministryKey.length > letters(found).length)) found = name;
  return found;
}

/** Every ministry's name as the list writes it. */
export const MINISTRY_NAMES: readonly string[] = MINISTRIES;

/**
 * Capitals an engine read as the strokes they are drawn with, put back inside a code: an H as a
 * brace or bracket and a stem ("LDTBX}1", "LDTBX}T", "N}1No"), a G as a bracket and a 3 ("(3DDT").
 * Used only where a code is compared with the abbreviations exactly.
 */
export function unsplitStrokes(text: string): string {
  return text.replace(/(?<=\p{Lu})[}\]][1lIiT](?=\p{Lu}|\p{Ll}|$|[\s,;.])/gu, 'H').replace(/\([3]\s?(?=\p{Lu})/gu, 'G');
}

/**
 * A code's capitals I, Y and Ư (with any mark) read as the T they stand for: a T whose bar the
 * scan thinned or the engine joined to its neighbour is read as another capital on one stem. Only
 * compared with the abbreviations exactly, after "Sở" ("Sở TITT" is Sở TTTT; "Sở YT" stays).
 */
export function stemsAsT(code: string): string {
  return code.normalize('NFD').replace(/[IYU]\p{M}*/gu, (m) => (m[0] === 'U' && !m.includes('\u031B') ? m : 'T')).normalize('NFC');
}

/** A body of another kind, its head read right ("Bộ Nội vụ", "Phòng Tư pháp"): never a department one letter off. */
const OTHER_BODY_HEAD = /^(?:bộ|ban|phòng|cục|chi cục|vụ|văn phòng|trung tâm|ủy ban|uỷ ban|ubnd|hội|đoàn|liên đoàn|thanh tra)\s/iu;

/** A fuzzy match may differ from the name by at most this share of its letters. */
const MAX_EDIT_SHARE = 0.25;
/** Longer than any standard name by far: not one name, left alone (and the edit distance stays cheap). */
const MAX_LETTERS = 60;

/** The standard written form `name` stands for when it is an already valid one, else null. */
export function validAs(name: string): boolean {
  const lower = name.toLocaleLowerCase('vi');
  if (STANDARDS.some((s) => s.name.toLocaleLowerCase('vi') === lower)) return true;
  const m = /^sở\s+(\S+)$/u.exec(lower);
  return m !== null && ABBREVIATIONS.some((a) => a.toLocaleLowerCase('vi') === m[1]);
}

/**
 * The standard name a garbled body name stands for, or null when it stands for none (or for more
 * than one). "S GDDT" / "SO LDTBXH": a garbled "Sở" before an abbreviation read exactly. "SỐ GIÁO
 * DVC và ĐÃ° TẠO": within a quarter of its letters of exactly one standard name. A short
 * abbreviation is never matched loosely: one letter off may be another department's.
 */
export function repairedBodyName(raw: string): string | null {
  const name = raw.replace(/\s+/g, ' ').trim();
  if (!name || validAs(name) || OTHER_BODY_HEAD.test(name)) return null;
  const key = letters(name);
  if (!key || key.length > MAX_LETTERS) return null;
  // A garbled "Sở" (one letter after the S at most: "S", "SO", "Sä", "Si") before an exact abbreviation.
  const head = /^(\S+)\s*(\S+)$/u.exec(unsplitStrokes(name));
  const glued = /^[Ss]\S*$/u.test(name) ? key : null;
  // A code whose Ts the engine read as other letters drawn on one stem ("TTTĨ", "TITT", "TƯYT" for TTTT).
  const code = head ? [letters(head[2]!), letters(stemsAsT(head[2]!))] : [];
  for (const [abbr, written] of ABBREVIATION_KEYS) {
    const headLetters = head && /^[Ss]/u.test(head[1]!) && code.includes(abbr) ? letters(head[1]!) : glued && glued.endsWith(abbr) ? glued.slice(0, -abbr.length) : null;
    if (headLetters !== null && /^s[a-z]?$/.test(headLetters)) return `Sở ${written}`;
  }
  // A garbled "Bộ" (a B and one letter: "Bệ Tư pháp", "Bệ Nội vụ") before a ministry's field read
  // exactly: that ministry, not the department two letters off ("Sở Tư pháp").
  const ministryHead = /^(\S+)\s+(\S.*)$/u.exec(name);
  const garbledBo = ministryHead && /^B/u.test(ministryHead[1]!) && /^b[a-z]$/.test(letters(ministryHead[1]!)) ? MINISTRY_KEYS.get(`bo${letters(ministryHead[2]!)}`) : undefined;
  if (garbledBo) return garbledBo;
  const exact = STANDARDS.filter((s) => s.key === key);
  if (exact.length) return exact.length === 1 ? exact[0]!.name : null;
  // A ministry's line an engine glued into one word ("BOYTE" for BỘ Y TẾ): exactly its letters,
  // never read loosely (one letter from "SOYTE", a department, is no ministry).
  const ministry = /\s/.test(name) ? undefined : MINISTRY_KEYS.get(key);
  if (ministry) return ministry;
  const near = STANDARDS.filter((s) => editDistance(key, s.key, Math.floor(s.key.length * MAX_EDIT_SHARE)) <= Math.floor(s.key.length * MAX_EDIT_SHARE));
  // A line whose head reads "B…" ("BỎ CÔNG THIJoNG"): the ministry of that field is nearer than its
  // department, and a department is read only when no ministry is as near.
  if (/^b/.test(key)) {
    const ministry = nearestMinistry(key);
    if (ministry) return ministry;
  }
  if (near.length) return near.length === 1 ? near[0]!.name : null;
  return fieldAfterGarbledHead(name);
}

/**
 * The ministry whose letters are nearest a garbled line's (within a quarter of them), when no
 * department is as near and no other ministry is; null otherwise.
 */
const MIN_LOOSE_MINISTRY = 10;

function nearestMinistry(key: string): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  let tied = false;
  for (const [ministryKey, name] of MINISTRY_KEYS) {
    // A short name one letter off may be anything ("BOYTF"): only long ones are read loosely.
    if (ministryKey.length < MIN_LOOSE_MINISTRY) continue;
    const limit = Math.floor(ministryKey.length * MAX_EDIT_SHARE);
    const d = editDistance(key, ministryKey, limit);
    if (d > limit) continue;
    if (d < bestDistance) [best, bestDistance, tied] = [name, d, false];
    else if (d === bestDistance) tied = true;
  }
  if (!best || tied) return null;
  const department = STANDARDS.some((s) => editDistance(key, s.key, bestDistance) <= bestDistance);
  return department ? null : best;
}

/** Letters a field must have to be read one letter off after a garbled "Sở": "Nội vụ" has five. */
const MIN_FIELD_LETTERS = 5;
const FIELD_KEYS = DEPARTMENT_FIELDS.map((field) => ({ field, key: letters(field) }));

/**
 * A short department name whose whole is too short to read loosely ("Si Nói và" for Sở Nội vụ:
 * two letters off in seven): its head read as a garbled "Sở" (an S and at most one letter) and
 * its field one letter from exactly one department's field, every other field three letters away
 * or more. The fields are a closed list, so a field one letter off is that field.
 */
function fieldAfterGarbledHead(name: string): string | null {
  const m = /^(\S+)\s+(\S.*)$/u.exec(name);
  if (!m || !/^s[a-z]?$/.test(letters(m[1]!)) || !/^[Ss]/u.test(m[1]!)) return null;
  const key = letters(m[2]!);
  if (key.length < MIN_FIELD_LETTERS) return null;
  const distances = FIELD_KEYS.map((f) => ({ field: f.field, d: editDistance(key, f.key, 2) }));
  const one = distances.filter((f) => f.d <= 1);
  const two = distances.filter((f) => f.d <= 2);
  return one.length === 1 && two.length === 1 ? `Sở ${one[0]!.field}` : null;
}

/**
 * Unit cells with each garbled standard name read back; the others as they were. A cell the unit
 * splitter could not cut because its heads are garbled ("S GDĐT, S LĐTBXH") is cut at its commas
 * when every part is a standard name, read back or valid.
 */
export function repairedUnits(units: readonly string[]): string[] {
  return units.flatMap((u) => {
    const whole = repairedBodyName(u);
    if (whole) return [whole];
    const parts = u.split(/\s*,\s*/);
    if (parts.length < 2) return [u];
    const read = parts.map((p) => repairedBodyName(p) ?? (validAs(p.replace(/\s+/g, ' ').trim()) ? p.trim() : null));
    return read.every((r): r is string => r !== null) && read.some((r, i) => r !== parts[i]!.trim()) ? read : [u];
  });
}

/**
 * A body's head word whose "Ụ" an engine without Vietnamese read as a V ("CVC HÓA CHẤT" for CỤC
 * HÓA CHẤT, as "GIÁO DVC" for GIÁO DỤC), or whose "Ộ" it read as Q or 0 ("BQ NÔNG NGHIỆP"): the
 * line with the head put back, the same length; null when its first word is no such misreading.
 */
export function withHeadWordRepaired(line: string): string | null {
  // "BQ", "B0": the Ộ of BỘ read as Q or 0, as in the motto's "CQNG", "C0NG"; no head is spelt so.
  const bo = /^(\s*)B[Q0](?=\s+\p{Lu}\p{L}*\s+\p{Lu})/u.exec(line);
  if (bo) return `${bo[1]}BỘ${line.slice(bo[0].length)}`;
  const m = /^(\s*)(\p{Lu}+)(?=\s)/u.exec(line);
  if (!m || !m[2]!.includes('V')) return null;
  const head = HEADS_WITH_U.get(letters(m[2]!.replace(/V/g, 'U')));
  if (!head || head.length !== m[2]!.length) return null;
  return `${m[1]}${head}${line.slice(m[0].length)}`;
}

/** Heads of bodies with a "Ụ" in them, by their letters. */
const HEADS_WITH_U = new Map([['cuc', 'CỤC']]);

