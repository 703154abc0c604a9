// Words in capitals an engine without Vietnamese misread in a body's name, read back where the
// words of body names say which reading is meant. No Vietnamese syllable has a V after its first
// letter: a U read as a V ("THVC HIỆN" for THỰC HIỆN, "GIÁO DVC" for GIÁO DỤC). A stroke read after
// a word ("NÔNG THÔN MOIL" for MỚI: a rule's edge, a mark fallen off) is no letter of it. A word is
// changed only when it is no syllable as read and the repaired word makes, with the word beside it,
// a pair that body names use ("thực hiện", "nông thôn mới", "giáo dục"): codes keep their letters
// ("ĐÀI PHÁT THANH THVN", "TRƯỜNG THCS CHIL" make no such pair), and the word takes the pair's marks.
// For OCR'd issuer lines only; the length is kept, so each character still points into the line.
import { foldVietnamese } from '../../normalizers/fold.js';
import { syllableInventory } from '../../normalizers/syllables.js';
import { DEPARTMENT_FIELDS } from '../shared/body-names.js';

const CAPITAL_WORD = /(?<![\p{L}\d])\p{Lu}{3,7}(?![\p{L}\d])/gu;

/** Word pairs of body names beyond the departments' fields: programmes' offices, centres, boards. */
const BODY_NAME_PHRASES = [
  ...DEPARTMENT_FIELDS,
  'Văn phòng Điều phối thực hiện Chương trình',
  'xây dựng nông thôn mới',
  'Trung tâm Phục vụ hành chính công',
  'Ban Quản lý dự án đầu tư xây dựng',
  'Chi cục Phát triển nông thôn',
  'Thi đua khen thưởng',
  'Phòng chống thiên tai và Tìm kiếm cứu nạn',
  'Bảo vệ thực vật',
];

const fold = (word: string) => foldVietnamese(word).toLowerCase();

/** "left right" (folded) → the two words as body names mark them. */
function namePairs(): Map<string, [string, string]> {
  const pairs = new Map<string, [string, string]>();
  for (const phrase of BODY_NAME_PHRASES) {
    const words = phrase.split(/[\s,-]+/).filter(Boolean);
    for (let i = 0; i + 1 < words.length; i++) pairs.set(`${fold(words[i]!)} ${fold(words[i + 1]!)}`, [words[i]!, words[i + 1]!]);
  }
  return pairs;
}

/** The repaired word as a body name's pair with a neighbour marks it, in capitals; null when it makes no pair. */
function markedInPair(read: string, before: string | undefined, after: string | undefined, pairs: Map<string, [string, string]>): string | null {
  const key = fold(read);
  const asRight = before ? pairs.get(`${fold(before)} ${key}`)?.[1] : undefined;
  const asLeft = after ? pairs.get(`${key} ${fold(after)}`)?.[0] : undefined;
  const marked = (asRight ?? asLeft)?.toLocaleUpperCase('vi');
  return marked && marked.length === read.length ? marked : null;
}

/** `line` with each such word read back; the line itself when there is none. */
export function withCapitalWordsRepaired(line: string): string {
  if (!/\p{Lu}{3}/u.test(line)) return line;
  const syllables = syllableInventory();
  const isSyllable = (word: string) => syllables.has(fold(word));
  const pairs = namePairs();
  return line.replace(CAPITAL_WORD, (word, at: number) => {
    if (isSyllable(word)) return word;
    const before = /(\S+)\s+$/u.exec(line.slice(0, at))?.[1];
    const after = /^\s+(\S+)/u.exec(line.slice(at + word.length))?.[1];
    // One V, after the first letter ("TVV", an abbreviation, is left alone).
    if (/^\p{Lu}+V/u.test(word) && word.split('V').length === 2) {
      const marked = markedInPair(word.slice(0, 1) + word.slice(1).replace('V', 'U'), before, after, pairs);
      if (marked) return marked;
    }
    // The stroke stands where a space follows: dropped, the length kept.
    if (/[LI]$/u.test(word)) {
      const marked = markedInPair(word.slice(0, -1), before, after, pairs);
      if (marked) return `${marked} `;
    }
    return word;
  });
}
