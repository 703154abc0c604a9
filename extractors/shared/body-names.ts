// Fields of ministries, departments, offices and boards whose names hold "và", a comma or a dash:
// "Bộ Thông tin và Truyền thông", "Sở Văn hóa, Thể thao và Du lịch", "Bộ Lao động - Thương binh
// và Xã hội", "Ban Kinh tế - Ngân sách". An issuer named with one of them does not end at that
// word, and a joint issuer ("liên Bộ: Thông tin và Truyền thông – Công an") splits only between them.
// Folded, words only: the separators between them are matched loosely (",", "-", "–" or none).
const FIELDS = [
  'giao duc va dao tao',
  'thong tin va truyen thong',
  'khoa hoc va cong nghe',
  'tai nguyen va moi truong',
  'nong nghiep va phat trien nong thon',
  'nong nghiep va moi truong',
  'ke hoach va dau tu',
  'lao dong thuong binh va xa hoi',
  'van hoa the thao va du lich',
  'van hoa thong tin va the thao',
  'khoa hoc cong nghe va moi truong',
  'van hoa va the thao',
  'van hoa va thong tin',
  'van hoa thong tin',
  'van hoa xa hoi',
  'van hoa va xa hoi',
  'dan toc va ton giao',
  'kinh te ngan sach',
  'kinh te ha tang va do thi',
  'kinh te va ha tang',
  'tai chinh ke hoach',
  'tuyen giao va dan van',
  'dan nguyen va giam sat',
  'thi dua khen thuong',
  'giao thong va van tai',
  'xay dung va do thi',
  'to chuc va can bo',
];

/** Departments of a province (Sở …) under their standard written names, for reading garbled OCR back. */
export const DEPARTMENT_FIELDS = [
  'Giáo dục và Đào tạo',
  'Lao động - Thương binh và Xã hội',
  'Tài chính',
  'Nội vụ',
  'Y tế',
  'Tư pháp',
  'Kế hoạch và Đầu tư',
  'Văn hóa, Thể thao và Du lịch',
  'Thông tin và Truyền thông',
  'Khoa học và Công nghệ',
  'Tài nguyên và Môi trường',
  'Nông nghiệp và Phát triển nông thôn',
  'Nông nghiệp và Môi trường',
  'Xây dựng',
  'Giao thông vận tải',
  'Công Thương',
  'Ngoại vụ',
  'Dân tộc và Tôn giáo',
] as const;

const SEPARATOR = '(?:\\s*[,\\-–]\\s*|\\s+)';
const FIELD = new RegExp(
  `(?<![a-z])(?:${[...FIELDS]
    .sort((a, b) => b.length - a.length)
    .map((f) => f.split(' ').join(SEPARATOR))
    .join('|')})(?![a-z])`,
  'g',
);

export interface Range {
  start: number;
  end: number;
}

/** Where known field names stand in `folded` (a short window: the caller bounds it). */
export function fieldNameRanges(folded: string): Range[] {
  const out: Range[] = [];
  const re = new RegExp(FIELD.source, 'g');
  for (let m = re.exec(folded); m; m = re.exec(folded)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

export function inside(ranges: readonly Range[], at: number): boolean {
  return ranges.some((r) => at > r.start && at < r.end);
}

/** The fields a joint issuer lists ("Thông tin và Truyền thông – Công an"): split between fields, never inside one. */
export function splitFields(text: string, folded: string): string[] {
  const ranges = fieldNameRanges(folded);
  const parts: string[] = [];
  let from = 0;
  for (const m of folded.matchAll(/\s*[,;\-–]\s*|\s+va\s+/g)) {
    if (inside(ranges, m.index! + 1)) continue;
    parts.push(text.slice(from, m.index));
    from = m.index! + m[0].length;
  }
  parts.push(text.slice(from));
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}
