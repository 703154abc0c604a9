// The JSON `kehoach compare --json` prints: a public contract like the record itself. This zod
// schema is the source of the types and of output/compare.schema.json (a test keeps them equal).
import { z } from 'zod';
import { Deadline, IssuerLevel, MovementKind } from './schema.js';

export const COMPARE_SCHEMA_VERSION = '1';

const Score = z.number().min(0).max(1);

export const PlanSide = z.enum(['a', 'b']);
export type PlanSide = z.infer<typeof PlanSide>;

export const ComparedPlan = z.object({
  id: z.string(),
  number: z.string().nullable(),
  title: z.string().nullable(),
  issuer: z.string().nullable(),
  level: IssuerLevel.nullable(),
  locality: z.string().nullable(),
  date: z.string().nullable(),
  movements: z.number().int().nonnegative(),
  tasks: z.number().int().nonnegative(),
});
export type ComparedPlan = z.infer<typeof ComparedPlan>;

export const PlanRelation = z.object({
  lower: PlanSide.nullable().describe('The plan issued at the lower level; null when same level or unknown'),
  sameLevel: z.boolean(),
  implements: PlanSide.nullable().describe('"a" when A cites B as implemented (or the reverse); null when neither'),
  yearShift: z
    .number()
    .int()
    .describe('Plan year of B minus plan year of A; same-level deadlines are compared after this shift (0 when unknown)'),
});

export const MovementSideInfo = z.object({
  name: z.string(),
  kind: MovementKind,
  key: z.string(),
});

export const MovementPair = z.object({
  a: MovementSideInfo,
  b: MovementSideInfo,
  similarity: Score.describe('1 for the same key; Jaro-Winkler/Dice on the folded keys otherwise'),
  method: z.enum(['key', 'fuzzy']),
});
export type MovementPair = z.infer<typeof MovementPair>;

export const TaskKind = z.enum([
  'commendation',
  'review',
  'guidance',
  'inspection',
  'communication',
  'initiative',
  'launch',
  'other',
]);
export type TaskKind = z.infer<typeof TaskKind>;

export const TaskInfo = z.object({
  ord: z.number().int().nonnegative().describe('Position in the record\'s tasks array'),
  index: z.string().nullable(),
  section: z.string().nullable(),
  content: z.string(),
  lead: z.array(z.string()),
  deadline: Deadline.nullable(),
  kind: TaskKind,
});
export type TaskInfo = z.infer<typeof TaskInfo>;

export const TaskPair = z.object({
  a: TaskInfo,
  b: TaskInfo,
  score: Score.describe('Weighted: content cosine, lead-unit agreement, deadline agreement'),
  content: Score.describe('tf-idf cosine of the folded contents'),
  lead: Score.nullable().describe('Best Dice similarity between the lead units; null when a side has none'),
  deadline: Score.nullable().describe('1 same month, falling with the distance; null when a side has no date'),
});
export type TaskPair = z.infer<typeof TaskPair>;

export const DeadlineConflict = z.object({
  a: z.number().int().nonnegative().describe('ord of the task in A'),
  b: z.number().int().nonnegative().describe('ord of the task in B'),
  aDue: z.string().describe('End of A\'s deadline (ISO, partial allowed)'),
  bDue: z.string(),
  later: PlanSide.describe('The side whose deadline falls later'),
  kind: z
    .enum(['lower-after-upper', 'later'])
    .describe('lower-after-upper: the lower-level plan is due after the plan it implements; later: same level'),
  shifted: z.boolean().describe('Deadlines were compared after shifting A by yearShift'),
  days: z.number().int().describe('How many days later'),
  message: z.string(),
});
export type DeadlineConflict = z.infer<typeof DeadlineConflict>;

export const CitedDocument = z.object({
  number: z.string(),
  type: z.string().nullable(),
  date: z.string().nullable(),
  issuer: z.string().nullable(),
});

export const UnitLoad = z.object({ unit: z.string(), tasks: z.number().int().positive() });

export const Responsibility = z.object({
  kind: TaskKind,
  label: z.string().describe('The kind in Vietnamese, as analysts say it'),
  a: z.array(UnitLoad),
  b: z.array(UnitLoad),
});

export const Comparison = z.object({
  schemaVersion: z.literal(COMPARE_SCHEMA_VERSION),
  a: ComparedPlan,
  b: ComparedPlan,
  relation: PlanRelation,
  movements: z.object({
    both: z.array(MovementPair),
    onlyA: z.array(MovementSideInfo),
    onlyB: z.array(MovementSideInfo),
  }),
  tasks: z.object({
    threshold: Score,
    pairs: z.array(TaskPair),
    onlyA: z.array(TaskInfo),
    onlyB: z.array(TaskInfo),
  }),
  deadlineConflicts: z.array(DeadlineConflict),
  references: z.object({
    both: z.array(CitedDocument),
    onlyA: z.array(CitedDocument),
    onlyB: z.array(CitedDocument),
  }),
  responsibilities: z.array(Responsibility),
});
export type Comparison = z.infer<typeof Comparison>;

/** JSON Schema of the comparison; committed as output/compare.schema.json. */
export function compareJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Comparison, { target: 'draft-2020-12' }),
    $id: 'urn:kehoach:schema:compare:1',
    title: 'Comparison',
  };
}
