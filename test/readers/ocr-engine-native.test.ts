// The native engine's choice and readings depend on the image and what is installed, never on the
// machine's load: a slow or failed start is asked again, not taken for "not installed" or "nothing read".
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readEnlarged } from '../../pipeline/ocr/enlarged-read.js';
import { listsVietnamese, NativeTesseractEngine, TRANSIENT_RETRIES, type ProbeResult, type runTesseractCli } from '../../pipeline/ocr/engine-native.js';
import type { OcrEngine } from '../../pipeline/ocr/types.js';

const failure = (code: string): ProbeResult => ({ status: null, error: Object.assign(new Error(code), { code }) });
const listed = (langs: string): ProbeResult => ({ status: 0, stdout: `List of available languages in "/x" (2):\n${langs}\n` });

/** A probe answering `answers` in turn (the last one again), counting its calls. */
function probeOf(answers: ProbeResult[]) {
  let calls = 0;
  return { probe: () => answers[Math.min(calls++, answers.length - 1)]!, calls: () => calls };
}

describe('listsVietnamese', () => {
  it.each([
    ['installed with vie', [listed('eng\nvie')], true, 1],
    ['installed without vie', [listed('eng\nosd')], false, 1],
    ['not on PATH', [failure('ENOENT')], false, 1],
    ['the program fails', [{ status: 1, stderr: 'error' }], false, 1],
    // A run cut short (load, a paused machine) is asked again: the answer decides, not the time.
    ['timed out, then answered', [failure('ETIMEDOUT'), listed('vie')], true, 2],
    ['could not start for resources, then answered', [failure('EAGAIN'), failure('ENOMEM'), listed('vie')], true, 3],
    ['killed by a signal, then answered', [{ status: null }, listed('vie')], true, 2],
    ['never answers', [failure('EAGAIN')], false, 3],
  ])('%s', (_name, answers, expected, probes) => {
    const p = probeOf(answers);
    expect(listsVietnamese(p.probe)).toBe(expected);
    expect(p.calls()).toBe(probes);
  });
});

const TSV = [
  'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
  '1\t1\t0\t0\t0\t0\t0\t0\t200\t50\t-1\t',
  '4\t1\t1\t1\t1\t0\t10\t10\t100\t20\t-1\t',
  '5\t1\t1\t1\t1\t1\t10\t10\t40\t20\t95\tSố',
  '5\t1\t1\t1\t1\t2\t60\t10\t50\t20\t90\t12/KH',
].join('\n');

/** A runner failing with `failures` in turn, then reading TSV; counts its runs. */
function runnerOf(failures: Array<Error & { transient?: boolean }>) {
  let runs = 0;
  const run: typeof runTesseractCli = async () => {
    const failure = failures[runs++];
    if (failure) throw failure;
    return TSV;
  };
  return { run, runs: () => runs };
}

const transient = () => Object.assign(new Error('spawn EAGAIN'), { transient: true });
const ownError = () => Object.assign(new Error('tesseract exited with 1: bad image'), { transient: false });

describe('NativeTesseractEngine failures', () => {
  it('reads the image again after a process that could not start or was killed', async () => {
    const r = runnerOf([transient(), transient()]);
    const page = await new NativeTesseractEngine(1, r.run).recognize(Buffer.from('png'), 'word');
    expect(page.words.map((w) => w.text)).toEqual(['Số', '12/KH']);
    expect(r.runs()).toBe(3);
  });

  it('reports a failure that persists instead of reading nothing', async () => {
    const r = runnerOf(Array.from({ length: TRANSIENT_RETRIES + 1 }, transient));
    await expect(new NativeTesseractEngine(1, r.run).recognize(Buffer.from('png'))).rejects.toThrow(/EAGAIN/);
    expect(r.runs()).toBe(TRANSIENT_RETRIES + 1);
  });

  it("does not run again an image tesseract itself rejects", async () => {
    const r = runnerOf([ownError()]);
    await expect(new NativeTesseractEngine(1, r.run).recognize(Buffer.from('png'))).rejects.toThrow(/bad image/);
    expect(r.runs()).toBe(1);
  });
});

describe('crop readers and engine failures', () => {
  const failingEngine = (error: Error): OcrEngine => ({ name: 'native', recognize: async () => Promise.reject(error), close: async () => {} });
  const page = () => sharp({ create: { width: 60, height: 40, channels: 3, background: '#ffffff' } }).png().toBuffer();
  const region = { left: 10, top: 10, width: 30, height: 20 };

  it('take a crop the engine rejects for no reading', async () => {
    expect(await readEnlarged(failingEngine(ownError()), await page(), region, 2, 4)).toBeNull();
  });

  it('pass on an engine that could not run, rather than read nothing quietly', async () => {
    await expect(readEnlarged(failingEngine(transient()), await page(), region, 2, 4)).rejects.toThrow(/EAGAIN/);
  });
});
