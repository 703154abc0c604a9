// Bench section "scaling": bad inputs at doubling sizes, to show time grows linearly with size.
// Through the whole pipeline, the bad inputs of issue 11: a document on one line (marked, and
// stripped so restoration runs), a pipe-cell task table, a prose task list, a page of OCR debris,
// a garbled OCR layer, its headings in columns and OCR'd citations. Then the parts' own guards
// (scaling-parts.ts): the long inputs whose output their unit tests check.
// Sizes alternate within each run (smallest to largest, then back) so that a noisy machine slows
// every size alike; each row reports the median and the ratio to the size before it (2.0 is
// linear, 4.0 quadratic), and each case its growth exponent over the whole range. A case growing
// faster than MAX_EXPONENT fails the run (non-zero exit).
// `npm run bench -- scaling [--only <part of a case's name or test file>] [--runs N]`.
import { loadModel, type SyllableLM } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';
import { processBytes } from '../../pipeline/run.js';
import { stripMarks } from '../eval/diacritics.js';
import { median, printRow, type BenchArgs } from './harness.js';
import { PART_CASES, type ScalingCase, type Shared } from './scaling-parts.js';

const HEADER = [
  'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 12/KH-UBND',
  'Quảng Ngãi, ngày 05 tháng 3 năm 2025',
  'KẾ HOẠCH',
  'Tổ chức phong trào thi đua năm 2025',
].join('\n');

const SENTENCES = [
  'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
  'Thực hiện Kế hoạch số 45/KH-UBND ngày 12/01/2025 của Ủy ban nhân dân tỉnh về công tác thi đua, khen thưởng;',
  'Các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố tổ chức triển khai thực hiện nghiêm túc.',
  'Đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp trên địa bàn tỉnh.',
];

/** A document of about `bytes` bytes whose body is one line. */
function oneLine(bytes: number): string {
  const body: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s = SENTENCES[i % SENTENCES.length]!;
    body.push(s);
    size += Buffer.byteLength(s) + 1;
  }
  return `${HEADER.replace(/\n/g, ' ')} ${body.join(' ')}`;
}

/** A web copy's pipe-cell task table: every cell on its own line, a lone "|" between cells. */
function pipeTable(rows: number): string {
  const cells = (c: string[]) => ['|', ...c.flatMap((x) => [x, '|'])].join('\n');
  const lines = [cells(['**TT**', '**Nội dung**', '**Cơ quan chủ trì**', '**Cơ quan phối hợp**', '**Thời gian thực hiện**'])];
  for (let i = 1; i <= rows; i++) lines.push(cells([String(i), `Tổ chức hoạt động số ${i}`, 'Sở Nội vụ', 'Sở Tài chính; UBND\ncấp xã', 'Quý II/2025']));
  return `${HEADER}\nIII. TỔ CHỨC THỰC HIỆN\n${lines.join('\n')}`;
}

/** A prose task list: a numbered heading with its lead, supporting units and deadline lines. */
function proseTasks(items: number): string {
  const lines: string[] = [];
  for (let i = 1; i <= items; i++) {
    lines.push(`${(i % 99) + 1}. Tổ chức hoạt động số ${i}`, '- Đơn vị chủ trì: Sở Nội vụ.', '- Đơn vị phối hợp: Sở Tài chính, Sở Y tế.', '- Thời gian thực hiện: Quý II/2025.');
  }
  return `${HEADER}\nII. NHIỆM VỤ\n${lines.join('\n')}`;
}

/** A page of OCR debris: short runs of letters, marks, digits and punctuation with no words. */
function debris(bytes: number): string {
  const alphabet = 'aăâeêioôơuưyđáàảãạ0123456789|!/\\~^*-_.,;:\'"()[]{}ÄÜöçñ';
  let state = 12345;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    let run = '';
    const length = 1 + (next() % 7);
    for (let k = 0; k < length; k++) run += alphabet[next() % alphabet.length];
    out.push(run);
    size += Buffer.byteLength(run) + 1;
    if (out.length % 12 === 0) out.push('\n');
  }
  return out.join(' ');
}

/** One line of another engine's garbled reading of a header and body. */
function garbled(bytes: number): string {
  const unit = 'Dc Ip - Tir do - Hnh phiic cüa Näng truerng cutng troag vor giah HQI s6trong thtrông séi 19/10/2023 ';
  return `${HEADER.replace(/\n/g, ' ')} ${unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)))}`;
}

/**
 * A garbled layer's upper-case headings on one line, side by side in columns (three spaces apart),
 * mixed-case misreads and words run together among them: every word is matched to its column.
 */
function garbledHeadings(bytes: number): string {
  const unit = 'CONG HOAXA HQI CHU NGHiA VIETNAM   TONG GIAM oOc   DQc lQp - Tçr do - Htnh phñc   ';
  return unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
}

/** OCR'd citations, one short stray line after each "ngày": letter-spaced figures, O and l for digits, split years. */
function ocrCitations(bytes: number): string {
  const unit = 'a 1 / b 2 O1 / 30/5/20 19 Nghị quyết số 29-NQ/TW ngày\n an\n ';
  return `${HEADER.replace(/\n/g, ' ')} ${unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)))}`;
}

/** The whole pipeline on one text input. */
const pipeline = (name: string, unit: string, sizes: number[], make: (size: number) => string): ScalingCase => ({
  name,
  test: 'the pipeline',
  unit,
  sizes,
  make: (size) => {
    const input = Buffer.from(make(size), 'utf8');
    return () => processBytes(`${name}.txt`, input);
  },
});

