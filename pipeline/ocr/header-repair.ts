// Lines of an OCR'd header put back into the words every header is made of. A header is written
// in a small, known vocabulary: the national motto, the name of the body ("ỦY BAN NHÂN DÂN",
// "BỘ CÔNG THƯƠNG") and its unit ("TỈNH QUẢNG NGÃI", from the gazetteer). OCR of a scan gets
// their marks wrong ("TĨNH QUANG NGAÀI", "BÔ CÔNG THƯƠNG", "ỦY BAN NHÂN DẪN", "Độc lập - Lự do -
// Hạnh phuc"), and a wrong mark makes a different word for the extractor. A line whose letters,
// marks aside, are those of a known line is written as that line; a unit's name with one letter
// too many ("NGAAI") is matched by dropping one letter. Nothing else is touched: a line that is
// not one of these stays exactly as OCR read it.
import { DOC_TYPES } from '../../extractors/shared/doctypes.js';
import { findUnits, findUpperUnitsUnspaced, UNIT_WORDS } from '../../extractors/shared/localities.js';
import { editDistance } from '../../normalizers/edit-distance.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { DEPARTMENT_HEADINGS, MINISTRY_HEADINGS } from '../../normalizers/issuer-headings.js';
import { canonicalToneForm } from '../../normalizers/syllables.js';

/** Whole header lines, as printed (case is taken from the line being repaired). */
const HEADER_LINES = [
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'ỦY BAN NHÂN DÂN',
  'HỘI ĐỒNG NHÂN DÂN',
  'ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM',
  'CHÍNH PHỦ',
  'THỦ TƯỚNG CHÍNH PHỦ',
  'VĂN PHÒNG CHÍNH PHỦ',
  // Ministries, of the present government and of the ones before (archives keep both); departments of a province.
  ...MINISTRY_HEADINGS,
  ...DEPARTMENT_HEADINGS,
];

/** Letters only, marks folded: what a line says whatever marks and punctuation OCR gave it. */
const key = (s: string) => foldVietnamese(s).replace(/[^a-z0-9]+/g, '');

const BY_KEY = new Map(HEADER_LINES.map((line) => [key(line), line]));
/** Long lines (the motto, 15 letters and more) may also differ by a letter or two ("Lự do", "Hạnh phuc"). */
const LONG = HEADER_LINES.filter((line) => key(line).length >= 15);
/**
 * A line of ten letters or more in capitals may differ by one letter ("UVỸ BẠN NHÂN ĐÂN": a stroke
 * of the Ủ's hook read as a letter). Lines as close to each other ("SỞ TÀI CHÍNH", "BỘ TÀI CHÍNH")
 * leave a reading one letter off both unrepaired.
 */
const MID = HEADER_LINES.filter((line) => key(line).length >= 10);

/** As `model` is written, in the case the line was printed in (header lines are capitals or not). */
function inCaseOf(model: string, line: string): string {
  const letters = line.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper > letters.length * 0.7 ? model.toLocaleUpperCase('vi') : model;
}

/** The gazetteer's name of a unit "‹unit word› ‹name›", the name matched marks aside or with one extra letter. */
function unitLine(line: string): string | null {
  const folded = foldVietnamese(line).replace(/\s+/g, ' ').trim();
  for (const word of UNIT_WORDS) {
    if (word.kind === 'ward' || !folded.startsWith(`${word.folded} `)) continue;
    const words = line.trim().split(/\s+/);
    const unitWords = word.folded.split(' ').length;
    const name = words.slice(unitWords).join(' ');
    if (!name || !/^[\p{L} ]+$/u.test(name)) return null;
    const spelled = gazetteerName(name);
    return spelled ? inCaseOf(`${word.written} ${spelled}`, line) : null;
  }
  return null;
}

