// TEMPORARY placeholder (replaced in issue 2 work).
import type { DocumentInfo, Signer } from '../output/schema.js';
import type { StageContext } from '../pipeline/types.js';
export function extractHeader(_text: string, _ctx: StageContext, _signer: Signer): DocumentInfo {
  return {
    type: null, typeCode: null, number: null, serial: null, symbol: null,
    issuer: { name: null, level: null, locality: null, parent: null },
    place: null, date: null, title: null,
  };
}
