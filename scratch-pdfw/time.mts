import { readFileSync } from 'node:fs';
import { readAs } from '../test/readers/helpers.js';
const bytes = readFileSync(process.argv[2]!);
for (let r = 0; r < 4; r++) {
  const t = performance.now();
  const { read } = await readAs('x.pdf', bytes);
  const ms = performance.now() - t;
  console.log(read!.pages, 'pages', ms.toFixed(0), 'ms', (read!.pages! / ms * 1000).toFixed(1), 'pages/s');
}
