// The family name of a signer as an OCR engine misread it by one letter ("Tân Nguyên Minh
// Thành" for Trần, "Phim Quảng Ngọc" for Phạm, "Nguyn Văn An" for Nguyễn), or its u as two strokes
// ("Vii" for Vũ). Vietnamese has few
// family names and a handful of them cover most people, so a first word that is no family name
// but one letter from a common one is that name misread. Used only for text an OCR engine wrote;
// a family name already known (however rare) and a name of fewer than three words stay as read.
import { foldVietnamese } from '../../normalizers/fold.js';
import { editDistance } from '../../normalizers/edit-distance.js';
import { completedFamilyName, SURNAMES } from '../closing/person-name.js';

/**
 * Common family names with their share of the population in percent (approximate, from the
 * published surveys): a misread word is read as the most common name one letter from it.
 */
const COMMON_SURNAMES: ReadonlyArray<[string, number]> = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7.1], ['Hoàng', 3], ['Huỳnh', 2.1], ['Phan', 4.5], ['Vũ', 2],
  ['Võ', 1.9], ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5],
];
/** Family names of the minorities beside the list the signature reader knows (folded): never misreads. */
export const OTHER_SURNAMES = new Set('vang sung thao lau mua giang lo cam quang tong luong sam ma be lu hang chang ksor nay siu rmah bya kpa'.split(' '));
/** Share given to any other known family name one letter away. */
const RARE_SHARE = 0.3;
/** The most common candidate must be this many times as common as the next one. */
const DOMINANCE = 5;

/** A capital no Vietnamese word opens with (f, j, w, z), then three small letters at least. */
const FOREIGN_HEAD = /^[FJWZ](\p{Ll}{3,})$/u;

const letters = (word: string) => foldVietnamese(word).toLowerCase().replace(/[^a-z]/g, '');
const COMMON = COMMON_SURNAMES.map(([name, share]) => ({ name, share, key: letters(name) }));

/** The name with its misread family name put right; the name as read when there is nothing to put right. */
export function withSurnameRepaired(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(words[0]!)) return name;
  const first = letters(words[0]!);
  if (first.length < 2 || SURNAMES.has(first) || OTHER_SURNAMES.has(first)) return name;
  // A head letter no Vietnamese word has, over letters that end one family name only, is the seal's
  // debris where its first letters were ("Zuyến Xuân Phúc": Nguyễn; the letters after it decide).
  const debris = FOREIGN_HEAD.exec(words[0]!);
  const completed = debris ? completedFamilyName(debris[1]!, 3) : null;
  if (completed) return [completed, ...words.slice(1)].join(' ');
  const repaired = uReadAsTwoStrokes(first) ?? nearestCommonFamilyName(first);
  return repaired ? [repaired, ...words.slice(1)].join(' ') : name;
}

/**
 * A u (its tilde lost) read as its two strokes, "ii" ("Vii Thị Mai" for Vũ): the common family name
 * spelt so with the u put back, when exactly one is; null otherwise.
 */
function uReadAsTwoStrokes(key: string): string | null {
  if (!key.includes('ii')) return null;
  const fits = COMMON.filter((c) => c.key === key.replace(/ii/g, 'u'));
  return fits.length === 1 ? fits[0]!.name : null;
}

/**
 * The common family name one letter from `key` (folded letters, no family name itself), when it
 * is much more common than any other known name that near; null otherwise.
 */
export function nearestCommonFamilyName(key: string): string | null {
  const near = COMMON.filter((c) => editDistance(key, c.key, 1) <= 1);
  if (!near.length) return null;
  near.sort((a, b) => b.share - a.share);
  // Known rarer names one letter away weigh against the common one ("Tân": Tăng, Thân, Tạ).
  const rare = [...SURNAMES].filter((s) => !COMMON.some((c) => c.key === s) && editDistance(key, s, 1) <= 1).length;
  const second = Math.max(near[1]?.share ?? 0, rare ? RARE_SHARE : 0);
  if (second && near[0]!.share < DOMINANCE * second) return null;
  return near[0]!.name;
}
