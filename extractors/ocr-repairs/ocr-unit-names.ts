// Unit names in OCR'd task cells beyond the provincial departments of ocr-body-names.ts: the
// collective phrases plans assign work to ("UBND các quận, huyện", "các sở, ban, ngành liên quan")
// and named bodies of other kinds (Ủy ban nhân dân, Phòng, Ban, Công an, Trung tâm, Đài, Hội, Đoàn,
// Đại học) with their scope ("tỉnh", "thành phố", the document's own locality). A garbled name within
// a quarter of its letters of exactly one of them is read back ("UBND cáo quận, huyện", "Đại học Bà
// Nặng"); a cell the unit splitter left whole because its heads are garbled is cut where its parts
// are such names ("UBND các quận, huyện và Đi học Đà Nẵng"). Used only for text of OCR origin; a
// name already written as a standard one, or one that is a standard name with whole words more or
// fewer ("UBND các phường" beside "UBND các phường, xã"), is never changed.
import { foldVietnamese } from '../../normalizers/fold.js';
import { DEPARTMENT_FIELDS } from '../shared/body-names.js';
import { resolveUnit } from '../shared/localities.js';
import { editDistance } from '../../normalizers/edit-distance.js';
import { letters, repairedBodyName, validAs } from '../shared/ocr-body-names.js';

/** Collective assignees, as plans write them. */
/** The ministries whose fields the departments share, and the three that have no department. */
const MINISTRY_NAMES = [...DEPARTMENT_FIELDS.filter((f) => f !== 'Ngoại vụ'), 'Ngoại giao', 'Quốc phòng', 'Công an'].map((f) => `Bộ ${f}`);

const COLLECTIVES = [
  'các quận, huyện', 'các huyện, thị xã, thành phố', 'các huyện, thành phố', 'các huyện, thị xã', 'các xã, phường, thị trấn',
  'các xã, thị trấn', 'các phường, xã', 'các xã, phường',
  // A central document's provinces ("Ủy ban nhân dân các tỉnh, thành phố"), not a province's districts.
  'các tỉnh, thành phố',
].flatMap((places) => [`UBND ${places}`, `Ủy ban nhân dân ${places}`]).concat([
  'các sở, ban, ngành', 'các sở, ban, ngành liên quan', 'các sở, ban, ngành có liên quan', 'các sở, ban, ngành, đoàn thể',
  'các sở, ban, ngành, đoàn thể liên quan', 'các sở, ngành', 'các sở, ngành liên quan', 'các ban, ngành, đoàn thể',
  'các ban, ngành, đoàn thể liên quan', 'các ban, ngành liên quan', 'các cơ quan, đơn vị có liên quan',
  'các cơ quan, đơn vị liên quan', 'các cơ quan liên quan', 'các đơn vị liên quan', 'các đơn vị có liên quan',
  'các trường đại học', 'các trường học', 'các cơ sở giáo dục', 'các hội, đoàn thể', 'các tổ chức chính trị - xã hội',
  // A district's or a commune's own departments ("các phòng, ban") are not a province's "sở, ngành".
  'các phòng, ban', 'các phòng, ban liên quan', 'các phòng, ban, ngành', 'các phòng, ban, ngành liên quan',
  'các phòng, ban chuyên môn', 'các phòng, ban, đơn vị', 'các phòng, ban, đơn vị liên quan',
  // A central document's ministries and localities ("Các bộ, ngành có liên quan"): not a province's "sở, ngành".
  'các bộ, ngành', 'các bộ, ngành liên quan', 'các bộ, ngành có liên quan', 'các bộ, ngành, địa phương',
  'các bộ, ngành, địa phương liên quan', 'các cơ quan và địa phương liên quan', 'các cơ quan, địa phương liên quan',
]);

/**
 * Central bodies that plans of the Government assign work to, each one of a kind: read as written,
 * never drawn to a local body a few letters away ("Thanh tra Chính phủ" is no "Thanh tra thành phố").
 */
