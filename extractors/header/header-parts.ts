// The parts a header is read into (HeaderParts) and how far into the text a header reaches.
import type { Span } from '../../output/schema.js';
import type { DocType } from '../shared/doctypes.js';
import type { ParsedIssuer } from '../issuer/issuer.js';
import type { Cell } from '../shared/layout.js';
import type { PlanNumber } from '../shared/number.js';

/** How far into the text a header can reach. */
export const HEADER_REACH = 4000;

/** A line (folded) that opens the body, where the header's title and issuer lines end: a basis, a purpose, an address, a numbered part. */
export const BODY_START = /^(can cu|thuc hien|de |kinh gui|[ivx]+\.\s)/;

export interface HeaderParts {
  /** `owner`: the body an older heading names after "CỦA" ("QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH"). */
  typeLine: { type: DocType; cell: Cell; titleFrom: number | null; owner?: string } | null;
  /** `illegible`: what stood in the serial's place, unreadable (a handwritten serial OCR garbled). */
  number: { value: PlanNumber; span: Span; illegible?: string } | null;
  date: { iso: string | null; partial: boolean; invalid: boolean; span: Span } | null;
  place: { value: string; span: Span } | null;
  issuer: { parsed: ParsedIssuer; parent: ParsedIssuer | null; span: Span; fromBody: boolean } | null;
  title: { value: string; span: Span } | null;
}
