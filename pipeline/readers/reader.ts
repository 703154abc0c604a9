// The shape every reader has (one per format, docling's backends): bytes in, text and tables out,
// or null after reporting through ctx why there is none.
import type { ReadOptions } from '../../output/options.js';
import type { ReadOutput, StageContext } from '../../output/stage.js';
import type { DetectedFormat } from './detect.js';

export interface ReaderInput {
  path: string;
  bytes: Uint8Array;
  detected: DetectedFormat;
  /** The read stage's own options (createReadStage): limits, OCR mode and engine. */
  options: ReadOptions;
  /** Number of this file's first page in the document (a later part of a multi-file document); 1 by default. */
  firstPage?: number;
}

/** Returns the text, or null after reporting through ctx why there is none. */
export type Reader = (input: ReaderInput, ctx: StageContext) => Promise<ReadOutput | null>;