function gazetteerName(name: string): string | null {
  const exact = new Set(findUnits(name).filter((u) => u.kind !== 'ward').map((u) => u.name));
  if (exact.size === 1) return [...exact][0]!;
  if (exact.size > 1) return null;
  // One letter too many, as OCR doubles a vowel under a mark ("NGAÀI"): drop each letter in turn.
  const found = new Set<string>();
  const chars = [...name];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === ' ') continue;
    const shorter = [...chars.slice(0, i), ...chars.slice(i + 1)].join('');
    for (const u of findUnits(shorter)) if (u.kind !== 'ward') found.add(u.name);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** The republic's line of the motto, which no field is read from. */
const REPUBLIC = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';

/**
 * The republic's line as repaired, with the words the page printed in the older tone placement
 * ("HOÀ") kept as read: the same word, the document's own spelling. The issuer's lines take the
 * modern placement ("ỦY"), the form their names are written in.
 */
function withOwnPlacement(repaired: string, line: string): string {
  if (repaired !== REPUBLIC) return repaired;
  const read = line.trim().split(/\s+/);
  const words = repaired.split(' ');
  if (read.length !== words.length) return repaired;
  return words.map((w, i) => (read[i] !== w && canonicalToneForm(read[i]!) === w ? read[i]! : w)).join(' ');
}

/** The known line `line` is a misreading of, or null. */
export function repairHeaderLine(line: string): string | null {
  const k = key(line);
  if (!k) return null;
  const capitals = (line.match(/\p{Lu}/gu) ?? []).length > (line.match(/\p{L}/gu) ?? []).length * 0.7;
  // A body printed in capitals is a header line only when read in capitals: the same words in
  // small letters name it in running text or a recipients' list under "Kính gửi:" ("- Sở Giáo
  // dục và Đào tạo;"), which opens the body inside the header zone and stays as read.
  const asPrinted = (model: string) => capitals || model !== model.toLocaleUpperCase('vi');
  const exact = BY_KEY.get(k);
  if (exact) return asPrinted(exact) ? withOwnPlacement(inCaseOf(exact, line), line) : null;
  const near = LONG.filter((model) => editDistance(k, key(model), 2) <= 2);
  if (near.length === 1) return asPrinted(near[0]!) ? withOwnPlacement(inCaseOf(near[0]!, line), line) : null;
  const oneOff = capitals ? MID.filter((model) => editDistance(k, key(model), 1) <= 1) : [];
  if (oneOff.length === 1) return inCaseOf(oneOff[0]!, line);
  // The motto with a stroke of the rule under it read after it ("Hạnh phúc — pRaP").
  const led = LONG.filter((model) => k.startsWith(key(model)) && k.length - key(model).length <= 6 && /[^\p{L}\s]\s*\S+\s*$/u.test(line));
  if (led.length === 1) return inCaseOf(led[0]!, line);
  // The place of the date line: "Thành phố Hô Chí Minh, ngày …", "Quang Ngai, ngày …".
  const dated = /^([\p{L} ]{2,40}),(\s*ngày.*)$/u.exec(line.trim());
  if (dated) {
    const place = dated[1]!.trim();
    const spelled = unitLine(place) ?? gazetteerName(place);
    if (!spelled) return null;
    const capitalised = spelled.charAt(0).toLocaleUpperCase('vi') + spelled.slice(1);
    return `${capitalised},${dated[2]}`;
  }
  // "UBND THÀNH PHÓ ĐÀ NÀNG": the body's abbreviation, then its unit.
  const abbreviated = /^(UBND|HĐND|UB MTTQ|MTTQ)\s+(.+)$/u.exec(line.trim());
  if (abbreviated) {
    const unit = unitLine(abbreviated[2]!);
    return unit ? `${abbreviated[1]} ${unit}` : gluedUnitLine(line);
  }
  return unitLine(line) ?? gluedUnitLine(line) ?? unitWordUnglued(line) ?? partyCommitteeLine(line);
}

