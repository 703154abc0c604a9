// The names of laws cited in an OCR'd text, with the words the engine lost or garbled put back
// ("Luật tỔ chức Chính" → Luật Tổ chức Chính phủ, "Luật Quản sử dụng tài sản công" → Luật Quản
// lý, sử dụng tài sản công, "Luật chức chính quyền địa phương" inside an amending law's name). The
// laws a plan cites are a closed list; a name within a quarter of its letters of exactly one law
// on it is that law. A name on the list, a short one (a few letters off may be another law) and a
// name near none stay as read. Used only for text an OCR engine wrote; the text is not rewritten.
import type { Reference } from '../../output/schema.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { syllableInventory } from '../../normalizers/syllables.js';
import { editDistance } from '../../normalizers/edit-distance.js';
import { dateAtDayWord } from '../shared/dates.js';

/** Laws often cited by administrative documents, by their names after "Luật" (or "Bộ luật"). */
const LAWS = [
  'Tổ chức Chính phủ', 'Tổ chức chính quyền địa phương', 'Tổ chức Quốc hội', 'Tổ chức Tòa án nhân dân', 'Tổ chức Viện kiểm sát nhân dân',
  'Ban hành văn bản quy phạm pháp luật', 'Ngân sách nhà nước', 'Quản lý, sử dụng tài sản công', 'Quản lý nợ công',
  'Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp', 'Quản lý thuế', 'Kế toán', 'Kiểm toán nhà nước',
  'Đầu tư', 'Đầu tư công', 'Đầu tư theo phương thức đối tác công tư', 'Doanh nghiệp', 'Hợp tác xã', 'Chứng khoán', 'Các tổ chức tín dụng',
  'Ngân hàng Nhà nước Việt Nam', 'Kinh doanh bảo hiểm', 'Xây dựng', 'Quy hoạch', 'Quy hoạch đô thị', 'Đất đai', 'Nhà ở', 'Kinh doanh bất động sản',
  'Giá', 'Đấu thầu', 'Thương mại', 'Cán bộ, công chức', 'Viên chức', 'Thi đua, khen thưởng', 'Thanh tra', 'Khiếu nại', 'Tố cáo', 'Tiếp công dân',
  'Phòng, chống tham nhũng', 'Thực hành tiết kiệm, chống lãng phí', 'Giáo dục', 'Giáo dục đại học', 'Giáo dục nghề nghiệp', 'Khám bệnh, chữa bệnh',
  'Bảo hiểm xã hội', 'Bảo hiểm y tế', 'Việc làm', 'An toàn, vệ sinh lao động', 'Công đoàn', 'Thanh niên', 'Bình đẳng giới', 'Trẻ em',
  'Người cao tuổi', 'Người khuyết tật', 'Phòng, chống ma túy', 'Xử lý vi phạm hành chính', 'Giám định tư pháp', 'Luật sư', 'Công chứng',
  'Hộ tịch', 'Cư trú', 'Căn cước', 'Căn cước công dân', 'Lý lịch tư pháp', 'Trợ giúp pháp lý', 'Hòa giải ở cơ sở', 'Phổ biến, giáo dục pháp luật',
  'Tiếp cận thông tin', 'Báo chí', 'Xuất bản', 'Giao dịch điện tử', 'Công nghệ thông tin', 'An toàn thông tin mạng', 'An ninh mạng', 'Viễn thông',
  'Bảo vệ môi trường', 'Tài nguyên nước', 'Khoáng sản', 'Lâm nghiệp', 'Thủy sản', 'Trồng trọt', 'Chăn nuôi', 'Thú y', 'Bảo vệ và kiểm dịch thực vật',
  'An toàn thực phẩm', 'Phòng, chống thiên tai', 'Phòng cháy và chữa cháy', 'Giao thông đường bộ', 'Trật tự, an toàn giao thông đường bộ', 'Đường bộ',
  'Đường sắt', 'Giao thông đường thủy nội địa', 'Công an nhân dân', 'Quốc phòng', 'Dân quân tự vệ', 'Nghĩa vụ quân sự', 'Lực lượng dự bị động viên',
  'Di sản văn hóa', 'Thể dục, thể thao', 'Du lịch', 'Tín ngưỡng, tôn giáo', 'Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân',
  'Hoạt động giám sát của Quốc hội và Hội đồng nhân dân', 'Mặt trận Tổ quốc Việt Nam', 'Thống kê', 'Lưu trữ', 'Điện lực', 'Tiêu chuẩn và quy chuẩn kỹ thuật',
  'Chất lượng sản phẩm, hàng hóa', 'Bảo vệ quyền lợi người tiêu dùng', 'Cạnh tranh', 'Sở hữu trí tuệ', 'Khoa học và công nghệ', 'Chuyển giao công nghệ',
  'Thuế thu nhập doanh nghiệp', 'Thuế thu nhập cá nhân', 'Thuế giá trị gia tăng', 'Phí và lệ phí', 'Hải quan', 'Quản lý ngoại thương', 'Biên giới quốc gia',
];
/** Labour and civil codes are "Bộ luật": named after it. */
const CODES = ['Lao động', 'Dân sự', 'Hình sự', 'Tố tụng dân sự', 'Tố tụng hình sự', 'Hàng hải Việt Nam'];

