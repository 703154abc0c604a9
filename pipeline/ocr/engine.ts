// Which OCR engine reads pages: the native tesseract program when asked for (or, with 'auto',
// when it is installed with Vietnamese), else tesseract.js. One engine per run, shared by every
// file through ctx.services, closed with them.
import type { StageContext } from '../../output/stage.js';
import { TesseractJsEngine } from './engine-js.js';
import { NativeTesseractEngine, nativeTesseractAvailable } from './engine-native.js';
import type { OcrEngine } from './types.js';
import type { ReadOptions } from '../../output/options.js';

export interface EngineChoice {
  engine: OcrEngine;
  /** Set when 'native' was asked for but is not installed. */
  fellBack: boolean;
}

export function createOcrEngine(kind: 'js' | 'native' | 'auto', workers: number): EngineChoice {
  const native = kind !== 'js' && nativeTesseractAvailable();
  return {
    engine: native ? new NativeTesseractEngine(workers) : new TesseractJsEngine(workers),
    fellBack: kind === 'native' && !native,
  };
}

/** Where the services keep the engine these options ask for. */
export function ocrServiceKey(options: Pick<ReadOptions, 'ocrEngine' | 'ocrWorkers'>): string {
  return `ocr:${options.ocrEngine}:${options.ocrWorkers}`;
}

/** The OCR engine these options ask for, shared by every document the services serve. */
export function ocrEngineFor(ctx: StageContext, options: Pick<ReadOptions, 'ocrEngine' | 'ocrWorkers'>): Promise<EngineChoice> {
  return ctx.services.get(ocrServiceKey(options), async () => {
    const choice = createOcrEngine(options.ocrEngine, options.ocrWorkers);
    // services closes what has close(): hand it the engine's.
    return { ...choice, close: () => choice.engine.close() };
  });
}

/** How a page's record names the engine that read it (`source.pageInfo[].engine`). */
export function engineLabel(engine: Pick<OcrEngine, 'name'>): 'tesseract' | 'tesseract.js' {
  return engine.name === 'native' ? 'tesseract' : 'tesseract.js';
}
