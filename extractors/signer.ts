// TEMPORARY placeholder (replaced in issue 2 work).
import type { Signer } from '../output/schema.js';
import type { StageContext } from '../pipeline/types.js';
export function extractSigner(_text: string, _ctx: StageContext): Signer {
  return { name: null, title: null, authority: null };
}
