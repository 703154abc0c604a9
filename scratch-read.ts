import { readFile } from 'node:fs/promises';
import { FileContext } from './pipeline/context.js';
import { DEFAULT_OPTIONS } from './pipeline/options.js';
import { PipelineServices } from './pipeline/services.js';
import { emptyDoc } from './pipeline/run.js';
import { readStage } from './pipeline/stages/read.js';
const dir = 'test/fixtures/generated/';
const name = process.argv[2]!;
const src = await readFile(dir + name + '.txt', 'utf8');
for (const suf of ['.docx', '.tcvn3.docx', '.vni.txt', '.cp1258.txt', '.utf16.txt', '.utf16-nobom.txt']) {
  const bytes = await readFile(dir + name + suf);
  const ctx = new FileContext(DEFAULT_OPTIONS, new PipelineServices(DEFAULT_OPTIONS));
  const doc = await readStage(emptyDoc(name + suf, bytes), ctx);
  const t = doc.read?.text ?? '';
  console.log(suf, doc.read?.encoding, ctx.diagnostics.map((d) => d.code).join(','), 'same as source:', t === src, 'tables', doc.read?.tables?.length);
  if (suf.endsWith('docx') && process.argv[3]) console.log(t);
}