const CENTRAL_BODIES = [
  'Thanh tra Chính phủ', 'Văn phòng Chính phủ', 'Ngân hàng Nhà nước Việt Nam', 'Kiểm toán Nhà nước',
  'Tòa án nhân dân tối cao', 'Viện kiểm sát nhân dân tối cao', 'Bảo hiểm xã hội Việt Nam',
];

/** Named bodies that take a scope after them: "Hội Khuyến học thành phố", "Công an tỉnh Bình Định". */
const SCOPED_BODIES = [
  'Hội Khuyến học', 'Hội Nông dân', 'Hội Liên hiệp Phụ nữ', 'Hội Cựu chiến binh', 'Hội Chữ thập đỏ', 'Hội Người cao tuổi',
  'Hội Luật gia', 'Hội Nhà báo', 'Hội Cựu giáo chức', 'Đoàn TNCS Hồ Chí Minh', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'Liên đoàn Lao động', 'Ủy ban Mặt trận Tổ quốc Việt Nam', 'Ủy ban MTTQ Việt Nam', 'Công an', 'Bộ Chỉ huy Quân sự',
  'Bộ Chỉ huy Bộ đội Biên phòng', 'Đài Phát thanh và Truyền hình', 'Đài Phát thanh - Truyền hình', 'Trung tâm Y tế',
  // A district's or a commune's station ("Đài Truyền thanh - Truyền hình huyện", "Đài Truyền thanh xã"):
  // a name of its own, not a garbled "Đài Phát thanh".
  'Đài Truyền thanh - Truyền hình', 'Đài Truyền thanh và Truyền hình', 'Đài Truyền thanh',
  'Trung tâm Văn hóa', 'Trung tâm Văn hóa - Thể thao', 'Trung tâm Phục vụ hành chính công', 'Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên',
  'Văn phòng UBND', 'Văn phòng Ủy ban nhân dân', 'Thanh tra', 'Kho bạc Nhà nước', 'Chi cục Thuế', 'Bảo hiểm xã hội',
  ...DEPARTMENT_FIELDS.map((f) => `Phòng ${f}`),
  'Phòng Văn hóa và Thông tin', 'Phòng Tài chính - Kế hoạch', 'Phòng Kinh tế', 'Phòng Kinh tế - Hạ tầng', 'Phòng Quản lý đô thị',
  // The youth union's committees, by their level ("Đoàn phường", "Quận Đoàn Ngũ Hành Sơn", "Tỉnh Đoàn Sơn La"):
  // valid names of their own, not garbled "Công an phường".
  'Đoàn', 'Tỉnh Đoàn', 'Thành Đoàn', 'Quận Đoàn', 'Huyện Đoàn', 'Thị Đoàn',
];
const YOUTH_UNION_WORD = /(?:^|\s)Đoàn(?:\s|$)/u;
/** Party committees' boards: scoped by the committee ("Ban Tuyên giáo Tỉnh ủy"). */
const PARTY_BOARDS = ['Ban Tuyên giáo', 'Ban Dân vận', 'Ban Tổ chức', 'Ban Kiểm tra', 'Ban Nội chính'];
const PARTY_COMMITTEES = ['Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Quận ủy', 'Thị ủy'];
const SCOPE_WORDS = ['tỉnh', 'thành phố', 'quận', 'huyện', 'thị xã', 'xã', 'phường', 'thị trấn'];

/** A fuzzy match may differ from the name by at most this share of its letters… */
const MAX_EDIT_SHARE = 0.25;
/** …and only names this long are matched loosely: a short one, one letter off, may be another. */
const MIN_FUZZY_LETTERS = 10;
const MAX_LETTERS = 80;
/** Parts of a cell (between commas, semicolons, "và") one name may span: "các sở, ban, ngành, đoàn thể liên quan". */
const MAX_PARTS_PER_NAME = 5;
/** Parts of a cell looked at: a longer cell is not a list of names garbled by OCR. */
const MAX_PARTS = 24;

