// Bench section "scaling": the bad inputs of issue 11 through the whole pipeline at doubling
// sizes — a document on one line (marked, and stripped so restoration runs), a pipe-cell task
// table, a prose task list, a page of OCR debris, a garbled OCR layer, its headings in columns and OCR'd citations — to show time grows linearly with size.
// Sizes alternate within each run (smallest to largest, then again) so that a noisy machine
// slows every size alike; each row reports the median and the ratio to the size before it
// (2.0 is linear, 4.0 quadratic) and the growth exponent over the whole range.
import { processBytes } from '../../pipeline/run.js';
import { stripMarks } from '../eval/diacritics.js';
import { median, printRow, timeRuns, type BenchArgs } from './harness.js';

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

interface Shape {
  name: string;
  unit: string;
  sizes: number[];
  make: (size: number) => string;
}

const SHAPES: Shape[] = [
  { name: 'document on one line, marked', unit: 'KB', sizes: [128, 256, 512, 1024], make: (kb) => oneLine(kb * 1024) },
  { name: 'document on one line, marks stripped', unit: 'KB', sizes: [64, 128, 256, 512], make: (kb) => stripMarks(oneLine(kb * 1024)) },
  { name: 'pipe-cell task table', unit: 'rows', sizes: [250, 500, 1000, 2000], make: pipeTable },
  { name: 'prose task list', unit: 'tasks', sizes: [250, 500, 1000, 2000], make: proseTasks },
  { name: 'OCR debris', unit: 'KB', sizes: [32, 64, 128, 256], make: (kb) => debris(kb * 1024) },
  // Another engine's garbled words (letters outside the alphabet, invalid syllables): every word
  // goes through the garbled-line repair and its edit-distance candidates.
  { name: 'garbled OCR layer on one line', unit: 'KB', sizes: [128, 256, 512, 1024], make: (kb) => garbled(kb * 1024) },
  { name: 'garbled headings in columns on one line', unit: 'KB', sizes: [128, 256, 512, 1024], make: (kb) => garbledHeadings(kb * 1024) },
  // The OCR repairs of cited numbers (extractors/references-ocr.ts) look around every slash and figure.
  { name: "OCR'd citations", unit: 'KB', sizes: [128, 256, 512, 1024], make: (kb) => ocrCitations(kb * 1024) },
];

export async function bench(args: BenchArgs): Promise<void> {
  for (const shape of SHAPES) {
    const inputs = shape.sizes.map((s) => Buffer.from(shape.make(s), 'utf8'));
    // Warm-up, every size once: the language model loads and the hot loops reach the optimising compiler.
    for (const input of inputs) await processBytes('warm-up.txt', input);
    const times: number[][] = shape.sizes.map(() => []);
    await timeRuns(args.runs, async () => {
      for (let i = 0; i < inputs.length; i++) {
        const started = performance.now();
        await processBytes(`${shape.name}.txt`, inputs[i]!);
        times[i]!.push(performance.now() - started);
      }
    });
    process.stdout.write(`${shape.name}\n`);
    const medians = times.map(median);
    medians.forEach((ms, i) => {
      const ratio = i ? ` (×${(ms / medians[i - 1]!).toFixed(2)} for ×${(shape.sizes[i]! / shape.sizes[i - 1]!).toFixed(0)} size)` : '';
      printRow(`  ${shape.sizes[i]} ${shape.unit} (${(inputs[i]!.length / 1024).toFixed(0)} KiB), median ms`, `${ms.toFixed(0)}${ratio}`);
    });
    const first = medians[0]!;
    const last = medians[medians.length - 1]!;
    const exponent = Math.log(last / first) / Math.log(shape.sizes[shape.sizes.length - 1]! / shape.sizes[0]!);
    printRow('  growth exponent (1 linear, 2 quadratic)', exponent.toFixed(2));
  }
}
