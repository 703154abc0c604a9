import { processFile } from '/work/main/pipeline/run.js';
const r = await processFile(process.argv[2]!);
console.log(r.status, r.record?.document.issuer, r.record?.tasks.length);
console.log(r.record?.text.original.slice(0, 600));
console.log('---normalized?', Object.keys(r.record?.text ?? {}));
console.log(r.diagnostics.map(d=>d.code+': '+d.message).join('\n'));
