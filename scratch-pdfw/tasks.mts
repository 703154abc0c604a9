import { processFile } from '/work/main/pipeline/run.js';
for (const f of process.argv.slice(2)) {
  const r = await processFile(f);
  console.log('==', f, r.record?.tasks.length);
  for (const t of r.record?.tasks ?? []) console.log(JSON.stringify([t.index, t.section, (t as any).content?.slice?.(0,50) ?? JSON.stringify(t).slice(0,120)]));
}
