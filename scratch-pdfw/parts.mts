import { readFileSync } from 'node:fs';
import { PDFParse } from 'pdf-parse';
import { itemWords } from '../pipeline/readers/pdf.js';
import { graphicsOf } from '../pipeline/readers/pdf-graphics.js';
import { layoutPage } from '../pipeline/ocr/layout.js';
const bytes = readFileSync(process.argv[2]!);
for (let r = 0; r < 4; r++) {
  const t0 = performance.now();
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0 });
  const doc: any = await (parser as any).load();
  const T = { load: performance.now() - t0, text: 0, words: 0, ops: 0, layout: 0 };
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    let t = performance.now();
    const vp = page.getViewport({ scale: 1 });
    const c = await page.getTextContent();
    T.text += performance.now() - t; t = performance.now();
    const words = itemWords(c.items.filter((i: any) => 'str' in i), vp.transform);
    T.words += performance.now() - t; t = performance.now();
    const g = graphicsOf(await page.getOperatorList(), vp);
    T.ops += performance.now() - t; t = performance.now();
    layoutPage({ width: vp.width, height: vp.height, words }, g.rules, { header: n === 1, ruleTolerance: 4 });
    T.layout += performance.now() - t;
    page.cleanup();
  }
  await parser.destroy();
  console.log(Object.fromEntries(Object.entries(T).map(([k, v]) => [k, Math.round(v)])), 'total', Math.round(performance.now() - t0));
}
