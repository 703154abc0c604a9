// The middle and given names of a signer as an OCR engine misread them under a seal or a stroke of
// the signature ("Đăng Qốốc Vinh" for Đặng Quốc Vinh): a word of the name that is no Vietnamese
// syllable at all, one letter from exactly one common name syllable, is that syllable misread.
// A word that is a syllable stays as read, whatever it is (names are free); so does a word near
// two common syllables, and every word of text no OCR engine wrote (the caller sees to that).
import { foldVietnamese } from '../normalizers/fold.js';
import { canonicalToneForm, isValidSyllable } from '../normalizers/syllables.js';
import { editDistance } from './ocr-body-names.js';

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

/** Whether the word is a Vietnamese syllable as written (its tone anywhere the rules allow). */
function isSyllable(word: string): boolean {
  const lower = word.normalize('NFC').toLowerCase();
  return isValidSyllable(lower) || isValidSyllable(canonicalToneForm(lower));
}

/** The common name syllable a misread word stands for, or null (a syllable, or no single one near). */
export function repairedNameWord(word: string): string | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || isSyllable(word)) return null;
  const key = letters(word);
  if (key.length < 2) return null;
  const near = COMMON.filter((c) => editDistance(key, c.key, 1) <= 1);
  const names = new Set(near.map((c) => c.key));
  // Several syllables one letter away ("Thah": Thanh, Thanh's neighbours): nothing to choose by.
  if (names.size !== 1) return null;
  // The same letters with other marks (Hà, Hạ): only one written form is listed for each key.
  return near[0]!.name;
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
