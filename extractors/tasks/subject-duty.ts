// A duty written as a sentence whose subject is the body that does it, in a plan's closing part
// beside headings of bodies ("1. Uỷ ban Hội LHTN quận chuẩn bị tất cả các điều kiện …", "15. Đề
// nghị Ủy ban trung ương Mặt trận Tổ quốc Việt Nam chủ trì, phối hợp với …", a bullet "+ Ban tổ
// chức chịu trách nhiệm chuẩn bị kinh phí …" under a topic's heading): the body leads the duty.
// The name runs up to the first verb of work; it must open like a body's name (units.ts) and
// be a name, not a clause ("Căn cứ Kế hoạch này, các Sở …" is none).
import { foldVietnamese } from '../../normalizers/fold.js';
import { namesUnit } from './units.js';
import { NOT_INSIDE_A_NAME, workVerbAlternation } from './work-verbs.js';

/** "Đề nghị …", "Giao …" before the body: a request, the body is what follows (unit-headings.ts reads headings so too). */
export const REQUEST = /^(?:đề nghị|giao|yêu cầu)\s+/iu;
/**
 * "Ủy ban nhân dân tỉnh giao Sở Nội vụ theo dõi …", "UBND tỉnh yêu cầu Thủ trưởng các sở …": the
 * body that asks is not the one that does; the duty is led by the body named after the request.
 */
const ASKS = /^(.{2,80}?)\s(?:giao|yêu cầu|đề nghị)\s+(?=\p{Lu})/u;
/** The first verb of the duty after the body's name (folded); "phải" opens the duty it binds the body to ("Các địa phương, doanh nghiệp phải phối hợp …"). */
const VERB = new RegExp(`\\s${NOT_INSIDE_A_NAME}(?=(?:${workVerbAlternation(['chu tri', 'phoi hop', 'chiu trach nhiem', 'co trach nhiem', 'chu dong', 'tich cuc', 'thuong xuyen', 'dinh ky', 'phai'])})\\b)`, 'g');
/** How far into the sentence the name may run. */
const NAME_SPAN = 120;

export interface SubjectDuty {
  /** The body's name as printed. */
  lead: string;
  /** The duty from its verb on, its first letter in capitals. */
  duty: string;
}

export function subjectDuty(sentence: string): SubjectDuty | null {
  const text = sentence.replace(/\s+/g, ' ').trim();
  const request = REQUEST.exec(text);
  const asks = request ? null : ASKS.exec(text);
  const from = request ? request[0].length : asks && namesUnit(asks[1]!) ? asks[0].length : 0;
  // Folding keeps length for Vietnamese letters: offsets in the fold are offsets in the text.
  const folded = foldVietnamese(text.slice(from, from + NAME_SPAN)).toLowerCase();
  // "Ban tổ chức chịu trách nhiệm …": a name may hold a verb's words ("tổ chức"); the name is the
  // shortest that reads as one.
  for (const verb of folded.matchAll(VERB)) {
    // "Chi cục Quản lý thị trường", "Ban Quản lý dự án đầu tư Xây dựng": a name capitalises the
    // words after its head; the duty's verb is printed in small letters.
    if (!/\p{Ll}/u.test(text.charAt(from + verb.index + 1))) continue;
    const before = text.slice(from, from + verb.index);
    // "Các tổ chức chính trị - xã hội, tổ chức xã hội, …": a comma before the verb's words goes on listing names.
    if (/,\s*$/.test(before)) continue;
    const lead = before.trim();
    if (!isName(lead)) continue;
    const rest = text.slice(from + verb.index).trim();
    return rest.length < 8 ? null : { lead, duty: rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1) };
  }
  return null;
}

function isName(lead: string): boolean {
  const words = lead.split(' ');
  // "Các tổ chức chính trị …" folds "tổ chức" like the verb: a name ending on "các" is none.
  return words.length >= 2 && words.length <= 16 && !/[.;:()]/.test(lead) && !/\b(?:các|những)$/iu.test(lead) && namesUnit(lead);
}
