// The signature block of a web copy that kept one line per table row: the signature cell's lines
// run together, and the next thing on the page (an annexed plan's heading) on the same line:
//   - Lưu: VT, KGVX2.
//   TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tháp CHƯƠNG TRÌNH HÀNH ĐỘNG …
// The row's left cell (the recipients) comes first, so the block is the first line after the
// list that opens with a signer's office in capitals and goes on with a name in title case,
// ended by the line's end or by capitals again. The innermost authority and the last title
// before the name are the signer's, as on a block on lines of its own.
import { foldVietnamese } from '../../normalizers/fold.js';
import type { Signer } from '../../output/schema.js';
import { HEAD_OFFICE } from '../shared/offices.js';
import { authorityOf, isRecipientCell } from './signature-lines.js';

// Words in capitals ("TM.", "ỦY", "BAN", "TN&MT") up to a name: 2–4 words in title case, then the
// line's end or another word in capitals (the heading that follows).
const RUN_ON_BLOCK = /^((?:[\p{Lu}][\p{Lu}&.\-]*[ \t]+)+)(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,3})(?=[ \t]*$|[ \t]+\p{Lu}{2,}(?![\p{Ll}]))/u;
const AUTHORITY = /(?<![\p{L}])(TM|KT|TL|TUQ)\.[ \t]*/gu;
// Signers' titles (folded); the last before the name is the signer's own ("CHỦ TỊCH PHÓ CHỦ TỊCH").
const TITLE = new RegExp(String.raw`${HEAD_OFFICE}(?: thuong truc)?`, 'g');

/**
 * The signer of a block run into one line after the recipients' list; null when no line after the
 * list reads as one. `personName`: the name as the signature reader spells it (a family name first), or null.
 */
export function runOnSigner(text: string, personName: (name: string) => string | null): Signer | null {
  let afterList = false;
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const trimmed = line.trim();
    const folded = foldVietnamese(trimmed).toLowerCase();
    if (isRecipientCell(folded)) {
      afterList = true;
      continue;
    }
    if (!afterList) continue;
    const m = RUN_ON_BLOCK.exec(trimmed);
    if (!m) continue;
    const office = m[1]!;
    const officeFolded = foldVietnamese(office).toLowerCase();
    const title = [...officeFolded.matchAll(TITLE)].at(-1);
    const authority = [...office.matchAll(AUTHORITY)].at(-1);
    // An authority signs; without one the office must stand right before the name ("BỘ TRƯỞNG
    // Đặng Quốc Khánh"): an annex's heading may hold an office further up ("PHỤ LỤC TRƯỞNG BAN
    // CHỈ ĐẠO Nguyễn Văn An") or none ("DANH SÁCH CÁN BỘ Nguyễn Văn An").
    if (!authority && !(title && title.index + title[0].length === officeFolded.trimEnd().length)) continue;
    const name = personName(m[2]!.replace(/[ \t]+/g, ' '));
    if (!name) continue;
    const nameAt = start + line.indexOf(trimmed) + office.length;
    return {
      name,
      title: title ? office.slice(title.index, title.index + title[0].length) : null,
      authority: authority ? authorityOf(authority[1]!) : null,
      span: { start: nameAt, end: nameAt + m[2]!.length },
    };
  }
  return null;
}
