// A document with articles whose type heading an engine garbled past reading ("QrrrEr Eprfl" for
// QUYẾT ĐỊNH) still names itself where its articles close: "Quyết định này có hiệu lực …", "…
// chịu trách nhiệm thi hành Quyết định này". Only the types that are enacted in articles are read
// so; a công văn has no articles, and a plan's "Kế hoạch này" may be a plan it passes on.
import { docTypeByName, type DocType } from '../shared/doctypes.js';

/** The first article opening its line (its stop may be lost): a document enacted in articles has one. */
const FIRST_ARTICLE = /(?:^|\n)[ \t]*dieu 1(?!\d)/;
/** The document naming itself ("Quyết định này"), in the folded text. */
const SELF = /(?<![a-z])(quyet dinh|nghi quyet|thong tu|nghi dinh|chi thi) nay(?![a-z])/g;

/** The type the folded text names itself by, most often and with articles; null when none, or two as often. */
export function selfNamedType(folded: string): DocType | null {
  if (!FIRST_ARTICLE.test(folded)) return null;
  const counts = new Map<string, number>();
  for (const m of folded.matchAll(SELF)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || (ranked[1] && ranked[1][1] === ranked[0]![1])) return null;
  return docTypeByName(ranked[0]![0]);
}
