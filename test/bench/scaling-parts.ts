// The linear-time guards of single parts (a normaliser, a reader, an extractor) on the long bad
// inputs their unit tests read: the unit tests check what comes out, these check how the time
// grows with the input. Each largest size is the one the unit test once timed; the sizes halve
// from it. A part that cost its input squared (a rescan per line, a look-back per space) grows
// 4× per doubling here.
import { annexCaption } from '../../extractors/header/annex-caption.js';
import { docTypeByName } from '../../extractors/shared/doctypes.js';
import { extractHeader } from '../../extractors/header/header.js';
import { signatureBoxEnd } from '../../extractors/header/header-zone.js';
import { repairedUnitCells, standardUnitNames } from '../../extractors/ocr-repairs/ocr-unit-names.js';
import { extractSections } from '../../extractors/body/sections.js';
import { cellLineTableRows } from '../../extractors/tasks/cell-lines.js';
import { extractTasks, linesWithOffsets } from '../../extractors/tasks/index.js';
import { layoutTableRows } from '../../extractors/tasks/layout-table.js';
import { withoutMirroredRows } from '../../extractors/tasks/mirrored-rows.js';
import { splitUnits } from '../../extractors/tasks/units.js';
import { UNK, type SyllableLM } from '../../normalizers/diacritics/lm.js';
import { correctOcrMarks } from '../../normalizers/diacritics/ocr-marks.js';
import type { Restorer } from '../../normalizers/diacritics/restorer.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { removeGazetteRunningHeaders } from '../../normalizers/gazette-furniture.js';
import { layoutTableLines } from '../../normalizers/layout-tables.js';
import { breakRunOnLines } from '../../normalizers/run-on-lines.js';
import { joinLetterSpacedWords } from '../../normalizers/letter-spacing.js';
import { mapRanges } from '../../normalizers/offsets.js';
import type { DocumentInfo, Signer, TaskRow } from '../../output/schema.js';
import { rtfText } from '../../pipeline/readers/rtf.js';
import { processBytes } from '../../pipeline/run.js';
import { testContext } from '../extractors/context.js';
import { emptyPdf } from '../fixtures/empty-pdf.js';

/** What the cases share, loaded once when a case first asks for it. */
export interface Shared {
  lm(): SyllableLM;
  restorer(): Restorer;
}

/** One input shape at growing sizes: `make` builds the input (untimed) and returns the timed work. */
export interface ScalingCase {
  name: string;
  /** The unit test that checks what this input reads as. */
  test: string;
  unit: string;
  sizes: number[];
  make: (size: number, shared: Shared) => (() => unknown) | Promise<() => unknown>;
}

const halving = (largest: number): number[] => [largest / 8, largest / 4, largest / 2, largest].map(Math.round);

const words = (text: string): Array<[number, number]> => [...text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length]);

const TASK_DOC = { date: '2026-01-15', title: null } as DocumentInfo;
const PLAN_DOC = { date: '2025-01-20', title: null, type: 'Kế hoạch', typeCode: 'KH' } as DocumentInfo;
const NO_SIGNER: Signer = { name: null, title: null, authority: null };
const RTF_HEAD = String.raw`{\rtf1\ansi\ansicpg1258\deff0{\fonttbl{\f0\froman\fcharset0 Times New Roman;}}`;


