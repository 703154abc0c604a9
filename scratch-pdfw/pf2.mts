import { processFile } from '/work/main/pipeline/run.js';
const r = await processFile(process.argv[2]!);
console.log(r.record?.text.normalized.slice(0, 500));
console.log(JSON.stringify(r.record?.document, null, 1).slice(0, 1500));
