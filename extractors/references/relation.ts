// The relation of a citation to the document (implements, basis, mentions), from the clause it stands in.
import type { Relation } from '../../output/schema.js';
import { foldedTypeNames } from '../shared/doctypes.js';
import { CITATION_START } from './law-names.js';

const BULLET = /^\s*(?:[-+•*–]\s*|\d+(?:\.\d+)*[.)]\s*|[a-zđ][.)]\s+|[ivx]+\.\s+)/;

/** How far back the clause that sets a citation's relation is looked for. */
const RELATION_REACH = 1500;

/** The relation of the clause a citation stands in (see the file comment). */
export function relationAt(folded: string, position: number): Relation {
  // The paragraph, within a window: a document on one line must not cost a scan per citation.
  const windowStart = Math.max(0, position - RELATION_REACH);
  const paragraphStart = windowStart + folded.slice(windowStart, position).lastIndexOf('\n') + 1;
  // The clause the citation opens is part of the test: "…; Kế hoạch số 05/…" continues a list.
  // Only up to its clause's end: "Căn cứ Quyết định số 12/QĐ-UBND; thay thế …" is still a basis.
  const after = folded.slice(position, position + 40);
  const clauseEnd = after.search(/[\n;]/);
  const prefix = folded.slice(paragraphStart, position) + (clauseEnd < 0 ? after : after.slice(0, clauseEnd));
  const clauses = prefix.split(/;|\.\s+(?=[a-zđ])(?<=\.\s+)/);
  let relation: Relation = 'mentions';
  for (const raw of clauses) {
    const clause = raw.replace(BULLET, '').replace(/^[\s(]+/, '');
    if (!clause.trim()) continue; // what follows the citation's own clause
    const implementing = /^th\S{0,2}c hien(?![a-z])/.exec(clause);
    // "Thực hiện Kế hoạch số …" implements; "Thực hiện khen thưởng theo quy định của Luật …"
    // only mentions: between the verb and the citation stand at most a few words, or other citations.
    if (implementing) relation = implementsCitation(clause.slice(implementing[0].length)) ? 'implements' : 'mentions';
    else if (/^can cu(?![a-z])/.test(clause)) relation = 'basis';
    else if (!CITATION_START.test(clause)) relation = 'mentions';
    // else: a further citation in a list continues the relation of the clause before.
  }
  return relation;
}

/** `between` runs from after "thực hiện" to the end of the clause prefix (the citation at its end). */
function implementsCitation(between: string): boolean {
  const beforeCitation = between.slice(0, Math.max(0, between.length - 40));
  if (beforeCitation.trim().split(/\s+/).filter(Boolean).length <= 3) return true;
  return NUMBERED_CITATION.test(beforeCitation);
}

// A type word with its number ("kế hoạch số 124", "chỉ thị 34-"): a citation, not the noun
// "quy định" in "theo quy định của".
const NUMBERED_CITATION = new RegExp(`(?<![a-z])(${foldedTypeNames().join('|')})\\s+(?:s[o6]\\s*:?\\s*)?\\d`);

export const STRENGTH: Record<Relation, number> = { implements: 2, basis: 1, mentions: 0 };
