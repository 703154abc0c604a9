// temporary profiling script (not part of the product)
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { openStore, encodeRecord } from '../../corpus/store.js';
import { buildSearchDocument, buildSearchOutline } from '../../corpus/search-document.js';
import { searchStore } from '../../corpus/search.js';
import { parseSearchQuery } from '../../corpus/query.js';
import { processFile } from '../../pipeline/run.js';
import { variant, SEARCH_QUERIES } from './corpus.js';
const N = Number(process.env.N ?? 1000);
const db = `/tmp/kb/c${N}.db`;
const fresh = !existsSync(db);
const store = openStore(db);
if (fresh) {
  const bases = [];
  for (const dir of ['/work/shared/seeds', '/work/main/corpus/samples']) for (const f of readdirSync(dir)) { const r = await processFile(resolve(dir, f)); if (r.record) bases.push(r.record); }
  const recs = Array.from({ length: N }, (_, i) => variant(bases[i % bases.length]!, i));
  let t = performance.now(); for (const r of recs.slice(0, 200)) encodeRecord(r); console.log('encode ms/doc', ((performance.now() - t) / 200).toFixed(2));
  t = performance.now(); for (const r of recs.slice(0, 200)) buildSearchDocument(r); console.log('fold ms/doc', ((performance.now() - t) / 200).toFixed(2));
  t = performance.now(); for (const r of recs.slice(0, 200)) JSON.stringify(buildSearchOutline(r)); console.log('outline ms/doc', ((performance.now() - t) / 200).toFixed(2));
  t = performance.now(); for (const r of recs) store.saveRecord(r); console.log('save docs/s', (N / (performance.now() - t) * 1000).toFixed(0));
}
const q = (sql: string, ...p: unknown[]) => { const st = store.db.prepare(sql); const times = []; let n = 0; for (let i = 0; i < 5; i++) { const t = performance.now(); n = st.all(...p).length; times.push(performance.now() - t); } times.sort((a, b) => a - b); return `${times[2]!.toFixed(1)}ms n=${n}`; };
for (const query of [...SEARCH_QUERIES, 'thi dua']) {
  const m = parseSearchQuery(query).match!;
  const t = performance.now(); searchStore(store, query); const full = performance.now() - t;
  console.log(query.padEnd(28), 'full', full.toFixed(1), '| rank', q('SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 20', m), '| rowid', q('SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT 20', m), '| count', q('SELECT rowid FROM search_index WHERE search_index MATCH ?', m));
}
store.close();