export interface Standard {
  name: string;
  key: string;
  words: string;
  /** The key's letter pairs: a name k edits away shares all but 2k of them (a cheap test before the edit distance). */
  pairs: Set<string>;
  /** The name in small letters, to tell a name written as a standard one. */
  lower: string;
}

function letterPairs(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < key.length; i++) out.push(key.slice(i, i + 2));
  return out;
}

/** The standard names for a document naming these localities ("Đà Nẵng"). */
export function standardUnitNames(localities: readonly string[]): Standard[] {
  const places = [...new Set(localities.map((l) => l.trim()).filter(Boolean))];
  // Only units that exist: "huyện Lâm Đồng" is none, and would draw "huyện Lâm Hà" to it.
  const placed = places.flatMap((p) => SCOPE_WORDS.filter((w) => resolveUnit(p, w)).map((w) => `${w} ${p}`));
  const scopes = ['', ...SCOPE_WORDS, ...places, ...placed];
  const names = [
    ...COLLECTIVES,
    ...CENTRAL_BODIES,
    ...SCOPED_BODIES.flatMap((b) => scopes.map((s) => (s ? `${b} ${s}` : b))),
    ...PARTY_BOARDS.flatMap((b) => PARTY_COMMITTEES.map((c) => `${b} ${c}`)),
    ...places.map((p) => `Đại học ${p}`),
    ...placed.flatMap((unit) => [`UBND ${unit}`, `Ủy ban nhân dân ${unit}`]),
    // The departments too, so that "Phòng Giáo dục và Đào tạo" and "Sở Giáo dục và Đào tạo" are
    // weighed against each other, not each read as the other.
    ...DEPARTMENT_FIELDS.map((f) => `Sở ${f}`),
    // And the ministries of those fields: "Bộ Kế hoạch và Đầu tư" is one letter from its Sở, and
    // read right it stays a ministry.
    ...MINISTRY_NAMES,
  ];
  // Shortest key first: nearest() reads only the names whose length is near the name's.
  return [...new Set(names)]
    .map((name) => {
      const key = letters(name);
      return { name, key, words: wordsOf(name), pairs: new Set(letterPairs(key)), lower: name.toLocaleLowerCase('vi') };
    })
    .sort((a, b) => a.key.length - b.key.length);
}

/** A name closed by a unit that exists, spelt right ("UBND huyện Lâm Hà", "Hội Nông dân xã Tân Lập"): read as written. */
function endsWithRealUnit(name: string): boolean {
  const m = /\b(tỉnh|thành phố|quận|huyện|thị xã|xã|phường|thị trấn)\s+(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3})\s*$/u.exec(name);
  if (!m) return false;
  const unit = resolveUnit(m[2]!, m[1]!);
  return !!unit && unit.name === m[2];
}

