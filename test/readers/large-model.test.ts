// The larger Vietnamese model for soft photos read in grey: unpacked once from the npm package,
// asked for by the page reader only for pages handed over in grey.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { largeModelDir, largeModelSource } from '../../pipeline/ocr/large-model.js';
import { ocrPreparedPage } from '../../pipeline/ocr/page.js';
import type { PreparedPage } from '../../pipeline/ocr/preprocess.js';
import type { OcrEngine, OcrModel, SegmentMode } from '../../pipeline/ocr/types.js';
import { line } from '../helpers/ocr-words.js';
import { pageWith } from './glyph-page.js';

const root = mkdtempSync(path.join(tmpdir(), 'kehoach-large-model-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('largeModelDir', () => {
  it('finds the packed best_int model beside the package default', () => {
    const source = largeModelSource();
    expect(source).toMatch(/4\.0\.0_best_int[/\\]vie\.traineddata\.gz$/);
  });

  it('unpacks the model and the tsv config once, then reuses the folder', () => {
    const source = path.join(root, 'fake.traineddata.gz');
    writeFileSync(source, gzipSync(Buffer.from('model bytes')));
    const dir = largeModelDir(source, root)!;
    expect(readFileSync(path.join(dir, 'vie.traineddata'), 'utf8')).toBe('model bytes');
    expect(readFileSync(path.join(dir, 'configs', 'tsv'), 'utf8')).toContain('tessedit_create_tsv 1');
    const written = statSync(path.join(dir, 'vie.traineddata')).mtimeMs;
    expect(largeModelDir(source, root)).toBe(dir);
    expect(statSync(path.join(dir, 'vie.traineddata')).mtimeMs).toBe(written);
  });

  it('a new packed model gets its own folder', () => {
    const a = path.join(root, 'a.gz');
    const b = path.join(root, 'b.gz');
    writeFileSync(a, gzipSync(Buffer.from('one')));
    writeFileSync(b, gzipSync(Buffer.from('two')));
    expect(largeModelDir(a, root)).not.toBe(largeModelDir(b, root));
  });

  it.each([
    ['no model installed', null],
    ['a missing file', path.join(root, 'missing.gz')],
    ['a file that is not gzip', path.join(root, 'plain.txt')],
  ])('is null for %s', (_name, source) => {
    writeFileSync(path.join(root, 'plain.txt'), 'not gzip');
    expect(largeModelDir(source, root)).toBeNull();
  });

  it('refuses a folder another user could have planted: writable by others, or a model of the wrong size rewritten', () => {
    const source = path.join(root, 'own.gz');
    writeFileSync(source, gzipSync(Buffer.from('the real model')));
    const dir = largeModelDir(source, root)!;
    expect(statSync(dir).mode & 0o077).toBe(0);
    // A model of other bytes left there is replaced, a config of other content too.
    writeFileSync(path.join(dir, 'vie.traineddata'), 'planted');
    writeFileSync(path.join(dir, 'configs', 'tsv'), 'debug_file /tmp/x\n');
    expect(largeModelDir(source, root)).toBe(dir);
    expect(readFileSync(path.join(dir, 'vie.traineddata'), 'utf8')).toBe('the real model');
    expect(readFileSync(path.join(dir, 'configs', 'tsv'), 'utf8')).toBe('tessedit_create_tsv 1\n');
    // A folder others may write to is not used.
    chmodSync(dir, 0o777);
    expect(largeModelDir(source, root)).toBeNull();
    chmodSync(dir, 0o700);
  });

  it('the real package unpacks to a model the size of its content', () => {
    const source = largeModelSource()!;
    const dir = largeModelDir(source, root)!;
    expect(existsSync(path.join(dir, 'vie.traineddata'))).toBe(true);
    expect(statSync(path.join(dir, 'vie.traineddata')).size).toBe(gunzipSync(readFileSync(source)).length);
  });
});

describe('the page reader asks for the large model for grey pages only', () => {
  it.each([
    ['a soft photo handed over in grey', true, 'large'],
    ['a two-level page', false, 'standard'],
  ])('%s: %s', async (_name, grey, want) => {
    const asked: Array<[SegmentMode, OcrModel | undefined]> = [];
    const engine: OcrEngine = {
      name: 'native',
      async recognize(_image: Buffer, mode: SegmentMode = 'page', model?: OcrModel) {
        asked.push([mode, model]);
        return { width: 2000, height: 2800, words: line('Căn cứ Luật Tổ chức chính quyền', 200, 1500, '1.1.1') };
      },
      async close() {},
    };
    const png = await pageWith([{ x0: 10, y0: 10, x1: 20, y1: 20 }], 2000, 2800);
    const prepared = { png, width: 2000, height: 2800, grey, upscale: 1, deskew: 0, sourceWidth: 2000, sourceHeight: 2800, rules: [] } as unknown as PreparedPage;
    await ocrPreparedPage(engine, prepared, { page: 2, header: false });
    expect(asked[0]).toEqual(['page', want]);
  });
});