/** A fuzzy match may differ from the name by at most this share of its letters… */
const MAX_EDIT_SHARE = 0.25;
/** …and only names this long are matched loosely: "Giá", "Thuế" one letter off may be another. */
const MIN_FUZZY_LETTERS = 10;

const letters = (text: string) => foldVietnamese(text).toLowerCase().replace(/[^a-z]/g, '');
const known = (names: readonly string[]) => names.map((name) => ({ name, key: letters(name) }));
const LAW_KEYS = known(LAWS);
const CODE_KEYS = known(CODES);

/** Where each law's name stands in a title: after "Luật" (or "Bộ luật"), up to " và Luật", ", Luật" or the end. */
const LAW_NAME = /(?<![\p{L}])(Bộ luật|Luật)\s+(.+?)(?=\s*(?:,|\s+và|\s+của)\s+(?:Bộ luật|Luật)\s|$)/gu;

/** The known name a name read stands for: itself when known, the one near name, else null. */
function knownName(read: string, names: ReadonlyArray<{ name: string; key: string }>): string | null {
  const key = letters(read);
  if (!key) return null;
  const exact = names.find((n) => n.key === key);
  if (exact) return exact.name;
  if (key.length < MIN_FUZZY_LETTERS) return null;
  const near = names.filter((n) => n.key.length >= MIN_FUZZY_LETTERS && editDistance(key, n.key, Math.floor(n.key.length * MAX_EDIT_SHARE)) <= Math.floor(n.key.length * MAX_EDIT_SHARE));
  return near.length === 1 ? near[0]!.name : null;
}

/** A name pinned by its place (after "Luật", before its date) may be this far off a listed law's… */
const PINNED_EDIT_SHARE = 1 / 3;
/** …when every other listed law is this many edits farther. */
const PINNED_MARGIN = 3;

/**
 * The listed law a garbled name stands for, where its place already says a law is named ("Luật
 * TO chic chinh quildn clia phicong ngày …"): within a third of its letters of one listed law and
 * clearly nearer it than any other; else as knownName.
 */
export function nearestLawName(read: string): string | null {
  const strict = knownName(read, LAW_KEYS);
  if (strict) return strict;
  const key = letters(read);
  if (key.length < MIN_FUZZY_LETTERS) return null;
  const scored = LAW_KEYS.filter((n) => n.key.length >= MIN_FUZZY_LETTERS)
    .map((n) => ({ name: n.name, limit: Math.floor(n.key.length * PINNED_EDIT_SHARE), distance: editDistance(key, n.key, key.length + n.key.length) }))
    .sort((a, b) => a.distance - b.distance);
  const [best, next] = scored;
  if (!best || best.distance > best.limit) return null;
  // A listed name inside the read one with whole words left over names another law around it
  // ("Luật Thuế bảo vệ môi trường" is not "Luật Bảo vệ môi trường").
  if (key.includes(letters(best.name)) && key !== letters(best.name)) return null;
  // A name whose every word is Vietnamese as read is read loosely only a letter or two away
  // ("Tổ chiếc Chính phủ"): further off, it is a law of its own, listed or not.
  if (!garbled(read) && best.distance > NEAR_AS_WORDS) return null;
  return !next || next.distance >= best.distance + PINNED_MARGIN ? best.name : null;
}

