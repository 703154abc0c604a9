import { readFileSync } from 'node:fs';
import { pipeTables } from './extractors/tasks/pipe-table.js';
import { headerRoles } from './extractors/tasks/columns.js';
import { linesWithOffsets } from './extractors/tasks/index.js';
const text = readFileSync(process.argv[2]!, 'utf8');
const lines = linesWithOffsets(text);
for (const t of pipeTables(lines)) for (const r of t) { const cells = r.map(c => c.text.replace(/\*\*/g,'').replace(/\s+/g,' ').trim()); const h = headerRoles(cells); if (h) console.log(JSON.stringify(cells), JSON.stringify(h)); }
for (const l of lines) if (l.text.includes('\t') && headerRoles(l.text.split('\t'))) console.log('TAB', l.text);
