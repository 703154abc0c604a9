// Mutation fuzzing of every reader and of the whole pipeline behind it (`npm run fuzz`).
// Seeds are real documents of each format, built from the bundled samples and the seed plans;
// each round takes a seed, mutates its bytes (or, for a Word file, the XML inside it), runs the
// pipeline and checks what must always hold. A failing input is minimised and kept under
// test/fuzz/crashes/, where the regression test replays it on every `npm test`.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import sharp from 'sharp';
import { DEFAULT_OPTIONS, type PipelineOptions } from '../../output/options.js';
import { processBytes, type PipelineResult } from '../../pipeline/run.js';
import { PipelineServices } from '../../output/services.js';
import { seededRandom } from '../helpers/random.js';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const CRASH_DIR = join(repoRoot, 'test/fuzz/crashes');

export type FuzzFormat = 'text' | 'html' | 'docx' | 'pdf' | 'image';
export const FUZZ_FORMATS: readonly FuzzFormat[] = ['text', 'html', 'docx', 'pdf', 'image'];

export interface Seed {
  format: FuzzFormat;
  name: string;
  bytes: Uint8Array;
}

/** Why an input failed a property, or null when every property held. */
export type Verdict = { property: 'no-crash' | 'spans-inside' | 'original-kept' | 'time' | 'memory'; detail: string } | null;

const EXTENSION: Record<FuzzFormat, string> = { text: 'txt', html: 'html', docx: 'docx', pdf: 'pdf', image: 'png' };

function sampleTexts(): Array<{ name: string; text: string }> {
  const samples = join(repoRoot, 'corpus/samples');
  const texts = readdirSync(samples)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: f, text: readFileSync(join(samples, f), 'utf8') }));
  const seeds = resolve(repoRoot, '../shared/seeds');
  try {
    for (const f of readdirSync(seeds).filter((x) => x.endsWith('.txt')).slice(0, 3)) texts.push({ name: f, text: readFileSync(join(seeds, f), 'utf8') });
  } catch {
    // The seed plans are beside a checkout, not in it: the bundled samples are enough.
  }
  return texts;
}

function sampleHtml(): Array<{ name: string; bytes: Uint8Array }> {
  const samples = join(repoRoot, 'corpus/samples');
  return readdirSync(samples)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ name: f, bytes: readFileSync(join(samples, f)) }));
}

/** The seed corpus of one format (built once per run: DOCX and PDF are made from the texts). */
export async function buildSeeds(format: FuzzFormat): Promise<Seed[]> {
  const texts = sampleTexts();
  const encoder = new TextEncoder();
  switch (format) {
    case 'text':
      return texts.map((t) => ({ format, name: t.name, bytes: encoder.encode(t.text) }));
    case 'html':
      return sampleHtml().map((h) => ({ format, ...h }));
    case 'docx': {
      const { buildDocx } = await import('../fixtures/docx.js');
      return Promise.all(texts.slice(0, 2).map(async (t) => ({ format, name: t.name, bytes: new Uint8Array(await buildDocx(t.text)) })));
    }
    case 'pdf': {
      const { buildTextPdf } = await import('../fixtures/textpdf.js');
      return Promise.all(texts.slice(0, 1).map(async (t) => ({ format, name: t.name, bytes: new Uint8Array((await buildTextPdf(t.text.slice(0, 1500))).pdf) })));
    }
    case 'image': {
      // Small pages: the readers' header checks and decoding are what is fuzzed, and OCR of a
      // small page costs little.
      const noise = Buffer.from(Array.from({ length: 96 * 64 }, (_, i) => ((i * 7919) % 251 > 125 ? 255 : 0)));
      const raw = sharp(noise, { raw: { width: 96, height: 64, channels: 1 } });
      return [
        { format, name: 'noise.png', bytes: new Uint8Array(await raw.clone().png().toBuffer()) },
        { format, name: 'noise.jpg', bytes: new Uint8Array(await raw.clone().jpeg().toBuffer()) },
        { format, name: 'noise.tif', bytes: new Uint8Array(await raw.clone().tiff().toBuffer()) },
      ];
    }
  }
}

