// A task's content says what is to be done: it holds words. A table rebuilt from OCR may put a
// row's number ("l" for 1, "2") or a stamp's debris ("1 1C Z“ ` í ôôÔÔ") in the content column;
// such a row carries no task.
import type { TaskRow } from '../../output/schema.js';
import { isValidSyllable } from '../../normalizers/syllables.js';

/** Whether the content holds a Vietnamese word of two letters or more. */
export function hasWordContent(task: Pick<TaskRow, 'content'>): boolean {
  for (const m of task.content.matchAll(/\p{L}{2,7}/gu)) if (isValidSyllable(m[0].toLowerCase())) return true;
  return false;
}
