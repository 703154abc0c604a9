// Aligning the task tables of two plans: which task of B is the same work as a task of A.
// Content decides (tf-idf cosine over folded syllables and syllable pairs); agreeing lead units
// and deadlines break ties between similar contents. One-to-one, greedy by score.
import type { TaskInfo, TaskPair } from '../../output/compare-schema.js';
import type { TaskRow } from '../../output/schema.js';
import { deadlineAgreement, endOfPeriod } from './dates.js';
import { taskKind } from './kinds.js';
import { round } from './movements.js';
import { cosine, diceSimilarity, foldKey, greedyAssign, tfidfVectors } from './similarity.js';

/** Pairs scoring below this are different tasks. */
export const TASK_MATCH_THRESHOLD = 0.3;
/** …and the contents themselves must share this much, whatever the units and dates say. */
const MIN_CONTENT = 0.2;
const WEIGHTS = { content: 0.8, lead: 0.1, deadline: 0.1 };

export function taskInfo(task: TaskRow, ord: number): TaskInfo {
  return {
    ord,
    index: task.index,
    section: task.section,
    content: task.content,
    lead: task.lead,
    deadline: task.deadline,
    kind: taskKind(task.content),
  };
}

export function taskDue(task: TaskRow, shiftYears = 0): number | null {
  return endOfPeriod(task.deadline?.end ?? task.deadline?.start ?? null, shiftYears);
}

function leadAgreement(a: readonly string[], b: readonly string[]): number | null {
  if (a.length === 0 || b.length === 0) return null;
  let best = 0;
  for (const x of a) for (const y of b) best = Math.max(best, diceSimilarity(foldKey(x), foldKey(y)));
  return best;
}

export interface TaskAlignment {
  threshold: number;
  pairs: TaskPair[];
  onlyA: TaskInfo[];
  onlyB: TaskInfo[];
}

/** shiftYears moves A's deadlines onto B's calendar (same-level plans of different years). */
export function alignTasks(a: readonly TaskRow[], b: readonly TaskRow[], shiftYears: number): TaskAlignment {
  const vectors = tfidfVectors([...a, ...b].map((t) => t.content));
  const aVec = vectors.slice(0, a.length);
  const bVec = vectors.slice(a.length);
  const aDue = a.map((t) => taskDue(t, shiftYears));
  const bDue = b.map((t) => taskDue(t));
  const candidates: Array<{ i: number; j: number; score: number; content: number; lead: number | null; deadline: number | null }> = [];
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      const content = cosine(aVec[i]!, bVec[j]!);
      if (content < MIN_CONTENT) continue;
      const lead = leadAgreement(a[i]!.lead, b[j]!.lead);
      const deadline = deadlineAgreement(aDue[i]!, bDue[j]!);
      // A missing unit or date neither helps nor hurts: it counts as the content's own score.
      const score =
        WEIGHTS.content * content + WEIGHTS.lead * (lead ?? content) + WEIGHTS.deadline * (deadline ?? content);
      if (score >= TASK_MATCH_THRESHOLD) candidates.push({ i, j, score, content, lead, deadline });
    }
  }
  const chosen = greedyAssign(candidates).sort((x, y) => x.i - y.i);
  const pairedA = new Set(chosen.map((c) => c.i));
  const pairedB = new Set(chosen.map((c) => c.j));
  return {
    threshold: TASK_MATCH_THRESHOLD,
    pairs: chosen.map((c) => ({
      a: taskInfo(a[c.i]!, c.i),
      b: taskInfo(b[c.j]!, c.j),
      score: round(c.score),
      content: round(c.content),
      lead: c.lead === null ? null : round(c.lead),
      deadline: c.deadline === null ? null : round(c.deadline),
    })),
    onlyA: a.flatMap((t, i) => (pairedA.has(i) ? [] : [taskInfo(t, i)])),
    onlyB: b.flatMap((t, j) => (pairedB.has(j) ? [] : [taskInfo(t, j)])),
  };
}
