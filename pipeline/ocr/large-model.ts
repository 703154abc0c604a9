// The larger Vietnamese model for the native engine. The system's tesseract-ocr-vie is the
// "fast" model (an LSTM of 192 units); @tesseract.js-data/vie, already a dependency, ships the
// "best" one converted to integers (512 units, 4.0.0_best_int). On two-level scans the fast model
// reads as well (measured on 6 real scans: 4 worse, 2 better with the large one), but on a soft
// phone photo handed over in grey it reads markedly better: the three real photos of
// test/real/scans 9.5 → 7.0, 1.9 → 1.2 and 55.6 → 47.6% WER. It is unpacked once per machine into
// the temporary folder (1.7 MB), with the tsv config the command line needs beside it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);

/** The packed model: beside the package's default folder, in its "_best_int" sibling. */
export function largeModelSource(): string | null {
  try {
    const { langPath } = require('@tesseract.js-data/vie') as { langPath: string };
    const file = path.join(`${langPath}_best_int`, 'vie.traineddata.gz');
    return existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

/**
 * A tessdata folder holding the large model and the tsv config, unpacked from `source` under
 * `root` (a folder named by the packed file's hash, so a new model version gets its own); null when
 * the model is not installed or cannot be unpacked (the engine then reads with its own model).
 */
export function largeModelDir(source: string | null = largeModelSource(), root = tmpdir()): string | null {
  if (!source) return null;
  try {
    const packed = readFileSync(source);
    const dir = path.join(root, `kehoach-tessdata-${createHash('sha256').update(packed).digest('hex').slice(0, 16)}`);
    const model = path.join(dir, 'vie.traineddata');
    if (existsSync(model) && existsSync(path.join(dir, 'configs', 'tsv'))) return dir;
    mkdirSync(path.join(dir, 'configs'), { recursive: true });
    writeFileSync(path.join(dir, 'configs', 'tsv'), 'tessedit_create_tsv 1\n');
    // Written aside and renamed: two processes unpacking at once never leave half a model.
    const partial = `${model}.${process.pid}.part`;
    writeFileSync(partial, gunzipSync(packed));
    renameSync(partial, model);
    return dir;
  } catch {
    return null;
  }
}
