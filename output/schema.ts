// The record contract: what every consumer of a record relies on. This zod schema is the single
// source of the PlanRecord type and of output/plan.schema.json; other tools depend on these names.
import { z } from 'zod';

export const SCHEMA_VERSION = '1';

export const Span = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .describe('Character offsets [start, end) into text.normalized');
export type Span = z.infer<typeof Span>;

export const Format = z.enum(['pdf', 'docx', 'image', 'text', 'html', 'doc', 'rtf']);
export type Format = z.infer<typeof Format>;

export const IssuerLevel = z.enum(['central', 'province', 'city', 'district', 'town', 'ward', 'commune']);
export type IssuerLevel = z.infer<typeof IssuerLevel>;

export const PageReason = z.enum([
  'text-layer-good',
  'text-layer-missing',
  'text-layer-thin',
  'text-layer-not-vietnamese',
  'ocr-forced',
  'ocr-disabled',
  'image',
  'blank',
  'over-page-limit',
  'ocr-failed',
]);
export type PageReason = z.infer<typeof PageReason>;

export const PageInfo = z.object({
  page: z.number().int().positive(),
  method: z.enum(['text', 'ocr']),
  confidence: z.number().min(0).max(100).nullable().describe('OCR mean word confidence, 0..100'),
  reason: PageReason.optional().describe(
    'Why the page was or was not OCR\'d: text-layer-good (its text layer was kept), text-layer-missing / -thin / -not-vietnamese (the text layer was replaced by OCR), ocr-forced (--ocr always), ocr-disabled (--ocr never: the text layer kept whatever it is), image (a page image), blank (no ink: not OCR\'d), over-page-limit (past --max-pages: not read), ocr-failed (OCR failed: the text layer, if any, was kept)',
  ),
  detail: z.string().optional().describe('The reason in words, with figures (share of Vietnamese syllables, letter height)'),
  upscale: z.number().positive().optional().describe('Factor the page image was enlarged by before OCR because its text was too small'),
  coarseScan: z
    .object({
      step: z.number().int().min(2).describe('Size of the coarse pixels, in pixels of the page image (3: a 100-dpi scan drawn at 300 dpi)'),
      lean: z.number().max(1).describe('How far the distances from one run of ink to the next leaned to whole steps: 0 as on a page at its own resolution, 1 whole steps only; taken as drawn larger above 0.4'),
    })
    .optional()
    .describe('The page image was a coarser scan drawn larger (a 100- or 150-dpi scan rendered at 300 dpi, each pixel repeated or interpolated): its staircase edges were smoothed before OCR'),
  engine: z
    .enum(['tesseract', 'tesseract.js'])
    .optional()
    .describe('The OCR engine that read the page (the tesseract program, or tesseract.js when the program is not installed): their readings differ'),
});
export type PageInfo = z.infer<typeof PageInfo>;

