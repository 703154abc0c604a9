// Whether a line is a person's name: family names as listed and as marked, ranks, titles and bodies that are not.
import type { Cell } from '../shared/layout.js';
import { foldVietnamese } from '../../normalizers/fold.js';

// Common family names (folded), to tell "Tạ Nam Chiến" from "Các đơn vị thuộc quận".
export const SURNAMES = new Set(
  (
    'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly luong ta dinh trinh mai dao cao lam ' +
    'phung ha to doan vuong truong chu kieu lai luu quach thai tang la trieu dam khong hua mac tong nghiem tu van ' +
    'kim giang lu thach quan banh bach cu diep han hau ong lo luc mach ninh au nong khuc ton ung vi tieu yen phi ' +
    'lang chau chung dong khuat cung nhu thieu tieu bien doan dieu gia hong khieu le lieu lo man nghiem quang sam ' +
    'than thang tran trac uong vien'
  ).split(/\s+/),
);

// Family names with their marks, to put back the first letters of a name a seal's ring covered
// ("hạm Trường Thọ", "rần Ngọc Căng"): the seal is pressed over the left of the signature.
export const MARKED_SURNAMES = (
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lương Tạ Đinh Trịnh Mai Đào Cao Lâm ' +
  'Phùng Hà Tô Đoàn Vương Trương Chu Kiều Lại Lưu Quách Thái Tăng Triệu Đàm Khổng Hứa Mạc Tống Nghiêm Từ ' +
  'Giang Thạch Bạch Diệp Hầu Nông Khúc Châu Chung Đồng Khuất Thiều Huỳnh Lưu'
).split(' ');

const MARKED_SURNAMES_LOWER = new Set(MARKED_SURNAMES.map((s) => s.toLowerCase()));

// Real family names outside that list, many of them folding like a listed one (Giàng / Giang,
// Chử / Chu, Hạ / Hà, Lường / Lương, Tòng / Tống, Vừ / Vũ, Đường / Dương, Đàng / Đặng): a name read
// with one of these marks is read right and keeps them. H'Mông (Giàng, Sùng, Vàng, Thào, Mùa, Hờ,
// Cứ, Vừ, Lầu, Hảng, Tráng), Thái and Tày (Lò, Lường, Quàng, Tòng, Cầm, Điêu, Lù, Sầm, Ma), Dao
// (Chảo, Bàn), Chăm (Đàng, Quảng), Tây Nguyên (Ksor, Nay, Siu, Niê) and rarer Kinh names.
const OTHER_FAMILY_NAMES = new Set(
  (
    'Giàng Sùng Vàng Thào Mùa Hờ Cứ Vừ Lầu Hảng Tráng Lò Lường Quàng Tòng Cầm Điêu Lù Sầm Ma Chảo Bàn ' +
    'Đàng Quảng Ksor Nay Siu Niê Chử Hạ Đường Lữ Cù Đổng'
  ).split(' '),
);

// Middle names that fold like a listed family name, and open what is read when the family name
// before them is lost under the seal ("Đình Sơn" of "Lê Đình Sơn"): no misread Đinh or Đặng.
const MIDDLE_NAMES_LIKE_FAMILY_NAMES = new Set(['Đình', 'Đăng']);

// A rank before an officer's name ("Trung tá Ngô Văn Công", "Đại úy Lê Văn A"): not part of the name.
const RANK = /^(?:(?:dai|thuong|trung|thieu) (?:tuong|ta|uy)|(?:pho )?do doc|chuan do doc)\s+(?=\S)/;

// Words of titles, bodies and the motto: "CHỦ TỊCH UBND PHƯỜNG" starts with the family name Chu,
// "CHỦ NGHĨA VIỆT NAM" too. Compared with their marks, since the folded words are also names
// (Trương / trưởng, Quân / quận, Phương / phường); stripped text can only be compared folded.
// A heading in capitals whose first word folds like a family name ("TỔ CHỨC THỰC HIỆN", Tô) is no
// name: as spelt, its words are the plan's own.
const NOT_A_NAME_MARKED = /(?<![\p{L}])(tổ chức|thực hiện|website|cục|chủ tịch|giám đốc|trưởng|bí thư|ubnd|hội đồng|ủy ban|uỷ ban|phường|quận|huyện|tỉnh|thị xã|thành phố|nhân dân|đồng chí|chủ nghĩa|việt nam|cộng hòa|cộng hoà|độc lập|hạnh phúc)(?![\p{L}])/u;