export const PART_CASES: ScalingCase[] = [
  {
    // Every break rule of a web copy run onto one line at once: cell pipes, bold headings, prose
    // task labels, a lettered item and a duty after a heading, in a header with a site's title before it.
    name: "a web copy's plan on one line (breakRunOnLines)",
    test: 'test/normalizers/run-on-lines.test.ts',
    unit: 'KB',
    sizes: halving(1024),
    make: (kb) => {
      const header = 'Quyết định 12/KH-UBND ỦY BAN NHÂN DÂN  TỈNH NAM ĐỊNH  SỞ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 12/KH-UBND Nam Định, ngày 5 tháng 3 năm 2025 KẾ HOẠCH Tổ chức hội nghị Căn cứ Luật Tổ chức chính quyền địa phương; ';
      const unit = '**1. Sở Nội vụ** - Chủ trì tổ chức hội nghị. - Đơn vị chủ trì: Sở Nội vụ - Thời gian thực hiện: Quý II/2025 2. Mục đích a) Quán triệt nghiêm túc. 3. Bộ Quốc phòng - Chủ trì, phối hợp rà soát. | 1 | Tổ chức hội nghị | Sở Nội vụ | | ' +
        // A markdown table, starred items, a part's heading, a body's duty, a Roman heading and an attached plan's note.
        '| TT | Nhiệm vụ | | --- | --- | | 1 | Hội nghị | | 2 | Tuyên truyền | sau: *   Quán triệt. 1. Yêu cầu - Bảo đảm tiến độ. 6. Bộ Xây dựng Chủ trì chỉ đạo. # neo III. TỔ CHỨC THỰC HIỆN Trần Văn A KẾ HOẠCH TỔ CHỨC HỘI NGHỊ (Kèm theo Quyết định số 1/QĐ-UBND) ';
      const line = header + unit.repeat(Math.ceil((kb * 1024) / Buffer.byteLength(unit)));
      return () => breakRunOnLines(line);
    },
  },
  {
    // A run-on document's header, then one long run of capitals and one of stars (an OCR dump's
    // debris, a markdown rule): the look-behinds of the item rules are bounded, not walked back over the run.
    name: 'a run-on header then runs of capitals and stars (breakRunOnLines)',
    test: 'test/normalizers/run-on-lines.test.ts',
    unit: 'KB',
    sizes: halving(256),
    make: (kb) => {
      const header = 'ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 12/KH-UBND Nam Định, ngày 5 tháng 3 năm 2025 KẾ HOẠCH ';
      const half = Math.ceil((kb * 1024) / 2);
      const line = `${header}${'A'.repeat(half)} 1. Việc ${'*'.repeat(half)} 2. Việc`;
      return () => breakRunOnLines(line);
    },
  },
  {
    name: 'letter-spaced capitals on one line (joinLetterSpacedWords)',
    test: 'test/normalizers/letter-spacing.test.ts',
    unit: 'letter pairs',
    sizes: halving(50_000),
    make: (n) => {
      const line = 'A B '.repeat(n) + 'C H Ủ T Ị C H';
      return () => joinLetterSpacedWords(line);
    },
  },
  {
    name: 'one spaced run weighed by the model (joinLetterSpacedWords)',
    test: 'test/normalizers/letter-spacing.test.ts',
    unit: 'letters',
    sizes: halving(200_000),
    make: (n, shared) => {
      const lm = shared.lm();
      const weight = (s: string) => {
        const id = lm.id(s);
        return id === UNK ? -20 : lm.frequency[id]!;
      };
      const run = Array.from({ length: n }, (_, i) => 'CHỦTỊ'[i % 5]).join(' ');
      return () => joinLetterSpacedWords(run, weight);
    },
  },
  {
    name: 'offsets through rewritten words (mapRanges)',
    test: 'test/normalizers/offsets.test.ts',
    unit: 'phrases',
    sizes: halving(60_000),
    make: (n) => {
      const from = 'thtrông xuyen cüa '.repeat(n);
      const to = 'thường xuyên của '.repeat(n);
      const ranges = words(from);
      return () => mapRanges(from, to, ranges);
    },
  },
  {
    name: 'offsets when no word agrees (mapRanges)',
    test: 'test/normalizers/offsets.test.ts',
    unit: 'words',
    sizes: halving(100_000),
    make: (n) => {
      const from = Array.from({ length: n }, (_, i) => `x${i}`).join(' ');
      const to = Array.from({ length: n }, (_, i) => `y${i}`).join(' ');
      const ranges = words(from);
      return () => mapRanges(from, to, ranges);
    },
  },
  {
    name: 'a line of misread marks (correctOcrMarks)',
    test: 'test/normalizers/ocr-marks.test.ts',
    unit: 'phrases',
    sizes: halving(8_000),
    make: (n, shared) => {
      const lm = shared.lm();
      const text = 'Luật Tô chức chính quyên địa phương; '.repeat(n);
      return () => correctOcrMarks(lm, text);
    },
  },
  {
    name: 'gazette running headers and prose (removeGazetteRunningHeaders)',
    test: 'test/normalizers/gazette-furniture.test.ts',
    unit: 'pages',
    sizes: halving(4_000),
    make: (n) => {
      const text = (`CÔNG BÁO/Số 1/Ngày 01-01-2026\t1\n${'câu văn bình thường. '.repeat(50)}\n`).repeat(n);
      return () => removeGazetteRunningHeaders(text);
    },
  },
  {
    name: 'an RTF of paragraphs (rtfText)',
    test: 'test/readers/rtf.test.ts',
    unit: 'paragraphs',
    sizes: halving(20_000),
    make: (n) => {
      const source = `${RTF_HEAD}${String.raw`\f0 Nội dung c\u7911?a k\u7871? ho\u7841?ch\par `.repeat(n)}}`;
      return () => rtfText(source);
    },
  },
  {
    name: 'blank PDF pages through the pipeline (processBytes)',
    test: 'test/readers/pages.test.ts',
    unit: 'pages',
    sizes: halving(300),
    make: async (n) => {
      const pdf = await emptyPdf(n);
      return () => processBytes('blank.pdf', pdf);
    },
  },
  {
    name: 'spaced pieces on one line (layoutTableLines, layoutTableRows)',
    test: 'test/extractors/tasks/tasks-layout.test.ts',
    unit: 'pieces',
    sizes: halving(50_000),
    make: (n) => {
      const line = 'Nhiệm vụ  chủ trì  '.repeat(n);
      return () => {
        layoutTableLines([line]);
        layoutTableRows(linesWithOffsets(line));
      };
    },
  },
  {
    name: 'a comma list of bodies (splitUnits)',
    test: 'test/extractors/tasks/tasks-crawl-shapes.test.ts',
    unit: 'names',
    sizes: halving(100_000),
    make: (n) => {
      const cell = `Các Cục: ${'Quản lý, '.repeat(n)}`;
      return () => splitUnits(cell);
    },
  },
  {
    name: 'kind lists one after another (splitUnits)',
    test: 'test/extractors/tasks/tasks-crawl-shapes.test.ts',
    unit: 'lists',
    sizes: halving(50_000),
    make: (n) => {
      const cell = 'các Sở: Tư pháp; '.repeat(n);
      return () => splitUnits(cell);
    },
  },
  {
    name: 'an unclosed bracket of clauses (splitUnits)',
    test: 'test/extractors/tasks/tasks-crawl-shapes.test.ts',
    unit: 'clauses',
    sizes: halving(80_000),
    make: (n) => {
      const cell = `Sở Nội vụ (${' là phối hợp '.repeat(n)}`;
      return () => splitUnits(cell);
    },
  },
  {
    name: 'cut pipe rows on one line (extractTasks)',
    test: 'test/extractors/tasks/tasks-crawl-shapes.test.ts',
    unit: 'rows',
    sizes: halving(6_000),
    make: (n) => {
      const rows = Array.from({ length: n }, (_, i) => `| ${i + 1} | Nhiệm vụ số ${i + 1} | Sở Nội vụ | Quý I/2026`).join(' ');
      const text = `| TT | Nội dung | Đơn vị chủ trì | Thời gian | |\n|\n${rows}`;
      return () => extractTasks(text, testContext(), { tables: [], document: TASK_DOC, sections: extractSections(text) });
    },
  },
  {
    name: 'rows by months run into one tab line (extractTasks)',
    test: 'test/extractors/tasks/tasks-unit-headings.test.ts',
    unit: 'rows',
    sizes: halving(30_000),
    make: (n) => {
      const line = Array.from({ length: n }, (_, i) => `${(i % 12) + 1}/2017\tViệc số ${i}\tVăn phòng`).join('\t');
      const text = `Thời gian\tNội dung\tĐơn vị thực hiện\n${line}`;
      return () => extractTasks(text, testContext(), { tables: [], document: PLAN_DOC, sections: extractSections(text), typed: true });
    },
  },
  {
    name: 'a duty under its unit with partners and no stop (extractTasks)',
    test: 'test/extractors/tasks/tasks-unit-headings.test.ts',
    unit: 'partners',
    sizes: halving(8_000),
    make: (n) => {
      const duty = `- Chủ trì tổ chức hội nghị, ${'phối hợp với Phòng Tư pháp, '.repeat(n)}`;
      const text = ['III. TỔ CHỨC THỰC HIỆN', '1. Phòng Văn hóa – Thông tin:', duty, '2. Phòng Nội vụ:', '- Thực hiện tuyên truyền.'].join('\n');
      return () => extractTasks(text, testContext(), { tables: [], document: PLAN_DOC, sections: extractSections(text), typed: true });
    },
  },
  {
    name: 'tiny box-like blocks (signatureBoxEnd)',
    test: 'test/extractors/signature-box.test.ts',
    unit: 'blocks',
    sizes: halving(100_000),
    make: (n) => {
      const folded = foldVietnamese('Email: a@b.vn\n\n'.repeat(n));
      return () => signatureBoxEnd(folded, folded.length);
    },
  },
  {
    name: 'tasks assigned in sentences (extractTasks)',
    test: 'test/extractors/tasks/tasks-assignments.test.ts',
    unit: 'items',
    sizes: halving(2_000),
    make: (n) => {
      const items = Array.from({ length: n }, (_, i) => `${(i % 99) + 1}. Giao Phòng Nội vụ chủ trì, phối hợp với ${'Phòng Tư pháp, '.repeat(20)}tổ chức hội nghị, hoàn thành trước ngày 15/3/2025.`);
      const text = ['II. NHIỆM VỤ', ...items].join('\n');
      return () => extractTasks(text, testContext(), { tables: [], document: PLAN_DOC, sections: [], typed: true });
    },
  },
  {
    name: 'spaces after a bracket (annexCaption)',
    test: 'test/extractors/review-fixes.test.ts',
    unit: 'spaces',
    sizes: halving(200_000),
    make: (n) => {
      const text = `Nội dung (${' '.repeat(n)})\n`;
      const folded = foldVietnamese(text);
      const plan = docTypeByName('Kế hoạch')!;
      return () => annexCaption(text, folded, plan);
    },
  },
  {
    name: 'a table of a cell per line (cellLineTableRows)',
    test: 'test/extractors/tasks/tasks-cell-lines.test.ts',
    unit: 'rows',
    sizes: halving(3_000),
    make: (n) => {
      const lines = ['TT', 'Nội dung', 'Chủ trì', 'Thời gian'];
      for (let i = 1; i <= n; i++) lines.push(String(i), `Nhiệm vụ số ${i}`, 'Sở Nội vụ', 'Quý I/2024');
      const source = linesWithOffsets(lines.join('\n'));
      return () => cellLineTableRows(source);
    },
  },
  {
    name: 'hyphen-joined syllables on one line (Restorer)',
    test: 'test/diacritics/small-letter-symbols.test.ts',
    unit: 'syllables',
    sizes: halving(20_000),
    make: (n, shared) => {
      const restorer = shared.restorer();
      const text = `cong tac thi dua khen thuong nam nay\n${'ba-'.repeat(n)}ba\n`;
      return () => restorer.restore(text);
    },
  },
  ...[' ', ' ,', '. '].map(
    (run): ScalingCase => ({
      name: `a run of ${JSON.stringify(run)} after a small-letter header (extractHeader)`,
      test: 'test/extractors/header/header-small-letter-dump.test.ts',
      unit: 'characters',
      sizes: halving(200_000),
      make: (n) => {
        const text = `bộ giáo dục và đào tạo cộng hòa xã hội chủ nghĩa việt nam\nsố : 12/qđ-bgdđt hà nội , ngày 3 tháng 4 năm 2025\nvề việc ban hành quy chế\nnội dung a${run.repeat(Math.round(n / run.length))}b\n`;
        const folded = foldVietnamese(text);
        return () => extractHeader(text, testContext(), NO_SIGNER, [], true, folded, true);
      },
    }),
  ),
  {
    name: 'a cell of debris (repairedUnitCells)',
    test: 'test/extractors/ocr-repairs/ocr-unit-names.test.ts',
    unit: 'pieces',
    sizes: halving(2_000),
    make: (n) => {
      const standards = standardUnitNames(['Đà Nẵng']);
      const cell = Array.from({ length: n }, (_, i) => `x${i} y`).join(', ');
      return () => repairedUnitCells([cell], standards);
    },
  },
  {
    name: 'body items beside as many table rows, in common words (withoutMirroredRows)',
    test: 'test/extractors/tasks/tasks-blank-content-header.test.ts',
    unit: 'rows',
    sizes: halving(4_000),
    make: (n) => {
      const row = (i: number, verb: string): TaskRow => ({ content: `${verb} các nội dung về thực hiện kế hoạch năm ${i} của đơn vị số ${i * 7}` }) as TaskRow;
      const rows = Array.from({ length: n }, (_, i) => row(i, 'Tổ chức'));
      const items = Array.from({ length: n }, (_, i) => row(i + n, 'Xây dựng'));
      return () => withoutMirroredRows(items, rows);
    },
  },
];
