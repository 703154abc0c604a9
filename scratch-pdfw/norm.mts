import { processFile } from '/work/main/pipeline/run.js';
import { writeFileSync } from 'node:fs';
const r = await processFile(process.argv[2]!);
writeFileSync(process.argv[3]!, r.record!.text.normalized);