const NOT_A_NAME_FOLDED = /(?<![a-z])(website|cuc|chu nghia|viet nam|cong hoa|doc lap|hanh phuc|chu tich|giam [db]oc|truong|bi thu|ubnd|hoi dong|uy ban|phuong|quan|huyen|tinh|thi xa|thanh pho|nhan dan|dong chi)(?![a-z])/;

// A Party or mass body's line opens with its kind ("ĐẢNG ỦY XÃ …", "CÔNG ĐOÀN …"). Only there are its
// words a body's: inside a name they are a person's ("Nguyễn Công Đoàn", "Lê Thị Trấn", "Phạm Văn Xã").
// "Chủ" opens an office ("CHỦ TỊCH", read "CHỦ TỊC ICH" when the seal takes a letter), never a
// name: the family names are Chu and Chử.
const BODY_LINE_MARKED = /^(?:chủ|đảng ủy|đảng uỷ|đảng bộ|đảng đoàn|chi bộ|chi hội|ban (?:chấp hành|thường vụ|chỉ đạo|quản lý|tổ chức|dân vận|tuyên giáo|kiểm tra)|mặt trận|công đoàn|đoàn thanh niên|hội liên hiệp|xã|thị trấn)(?![\p{L}])/u;

const BODY_LINE_FOLDED = /^(?:dang uy|dang bo|dang doan|chi bo|chi hoi|ban chap hanh|ban thuong vu|mat tran|cong doan|doan thanh nien|hoi lien hiep|thi tran)(?![a-z])/;

// In a name printed without marks in title case after a family name ("Tran Quan", "Truong Minh
// Tuan": an OCR layer's signer), the single words that fold like a unit or a title are its
// syllables (Quân, Trương, Huyền, Tình, Phương): titles and bodies are set in capitals.
const NOT_A_NAME_FOLDED_IN_NAME = /(?<![a-z])(website|chu nghia|viet nam|cong hoa|doc lap|hanh phuc|chu tich|giam [db]oc|bi thu|ubnd|hoi dong|uy ban|thi xa|thanh pho|nhan dan|dong chi)(?![a-z])/;

/**
 * Office and body words no name's syllables fold to, of NOT_A_NAME_FOLDED_IN_NAME. "GIÁM ĐỐC" may
 * be read with its Đ as a B ("PHO TONG GIÁM BOC" under a seal): no given name is Bốc.
 */
const OFFICE_FOLDED = /(?<![a-z])(chu tich|giam [db]oc|bi thu|ubnd|hoi dong|uy ban)(?![a-z])/;

const UNIT_FIRST = new Set(['quan', 'huyen', 'tinh', 'phuong', 'xa']);

const UNMARKED_TITLE_CASE = /^\p{Lu}[a-z]+(?: \p{Lu}[a-z]+){1,4}$/u;

// "Ngô Hạnh Phúc": after a family name, "Hạnh Phúc" in title case is a given name; the motto writes
// "Hạnh phúc" (or "HẠNH PHÚC") and opens with no family name.
const GIVEN_HANH_PHUC = /(?<![\p{L}])Hạnh Phúc(?![\p{L}])/u;

function givenNameHanhPhucApart(text: string): string {
  const first = text.trim().split(/\s+/)[0] ?? '';
  return GIVEN_HANH_PHUC.test(text) && isSpeltFamilyName(first) ? text.replace(GIVEN_HANH_PHUC, '') : text;
}