/** Edits within which a name of valid words may still be a listed law's misread. */
const NEAR_AS_WORDS = 2;

/** Some word of the name is no Vietnamese syllable as read ("Tổ chiếc", "m/t", "Òa"). */
function garbled(name: string): boolean {
  const inventory = syllableInventory();
  return name.split(/[\s,]+/).some((w) => {
    const word = w.replace(/^[("“]+|[)"”.;:]+$/g, '');
    return word !== '' && !inventory.has(foldVietnamese(word).toLowerCase());
  });
}

/** A law's title with each law's name read back; the title as read when nothing changes. */
export function repairedLawTitle(title: string): string {
  return title.replace(LAW_NAME, (whole, head: string, name: string) => {
    const read = knownName(name, head === 'Luật' ? LAW_KEYS : CODE_KEYS);
    return read && letters(read) !== letters(name) ? `${head} ${read}` : whole;
  });
}

/** "Căn cứ Quản lý nợ công ngày …": a basis line whose "Luật" the engine lost, the name up to "ngày". */
// Each word is followed by its separator: a word is never split, so a line without "ngày" costs 14 words at most.
const BASIS_WITHOUT_LAW = /(?:^|\n|[;,.])[^\S\n]*[-–+•]?[^\S\n]*can cu[ ,]+((?:(?!luat\b|bo luat\b|nghi dinh\b|thong tu\b|quyet dinh\b|nghi quyet\b|phap lenh\b|so\b)[a-z]+[ ,]+){1,14}?)ngay(?=\s)/g;

/**
 * Basis lines naming a law on the list without the word "Luật" (lost by the engine): "Căn cứ
 * Quản lý nợ công ngày 23 tháng 11 năm 2017". Only a name that is exactly a listed law's (letters
 * folded) and a dated one: a basis line naming anything else ("Căn cứ tình hình thực tế") stays no
 * citation.
 */
export function lawsCitedWithoutTheWord(folded: string): Reference[] {
  const out: Reference[] = [];
  for (const m of folded.matchAll(BASIS_WITHOUT_LAW)) {
    const key = letters(m[1]!);
    const law = LAW_KEYS.find((l) => l.key === key);
    if (!law) continue;
    const dayAt = m.index! + m[0].length - 4;
    const date = dateAtDayWord(folded, dayAt);
    if (!date?.iso) continue;
    const start = m.index! + m[0].indexOf(m[1]!);
    out.push({ type: 'Luật', typeCode: null, number: null, date: date.iso, issuer: 'Quốc hội', title: `Luật ${law.name}`, relation: 'basis', span: { start, end: date.end } });
  }
  return out;
}

/**
 * References of a text no engine is known to have written, with a law's name read back only where
 * one of its words is no Vietnamese syllable ("Luật sửa đổi, … của Luật Thuế gid trị gia tăng"): a
 * stray misread the text's other words hide. A name of valid words stays as written.
 */
export function withMisspeltLawTitles(found: readonly Reference[]): Reference[] {
  return found.map((ref) => {
    if (!ref.title || ref.number || !/^(Bộ luật|Luật)\s/u.test(ref.title) || !garbled(ref.title.replace(/[^\p{L}\s]+/gu, ' '))) return ref;
    const title = repairedLawTitle(ref.title);
    return title === ref.title ? ref : { ...ref, title };
  });
}

/**
 * References of an OCR'd text with the names of the laws they cite read back, and the laws its
 * basis lines name without "Luật" (`folded`: the document's folded text); a citation then cited twice is kept once.
 */
export function withKnownLawTitles(found: readonly Reference[], folded = ''): Reference[] {
  const references = folded ? [...found, ...lawsCitedWithoutTheWord(folded)] : found;
  const seen = new Set<string>();
  const out: Reference[] = [];
  for (const ref of references) {
    const title = ref.title && !ref.number && /^(Bộ luật|Luật)\s/u.test(ref.title) ? repairedLawTitle(ref.title) : ref.title;
    const repaired = title === ref.title ? ref : { ...ref, title };
    const key = repaired.title && !repaired.number ? `${letters(repaired.title)}|${repaired.date ?? ''}` : null;
    if (key && seen.has(key)) continue;
    if (key) seen.add(key);
    out.push(repaired);
  }
  return out;
}
