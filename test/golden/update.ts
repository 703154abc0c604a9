// Rewrites test/golden/<seed>.header.json from the current extractors. Review every change by
// hand against the seed text before committing: the golden file is the truth, not the output.
//   npx tsx test/golden/update.ts
import { writeFileSync } from 'node:fs';
import { GOLDEN_SEEDS, extractHeaderPart, goldenPath } from './header-part.js';

for (const seed of GOLDEN_SEEDS) {
  const part = await extractHeaderPart(seed);
  writeFileSync(goldenPath(seed), `${JSON.stringify(part, null, 2)}\n`);
  process.stdout.write(`wrote ${goldenPath(seed)}\n`);
}