function isTitleOrBody(text: string, folded: string): boolean {
  const marked = /[^\x00-\x7f]/.test(text);
  if (!marked) {
    const first = folded.trim().split(/\s+/)[0]!;
    // A unit word first ("Quan Hoan Kiem") is the unit's name, though Quan is a family name too.
    const nameLike = UNMARKED_TITLE_CASE.test(text.trim()) && SURNAMES.has(first) && !UNIT_FIRST.has(first);
    return (nameLike ? NOT_A_NAME_FOLDED_IN_NAME : NOT_A_NAME_FOLDED).test(folded) || BODY_LINE_FOLDED.test(folded.trim());
  }
  const lower = givenNameHanhPhucApart(text.normalize('NFC')).toLowerCase();
  if (NOT_A_NAME_MARKED.test(lower) || BODY_LINE_MARKED.test(lower.trim())) return true;
  // An office line in capitals that OCR read with a mark lost ("PHO CHU TỊCH DLỊC": the hook of
  // CHỦ under the seal) keeps its other marks, so it is not compared folded above. Only office words:
  // "CÔNG HÒA" and "THỊ XÁ" fold like given names a signer in capitals may bear.
  return !/\p{Ll}/u.test(text) && OFFICE_FOLDED.test(folded);
}

/** A family name as spelt, marks and all ("Hà", "Lê", "Hạ"; not "Tự", a word that folds like Từ); text without marks folded. */
export function isSpeltFamilyName(word: string): boolean {
  const read = word.normalize('NFC');
  if (!/[^\x00-\x7f]/.test(read)) return SURNAMES.has(read.toLowerCase());
  return MARKED_SURNAMES_LOWER.has(read.toLowerCase()) || OTHER_FAMILY_NAMES.has(read);
}

/** A common Vietnamese family name (folded: "nguyen", "tran"). */
export function isFamilyName(folded: string): boolean {
  return SURNAMES.has(folded);
}

/** The letters that open a name alone: the Central Highlands peoples' "Y", "H" and "A". */
const LONE_LETTER_NAMES = new Set(['Y', 'H', 'A']);

/** 2–5 capitalised syllables, a known family name first (or three syllables at least). */
export function isPersonName(text: string, folded: string): boolean {
  // Every cell of the document is asked: reject a paragraph before splitting it into words.
  if (moreWordsThan(text, 5)) return false;
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  // F, J, W and Z are no letters of a Kinh name: after a Kinh family name they are a seal's or a
  // name stamp's script read as letters ("Châu Wồng Tuân"). Names of the Central Highlands' peoples
  // write them ("Y Jút Niê", "Y Wơn Niê") and open with no Kinh family name.
  const kinhFamily = SURNAMES.has(folded.trim().split(/\s+/)[0]!);
  if (kinhFamily && /[fjwz]/i.test(folded)) return false;
  // A name opens with no lone letter but the Ê Đê and Jarai "Y" and "H" ("Y Jút Niê", "H Bia Niê",
  // the women's prefix printed without its apostrophe) and the Ba Na and Xơ Đăng "A" ("A Pớt"): one
  // before given names ("Ò Dinh Tùng") is a stroke of the seal or the signature read as a letter.
  if ([...words[0]!.normalize('NFC')].length === 1 && !LONE_LETTER_NAMES.has(words[0]!)) return false;
  const titleCase = words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w));
  const upperCase = words.every((w) => /^\p{Lu}+$/u.test(w));
  if (!titleCase && !upperCase) return false;
  // Two words name a person only after a family name as spelt ("Lê Quân"): a middle and a given
  // name whose first folds to one ("Đình Sơn" of "Lê Đình Sơn", the family name under the seal)
  // are a name cut short. Text without marks can only be compared folded.
  const surname = kinhFamily && (words.length > 2 || !/[^\x00-\x7f]/.test(words[0]!) || MARKED_SURNAMES_LOWER.has(words[0]!.normalize('NFC').toLowerCase()));
  if (isTitleOrBody(text, folded)) return false;
  return upperCase ? surname && words.length >= 3 : surname || words.length >= 3;
}

/** True when `text` has more than `limit` white-space-separated words; stops counting there. */
function moreWordsThan(text: string, limit: number): boolean {
  const gaps = /\s+/g;
  const trimmed = text.trim();
  let words = trimmed ? 1 : 0;
  while (gaps.exec(trimmed)) if (++words > limit) return true;
  return false;
}

/** The cell without a rank before the name: "Trung tá Ngô Văn Công" → "Ngô Văn Công". */
export function withoutRank(cell: Cell): Cell | null {
  const m = RANK.exec(cell.folded);
  if (!m) return null;
  const at = m[0].length;
  return { ...cell, text: cell.text.slice(at), folded: cell.folded.slice(at), start: cell.start + at };
}

