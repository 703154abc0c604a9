// Golden records for the header part of each seed with diacritics (document, references,
// signer, recipients), reviewed by hand against the seed text. Regenerate with
// `npx tsx test/golden/update.ts`, then review the diff.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLDEN_SEEDS, extractHeaderPart, goldenPath } from './golden/header-part.js';

describe('golden header records', () => {
  it.each(GOLDEN_SEEDS)('%s', async (seed) => {
    const golden = JSON.parse(readFileSync(goldenPath(seed), 'utf8'));
    expect(await extractHeaderPart(seed)).toEqual(golden);
  });
});
