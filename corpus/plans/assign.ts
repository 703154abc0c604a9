// Where a newly stored source belongs: the plan of the same identity; else a plan of the same
// issuer, type and year whose text is nearly the same (MERGE_SIMILARITY) and whose number does
// not differ; else a new plan. Plans whose text is similar (LINK_SIMILARITY) are linked, never
// merged. Pure: the store brings the candidates and writes the decision.
import { LINK_SIMILARITY, MERGE_SIMILARITY, type SourceFacts } from './identity.js';
import { similarity } from './signature.js';

export interface StoredSource extends Pick<SourceFacts, 'identityKey' | 'numberKey' | 'issuerKey' | 'typeCode' | 'year'> {
  docId: string;
  planId: string;
  signature: Uint32Array | null;
}

export interface Assignment {
  /** The plan to join; null: a new plan. */
  planId: string | null;
  joinedBy: 'identity' | 'text' | 'new';
  similarity: number | null;
  /** Other plans to link as near-duplicates, with their best similarity. */
  links: Array<{ planId: string; similarity: number }>;
}

/**
 * `stored`: the candidate sources (same identity, or a shared signature band) and every other
 * source of their plans, so that a plan's numbers are all known.
 */
export function assignSource(source: SourceFacts & { signature: Uint32Array | null }, stored: readonly StoredSource[]): Assignment {
  const same = stored.find((s) => s.identityKey === source.identityKey);
  let planId: string | null = same?.planId ?? null;
  let joinedBy: Assignment['joinedBy'] = same ? 'identity' : 'new';
  let joinedSimilarity: number | null = null;
  const best = new Map<string, number>();
  // A plan whose sources carry another number is never merged into, even through a source
  // without one (merging is not transitive across numbers).
  const numbered = new Set(stored.filter((s) => source.numberKey !== null && s.numberKey !== null && s.numberKey !== source.numberKey).map((s) => s.planId));
  const mergeable = (s: StoredSource) => mayMerge(source, s) && !numbered.has(s.planId);
  for (const s of stored) {
    const sim = similarity(source.signature, s.signature);
    if (sim > (best.get(s.planId) ?? 0)) best.set(s.planId, sim);
    if (planId === null && sim >= MERGE_SIMILARITY && mergeable(s) && sim > (joinedSimilarity ?? 0)) {
      joinedSimilarity = sim;
    }
  }
  if (planId === null && joinedSimilarity !== null) {
    const candidate = stored
      .filter((s) => mergeable(s) && similarity(source.signature, s.signature) === joinedSimilarity)
      .sort((a, b) => a.planId.localeCompare(b.planId))[0]!;
    planId = candidate.planId;
    joinedBy = 'text';
  }
  const links = [...best]
    .filter(([id, sim]) => id !== planId && sim >= LINK_SIMILARITY)
    .map(([id, sim]) => ({ planId: id, similarity: sim }))
    .sort((a, b) => b.similarity - a.similarity || a.planId.localeCompare(b.planId));
  return { planId, joinedBy, similarity: joinedSimilarity, links };
}

/** Same issuer, type and year, all known, and numbers that do not contradict each other. */
export function mayMerge(a: Pick<SourceFacts, 'numberKey' | 'issuerKey' | 'typeCode' | 'year'>, b: Pick<SourceFacts, 'numberKey' | 'issuerKey' | 'typeCode' | 'year'>): boolean {
  if (a.issuerKey === null || a.year === null || a.typeCode === null) return false;
  if (a.issuerKey !== b.issuerKey || a.year !== b.year || a.typeCode !== b.typeCode) return false;
  return a.numberKey === null || b.numberKey === null || a.numberKey === b.numberKey;
}
