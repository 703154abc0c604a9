// The enacting formula that closes a legal document's preamble names who issues it and what: "Thủ
// tướng Chính phủ ban hành Quyết định …", "Chính phủ ban hành Nghị định …", "Bộ trưởng Bộ Tài chính
// ban hành Thông tư …". An OCR layer may garble the header past reading its type heading and its
// issuer block ("QUY(t r-OfNH", "Tllt 0 l TU'<'~N(~ ClliNII PIii'/") while the body's formula reads
// plainly: then the type and the issuer are the formula's. Only what the header left unread (no type;
// an issuer of no level) is taken, and only at a line's start (a formula quoted inside a sentence
// names another document). OCR text only (extractors/index.ts).
// A letter reports another document in a paragraph of its own ("Chính phủ ban hành Nghị định số
// 20/2018/NĐ-CP …", review 11 H3), so the formula is taken only where a preamble has it: no number
// after the type (the formula names no number: "ban hành Quyết định quy định …"), after a "Căn cứ"
// line and before the first article or "QUYẾT ĐỊNH:", and never in a letter ("Kính gửi", "V/v").
import type { DocumentInfo } from '../../output/schema.js';
import { docTypeByName } from '../shared/doctypes.js';
import { bodiesOf, composeIssuer } from '../issuer/issuer-block.js';
import type { AdminUnit } from '../shared/localities.js';

// Folded: the authority at a line's start, "ban hành" and the type of a legal document.
// The type is followed by no number: neither "số" (or its OCR'd "s", "s6") nor a figure.
const FORMULA = /(?:^|\n)[ \t]*(thu tuong chinh phu|chinh phu|bo truong (bo [a-z]+(?: [a-z]+){0,6}?))\s+ban hanh\s+(nghi dinh|quyet dinh|thong tu|chi thi)(?![a-z])(?![ \t]*(?:s[a-z0-9]?(?![a-z0-9])|[^\s]*\d))/;
// A preamble's grounds ("Căn cứ …") at a line's start; its end: the first article or the operative word.
const GROUNDS = /(?:^|\n)[ \t]*can cu(?![a-z])/;
const PREAMBLE_END = /(?:^|\n)[ \t]*(?:dieu 1(?!\d)|quyet dinh[ \t]*:)/;
// A letter's address or subject line: a letter reports documents, it enacts none.
const LETTER_MARK = /(?:^|[^a-z])(?:kinh gui|v\/v)(?![a-z])/;

/** Where the enacting formula stands in the preamble of `folded`: its match, or null. */
function preambleFormula(folded: string): RegExpExecArray | null {
  if (LETTER_MARK.test(folded)) return null;
  const m = FORMULA.exec(folded);
  if (!m) return null;
  const grounds = GROUNDS.exec(folded);
  const end = PREAMBLE_END.exec(folded);
  if (!grounds || grounds.index > m.index || (end && end.index < m.index)) return null;
  return m;
}

/** The document with the type and issuer its enacting formula names, where the header read none; as it was otherwise. */
export function withEnactingFormula(document: DocumentInfo, text: string, folded: string, near: readonly AdminUnit[]): DocumentInfo {
  const typeUnread = document.type === null;
  const issuerUnread = document.issuer.level === null;
  if (!typeUnread && !issuerUnread) return document;
  const m = preambleFormula(folded);
  if (!m) return document;
  const type = docTypeByName(m[3]!);
  // A type the header read must be the formula's: else the formula is another document's.
  if (!type || (!typeUnread && document.type !== type.name)) return document;
  const authorityAt = m.index + m[0].indexOf(m[1]!);
  const bodyAt = m[2] ? authorityAt + m[1]!.length - m[2].length : authorityAt;
  const named = issuerUnread ? composeIssuer(bodiesOf(text.slice(bodyAt, authorityAt + m[1]!.length), [], near).map((b) => b.parsed)) : null;
  const issuer = named?.issuer.level ? { name: named.issuer.name, level: named.issuer.level, locality: named.issuer.locality, parent: named.parent?.name ?? null } : document.issuer;
  return { ...document, type: typeUnread ? type.name : document.type, typeCode: typeUnread ? (type.code ?? null) : document.typeCode, issuer };
}
