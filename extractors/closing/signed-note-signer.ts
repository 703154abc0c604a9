// The signature block of a web copy that lost its line breaks: "… TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN
// BÍ THƯ THƯỜNG TRỰC (đã ký) Phan Văn Mãi BAN CHẤP HÀNH …" (a forum post of a decision, its annexed
// rule following on the same line). The copy's "(đã ký)" note stands where the signature was: the
// person's name right after it, the authority and the title in capitals before it.
import { foldVietnamese } from '../../normalizers/fold.js';
import type { Signer } from '../../output/schema.js';
import { HEAD_OFFICE } from '../shared/offices.js';
import { authorityOf } from './signature-lines.js';

/** How far before the note the authority line may stand. */
const BLOCK_REACH = 200;

// The note, then two to four words in title case (the name), then anything but a small word.
const NOTE_THEN_NAME = /\(\s*[đĐ]ã\s+[kK]ý\s*\)\s*(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,3})(?![ \t]*\p{Ll})/gu;
const AUTHORITY = /(?<![\p{L}])(TM|KT|TL|TUQ)\.\s*(?=\p{Lu})/gu;
// Titles of signers (folded), the last one before the note being the signer's ("… ĐOÀN BÍ THƯ THƯỜNG TRỰC").
const TITLE = new RegExp(String.raw`${HEAD_OFFICE}(?: thuong truc| thu nhat)?`, 'g');

/**
 * The signer a "(đã ký) Name" note gives, with the authority "TM./KT./TL./TUQ." before it (no note
 * without it: a cited document's signer is named in prose, never after an authority line).
 * `personName`: the name as the signature reader spells it (a family name first), or null.
 */
export function signedNoteSigner(text: string, personName: (name: string) => string | null): Signer | null {
  for (const m of text.matchAll(NOTE_THEN_NAME)) {
    const from = Math.max(0, m.index - BLOCK_REACH);
    const before = text.slice(from, m.index);
    const authority = [...before.matchAll(AUTHORITY)].at(-1);
    if (!authority) continue;
    const name = personName(m[1]!.replace(/[ \t]+/g, ' '));
    if (!name) continue;
    const office = before.slice(authority.index + authority[0].length).trim();
    const folded = foldVietnamese(office).toLowerCase();
    const title = [...folded.matchAll(TITLE)].at(-1);
    const nameAt = m.index + m[0].length - m[1]!.length;
    return {
      name,
      title: title ? office.slice(title.index, title.index + title[0].length) : null,
      authority: authorityOf(authority[1]!),
      span: { start: nameAt, end: nameAt + m[1]!.length },
    };
  }
  return null;
}
