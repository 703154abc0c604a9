// The middle and given names of a signer as an OCR engine misread them under a seal or a stroke of
// the signature ("Đăng Qốốc Vinh" for Đặng Quốc Vinh): a word of the name that is no Vietnamese
// syllable at all, one letter from exactly one common name syllable, is that syllable misread
// (of two written forms of it, Thanh and Thành, the one whose marks the engine read).
// A word that is a syllable stays as read, whatever it is (names are free); so does a word near
// two common syllables, and every word of text no OCR engine wrote (the caller sees to that).
import { foldVietnamese } from '../../normalizers/fold.js';
import { canonicalToneForm, isValidSyllable } from '../../normalizers/syllables.js';
import { editDistance } from '../../normalizers/edit-distance.js';

/** Middle and given names that sign most administrative documents, with their marks. */
const COMMON_NAME_SYLLABLES = (
  'Văn Thị Quốc Minh Thanh Hữu Đức Ngọc Xuân Hồng Thu Anh Tuấn Hùng Dũng Hải Sơn Long Bình Hương Lan Hà Trung ' +
  'Quang Công Kim Huy Khánh Vinh Thắng Cường Tiến Nam Phong Tâm Linh Hạnh Mai Phương Thủy Hiền Tùng Việt Đình ' +
  'Trọng Mạnh Chí Khắc Đăng Viết Thế Duy Tất Hoài Thành Hòa Lợi Lộc Phúc Tài Thái Thịnh Toàn Trí Tú Vân Yến Hiếu ' +
  'Nghĩa Nhân Hiệp Kiên Khải Lâm Luận Lực Nguyên Nhật Phú Quý Sỹ Sáu Tân Thạch Thọ Thuận Tín Trường Tuyết Hằng ' +
  'Châu Diệp Giang Hậu Hoa Khoa Liên Loan Ngân Nhung Oanh Phượng Quyên Thảo Thúy Trang Uyên Vy Bảo Định Điền'
).split(' ');

const letters = (word: string) => foldVietnamese(word).toLowerCase().replace(/[^a-z]/g, '');
const COMMON = [...new Set(COMMON_NAME_SYLLABLES)].map((name) => ({ name, key: letters(name) }));

/** The written forms listed for each key (Thanh and Thành share "thanh"), in list order. */
export function commonNameForms(): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  for (const c of COMMON) forms.set(c.key, [...(forms.get(c.key) ?? []), c.name]);
  return forms;
}

// Tone marks (grave, acute, tilde, hook above, dot below) and vowel marks (circumflex, breve, horn).
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/g;
const VOWEL_MARK = /[\u0302\u0306\u031b]/g;

/** A word's marks: its tone and which vowel marks it carries ("Phượng": dot below; horn). */
function marksOf(word: string): string {
  const decomposed = word.normalize('NFD');
  const tones = [...new Set(decomposed.match(TONE_MARK) ?? [])].sort().join('');
  const vowels = [...new Set(decomposed.match(VOWEL_MARK) ?? [])].sort().join('');
  return `${tones}|${vowels}`;
}

/** Whether the word is a Vietnamese syllable as written (its tone anywhere the rules allow). */
function isSyllable(word: string): boolean {
  const lower = word.normalize('NFC').toLowerCase();
  return isValidSyllable(lower) || isValidSyllable(canonicalToneForm(lower)) || isSouthernNameSpelling(lower);
}

/**
 * Names keep the southern spelling of "ươc" as "ơc" ("Phớc" beside Phước, "Hồ Đức Phớc"): no
 * syllable of the common language, a name's own; it is no misreading to put right.
 */
function isSouthernNameSpelling(lower: string): boolean {
  // Decomposed, the horned o put back whole: its tone mark (sắc or nặng, before a stop) stands after it.
  const m = /^(\p{L}*?)ơ([\u0301\u0323]?)c$/u.exec(lower.normalize('NFD').replace(/o\u031b/g, 'ơ'));
  if (!m) return false;
  return isValidSyllable(`${m[1]}ươ${m[2]}c`.normalize('NFC'));
}

/** The common name syllable a misread word stands for, or null (a syllable, or no single one near). */
export function repairedNameWord(word: string): string | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || isSyllable(word)) return null;
  const key = letters(word);
  if (key.length < 2) return null;
  const near = COMMON.filter((c) => editDistance(key, c.key, 1) <= 1);
  const names = new Set(near.map((c) => c.key));
  if (!names.size) return splitGlyphName(word, key);
  // Several syllables one letter away ("Thah": Thanh, Thạch): nothing to choose by.
  if (names.size !== 1) return null;
  if (near.length === 1) return near[0]!.name;
  // The same letters with other marks (Thanh, Thành): the marks the engine did read choose, and
  // a word whose marks are neither's ("Vann" for Văn or Vân) is left as read.
  const marks = marksOf(word);
  const agreeing = near.filter((c) => marksOf(c.name) === marks);
  return agreeing.length === 1 ? agreeing[0]!.name : null;
}

// One letter an engine read as two narrow glyphs side by side: the n's arch as "li", "ri" or "ii"
// ("Lolig" for Long), the m's as "rn", the d's bowl and stem as "cl". No Vietnamese syllable spells
// these pairs, so a name word holding one is no syllable as read.
const SPLIT_GLYPHS: ReadonlyArray<[RegExp, string]> = [[/li|ri|ii/g, 'n'], [/rn/g, 'm'], [/cl/g, 'd']];

/**
 * The common name syllable a word read with one letter split into two glyphs spells exactly
 * ("Lolig": Long), when one pair put back makes one and only one; null otherwise. The written
 * form is the one whose marks the engine read (a word read bare takes the bare form, if listed).
 */
function splitGlyphName(word: string, key: string): string | null {
  const found = new Set<string>();
  for (const [pair, letter] of SPLIT_GLYPHS)
    for (const m of key.matchAll(pair)) {
      const joined = key.slice(0, m.index) + letter + key.slice(m.index! + m[0].length);
      for (const c of COMMON) if (c.key === joined) found.add(c.name);
    }
  const marks = marksOf(word);
  const names = [...found];
  const keys = new Set(names.map(letters));
  if (keys.size !== 1) return null;
  if (names.length === 1) return names[0]!;
  const agreeing = names.filter((n) => marksOf(n) === marks);
  return agreeing.length === 1 ? agreeing[0]! : null;
}

/** The signer's name with its misread middle and given names put right (the family name is ocr-surname.ts's). */
export function withGivenNamesRepaired(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return name;
  let changed = false;
  const out = words.map((w, i) => {
    if (i === 0) return w;
    const repaired = repairedNameWord(w);
    if (!repaired) return w;
    changed = true;
    return repaired;
  });
  return changed ? out.join(' ') : name;
}