const INTERESTING = [0x00, 0xff, 0x7f, 0x80, 0x25, 0x3c, 0x3e, 0x22, 0x0a, 0x0d, 0x09];
const INTERESTING_TEXT = ['<td colspan=999 rowspan=999>', '<div>'.repeat(50), '\u202e', '\u0000', '%PDF-1.7\n', 'Số: /KH-UBND', '|\n', 'ngày  tháng  năm ', '\uFFFD', '𝕏', '\u0301\u0301\u0301'];

/** One mutation of `bytes`: flips, overwrites, deletions, duplications, insertions, splices. */
export function mutateBytes(bytes: Uint8Array, other: Uint8Array, random: () => number): Uint8Array {
  const pick = (n: number) => Math.floor(random() * n);
  const out = Array.from(bytes);
  const rounds = 1 + pick(4);
  for (let r = 0; r < rounds; r++) {
    const at = pick(out.length + 1);
    switch (pick(7)) {
      case 0:
        if (out.length) out[at % out.length]! ^= 1 << pick(8);
        break;
      case 1:
        if (out.length) out[at % out.length] = INTERESTING[pick(INTERESTING.length)]!;
        break;
      case 2:
        out.splice(at, 1 + pick(Math.max(1, Math.floor(out.length / 8))));
        break;
      case 3: {
        const from = pick(out.length + 1);
        out.splice(at, 0, ...out.slice(from, from + 1 + pick(256)));
        break;
      }
      case 4:
        out.splice(at, 0, ...new TextEncoder().encode(INTERESTING_TEXT[pick(INTERESTING_TEXT.length)]!));
        break;
      case 5: {
        const from = pick(other.length + 1);
        out.splice(at, 0, ...other.slice(from, from + 1 + pick(512)));
        break;
      }
      default:
        out.length = Math.max(0, at);
    }
  }
  return Uint8Array.from(out);
}

/** Mutates the XML inside a Word file, so the archive still opens and the document reader is reached. */
async function mutateDocx(bytes: Uint8Array, other: Uint8Array, random: () => number): Promise<Uint8Array> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    const entry = zip.file('word/document.xml');
    if (!entry) return mutateBytes(bytes, other, random);
    const xml = new TextEncoder().encode(await entry.async('string'));
    zip.file('word/document.xml', mutateBytes(xml, xml, random));
    return await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  } catch {
    return mutateBytes(bytes, other, random);
  }
}

export async function mutate(seed: Seed, other: Seed, random: () => number): Promise<Uint8Array> {
  if (seed.format === 'docx' && random() < 0.7) return mutateDocx(seed.bytes, other.bytes, random);
  return mutateBytes(seed.bytes, other.bytes, random);
}

/** The first {start, end} span under `value` that does not lie inside a text of `length`, or null. */
export function spanOutside(value: unknown, length: number): string | null {
  const stack: unknown[] = [value];
  while (stack.length) {
    const item = stack.pop();
    if (Array.isArray(item)) stack.push(...item);
    else if (item && typeof item === 'object') {
      for (const [key, inner] of Object.entries(item)) {
        if (key === 'span' && inner && typeof inner === 'object') {
          const { start, end } = inner as { start: number; end: number };
          if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length)) {
            return `span ${start}-${end} outside text of ${length}`;
          }
        } else if (typeof inner === 'object') stack.push(inner);
      }
    }
  }
  return null;
}

/** Every span of the record lies inside text.normalized. */
function spansOutside(record: NonNullable<PipelineResult['record']>): string | null {
  return spanOutside([record.references, record.movements, record.diagnostics, record.text.changes ?? [], record.tasks], record.text.normalized.length);
}

export interface FuzzLimits {
  /** Milliseconds allowed per input: a base plus a share per kilobyte (linear in size). */
  baseMs: number;
  msPerKb: number;
  /** Resident memory above which the run stops with a 'memory' failure. */
  rssBytes: number;
}

export const DEFAULT_LIMITS: FuzzLimits = { baseMs: 20_000, msPerKb: 50, rssBytes: 3 * 1024 ** 3 };

export interface Checker {
  check(format: FuzzFormat, bytes: Uint8Array): Promise<Verdict>;
  close(): Promise<void>;
}

