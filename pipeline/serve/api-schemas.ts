// The shapes the HTTP API reads and writes, as zod schemas: the handlers check requests with
// them and openapi.ts generates the OpenAPI document from them (with the record's and the
// comparison's own schemas, output/schema.ts and output/compare-schema.ts), so the document
// cannot drift from what the server does.
import { z } from 'zod';
import { Correction } from '../../corpus/corrections/types.js';
import { Comparison } from '../../output/compare-schema.js';
import { IssuerLevel, PlanRecord, Relation, ReviewConflict } from '../../output/schema.js';
import { PROBLEM_STATUS, type ProblemCode } from './problems.js';

// ---- Errors -------------------------------------------------------------------------------

export const ApiError = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(PROBLEM_STATUS) as [ProblemCode, ...ProblemCode[]]),
      message: z.string().describe('One line for a person'),
      details: z.unknown().optional().describe('The candidates of an ambiguous reference; the refused correction of a batch'),
    }),
  })
  .describe('Every 4xx and 5xx answer');

// ---- Plans and sources ----------------------------------------------------------------------

export const SourceSummary = z.object({
  id: z.string().describe("The source's record id (sha256 of its bytes)"),
  planId: z.string(),
  path: z.string(),
  format: z.string(),
  number: z.string().nullable(),
  symbol: z.string().nullable(),
  typeCode: z.string().nullable(),
  issuerName: z.string().nullable(),
  issuerLevel: z.string().nullable(),
  issuerLocality: z.string().nullable(),
  date: z.string().nullable(),
  year: z.number().int().nullable(),
  title: z.string().nullable(),
  status: z.string(),
  taskCount: z.number().int(),
  pipelineVersion: z.string(),
  ingestedAt: z.string(),
  primary: z.boolean(),
  textLayer: z.boolean().describe('Text read from the file (true) rather than by OCR'),
  whole: z.boolean().describe('False for an appendix filed alone: its tasks join the plan\'s'),
  errorCount: z.number().int(),
  joinedBy: z.enum(['identity', 'text', 'new']),
  similarity: z.number().nullable(),
});

export const PlanSummary = SourceSummary.omit({ planId: true, primary: true, textLayer: true, whole: true, errorCount: true, joinedBy: true, similarity: true })
  .extend({
    id: z.string().describe('The plan id'),
    primaryId: z.string().describe("The primary source's id"),
    sources: z.array(SourceSummary),
    corrections: z.number().int().describe('Stored corrections of this plan'),
  })
  .describe('A plan headed by its primary source, corrections applied');

const Highlight = z.object({ start: z.number().int(), end: z.number().int() });

export const SearchMatch = z
  .object({
    sourceId: z.string().describe('The source the words were found in'),
    score: z.number(),
    chunks: z.number().int(),
    snippets: z.array(
      z.object({
        part: z.enum(['title', 'text', 'movement', 'task']),
        section: z.string().nullable(),
        text: z.string(),
        highlights: z.array(Highlight).describe('Offsets into `text`'),
        matches: z.array(Highlight).describe('Offsets into text.normalized'),
      }),
    ),
  })
  .describe('Where a search found its words in this plan');

export const FacetCount = z.object({ value: z.string(), count: z.number().int() });

export const PlanListResponse = z.object({
  query: z.string().nullable().describe('q as given; null for a listing'),
  terms: z.array(z.string()).describe('The terms searched, folded'),
  dropped: z.number().int().describe('Query terms beyond the limit, left out'),
  filters: z.object({
    level: IssuerLevel.optional(),
    year: z.number().int().optional(),
    issuer: z.string().optional(),
    type: z.string().optional(),
    movement: z.string().optional(),
  }),
  total: z.number().int().describe('Plans matching (a search counts those it ranked, at most 200)'),
  plans: z.array(PlanSummary.extend({ match: SearchMatch.optional() })),
  facets: z
    .object({ level: z.array(FacetCount), year: z.array(FacetCount), issuer: z.array(FacetCount), type: z.array(FacetCount) })
    .describe('Plans per value among the plans matching, most first'),
});

export const SourcesResponse = z.object({ planId: z.string(), sources: z.array(SourceSummary) });

export const PrimaryRequest = z
  .object({ sourceId: z.string().min(4).nullable().describe("A source of this plan (id or 4+ hex digits of it); null: back to the rule") })
  .strict();

// ---- Corrections -----------------------------------------------------------------------------

export const CorrectionInput = z
  .object({
    path: z.string().min(1).max(200).describe('"document.title", "tasks[2].lead", "tasks[#2.1].deadline", "tasks[3]" (null deletes the row), "tasks[+]"'),
    value: z.unknown().describe("The new value, as JSON of the field's type"),
    note: z.string().max(2000).nullable().optional(),
  })
  .strict();

export const CorrectionBatch = z
  .object({ corrections: z.array(CorrectionInput).min(1).max(1000).describe('Applied all or nothing, in order') })
  .strict();

export const CorrectionRequestBody = z.union([CorrectionInput, CorrectionBatch]);

export const CorrectionsResponse = z.object({ planId: z.string(), corrections: z.array(Correction) });

// ---- Links, compare, review --------------------------------------------------------------------

const PlanHeading = z.object({
  id: z.string(),
  number: z.string().nullable(),
  title: z.string().nullable(),
  issuer: z.string().nullable(),
  level: z.string().nullable(),
  date: z.string().nullable(),
});

const LinkedPlan = PlanHeading.extend({
  planId: z.string(),
  depth: z.number().int(),
  via: z.string(),
  refOrd: z.number().int(),
  relation: Relation,
  confidence: z.number(),
  method: z.enum(['exact', 'number', 'serial-blank', 'symbol']),
  pathConfidence: z.number(),
});

export const LinksResponse = z.object({
  planId: z.string(),
  document: PlanHeading.describe("The plan's primary source, under the plan's corrected heading"),
  sources: z.array(z.string()),
  upstream: z.array(LinkedPlan).describe('What the plan implements, followed to the top'),
  downstream: z.array(LinkedPlan).describe('What implements the plan'),
  unresolved: z.array(
    z.object({ ord: z.number().int(), type: z.string().nullable(), number: z.string().nullable(), date: z.string().nullable(), issuer: z.string().nullable(), relation: Relation }),
  ),
  similar: z.array(PlanHeading.extend({ similarity: z.number() })).describe('Near-duplicate plans, linked but not merged'),
});

export const ReviewResponse = z.object({
  conflicts: z.array(ReviewConflict.extend({ planId: z.string(), number: z.string().nullable() })),
  tasks: z.array(z.object({ planId: z.string(), number: z.string().nullable(), path: z.string(), index: z.string().nullable(), content: z.string(), confidence: z.number() })),
  changes: z.array(
    z.object({ planId: z.string(), number: z.string().nullable(), path: z.string(), original: z.string(), replacement: z.string(), kind: z.string(), confidence: z.number() }),
  ),
});

/** Every named schema, as the OpenAPI document's components. */
export const NAMED_SCHEMAS = {
  ApiError,
  PlanRecord,
  Comparison,
  Correction,
  CorrectionInput,
  CorrectionBatch,
  SourceSummary,
  PlanSummary,
  PlanListResponse,
  SourcesResponse,
  PrimaryRequest,
  CorrectionsResponse,
  LinksResponse,
  ReviewResponse,
} as const;
export type SchemaName = keyof typeof NAMED_SCHEMAS;
