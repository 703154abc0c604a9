import { processFile } from '../../pipeline/run.js';
import { headerSegments } from '../../extractors/header.js';
import { foldVietnamese } from '../../normalizers/fold.js';
let text = '';
await processFile(process.argv[2]!, { after: [['dump', (doc: any) => ((text = doc.normalized ?? ''), doc)]] });
const { segments } = headerSegments(text, foldVietnamese(text), process.argv[3] === 't');
for (const s of segments.slice(0, 25)) console.log(s.kind, JSON.stringify(s.text).slice(0, 120));
