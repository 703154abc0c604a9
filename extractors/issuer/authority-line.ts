// The authority line of a decision: the body that decides, or its head's title and the body, in
// capitals between the trích yếu and the first "Căn cứ" ("BỘ TRƯỞNG BỘ Y TẾ", "CHỦ TỊCH ỦY BAN
// NHÂN DÂN TỈNH LÂM ĐỒNG", "ỦY BAN NHÂN DÂN TỈNH …"). A Bộ trưởng decides for the Bộ, a Chủ tịch for
// the UBND: the body is the issuer. Read only when no issuer block was read at all (an engine that
// dropped the header's left column, a page cut above it).
import { foldVietnamese } from '../../normalizers/fold.js';
import type { ParsedIssuer } from './issuer.js';
import { bodiesOf, composeIssuer } from './issuer-block.js';
import { isUpperCase } from '../shared/layout.js';
import type { AdminUnit } from '../shared/localities.js';

/** How far below the heading the authority line may stand (the trích yếu runs a few lines). */
const REACH = 1500;
/** The head's title before the body ("BỘ TRƯỞNG", "CHỦ TỊCH"), folded. */
const HEAD_TITLE = new RegExp(
  `^(?:${['bo truong', 'chu tich', 'pho chu tich', 'giam doc', 'tong giam doc', 'hieu truong', 'vien truong', 'chanh an', 'cuc truong', 'tong cuc truong', 'truong ban', 'thu truong', 'thong doc', 'tong kiem toan nha nuoc'].map((t) => t.replace(/ /g, '\\s+')).join('|')})(?:\\s+|$)`,
);

/** Bodies that decide in their own name on the authority line ("THỦ TƯỚNG CHÍNH PHỦ", "ỦY BAN NHÂN DÂN TỈNH …"), folded. */
const DECIDING_BODY = /^(?:thu tuong chinh phu|chinh phu|uy ban nhan dan|hoi dong nhan dan|hoi dong bau cu quoc gia|(?:uy ban thuong vu )?quoc hoi|ban (?:chap hanh|thuong vu|bi thu))\b/;

/** Whether a folded line in capitals opens as an authority line does: a head's title or a deciding body. */
export function opensAsAuthority(folded: string): boolean {
  return HEAD_TITLE.test(folded) || DECIDING_BODY.test(folded);
}

/** A line that opens the document's body. */
const BODY_STARTS = /^(?:[ivx]{1,4}\.|\d{1,2}\.|dieu \d)\s/;

/** The body the authority line under `from` names, with its level; null when there is none before the first "Căn cứ". */
export function authorityLineIssuer(text: string, from: number, near: readonly AdminUnit[]): ParsedIssuer | null {
  const zone = text.slice(from, from + REACH);
  for (const raw of zone.split('\n')) {
    const line = raw.replace(/[*|#_]/g, ' ').trim();
    if (!line) continue;
    const folded = foldVietnamese(line).toLowerCase();
    if (/^can cu\b/.test(folded)) break;
    // The body has begun (a plan, a công văn has no "Căn cứ"): a heading "I."/"1."/"Điều 1" or a
    // sentence in small letters. Its capital lines are headings, no authority.
    if (BODY_STARTS.test(folded) || (line.length > 60 && !isUpperCase(line))) break;
    if (line.length > 100 || !isUpperCase(line) || !/\p{Lu}{2}/u.test(line)) continue;
    // A speck read as a stop after the title's first word ("BỘ. TRƯỞNG BỘ …"): a space, the length kept.
    const title = HEAD_TITLE.exec(folded.replace(/(?<=\p{L})\.(?=\s)/gu, ' '));
    const body = title ? line.slice(title[0].length) : line;
    // A title alone ("BỘ TRƯỞNG") names no body ("Bộ Trưởng" is no ministry).
    if (!body.trim()) continue;
    const composed = composeIssuer(bodiesOf(body, [], near).map((b) => b.parsed));
    const issuer = composed?.issuer;
    if (issuer?.level && (issuer.locality || issuer.level === 'central')) return issuer;
  }
  return null;
}
