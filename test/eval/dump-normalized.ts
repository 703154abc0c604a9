// Prints the normalised text a document reaches the extractors with (debugging a real file's misses).
// Usage: node --import tsx test/eval/dump-normalized.ts <file>
import { processFile } from '../../pipeline/run.js';

const file = process.argv[2];
if (!file) throw new Error('usage: dump-normalized.ts <file>');
let text = '';
await processFile(file, { after: [['dump', (doc) => ((text = doc.normalized ?? ''), doc)]] });
process.stdout.write(text);