export const Source = z.object({
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: Format,
  pages: z.number().int().nonnegative().nullable(),
  ocr: z.boolean().describe('Any page went through OCR'),
  encoding: z.string().optional().describe('"utf-8", "utf-16le", "windows-1258", "tcvn3", "vni" …'),
  pageInfo: z.array(PageInfo).optional().describe('Per page: how its text was obtained'),
  pageOrder: z
    .array(z.number().int().positive())
    .optional()
    .describe(
      'Set when the text holds the file\'s pages in another order than the file (a scan stored last page first, PAGES_REORDERED): the file page numbers in the order of the text\'s pages, so text page k is file page pageOrder[k-1]',
    ),
  parts: z
    .array(
      z.object({
        path: z.string(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        page: z.number().int().positive().describe('The first page of the document this file holds'),
      }),
    )
    .optional()
    .describe(
      'A document made of several files (page images): the files in page order. Then sha256 (and the record id) is the sha256 of the parts\' sha256 hex digests concatenated in page order, and path is the first part\'s',
    ),
});

export const TextChange = z.object({
  span: Span.describe('Where the changed token now stands in text.normalized'),
  original: z.string().describe('The token as it was read'),
  replacement: z.string().describe('What normalisation wrote instead'),
  kind: z.enum(['diacritics', 'ocr', 'abbreviation', 'debris']),
  confidence: z.number().min(0).max(1),
});
export type TextChange = z.infer<typeof TextChange>;

export const WordBox = z
  .tuple([
    z.number().int().nonnegative(),
    z.number().int().nonnegative(),
    z.number().int(),
    z.number().int(),
    z.number().int(),
    z.number().int(),
  ])
  .describe('[start, end, x0, y0, x1, y1]: the word at [start, end) of text.normalized, its box in pixels of the image OCR read');
export type WordBox = z.infer<typeof WordBox>;

export const PageWords = z
  .object({
    page: z.number().int().positive(),
    width: z.number().int().positive().describe('Width of the image OCR read, pixels (after enlarging and straightening)'),
    height: z.number().int().positive().describe('Height of the image OCR read, pixels'),
    upscale: z.number().positive().describe('Factor the page image was enlarged by before OCR (1: not enlarged)'),
    deskew: z.number().describe('Degrees the enlarged image was turned to straighten it, about its centre (sharp rotate(-deskew); 0: not turned)'),
    imageWidth: z.number().int().positive().describe('Width of the page image as given (a PDF page: rendered at 300 dpi), pixels'),
    imageHeight: z.number().int().positive().describe('Height of the page image as given, pixels'),
    words: z.array(WordBox).describe('In text order; a word normalisation removed is left out'),
  })
  .describe('The word boxes of one OCR\'d page');
export type PageWords = z.infer<typeof PageWords>;

export const Text = z.object({
  original: z.string().describe('Text as read (after format conversion), never altered later; pages separated by \\f'),
  normalized: z.string().describe('NFC, repaired, diacritics restored when they were missing'),
  diacriticsRestored: z.boolean(),
  changes: z
    .array(TextChange)
    .optional()
    .describe('Each token that diacritic restoration or OCR repair altered, for review'),
  wordBoxes: z
    .array(PageWords)
    .optional()
    .describe('Per OCR\'d page, where each word of the text stands on the page image (corpus wordBoxesForSpan maps a span to boxes on the image as given)'),
});

export const Issuer = z.object({
  name: z.string().nullable(),
  level: IssuerLevel.nullable(),
  locality: z.string().nullable(),
  parent: z.string().nullable().describe('Governing body, e.g. "Ủy ban nhân dân quận Long Biên"'),
});
export type Issuer = z.infer<typeof Issuer>;

export const DocumentInfo = z.object({
  type: z.string().nullable().describe('"Kế hoạch", with diacritics'),
  typeCode: z.string().nullable().describe('"KH", "QĐ", "HD" … (the type abbreviation in the document number); null for công văn'),
  number: z.string().nullable().describe('Canonical "51/KH-HĐTĐKT"; null when the serial is blank'),
  serial: z.string().nullable(),
  symbol: z.string().nullable(),
  issuer: Issuer,
  place: z.string().nullable(),
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .nullable()
    .describe('ISO date, or "YYYY-MM" / "YYYY" when only part is known'),
  title: z.string().nullable(),
  spans: z
    .object({
      type: Span.optional(),
      number: Span.optional(),
      issuer: Span.optional(),
      place: Span.optional(),
      date: Span.optional(),
      title: Span.optional(),
    })
    .optional()
    .describe('Where each header value was read in text.normalized'),
});
export type DocumentInfo = z.infer<typeof DocumentInfo>;

export const Relation = z.enum(['implements', 'basis', 'mentions']);
export type Relation = z.infer<typeof Relation>;

export const Reference = z.object({
  type: z.string().nullable(),
  typeCode: z.string().nullable(),
  number: z.string().nullable(),
  date: z.string().nullable(),
  issuer: z.string().nullable(),
  title: z.string().optional().describe('The name of a document cited by name only, e.g. "Luật Thi đua, khen thưởng"'),
  relation: Relation,
  span: Span,
});
export type Reference = z.infer<typeof Reference>;

export const MovementKind = z.enum(['movement', 'theme', 'contest', 'campaign', 'anniversary']);
export type MovementKind = z.infer<typeof MovementKind>;

export const Movement = z.object({
  name: z.string(),
  kind: MovementKind,
  key: z.string().describe('Normalised form used for matching across plans'),
  span: Span,
  period: z
    .object({ start: z.string().nullable(), end: z.string().nullable() })
    .optional()
    .describe('Anniversaries: the date range in parentheses'),
});
export type Movement = z.infer<typeof Movement>;

export const Deadline = z.object({
  text: z.string(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  recurring: z.boolean(),
});
export type Deadline = z.infer<typeof Deadline>;

export const TaskRow = z.object({
  index: z.string().nullable(),
  section: z.string().nullable(),
  content: z.string(),
  lead: z.array(z.string()),
  support: z.array(z.string()),
  supervisor: z.string().nullable(),
  deadline: Deadline.nullable(),
  confidence: z.number().min(0).max(1),
  span: Span.optional(),
  parent: z.string().optional().describe('Sub-rows without a number: the index of the numbered row above'),
  sourceId: z
    .string()
    .optional()
    .describe('Records read from a store: the source this row was read from when it is an appendix filed alone (its span is in that source\'s text); absent: the record\'s own source'),
});
export type TaskRow = z.infer<typeof TaskRow>;

export const Section = z.object({
  number: z.string().nullable().describe('"II.", "1.1.", "a)" as printed'),
  heading: z.string(),
  level: z.number().int().positive(),
  span: Span,
});
export type Section = z.infer<typeof Section>;

export const EmulationBlock = z.object({
  name: z.string().describe('"Khối thi đua các phòng chuyên môn", "Cụm thi đua số VIII"'),
  leader: z.string().nullable().describe('Trưởng khối / Cụm trưởng, as written'),
  deputy: z.string().nullable().describe('Phó trưởng khối / Cụm phó, as written'),
  span: Span,
});
export type EmulationBlock = z.infer<typeof EmulationBlock>;

export const Authority = z.enum(['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.']);

export const Signer = z.object({
  name: z.string().nullable(),
  title: z.string().nullable(),
  authority: Authority.nullable(),
  span: Span.optional().describe('The signature block, from its first line to the name'),
});
export type Signer = z.infer<typeof Signer>;

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const DiagnosticRecord = z.object({
  code: z.string(),
  severity: Severity,
  message: z.string(),
  span: Span.optional(),
  page: z.number().int().positive().optional(),
  source: z.string().optional().describe('the stage or extractor that raised it ("read", "extract:tasks")'),
});
export type DiagnosticRecord = z.infer<typeof DiagnosticRecord>;

/** Which row of a list a correction was made on: where it stood, its printed index, a fingerprint of its first words. */
export const RowKey = z.object({
  position: z.number().int().nonnegative(),
  index: z.string().nullable(),
  fingerprint: z.string(),
});
export type RowKey = z.infer<typeof RowKey>;

export const CorrectionOp = z.enum(['set', 'add', 'delete']);
export type CorrectionOp = z.infer<typeof CorrectionOp>;

export const ReviewCorrection = z.object({
  id: z.string(),
  path: z.string().describe('"document.title", "tasks[].lead" (rows written []), "tasks[]" for a whole row'),
  op: CorrectionOp,
  row: RowKey.nullable(),
  machineValue: z.unknown().describe('The machine value the correction replaced'),
  value: z.unknown().describe("The reviewer's value"),
  note: z.string().nullable(),
  author: z.string(),
  createdAt: z.string(),
  status: z.enum(['applied', 'conflict', 'not-applied']),
});

export const ReviewConflict = z.object({
  correctionId: z.string(),
  path: z.string(),
  reason: z.enum(['machine-changed', 'row-missing', 'row-now-extracted']),
  machineNow: z.unknown(),
  machineThen: z.unknown(),
  value: z.unknown(),
});

export const Review = z
  .object({
    corrections: z.array(ReviewCorrection),
    provenance: z.record(z.string(), z.literal('human')).describe('Output paths whose value a person gave'),
    conflicts: z.array(ReviewConflict),
  })
  .describe("Human corrections laid over the machine record (present only where there are any)");
export type Review = z.infer<typeof Review>;

export const PlanSource = z.object({
  id: z.string().describe('The source record id (sha256 of its bytes)'),
  path: z.string(),
  format: Format,
  ocr: z.boolean(),
  primary: z.boolean(),
  whole: z.boolean().optional().describe('false: a part of the document filed alone (an appendix), whose tasks join the plan\'s'),
});

export const PlanInfo = z
  .object({
    id: z.string().describe('The plan id: stable as sources are added'),
    sources: z.array(PlanSource).describe('Every stored file of this plan; the record is the primary one'),
  })
  .describe('The plan this record is the primary source of (records read from a store)');

export const PlanRecord = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().describe('sha256 of the source file bytes'),
  source: Source,
  text: Text,
  document: DocumentInfo,
  references: z.array(Reference),
  movements: z.array(Movement),
  tasks: z.array(TaskRow),
  signer: Signer,
  recipients: z.array(z.string()),
  sections: z.array(Section).optional().describe('The outline of the body, for locating values'),
  blocks: z.array(EmulationBlock).optional().describe('Emulation blocks/clusters (khối/cụm thi đua) and their leaders'),
  diagnostics: z.array(DiagnosticRecord),
  pipeline: z.object({
    version: z.string(),
    status: z.enum(['success', 'partial_success', 'failure']),
    stages: z.array(z.object({ name: z.string(), ms: z.number() })),
  }),
  plan: PlanInfo.optional(),
  review: Review.optional(),
});
export type PlanRecord = z.infer<typeof PlanRecord>;

/** JSON Schema derived from the zod schema; committed as output/plan.schema.json. */
export function planJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(PlanRecord, { target: 'draft-2020-12' }),
    $id: 'urn:kehoach:schema:plan:1',
    title: 'PlanRecord',
  };
}
