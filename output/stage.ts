// The document as it travels through the stages: read → normalise → extract → validate.
// Each stage is `(doc, ctx) => doc` (unified's plugin shape); problems go to ctx.message().
import type {
  DocumentInfo,
  EmulationBlock,
  Format,
  Movement,
  PageInfo,
  PageWords,
  Reference,
  Section,
  Signer,
  TaskRow,
  TextChange,
} from './schema.js';
import type { Diagnostic, LogEntry } from './diagnostics.js';
import type { PipelineServices } from './services.js';

/** A table as a reader found it (DOCX, HTML, or rebuilt from OCR word boxes). */
export interface Table {
  page: number | null;
  rows: string[][];
}

/** What every reader returns, whatever the format: text with provenance. */
export interface ReadOutput {
  /** Pages separated by '\f'. Tables are also rendered in it, one row a line, cells joined by '\t'. */
  text: string;
  format: Format;
  pages: number | null;
  ocr: boolean;
  encoding?: string;
  pageInfo?: PageInfo[];
  /** The file's pages in the order `text` holds them, when that is not the file's (a scan stored last page first). */
  pageOrder?: number[];
  tables?: Table[];
  /** For a document read from several files: how many pages each part gave, in order. */
  partPages?: number[];
  /** Word boxes of OCR'd pages, their offsets into `text` (the normalise stage moves them into text.normalized). */
  wordBoxes?: PageWords[];
}

/** One file of a document made of several (page images), in page order. */
export interface DocPart {
  path: string;
  bytes: Uint8Array;
  sha256: string;
  /** The page number its name gives, when it gives one (gaps are reported). */
  page?: number;
}

export interface PlanDoc {
  path: string;
  bytes: Uint8Array;
  /** Set for a document made of several files; `bytes` is then empty and sha256 is over the parts'. */
  parts?: DocPart[];
  sha256: string;
  read?: ReadOutput;
  /** text.original: set once by the read stage, never altered afterwards. */
  original: string;
  /** text.normalized: what every span points into. */
  normalized: string;
  diacriticsRestored: boolean;
  changes: TextChange[];
  /** Word boxes of OCR'd pages, offsets into `normalized`. */
  wordBoxes?: PageWords[];
  document: DocumentInfo;
  references: Reference[];
  movements: Movement[];
  tasks: TaskRow[];
  signer: Signer;
  recipients: string[];
  sections: Section[];
  blocks?: EmulationBlock[];
  stages: Array<{ name: string; ms: number }>;
}

export interface Where {
  /** Offsets into the text the stage works on (text.normalized once it exists). */
  span?: { start: number; end: number };
  page?: number;
}

export interface StageContext {
  readonly services: PipelineServices;
  /** Record a diagnostic; its line:column (and page) are worked out from text.normalized at the end. */
  message(entry: LogEntry, where?: Where): Diagnostic;
  /** Who reports through this context: the stage ("extract"), or a part of it ("extract:header"). */
  readonly source: string;
  /** The same context, its diagnostics marked as coming from `part` of the current source. */
  within(part: string): StageContext;
  readonly diagnostics: readonly Diagnostic[];
  /** True once a fatal diagnostic was recorded: the runner stops after the current stage. */
  readonly failed: boolean;
}

export type Stage = (doc: PlanDoc, ctx: StageContext) => PlanDoc | Promise<PlanDoc>;
