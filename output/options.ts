// The options the pipeline runs with, checked and typed, and their defaults. How they arrive
// (CLI flags, possibly wrong) and are checked is pipeline/options.ts (parseOptions).
import { cpus } from 'node:os';

export type OcrEngine = 'js' | 'native' | 'auto';
/** 'modern' writes hòa, thủy (tone on the main vowel); 'classic' writes hoà, thuỷ. */
export type TonePlacement = 'modern' | 'classic';
/** 'auto' restores diacritics only where they are missing; 'never' leaves text as read. */
export type RestoreMode = 'auto' | 'never';
/**
 * When a PDF page is OCR'd (OCRmyPDF's modes): 'auto' when its text layer is missing, thin or
 * poor Vietnamese; 'always' every page, its text layer ignored (--force-ocr); 'never' no page,
 * the text layer kept whatever it is (--skip-text). Images are always OCR'd.
 */
export type OcrMode = 'auto' | 'always' | 'never';
/**
 * Evening out of uneven light on a page image before OCR (a phone photo with a shadow, a lamp on
 * one side): 'auto' when the paper is measured uneven, 'always' every page (light gradients too
 * soft for the measure), 'never' (a page whose grey boxes or tints must stay as they are).
 */
export type IlluminationMode = 'auto' | 'always' | 'never';

export interface PipelineOptions {
  ocrEngine: OcrEngine;
  tones: TonePlacement;
  restore: RestoreMode;
  maxFileBytes: number;
  maxPixels: number;
  ocrWorkers: number;
  ocr: OcrMode;
  illumination: IlluminationMode;
  /** Pages read per document; later pages are left out with a diagnostic naming the limit. */
  maxPages: number;
}

/** What the read stage and the readers use (createReadStage). */
export type ReadOptions = Pick<PipelineOptions, 'ocr' | 'ocrEngine' | 'ocrWorkers' | 'maxPixels' | 'maxPages' | 'illumination'>;
/** What the normalize stage uses (createNormalizeStage). */
export type NormalizeOptions = Pick<PipelineOptions, 'restore' | 'tones'>;

export const DEFAULT_OPTIONS: PipelineOptions = {
  ocrEngine: 'auto',
  tones: 'modern',
  restore: 'auto',
  maxFileBytes: 200 * 1024 * 1024,
  maxPixels: 100_000_000,
  ocrWorkers: Math.max(1, cpus().length),
  ocr: 'auto',
  illumination: 'auto',
  maxPages: 1000,
};
