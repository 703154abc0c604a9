// The committed JSON Schema must be what the zod schema generates (regenerate with
// `npm run schema:write`), and every sample record must validate against it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planJsonSchema } from '../output/schema.js';

const repoRoot = resolve(import.meta.dirname, '..');

describe('output/plan.schema.json', () => {
  it('equals planJsonSchema() (run `npm run schema:write` after changing output/schema.ts)', () => {
    const committed = JSON.parse(readFileSync(resolve(repoRoot, 'output/plan.schema.json'), 'utf8'));
    expect(committed).toEqual(planJsonSchema());
  });

  it('is a draft 2020-12 schema with the contract fields required', () => {
    const schema = planJsonSchema() as { $schema: string; required: string[]; properties: Record<string, unknown> };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    for (const field of ['schemaVersion', 'id', 'source', 'text', 'document', 'references', 'movements', 'tasks', 'signer', 'recipients', 'diagnostics', 'pipeline']) {
      expect(schema.required).toContain(field);
    }
  });
});
