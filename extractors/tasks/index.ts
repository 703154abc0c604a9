// TEMPORARY placeholder (replaced in issue 5 work).
import type { DocumentInfo, Section, TaskRow } from '../../output/schema.js';
import type { StageContext, Table } from '../../pipeline/types.js';
export interface TaskContext {
  tables: readonly Table[];
  document: DocumentInfo;
  sections: Section[];
}
export function extractTasks(_text: string, _ctx: StageContext, _context: TaskContext): TaskRow[] {
  return [];
}