const PIPELINE_CASES: ScalingCase[] = [
  pipeline('document on one line, marked', 'KB', [128, 256, 512, 1024], (kb) => oneLine(kb * 1024)),
  pipeline('document on one line, marks stripped', 'KB', [64, 128, 256, 512], (kb) => stripMarks(oneLine(kb * 1024))),
  pipeline('pipe-cell task table', 'rows', [250, 500, 1000, 2000], pipeTable),
  pipeline('prose task list', 'tasks', [250, 500, 1000, 2000], proseTasks),
  pipeline('OCR debris', 'KB', [32, 64, 128, 256], (kb) => debris(kb * 1024)),
  // Another engine's garbled words (letters outside the alphabet, invalid syllables): every word
  // goes through the garbled-line repair and its edit-distance candidates.
  pipeline('garbled OCR layer on one line', 'KB', [128, 256, 512, 1024], (kb) => garbled(kb * 1024)),
  pipeline('garbled headings in columns on one line', 'KB', [128, 256, 512, 1024], (kb) => garbledHeadings(kb * 1024)),
  // The OCR repairs of cited numbers (extractors/shared/references-ocr.ts) look around every slash and figure.
  pipeline("OCR'd citations", 'KB', [128, 256, 512, 1024], (kb) => ocrCitations(kb * 1024)),
];

/**
 * Above this growth exponent a case fails: linear work measures about 1 (less where fixed costs
 * weigh on the small sizes), n·log n about 1.1, quadratic work 2. Halfway leaves room for a noisy
 * machine and still catches a part that rescans its input.
 */
export const MAX_EXPONENT = 1.5;

/** Each timed sample lasts at least this long (a fast case repeats its work): timer noise stays small beside it. */
const MIN_SAMPLE_MS = 20;

/** Slope of log(time) against log(size): the growth exponent over all the sizes, not just the two ends. */
export function growthExponent(sizes: readonly number[], ms: readonly number[]): number {
  const x = sizes.map(Math.log);
  const y = ms.map((t) => Math.log(Math.max(t, 1e-6)));
  const mx = x.reduce((a, b) => a + b, 0) / x.length;
  const my = y.reduce((a, b) => a + b, 0) / y.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < x.length; i++) {
    num += (x[i]! - mx) * (y[i]! - my);
    den += (x[i]! - mx) ** 2;
  }
  return den ? num / den : 0;
}

async function timed(work: () => unknown, reps: number): Promise<number> {
  const started = performance.now();
  for (let r = 0; r < reps; r++) await work();
  return (performance.now() - started) / reps;
}

/** Times one case; returns its failure, or null when it grows no faster than MAX_EXPONENT. */
async function measure(c: ScalingCase, runs: number, shared: Shared): Promise<string | null> {
  const works: Array<() => unknown> = [];
  for (const size of c.sizes) works.push(await c.make(size, shared));
  // Warm-up, every size once: models load and the hot loops reach the optimising compiler.
  for (const work of works) await timed(work, 1);
  // The fastest of three: a collection pause during one would leave the fast cases unrepeated.
  const smallest = Math.min(await timed(works[0]!, 1), await timed(works[0]!, 1), await timed(works[0]!, 1));
  const reps = Math.min(1000, Math.max(1, Math.ceil(MIN_SAMPLE_MS / Math.max(smallest, 0.01))));
  const times: number[][] = c.sizes.map(() => []);
  for (let run = 0; run < runs; run++) {
    // Smallest to largest, then largest to smallest: a machine that slows down mid-run slows both ends alike.
    const order = c.sizes.map((_, i) => (run % 2 ? c.sizes.length - 1 - i : i));
    for (const i of order) times[i]!.push(await timed(works[i]!, reps));
  }
  const medians = times.map(median);
  process.stdout.write(`${c.name}${reps > 1 ? ` (×${reps} per sample)` : ''} — ${c.test}\n`);
  medians.forEach((ms, i) => {
    const ratio = i ? ` (×${(ms / medians[i - 1]!).toFixed(2)} for ×${(c.sizes[i]! / c.sizes[i - 1]!).toFixed(0)} size)` : '';
    printRow(`  ${c.sizes[i]} ${c.unit}, median ms`, `${ms.toFixed(ms < 10 ? 2 : 0)}${ratio}`);
  });
  const exponent = growthExponent(c.sizes, medians);
  const over = exponent > MAX_EXPONENT;
  printRow('  growth exponent (1 linear, 2 quadratic)', `${exponent.toFixed(2)}${over ? `  SUPER-LINEAR (above ${MAX_EXPONENT})` : ''}`);
  return over ? `${c.name}: growth exponent ${exponent.toFixed(2)} > ${MAX_EXPONENT}` : null;
}

export async function bench(args: BenchArgs): Promise<string[]> {
  let lm: SyllableLM | undefined;
  let restorer: Restorer | undefined;
  const shared: Shared = {
    lm: () => (lm ??= loadModel()),
    restorer: () => (restorer ??= new Restorer(shared.lm())),
  };
  const only = args.only?.toLowerCase();
  const cases = [...PIPELINE_CASES, ...PART_CASES].filter((c) => !only || c.name.toLowerCase().includes(only) || c.test.includes(only));
  if (!cases.length) return [`no scaling case matches --only ${args.only}`];
  const failures: string[] = [];
  for (const c of cases) {
    const failure = await measure(c, args.runs, shared);
    if (failure) failures.push(failure);
  }
  return failures;
}
