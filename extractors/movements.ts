// TEMPORARY placeholder (replaced in issue 5 work).
import type { Movement } from '../output/schema.js';
import type { StageContext } from '../pipeline/types.js';
export function extractMovements(_text: string, _ctx: StageContext): Movement[] {
  return [];
}