/** A Party committee named by the unit it leads ("TỈNH ỦY", "HUYỆN ỦY"), folded, as printed, and the types of unit it can lead. */
const PARTY_COMMITTEES: ReadonlyArray<[string, string, string[]]> = [
  ['tinhuy', 'TỈNH ỦY', ['tinh']],
  ['thanhuy', 'THÀNH ỦY', ['thanh-pho']],
  ['huyenuy', 'HUYỆN ỦY', ['huyen']],
  ['quanuy', 'QUẬN ỦY', ['quan']],
  ['thiuy', 'THỊ ỦY', ['thi-xa']],
];

/**
 * A Party committee's issuer line whose unit's words OCR glued ("TỈNH UỶ SƠNLA"): the committee,
 * then the one unit of the gazetteer its letters spell. Written out with spaces, in capitals.
 */
function partyCommitteeLine(line: string): string | null {
  const trimmed = line.trim().replace(/[.…_\s]+$/u, '');
  if (!trimmed || /\p{Ll}/u.test(trimmed) || trimmed.length > 60) return null;
  const k = bareKey(trimmed);
  for (const [folded, printed, types] of PARTY_COMMITTEES) {
    if (!k.startsWith(folded) || k.length === folded.length) continue;
    const names = new Set(findUpperUnitsUnspaced(k.slice(folded.length)).filter((u) => types.includes(u.type)).map((u) => u.name));
    return names.size === 1 ? `${printed} ${[...names][0]!}`.toLocaleUpperCase('vi') : null;
  }
  return null;
}

/**
 * A unit word OCR glued to the word before it in a line of capitals ("BỆNH VIỆN ĐA KHOATỈNH"): no
 * syllable ends in "TỈNH", "HUYỆN", "QUẬN" or "PHƯỜNG", so the word is split before it.
 */
function unitWordUnglued(line: string): string | null {
  const trimmed = line.trim();
  if (!trimmed || /\p{Ll}/u.test(trimmed) || trimmed.length > 80) return null;
  const split = trimmed.replace(/(?<=\p{Lu}{2})(TỈNH|HUYỆN|QUẬN|PHƯỜNG)(?=\s|$|[.,])/gu, ' $1');
  return split === trimmed ? null : split;
}

/** Abbreviated bodies that stand before a unit on an issuer line, folded and as printed. */
const BODY_ABBREVIATIONS: ReadonlyArray<[string, string]> = [
  ['ubnd', 'UBND'],
  ['hdnd', 'HĐND'],
  ['ubmttq', 'UB MTTQ'],
  ['mttq', 'MTTQ'],
  ['', ''],
];

