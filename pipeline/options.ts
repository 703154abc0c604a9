// Options as they arrive (CLI flags: text, possibly wrong) and as the pipeline uses them
// (checked, typed, defaults filled in). parseOptions is the only bridge between the two, and
// the one place a wrong value is reported.
import { USAGE_MESSAGES } from './cli/help.js';
import { UsageError } from '../output/errors.js';
import { DEFAULT_OPTIONS, type PipelineOptions } from '../output/options.js';

export interface RawOptions {
  ocrEngine?: string;
  tones?: string;
  restore?: string;
  maxFileMb?: string | number;
  maxPixels?: string | number;
  ocrWorkers?: string | number;
  ocr?: string;
  illumination?: string;
  maxPages?: string | number;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(USAGE_MESSAGES.oneOf(`--${name}`, allowed, value));
}

function positive(name: string, value: string | number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(USAGE_MESSAGES.positiveNumber(`--${name}`, String(value)));
  return n;
}

export function parseOptions(raw: RawOptions = {}): PipelineOptions {
  return {
    ocrEngine: oneOf('ocr-engine', raw.ocrEngine, ['js', 'native', 'auto'] as const, DEFAULT_OPTIONS.ocrEngine),
    tones: oneOf('tones', raw.tones, ['modern', 'classic'] as const, DEFAULT_OPTIONS.tones),
    restore: oneOf('restore', raw.restore, ['auto', 'never'] as const, DEFAULT_OPTIONS.restore),
    maxFileBytes: Math.round(positive('max-file-mb', raw.maxFileMb, DEFAULT_OPTIONS.maxFileBytes / 1048576) * 1048576),
    maxPixels: positive('max-pixels', raw.maxPixels, DEFAULT_OPTIONS.maxPixels),
    ocrWorkers: Math.round(positive('ocr-workers', raw.ocrWorkers, DEFAULT_OPTIONS.ocrWorkers)),
    ocr: oneOf('ocr', raw.ocr, ['auto', 'always', 'never'] as const, DEFAULT_OPTIONS.ocr),
    illumination: oneOf('illumination', raw.illumination, ['auto', 'always', 'never'] as const, DEFAULT_OPTIONS.illumination),
    maxPages: Math.max(1, Math.round(positive('max-pages', raw.maxPages, DEFAULT_OPTIONS.maxPages))),
  };
}
