import { FileContext } from '../pipeline/context.js';
import { DEFAULT_OPTIONS } from '../pipeline/options.js';
import { PipelineServices } from '../pipeline/services.js';
import { readPdf } from '../pipeline/readers/pdf.js';
import { readPdf as readBefore } from './pdf-before.js';
import { textPdf } from '../test/fixtures/scans.js';
import { planTexts, median } from '../test/eval/ocr-set.js';
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
let built: { pdf: Buffer; truth: string[] };
if (existsSync('/tmp/pdfw/long.pdf')) built = { pdf: readFileSync('/tmp/pdfw/long.pdf'), truth: JSON.parse(readFileSync('/tmp/pdfw/long.json', 'utf8')) };
else {
  const plans = planTexts(); let long = ''; built = { pdf: Buffer.alloc(0), truth: [] };
  for (let k = 0; built.truth.length < 50; k++) { long += `${plans[k % plans.length]!.text}\n`; built = await textPdf(long); }
  writeFileSync('/tmp/pdfw/long.pdf', built.pdf); writeFileSync('/tmp/pdfw/long.json', JSON.stringify(built.truth));
}
const n = built.truth.length;
const services = new PipelineServices(DEFAULT_OPTIONS);
const run = async (reader: typeof readPdf) => { const ctx = new FileContext(DEFAULT_OPTIONS, services); const t = performance.now(); const out = await reader({ bytes: built.pdf, name: 'x.pdf' } as never, ctx); return { ms: performance.now() - t, out, codes: ctx.diagnostics.map((d) => d.code) }; };
const which = process.argv[2] ?? 'both';
for (const [name, reader] of [['before', readBefore], ['after', readPdf]] as const) {
  if (which !== 'both' && which !== name) continue;
  const first = await run(reader);
  const ms: number[] = [];
  for (let r = 0; r < 3; r++) ms.push((await run(reader)).ms);
  console.log(name, n, 'pages, first', first.ms.toFixed(0), 'ms; median', median(ms).toFixed(0), 'ms =', (n / median(ms) * 1000).toFixed(1), 'pages/s', first.codes, 'tables', first.out?.tables.length);
}
await services.close();
