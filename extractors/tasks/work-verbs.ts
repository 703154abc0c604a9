// The verbs a duty's work opens with (folded), after the bodies that do it: a list of partners
// ("phối hợp với X, Y …") ends before the first. assignments.ts and unit-headings.ts each add the
// few words that end a list in their own form.
export const WORK_VERBS = [
  'tham muu', 'to chuc', 'trien khai', 'tuyen truyen', 'theo doi', 'huong dan', 'kiem tra', 'xay dung', 'bo tri',
  'thuc hien', 'tong hop', 'don doc', 'ra soat', 'de xuat', 'bao cao', 'chuan bi', 'phat dong', 'danh gia',
  'quan ly', 'cap nhat', 'van dong', 'giam sat', 'dam bao',
] as const;

/** The verbs as one regular-expression alternation, with `extra` words after them. */
export function workVerbAlternation(extra: readonly string[]): string {
  return [...WORK_VERBS, ...extra].join('|');
}

/**
 * A negative lookahead, placed after the space before a verb: the verb's words inside a body's name
 * ("các tổ chức chính trị - xã hội", "Ban Chỉ đạo tỉnh") start no work. Only those pairs: "trên
 * địa bàn thực hiện …" does.
 */
export const NOT_INSIDE_A_NAME = '(?!(?<=\\bcac\\s)to chuc\\b|(?<=\\bban\\s)chi dao\\b)';
