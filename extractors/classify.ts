// TEMPORARY placeholder (replaced in issue 2 work): accept everything.
import type { StageContext } from '../pipeline/types.js';
export function classifyDocument(_text: string, _ctx: StageContext): boolean {
  return true;
}