/** Letters only, every mark dropped (also marks of no Vietnamese letter, "Ï"). */
const bareKey = (s: string) => foldVietnamese(s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC')).replace(/[^a-z]+/g, '');

/**
 * An issuer line whose words OCR glued ("HĐND TỈNHHƯNGYÊN", "UBNDTÏNH PHÚ THỌ.........."): its
 * letters are an abbreviated body, a unit word and a province or district of the gazetteer,
 * with one spelling only. Written out with spaces, in capitals.
 */
function gluedUnitLine(line: string): string | null {
  const trimmed = line.trim().replace(/[.…_\s]+$/u, '');
  // Only a line of capitals (an issuer line), never running text.
  if (!trimmed || /\p{Ll}/u.test(trimmed) || trimmed.length > 60) return null;
  const k = bareKey(trimmed);
  for (const [folded, printed] of BODY_ABBREVIATIONS) {
    if (!k.startsWith(folded)) continue;
    const afterBody = k.slice(folded.length);
    for (const word of UNIT_WORDS) {
      if (word.kind === 'ward') continue;
      const unitKey = word.folded.replace(/\s+/g, '');
      if (!afterBody.startsWith(unitKey) || afterBody.length === unitKey.length) continue;
      const names = new Set(findUpperUnitsUnspaced(afterBody.slice(unitKey.length)).filter((u) => word.types.includes(u.type)).map((u) => u.name));
      if (names.size !== 1) continue;
      return `${printed} ${word.written} ${[...names][0]!}`.trim().toLocaleUpperCase('vi');
    }
  }
  return null;
}

/** Titles of a signature block ("KT. CHỦ TỊCH", "PHÓ GIÁM ĐỐC"). */
const TITLES = [
  'CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'CHÁNH VĂN PHÒNG',
  'PHÓ CHÁNH VĂN PHÒNG', 'HIỆU TRƯỞNG', 'PHÓ HIỆU TRƯỞNG', 'BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG',
  'TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG', 'BÍ THƯ', 'PHÓ BÍ THƯ', 'CHÁNH THANH TRA', 'CỤC TRƯỞNG', 'TỔNG CỤC TRƯỞNG',
];
const TITLE_BY_KEY = new Map(TITLES.map((t) => [key(t), t]));

/**
 * A line of a signature block read as a title with wrong marks or one letter too many ("GIẢAM
 * ĐỌC" → "GIÁM ĐỐC"), its authority prefix kept ("KT. CHỦ TỊCH"); null when it is not a title.
 */
export function repairTitleLine(line: string): string | null {
  const m = /^((?:KT|TM|TL|TUQ|Q)\.\s*)?(.+)$/u.exec(line.trim());
  if (!m || !/^[\p{Lu} ]+$/u.test(m[2]!)) return null;
  const k = key(m[2]!);
  let title = TITLE_BY_KEY.get(k);
  for (let i = 0; !title && i < k.length; i++) title = TITLE_BY_KEY.get(k.slice(0, i) + k.slice(i + 1));
  // Its first letter or two under the seal ("Ủ TỊCH"): the one title that ends so.
  if (!title && k.length >= 4) {
    const ends = TITLES.filter((t) => key(t).endsWith(k) && key(t).length - k.length <= 2);
    if (ends.length === 1) title = ends[0];
  }
  return title ? `${m[1] ?? ''}${title}` : null;
}

/** Type headings in capitals, and the decision line of a council's resolution, by their letters. */
const HEADINGS = new Map([...DOC_TYPES.map((t) => t.name), 'Quyết nghị'].map((name) => [key(name), name.toLocaleUpperCase('vi')] as const));

/**
 * Lines of a page that are a type heading or the decision line in capitals with their letters
 * right and marks wrong ("QUYÉT ĐỊNH", "QUYÉT NGHỊ:"): written as the heading is printed. The
 * engine drops the circumflex under an acute in capitals, where the marks are squeezed. A line
 * with any other letter, or not all in capitals, is left as it was.
 */
export function repairHeadingLines(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const m = /^(\s*)(\p{Lu}[\p{Lu} ]*?)(\s*:?\s*)$/u.exec(line);
      const heading = m && HEADINGS.get(key(m[2]!));
      return m && heading && heading !== m[2] ? `${m[1]}${heading}${m[3]}` : line;
    })
    .join('\n');
}

/** A header line of one or two marks ("I", "R", "-"): the stroke of a rule or a seal, not text. */
const DEBRIS_LINE = /^\s*[^\s\d]{1,2}\s*$/u;

/**
 * The first `lines` lines of a page's text with known header lines repaired and lines of one or
 * two stray marks dropped (`dropped`: their indices in `text`); the rest as it was.
 */
export function repairHeader(text: string, lines = 12): { text: string; repaired: number; dropped: number[] } {
  const head = text.split('\n');
  const rest = head.splice(lines);
  const dropped = head.flatMap((line, i) => (DEBRIS_LINE.test(line) ? [i] : []));
  const all = head.filter((line) => !DEBRIS_LINE.test(line));
  let repaired = head.length - all.length;
  all.push(...rest);
  for (let i = 0; i < Math.min(lines, all.length); i++) {
    const line = all[i]!;
    const fixed = repairHeaderLine(line);
    if (fixed && fixed !== line.trim()) {
      all[i] = fixed;
      repaired++;
    }
  }
  return { text: all.join('\n'), repaired, dropped };
}
