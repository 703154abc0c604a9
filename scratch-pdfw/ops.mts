import { readFileSync } from 'node:fs';
import { PDFParse } from 'pdf-parse';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
const bytes = readFileSync(process.argv[2]!);
const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0 });
const doc: any = await (parser as any).load();
const names = Object.fromEntries(Object.entries(pdfjs.OPS).map(([k, v]) => [v, k]));
let tText = 0, tOps = 0;
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  let t = performance.now();
  await page.getTextContent();
  tText += performance.now() - t;
  t = performance.now();
  const ops = await page.getOperatorList();
  tOps += performance.now() - t;
  if (n===1) { (globalThis as any).shown = 1; console.log("page", n);
    const counts: Record<string, number> = {};
    ops.fnArray.forEach((f: number) => (counts[names[f]] = (counts[names[f]] ?? 0) + 1));
    console.log(counts);
    const i = ops.fnArray.indexOf(pdfjs.OPS.constructPath);
    if (i >= 0) console.log(JSON.stringify(ops.argsArray[i]), names[ops.argsArray[i][0]]);
  }
  page.cleanup();
}
console.log('pages', doc.numPages, 'text ms', tText.toFixed(0), 'ops ms', tOps.toFixed(0));
await parser.destroy();
