import { readFileSync } from 'node:fs';
import { PDFParse } from 'pdf-parse';
const bytes = readFileSync(process.argv[2]!);
const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0 });
const doc: any = await (parser as any).load();
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  const c = await page.getTextContent();
  c.items.forEach((it: any, i: number) => { if (it.str && it.str.includes(process.argv[3]!)) console.log(n, i, JSON.stringify(c.items.slice(i - 1, i + 3).map((x: any) => [x.str, x.transform.map((v: number) => +v.toFixed(1)), +x.width.toFixed(1), x.hasEOL]))); });
}
