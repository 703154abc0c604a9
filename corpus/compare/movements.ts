// Movements, themes, contests… of two plans: the same `key` is the same movement; otherwise the
// closest folded names above a threshold are paired one to one.
import type { MovementPair } from '../../output/compare-schema.js';
import type { Movement } from '../../output/schema.js';
import { foldKey, greedyAssign, nameSimilarity } from './similarity.js';

export interface MovementInfo {
  name: string;
  kind: Movement['kind'];
  key: string;
}

/** Below this the names are different movements (checked on "Doanh nghiệp Thủ đô…"-style variants). */
export const MOVEMENT_SIMILARITY_THRESHOLD = 0.8;

/**
 * Short names differ by one word and are different movements ("Văn hóa công vụ" / "Văn hóa
 * công sở" score 0.90): names of four syllables or fewer must be nearly equal.
 */
const SHORT_NAME_SYLLABLES = 4;
const SHORT_NAME_THRESHOLD = 0.93;

function thresholdFor(a: string, b: string): number {
  const syllables = Math.min(a.split(' ').length, b.split(' ').length);
  return syllables <= SHORT_NAME_SYLLABLES ? SHORT_NAME_THRESHOLD : MOVEMENT_SIMILARITY_THRESHOLD;
}

/** A plan names a movement many times: keep its first mention per key. */
function distinct(movements: readonly Movement[]): MovementInfo[] {
  const seen = new Map<string, MovementInfo>();
  for (const m of movements) {
    const key = foldKey(m.key || m.name);
    if (key && !seen.has(key)) seen.set(key, { name: m.name, kind: m.kind, key: m.key || key });
  }
  return [...seen.values()];
}

export function alignMovements(aAll: readonly Movement[], bAll: readonly Movement[]) {
  const a = distinct(aAll);
  const b = distinct(bAll);
  const aKeys = a.map((m) => foldKey(m.key));
  const bKeys = b.map((m) => foldKey(m.key));
  const candidates: Array<{ i: number; j: number; score: number; method: MovementPair['method'] }> = [];
  a.forEach((_, i) =>
    b.forEach((_, j) => {
      if (aKeys[i] === bKeys[j]) candidates.push({ i, j, score: 1, method: 'key' });
      else {
        const score = nameSimilarity(aKeys[i]!, bKeys[j]!);
        if (score >= thresholdFor(aKeys[i]!, bKeys[j]!)) candidates.push({ i, j, score, method: 'fuzzy' });
      }
    }),
  );
  const pairs = greedyAssign(candidates).sort((x, y) => x.i - y.i);
  const pairedA = new Set(pairs.map((p) => p.i));
  const pairedB = new Set(pairs.map((p) => p.j));
  return {
    both: pairs.map(
      (p): MovementPair => ({ a: a[p.i]!, b: b[p.j]!, similarity: round(p.score), method: p.method }),
    ),
    onlyA: a.filter((_, i) => !pairedA.has(i)),
    onlyB: b.filter((_, j) => !pairedB.has(j)),
  };
}

export const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;