/** Folded words, one space apart: "UBND các quận, huyện" → "ubnd cac quan huyen". */
function wordsOf(text: string): string {
  return foldVietnamese(text).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** One list is the other with whole words left out ("ubnd cac phuong" in "ubnd cac phuong xa"). */
function wordSubsequence(shorter: string, longer: string): boolean {
  const a = shorter.split(' ');
  const b = longer.split(' ');
  if (a.length >= b.length) return false;
  let i = 0;
  for (const w of b) if (i < a.length && a[i] === w) i++;
  return i === a.length;
}

/** A name in small letters without its commas, one space between words. */
function withoutCommas(lower: string): string {
  return lower.replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
}

function commas(text: string): number {
  return text.split(',').length - 1;
}

/** "Đảng ủy " (or "Đảng uỷ ") before a body's name. */
const PARTY_COMMITTEE_OF = /^Đảng\s+(?:ủy|uỷ)\s+(?=\p{Lu})/u;

/** A trailing abbreviation in brackets, kept as printed: "Sở Giáo dục và Đào tạo (GDĐT)". */
const TRAILING_ABBREVIATION = /\s*(\([\p{Lu}Đ&]{2,10}\))\s*$/u;

/** The standard name a unit stands for: itself when valid (unchanged), its reading when garbled, else null. */
function readName(raw: string, standards: readonly Standard[]): string | null {
  const text = withoutMarginScraps(unsplitCapitalStrokes(raw)).replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const abbreviation = TRAILING_ABBREVIATION.exec(text);
  const name = abbreviation ? text.slice(0, abbreviation.index) : text;
  const suffix = abbreviation ? ` ${abbreviation[1]}` : '';
  // "Đảng ủy Ủy ban nhân dân tỉnh", "Đảng ủy HĐND tỉnh": a body's Party committee, a name of its own
  // (issuer-block.ts reads it so in a header), never the body's office a few letters away ("Văn
  // phòng Ủy ban nhân dân tỉnh"). The committee's words kept, the body read as any name is.
  const committee = PARTY_COMMITTEE_OF.exec(name);
  if (committee) return `${committee[0]}${readName(name.slice(committee[0].length), standards) ?? name.slice(committee[0].length)}${suffix}`;
  const lower = name.toLocaleLowerCase('vi');
  // A unit closing a list ("SỐ GDDrF, UBND quận Ngũ Hành Sơn") vouches for its own name only.
  // A standard name printed with its marks but fewer commas ("các bộ ngành liên quan"): the writer
  // left them out (a comma inside a word, "Các cơ, quan", is the engine's, and is read back).
  const unpunctuated = withoutCommas(lower);
  const fewerCommas = (s: Standard) => withoutCommas(s.lower) === unpunctuated && commas(lower) < commas(s.lower);
  if (validAs(name) || standards.some((s) => s.lower === lower || fewerCommas(s)) || (!/[,;]/.test(name) && endsWithRealUnit(name))) return text;
  const key = letters(name);
  if (!key || key.length > MAX_LETTERS) return null;
  const withoutAnd = withoutConnective(name, standards);
  if (withoutAnd) return withoutAnd + suffix;
  const found = nearest(name, key, standards);
  // The youth union's names are there to keep "Đoàn phường" from being read as "Công an phường";
  // a name without those letters is never read as one ("UBND the quan, huyn" is no "Thị Đoàn huyện").
  const read = found && YOUTH_UNION_WORD.test(found) && !key.includes('doan') ? null : found;
  // What no name here reads, the department reader may: "S GDDT" is "Sở GDĐT".
  const department = read ? null : repairedBodyName(name);
  if (department) return withPrintedSeparators(department, name) + suffix;
  if (!read) return null;
  return withPrintedSeparators(/^\p{Lu}/u.test(name) && /^\p{Ll}/u.test(read) ? read[0]!.toUpperCase() + read.slice(1) : read, name) + suffix;
}

/**
 * Capitals an engine read as the strokes they are drawn with, at the head of a name's word: a U
 * as a stem and a J ("LJBND", "TJBNI)", "EJBND"), a D as a stem and a bracket ("UBNI)"), an H as
 * two stems and a bar ("CHINI-I"). Only before or after other capitals: "TJ" alone is no U.
 */
export function unsplitCapitalStrokes(text: string): string {
  return text
    .replace(/(?<![\p{L}])[TLEI]J(?=\p{Lu})/gu, 'U')
    .replace(/(?<=\p{Lu})[Il1[]\)/gu, 'D')
    .replace(/(?<=\p{Lu})I-I(?=\p{Lu}|[\s,;.]|$)/gu, 'H');
}

/**
 * A standard name printed without its "và" ("Sở Kế hoạch Đầu tư", "Sở Tài nguyên Môi trường"):
 * the standard's words that were printed, in its spelling; null when no standard name is the
 * printed words with "và" put in. Only "và": a name with another word fewer ("UBND các phường"
 * beside "UBND các phường, xã") is another name.
 */
function withoutConnective(name: string, standards: readonly Standard[]): string | null {
  const printed = wordsOf(name);
  if (!printed) return null;
  const found = standards.filter((s) => s.words.includes(' va ') && s.words.replace(/ va /g, ' ') === printed);
  if (found.length !== 1) return null;
  const standard = found[0]!.name;
  // A dash printed for the "và" ("Phòng Văn hóa – Thông tin", OCR's "—" for it): one dash more than
  // the standard has, kept where "và" stands, written as the standard names write theirs (" - ").
  const dashes = (text: string) => (text.match(/\s[-–—]\s/gu) ?? []).length;
  if ((standard.match(/\svà\s/gu) ?? []).length === 1 && dashes(name) === dashes(standard) + 1) return standard.replace(/\s+và\s+/u, ' - ');
  return standard.replace(/\s+và\s+/gu, ' ');
}

/** A letter or two with a hyphen on one side, standing alone ("h-", "-n"): the margin's, never a name's. */
const MARGIN_SCRAP = /(?<=^|\s)(?:\p{L}{1,2}-|-\p{L}{1,2})(?=\s|$)/gu;

function withoutMarginScraps(text: string): string {
  return text.replace(MARGIN_SCRAP, ' ');
}

/**
 * The standard name with the separators the document printed: "Sở Lao động, Thương binh và Xã
 * hội" where the standard writes a dash and the cell a comma (both are in use; the record says
 * what the document says).
 */
function withPrintedSeparators(standard: string, printed: string): string {
  if (!standard.includes(' - ') || standard.includes(',') || /[-–]/.test(printed) || !printed.includes(',')) return standard;
  return standard.replace(' - ', ', ');
}

/**
 * The one standard name nearest to `key` within a quarter of its letters; null when none. Names
 * equally near are told apart by what OCR keeps better than letters: the commas between the
 * name's parts, then its number of words ("c.ác s&, ban, ngàn1 liễn quắt" is "các sở, ban, ngành
 * liên quan", two commas, not "các ban, ngành liên quan"); still tied, null.
 */
function nearest(name: string, key: string, standards: readonly Standard[]): string | null {
  const words = wordsOf(name);
  const pairs = letterPairs(key);
  let nearestOnes: Standard[] = [];
  let bestDistance = Infinity;
  // A name within a quarter of a standard's letters is at least 3/4 of its length and at most 4/3.
  const from = firstLongEnough(standards, Math.floor(key.length * (1 - MAX_EDIT_SHARE)));
  for (let i = from; i < standards.length; i++) {
    const s = standards[i]!;
    if (s.key.length * (1 - MAX_EDIT_SHARE) > key.length + 1) break;
    const limit = key.length < MIN_FUZZY_LETTERS || s.key.length < MIN_FUZZY_LETTERS ? 0 : Math.floor(s.key.length * MAX_EDIT_SHARE);
    if (Math.abs(key.length - s.key.length) > limit) continue;
    // Each edit breaks at most two of the key's letter pairs.
    let shared = 0;
    for (const p of pairs) if (s.pairs.has(p)) shared++;
    if (shared < pairs.length - 2 * limit) continue;
    const d = s.key === key ? 0 : editDistance(key, s.key, limit);
    if (d > limit || d > bestDistance) continue;
    // A name with whole words more or fewer than a standard one is another name, not a garbled one.
    if (d > 0 && (wordSubsequence(words, s.words) || wordSubsequence(s.words, words))) continue;
    if (d < bestDistance) nearestOnes = [];
    bestDistance = d;
    if (!nearestOnes.some((o) => o.name === s.name)) nearestOnes.push(s);
  }
  const commas = (text: string) => (text.match(/,/g) ?? []).length;
  for (const same of [(s: Standard) => commas(s.name) === commas(name), (s: Standard) => s.words.split(' ').length === words.split(' ').length]) {
    if (nearestOnes.length < 2) break;
    const kept = nearestOnes.filter(same);
    if (kept.length) nearestOnes = kept;
  }
  return nearestOnes.length === 1 ? nearestOnes[0]!.name : null;
}

/** The first standard (sorted by key length) whose key has `length` letters or more, by halving. */
function firstLongEnough(standards: readonly Standard[], length: number): number {
  let [lo, hi] = [0, standards.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (standards[mid]!.key.length < length) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * One unit cell read as standard names: the whole cell as one name, else cut at its commas,
 * semicolons and "và" into consecutive groups each of which reads as one; null when no cut reads
 * every part (the cell is left as it was).
 */
function readCell(unit: string, standards: readonly Standard[]): string[] | null {
  const whole = readName(unit, standards);
  if (whole) return [whole];
  const clean = withoutMarginScraps(unit);
  // A comma the layer lost between two names ("Đoàn TNCS Hồ Chí Minh thành phố Đại học Đà Nẵng"):
  // cut between any two words then, every word still inside a name.
  const byParts = readParts(clean.split(/(\s*[,;]\s*|\s+[vV]à[.,]?\s+)/u), MAX_PARTS_PER_NAME, standards);
  if (byParts) return byParts;
  const words = clean.split(/(\s*[,;]\s*|\s+[vV]à[.,]?\s+|\s+)/u);
  return words.length <= 2 * MAX_WORDS_TO_CUT ? readParts(words, MAX_WORDS_PER_NAME, standards) : null;
}

/** Words one name may span when a cell is cut between words: "Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Đà Nẵng". */
const MAX_WORDS_PER_NAME = 11;
/** Cells longer than this many words are not cut between words (each cut asks every standard name). */
const MAX_WORDS_TO_CUT = 16;

/** `pieces`: parts and the separators between them, alternating; the fewest names that read every part, or null. */
function readParts(pieces: readonly string[], perName: number, standards: readonly Standard[]): string[] | null {
  const parts = pieces.filter((_, i) => i % 2 === 0);
  const separators = pieces.filter((_, i) => i % 2 === 1);
  if (parts.length < 2 || parts.length > MAX_PARTS * 2) return null;
  // best[i]: the names reading parts[0..i) with the fewest names, or null when none does.
  const best: Array<string[] | null> = [[]];
  const keyLengths = standards.map((s) => s.key.length);
  const [shortest, longest] = [Math.min(...keyLengths), Math.max(...keyLengths)];
  for (let end = 1; end <= parts.length; end++) {
    best[end] = null;
    for (let start = Math.max(0, end - perName); start < end; start++) {
      const before = best[start];
      if (!before) continue;
      let text = parts[start]!;
      for (let k = start + 1; k < end; k++) text += separators[k - 1]! + parts[k]!;
      // Far shorter or longer than any standard name: no name, and not worth asking each.
      const size = letters(text).length;
      if (size < shortest * (1 - MAX_EDIT_SHARE) - 1 || size > longest * (1 + MAX_EDIT_SHARE) + 1) continue;
      const name = readName(text, standards);
      if (name && (!best[end] || before.length + 1 < best[end]!.length)) best[end] = [...before, name];
    }
  }
  return best[parts.length] ?? null;
}

/**
 * Unit cells of an OCR'd text with garbled standard names read back and cells the splitter left
 * whole cut into their names; every other cell as it was. `standards`: standardUnitNames of the
 * places the document's header names (issuer's locality, place), built once per document.
 */
export function repairedUnitCells(units: readonly string[], standards: readonly Standard[]): string[] {
  const read = units.map((u) => readCell(u, standards));
  if (read.every((r) => r !== null) || units.length < 2) return units.flatMap((u, i) => read[i] ?? [u]);
  // A cell that reads as itself is a whole name: the splitter cut no garbled name there, and read
  // together with its neighbour it could pass for a longer one ("Đài Truyền thanh - Truyền hình
  // huyện, Phòng KT-HT" is no "Đài Truyền thanh - Truyền hình huyện Cẩm Xuyên").
  if (read.some((r, i) => r?.length === 1 && r[0] === units[i])) return units.flatMap((u, i) => read[i] ?? [u]);
  // The splitter may have cut inside a garbled name ("… và cao cả quận" / "các vị có liên quan" for
  // "các cơ quan, đơn vị có liên quan"): the cells read together, when every part then reads.
  const together = readCell(units.join(', '), standards);
  return together ?? units.flatMap((u, i) => read[i] ?? [u]);
}
