// The header part of a record (document, references, signer, recipients) as the golden files
// hold it: every span replaced by the text it points at, so a golden file can be reviewed
// against the seed by eye and stays valid when unrelated normalisation shifts offsets.
import { resolve } from 'node:path';
import type { PlanRecord, Span } from '../../output/schema.js';
import { parseOptions } from '../../pipeline/options.js';
import { processFile } from '../../pipeline/run.js';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const GOLDEN_SEEDS = ['000_e33a46f756994b3d', '002_11193dad341833c5', '003_c48f5550e49a9653', '004_642cb17b6a89c38d'];

export function seedPath(seed: string): string {
  return resolve(repoRoot, '../shared/seeds', `${seed}.txt`);
}

export function goldenPath(seed: string): string {
  return resolve(repoRoot, 'test/golden', `${seed.slice(0, 3)}.header.json`);
}

export function headerPart(record: PlanRecord) {
  const text = record.text.normalized;
  const at = (span: Span | undefined) => (span ? text.slice(span.start, span.end) : undefined);
  const { spans, ...document } = record.document;
  const { span: signerSpan, ...signer } = record.signer;
  return {
    document: {
      ...document,
      sources: Object.fromEntries(Object.entries(spans ?? {}).map(([k, s]) => [k, at(s)])),
    },
    references: record.references.map(({ span, ...r }) => ({ ...r, source: at(span) })),
    signer: { ...signer, source: at(signerSpan) },
    recipients: record.recipients,
  };
}

export async function extractHeaderPart(seed: string) {
  // Seeds with diacritics: restoration would change nothing, and is not what is under test.
  const result = await processFile(seedPath(seed), { options: parseOptions({ restore: 'never' }) });
  if (!result.record) throw new Error(`${seed}: no record (${result.diagnostics.map(String).join('; ')})`);
  return headerPart(result.record);
}
