// The verbs a duty's work opens with (folded), after the bodies that do it: a list of partners
// ("phối hợp với X, Y …") ends before the first. assignments.ts and unit-headings.ts each add the
// few words that end a list in their own form.
export const WORK_VERBS = [
  'tham muu', 'to chuc', 'trien khai', 'tuyen truyen', 'theo doi', 'huong dan', 'kiem tra', 'xay dung', 'bo tri',
  'thuc hien', 'tong hop', 'don doc', 'ra soat', 'de xuat', 'bao cao', 'chuan bi', 'phat dong', 'danh gia',
  'quan ly', 'cap nhat', 'van dong', 'giam sat', 'dam bao',
  // "… phối hợp với Bộ Tài nguyên và Môi trường và các bộ, cơ quan trung ương cân đối kinh phí …".
  'can doi',
] as const;

/** The verbs as one regular-expression alternation, with `extra` words after them. */
export function workVerbAlternation(extra: readonly string[]): string {
  return [...WORK_VERBS, ...extra].join('|');
}

/**
 * A negative lookahead, placed after the space before a verb: the verb's words inside a body's name
 * ("các tổ chức chính trị - xã hội", "Ban Chỉ đạo tỉnh", "Ban quản lý dự án đầu tư xây dựng tỉnh",
 * "các Ban xây dựng Đảng" — a Party committee's collective name for its Ban Tổ chức, Tuyên giáo,
 * Dân vận, Kiểm tra —, "các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông …": after
 * "lĩnh vực" a verb's words name the field; its words often in small letters) start no work. Only
 * those pairs: "trên địa bàn thực hiện …" and "Sở Kế hoạch và Đầu tư xây dựng kế hoạch …" do.
 */
export const NOT_INSIDE_A_NAME = '(?!(?<=\\bcac\\s)to chuc\\b|(?<=\\bban\\s)(?:chi dao|quan ly|xay dung dang)\\b|(?<=\\bdu an dau tu\\s)xay dung\\b|(?<=\\blinh vuc\\s))';

/**
 * A line opening in capitals with a duty's verb ("Chủ trì, …", "Phối hợp với …", "Chịu trách
 * nhiệm …"): a new paragraph under a body's heading, not the name's or the last paragraph's
 * wrapped line (a sentence wrapped there goes on in small letters).
 */
export const DUTY_OPENING = /^(?:Chủ trì|Phối hợp|Chịu trách nhiệm|Có trách nhiệm)(?=[\s,;:]|$)/u;
