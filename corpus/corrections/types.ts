// A correction: a reviewer's value laid over one field of a plan's machine record. The machine
// record is never edited; corrections are kept apart and applied when a record is read.
import { z } from 'zod';
import { ReviewConflict, ReviewCorrection } from '../../output/schema.js';

export { RowKey, CorrectionOp } from '../../output/schema.js';

export const Correction = ReviewCorrection.omit({ status: true }).extend({ planId: z.string() });
export type Correction = z.infer<typeof Correction>;

export type Conflict = z.infer<typeof ReviewConflict>;
export type ConflictReason = Conflict['reason'];

/** Thrown for a correction that cannot be made; the message is one line for the user. */
export class CorrectionError extends Error {
  override name = 'CorrectionError';
}
