// The larger Vietnamese model for the native engine. The system's tesseract-ocr-vie is the
// "fast" model (an LSTM of 192 units); @tesseract.js-data/vie, already a dependency, ships the
// "best" one converted to integers (512 units, 4.0.0_best_int). On two-level scans the fast model
// reads as well (measured on 6 real scans: 4 worse, 2 better with the large one), but on a soft
// phone photo handed over in grey it reads markedly better: the three real photos of
// test/real/scans 9.5 → 7.0, 1.9 → 1.2 and 55.6 → 47.6% WER. It is unpacked once per machine into
// the temporary folder (1.7 MB), with the tsv config the command line needs beside it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
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

const TSV_CONFIG = 'tessedit_create_tsv 1\n';

/** The folder is ours alone: made by this user, writable by no one else (the temporary folder is shared). */
function ownedPrivately(dir: string): boolean {
  const stat = statSync(dir);
  const uid = process.getuid?.();
  return stat.isDirectory() && (uid === undefined || stat.uid === uid) && (stat.mode & 0o022) === 0;
}

/**
 * A tessdata folder holding the large model and the tsv config, unpacked from `source` under
 * `root` (a folder named by the user and the packed file's hash, so a new model version gets its
 * own); null when the model is not installed, cannot be unpacked, or the folder found there is not
 * this user's alone (the engine then reads with its own model). The model is checked by its size
 * and the config by its content before they are trusted.
 */
export function largeModelDir(source: string | null = largeModelSource(), root = tmpdir()): string | null {
  if (!source) return null;
  try {
    const packed = readFileSync(source);
    const unpacked = gunzipSync(packed);
    const user = process.getuid?.() ?? 'user';
    const dir = path.join(root, `kehoach-tessdata-${user}-${createHash('sha256').update(packed).digest('hex').slice(0, 16)}`);
    mkdirSync(path.join(dir, 'configs'), { recursive: true, mode: 0o700 });
    if (!ownedPrivately(dir) || !ownedPrivately(path.join(dir, 'configs'))) return null;
    const model = path.join(dir, 'vie.traineddata');
    const config = path.join(dir, 'configs', 'tsv');
    // Written aside and renamed: two processes unpacking at once never leave half a file.
    const place = (file: string, bytes: Buffer | string) => {
      const partial = `${file}.${process.pid}.part`;
      writeFileSync(partial, bytes, { mode: 0o600 });
      renameSync(partial, file);
    };
    if (!existsSync(model) || statSync(model).size !== unpacked.length) place(model, unpacked);
    if (!existsSync(config) || readFileSync(config, 'utf8') !== TSV_CONFIG) place(config, TSV_CONFIG);
    return dir;
  } catch {
    return null;
  }
}