/**
 * The one family name a word missing its first one or two letters ends ("hạm" → "Phạm", "guyễn"
 * → "Nguyễn"), with the marks of the name as listed; null when none or several fit. A part of two
 * letters says little of how much the seal covered: it must end one family name of any length
 * ("an" → "Phan"), not one of those two letters short ("nh" of "Huỳnh" is no "Đinh").
 */
export function completedFamilyName(word: string, shortest = 2): string | null {
  const first = word.normalize('NFC');
  if (!/^\p{Ll}+$/u.test(first) || first.length < shortest) return null;
  const short = first.length <= 2;
  const putBack = (s: string) => s.length - first.length;
  const ending = (marked: boolean) =>
    new Set(MARKED_SURNAMES.filter((s) => putBack(s) >= 1 && (short || putBack(s) <= 2) && (marked ? s.toLowerCase().endsWith(first) : foldVietnamese(s.toLowerCase()).endsWith(foldVietnamese(first)))));
  // With its marks as read; else folded, the tone misread under the seal too ("guyến" → "Nguyễn").
  // A single letter read without a mark says nothing of the marks the name's last vowel had ("a": Hà, Tạ, Hứa).
  for (const marked of first.length > 1 ? [true, false] : [false]) {
    const fits = ending(marked);
    if (fits.size) return fits.size === 1 ? [...fits][0]! : null;
  }
  return null;
}

/**
 * A family name read with a wrong mark under a seal ("Đỉnh" for Đinh): the listed spelling when
 * exactly one listed family name folds to the word; the word as read when it is itself a family
 * name ("Giàng" stays, though it folds like Giang) or a middle name, or when none or several fit.
 */
export function listedFamilyName(word: string): string {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return word;
  const read = word.normalize('NFC');
  if (MARKED_SURNAMES_LOWER.has(read.toLowerCase()) || OTHER_FAMILY_NAMES.has(read) || MIDDLE_NAMES_LIKE_FAMILY_NAMES.has(read)) return word;
  const folded = foldVietnamese(word.toLowerCase());
  const fits = new Set(MARKED_SURNAMES.filter((s) => foldVietnamese(s.toLowerCase()) === folded));
  return fits.size === 1 ? [...fits][0]! : word;
}

/**
 * A name whose first letters the seal covered: the first word, lower case, ends exactly one
 * family name ("hạm" → "Phạm", "rần" → "Trần") and the rest are capitalised name words. At most
 * two letters are put back, and the part read must keep `shortest` letters (two, unless the caller
 * has more reason to take the line for a name).
 */
export function withSurnameCompleted(cell: Cell, shortest = 2): Cell | null {
  const words = cell.text.split(/\s+/);
  const first = words[0]!.normalize('NFC');
  if (words.length < 3 || words.length > 4 || !/^\p{Ll}+$/u.test(first) || first.length < shortest) return null;
  if (!words.slice(1).every((w) => /^\p{Lu}\p{Ll}*$/u.test(w))) return null;
  const surname = completedFamilyName(first, shortest);
  if (!surname) return null;
  const text = `${surname} ${words.slice(1).join(' ')}`;
  return { ...cell, text, folded: foldVietnamese(text) };
}

/** Family names by their folded form, when one spelling only has it ("truong": Trương). */
const SURNAME_BY_FOLD = (() => {
  const byFold = new Map<string, string | null>();
  for (const name of MARKED_SURNAMES) {
    const key = foldVietnamese(name).toLowerCase();
    byFold.set(key, byFold.has(key) && byFold.get(key) !== name ? null : name);
  }
  return byFold;
})();

/**
 * A family name the restorer gave the marks of a common word ("Trưởng Nam Hưng" for Trương, the
 * dump had "Trueng"): a first word whose letters are a family name's, one spelling only, is it.
 */
export function withFamilyNameSpelled(name: string): string | null {
  const [first = '', ...rest] = name.split(/\s+/);
  const key = foldVietnamese(first).toLowerCase();
  if (!SURNAMES.has(key)) return null;
  if (MARKED_SURNAMES.includes(first)) return name;
  const spelled = SURNAME_BY_FOLD.get(key);
  return spelled ? [spelled, ...rest].join(' ') : null;
}
