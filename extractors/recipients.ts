// TEMPORARY placeholder (replaced in issue 2 work).
import type { StageContext } from '../pipeline/types.js';
export function extractRecipients(_text: string, _ctx: StageContext): string[] {
  return [];
}
