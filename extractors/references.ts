// TEMPORARY placeholder (replaced in issue 2 work).
import type { DocumentInfo, Reference } from '../output/schema.js';
import type { StageContext } from '../pipeline/types.js';
export function extractReferences(_text: string, _ctx: StageContext, _document: DocumentInfo): Reference[] {
  return [];
}
