// Cell values made clean for an analyst's sheet: no tabs, no HTML, trimmed; a cell naming
// several units becomes a list.
//
// Splitting rule for units: always on ";" and on line/paragraph breaks (<p> items); on ","
// only when EVERY comma-separated part names a unit by itself — it starts with a unit word
// ("Phòng", "Ban", "UBND", "Đ/c", "Các phòng" …) and is more than a bare word. So
// "Phòng Nội vụ, Cụm phó và các thành viên Cụm thi đua" gives two units while
// "Các phòng, ban, đơn vị, UBND các phường" ("ban" and "đơn vị" are not units alone) stays
// ONE unit phrase. "và" never splits: "Văn phòng HĐND và UBND quận" is one body.
import { foldVietnamese } from '../../normalizers/fold.js';

const UNIT_HEAD =
  /^(?:phong|ban|cum|ubnd|uy ban|hoi dong|hd|van phong|vp|cong an|mttq|mat tran|lien doan|ldld|chi cuc|trung tam|d\/c|dc|dong chi|nganh|thanh vien|truong|dang uy|du|so|lanh dao|cong doan|cac|tt|chu tich|pho chu tich|pct|ct|bch|bo chi huy|doan|hoi|thu truong|bo phan|to dan pho|tdp|nha|thuong truc|co quan|bao|dai|quan uy|dang bo|benh vien|tram|ong|ba)(?:\b|(?=[A-ZĐ]))/;

export function cleanCell(cell: string): string {
  return stripMarkup(cell)
    .replace(/[\t\r\n\f]+/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** HTML and Markdown that converters leave in cells; <p>/<br> become item breaks. */
export function stripMarkup(cell: string): string {
  return cell
    .replace(/<\s*(?:br|\/p|\/div|\/li)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\*\*|__/g, '')
    .replace(/(^|\s)\*(\S[^*]*?\S|\S)\*(?=\s|$|[.,;:])/g, '$1$2');
}

/** The items of a cell: <p> paragraphs, lines, or "+ …" bullets run together on one line. */
export function cellItems(cell: string): string[] {
  return stripMarkup(cell)
    .split(/\n+|\s(?=\+\s)/)
    .map((s) => s.replace(/^[\s+\-–•]+/, '').replace(/\s{2,}/g, ' ').trim())
    .filter(Boolean);
}

/**
 * Paragraph breaks inside a cell (<p>…</p> <p>…</p>) reach us as single spaces once the
 * markup is gone: "Ban Chỉ huy quân sự quận Phòng Văn hoá và Thông tin". A new unit starts
 * where a department-like head ("Phòng", "Ban", "Văn phòng", "Trung tâm" …) follows a
 * lower-case word that ends a unit of at least three words; "UBND", "Hội đồng" are left
 * alone ("Lãnh đạo UBND quận", "Thành viên Hội đồng TĐKT" are one unit each).
 */
// "Phòng thủ", "Phòng chống" are words, not a department: "Ban Chỉ huy Phòng thủ dân sự" is one body.
const PARAGRAPH_JOIN = /(?<=\p{Ll}) (?=(?:Phòng(?! (?:thủ|chống|ngừa|cháy)\b)|Ban|Văn phòng|Trung tâm|Công an|Liên đoàn|Chi cục|Sở) \p{L})/u;

function splitJoinedParagraphs(item: string): string[] {
  const parts = item.split(PARAGRAPH_JOIN);
  if (parts.length < 2) return [item];
  const out: string[] = [];
  for (const part of parts) {
    const previous = out[out.length - 1];
    if (previous && isUnitByItself(previous) && previous.split(/\s+/).length >= 3 && !/\b(?:và|của|với|thuộc|các)$/.test(previous)) out.push(part);
    else if (previous) out[out.length - 1] = `${previous} ${part}`;
    else out.push(part);
  }
  return out;
}

export function splitUnits(cell: string): string[] {
  const units: string[] = [];
  for (const item of stripMarkup(cell).split(/[\n;]+/).flatMap(splitJoinedParagraphs)) {
    const part = tidyUnit(item);
    if (!part) continue;
    const pieces = part.split(/\s*,\s*/).map(tidyUnit).filter(Boolean);
    if (pieces.length > 1 && pieces.every(isUnitByItself)) units.push(...pieces);
    else units.push(part);
  }
  return units;
}

function tidyUnit(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–+•,.]+/, '')
    .replace(/[\s,;]+$/, '')
    .trim();
}

function isUnitByItself(part: string): boolean {
  const f = foldVietnamese(part);
  const words = part.split(/\s+/).length;
  // An all-capital abbreviation ("TTHĐTĐKT", "VPĐU") names a body on its own.
  if (words === 1) return /^\p{Lu}{2,}/u.test(part) || /^VP/.test(part);
  return UNIT_HEAD.test(f) || f.startsWith('vp');
}