/** Runs the pipeline on an input and checks the properties; services are shared across inputs. */
export function createChecker(limits: FuzzLimits = DEFAULT_LIMITS, options: PipelineOptions = { ...DEFAULT_OPTIONS, ocrWorkers: 1 }): Checker {
  const services = new PipelineServices(options);
  return {
    async check(format, bytes) {
      const path = `fuzz.${EXTENSION[format]}`;
      const started = performance.now();
      let result: PipelineResult;
      try {
        result = await processBytes(path, bytes, { options, services });
      } catch (error) {
        return { property: 'no-crash', detail: `processBytes threw: ${(error as Error).stack ?? error}` };
      }
      const ms = performance.now() - started;
      const crash = result.diagnostics.find((d) => d.code === 'STAGE_FAILED' || / stage failed: /.test(d.message));
      if (crash) return { property: 'no-crash', detail: crash.message };
      if (result.record) {
        const outside = spansOutside(result.record);
        if (outside) return { property: 'spans-inside', detail: outside };
        if (format === 'text' || format === 'html') {
          const again = await processBytes(path, bytes, { options: { ...options, restore: 'never' }, services });
          if (again.record && again.record.text.original !== result.record.text.original) {
            return { property: 'original-kept', detail: 'text.original differs with and without restoration' };
          }
        }
      }
      const allowed = limits.baseMs + (bytes.length / 1024) * limits.msPerKb;
      if (ms > allowed) return { property: 'time', detail: `${Math.round(ms)} ms for ${bytes.length} bytes (allowed ${Math.round(allowed)})` };
      if (process.memoryUsage().rss > limits.rssBytes) return { property: 'memory', detail: `rss ${process.memoryUsage().rss} bytes` };
      return null;
    },
    close: () => services.close(),
  };
}

/** Smallest input (by removing chunks, halving down) that still fails the same property. */
export async function minimise(checker: Checker, format: FuzzFormat, bytes: Uint8Array, verdict: NonNullable<Verdict>, maxTries = 200): Promise<Uint8Array> {
  if (verdict.property === 'time' || verdict.property === 'memory') return bytes;
  let current = bytes;
  let tries = 0;
  for (let chunk = Math.floor(current.length / 2); chunk >= 1 && tries < maxTries; chunk = Math.floor(chunk / 2)) {
    for (let at = 0; at + chunk <= current.length && tries < maxTries; ) {
      const candidate = Uint8Array.from([...current.subarray(0, at), ...current.subarray(at + chunk)]);
      tries++;
      const v = await checker.check(format, candidate);
      if (v?.property === verdict.property) current = candidate;
      else at += chunk;
    }
  }
  return current;
}

export function saveCrash(format: FuzzFormat, bytes: Uint8Array, verdict: NonNullable<Verdict>): string {
  mkdirSync(CRASH_DIR, { recursive: true });
  const name = `${format}-${verdict.property}-${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}.${EXTENSION[format]}`;
  writeFileSync(join(CRASH_DIR, name), bytes);
  writeFileSync(join(CRASH_DIR, `${name}.why.txt`), `${verdict.property}: ${verdict.detail}\n`);
  return name;
}

export interface FuzzReport {
  format: FuzzFormat;
  inputs: number;
  failures: Array<{ verdict: NonNullable<Verdict>; saved: string | null }>;
  ms: number;
}

/**
 * Fuzzes one format for `seconds`, deterministic for a given `seed`; on a loaded machine it goes
 * on past the time until `minInputs` inputs were checked, so a short pass always checks some.
 */
export async function fuzzFormat(format: FuzzFormat, seconds: number, options: { seed?: number; save?: boolean; limits?: FuzzLimits; minInputs?: number } = {}): Promise<FuzzReport> {
  const random = seededRandom(options.seed ?? 1);
  const seeds = await buildSeeds(format);
  const checker = createChecker(options.limits);
  const started = performance.now();
  const report: FuzzReport = { format, inputs: 0, failures: [], ms: 0 };
  try {
    const minInputs = options.minInputs ?? 0;
    while (performance.now() - started < seconds * 1000 || report.inputs < minInputs) {
      const seed = seeds[Math.floor(random() * seeds.length)]!;
      const other = seeds[Math.floor(random() * seeds.length)]!;
      const input = await mutate(seed, other, random);
      report.inputs++;
      const verdict = await checker.check(format, input);
      if (!verdict) continue;
      const smallest = options.save ? await minimise(checker, format, input, verdict) : input;
      report.failures.push({ verdict, saved: options.save ? saveCrash(format, smallest, verdict) : null });
      if (verdict.property === 'memory') break;
    }
  } finally {
    await checker.close();
  }
  report.ms = performance.now() - started;
  return report;
}
