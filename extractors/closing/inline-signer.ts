// The signature block of an OCR dump that wrote the page's last lines as one line, the columns
// interleaved: "… Nơi nhận: KT. HIỆU TRƯỞNG - Các đơn vị; PHÓ HIỆU TRƯỞNG - Các cổng thông tin …;
// Lưu: VT, ĐT (01). G A TRƯỞNG - ĐẠI HỒ W a N ở cả ĐIỆN LỰC Trương Nam Hưng". The name closes the
// text (it is printed last, under the seal); the authority line and the title are the runs of
// capitals naming an office before it, whatever the recipients' items and the seal's letters
// between them. Read only when the name stands at the end of such a long line: a page whose
// lines were kept has its block on lines of its own, for the signature reader.
import { foldVietnamese } from '../../normalizers/fold.js';
import type { Signer } from '../../output/schema.js';
import { HEAD_OFFICE } from '../shared/offices.js';
import { authorityOf } from './signature-lines.js';

/** The line holding the name must be this long: the lines of the page were run together. */
const MIN_DUMP_LINE = 200;
/** How far before the name the block's title and authority may stand. */
const BLOCK_REACH = 400;

// 2–4 capitalised words closing the text (a stop or stroke after them at most).
const NAME_AT_END = /(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,3})[\s.,;:/]*$/u;
// A run of words in capitals (a title, an office, a body, the seal's letters).
const CAPITAL_RUN = /(?<![\p{L}])(?:\p{Lu}+\.?[ \t]+)*\p{Lu}{2,}(?![\p{L}])/gu;
// The authority: "KT.", "TM.", "TL.", "TUQ." (the stop may be lost in a dump), then the office.
const AUTHORITY = /^(tm|kt|tl|tuq)\.?\s+(?=\S)/;
// Titles of signers (folded): a run naming one.
// A head's office, an acting one's ("q.", "quyền"), a bare "trưởng" or a secretary's.
const TITLE = new RegExp(String.raw`(?:^|\s)(?:q\. |quyen )?(?:pho\s+)?(?:${HEAD_OFFICE}|truong|thu ky)\b`);

/**
 * The signer of a dump whose signature block was run into one line; null when none is read.
 * `personName`: the name as the signature reader spells it (a family name first), or null.
 */
export function inlineSignature(text: string, personName: (name: string) => string | null): Signer | null {
  const tail = text.slice(-(BLOCK_REACH + 200));
  const m = NAME_AT_END.exec(tail);
  if (!m) return null;
  const nameAt = text.length - tail.length + m.index;
  const lineStart = text.lastIndexOf('\n', nameAt) + 1;
  if (nameAt - lineStart < MIN_DUMP_LINE) return null;
  const name = personName(m[1]!.replace(/[ \t]+/g, ' '));
  if (!name) return null;
  const from = Math.max(lineStart, nameAt - BLOCK_REACH);
  const before = text.slice(from, nameAt);
  let authority: Signer['authority'] = null;
  let title: string | null = null;
  for (const run of before.matchAll(CAPITAL_RUN)) {
    const folded = foldVietnamese(run[0]).toLowerCase();
    const auth = AUTHORITY.exec(folded);
    if (auth && TITLE.exec(folded.slice(auth[0].length))?.index === 0) {
      authority = authorityOf(auth[1]!);
      title = null;
      continue;
    }
    // The signer's title is the first after the authority line ("PHÓ HIỆU TRƯỞNG"), or the first
    // of the block; the seal's ring ("TRƯỜNG ĐẠI HỌC ĐIỆN LỰC") comes later and is no title.
    // A run may open with the recipients' last capitals ("VT. GIÁM ĐỐC"): the title starts at its word.
    const t = TITLE.exec(folded);
    if (t && !title) title = run[0].slice(t.index + (/^\s/.test(t[0]) ? 1 : 0)).replace(/\s+/g, ' ');
  }
  if (!title && !authority) return null;
  return { name, title, authority, span: { start: nameAt, end: nameAt + m[1]!.length } };
}
