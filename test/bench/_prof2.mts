import { openStore } from '../../corpus/store.js';
import { searchStore } from '../../corpus/search.js';
import { parseSearchQuery } from '../../corpus/query.js';
const store = openStore('/tmp/kb/c1000.db');
const q = (sql: string, ...p: unknown[]) => { const st = store.db.prepare(sql); const times = []; let n = 0; for (let i = 0; i < 5; i++) { const t = performance.now(); n = st.all(...p).length; times.push(performance.now() - t); } times.sort((a, b) => a - b); return `${times[2]!.toFixed(1)}ms n=${n}`; };
for (const query of ['an toan thuc pham', 'khen thưởng', 'tổng kết công tác thi đua', 'thi dua', 'Long Bien']) {
  const p = parseSearchQuery(query);
  const and = p.terms.map((t) => `"${t.words.join(' ')}"`).join(' AND ');
  const times = []; for (let i = 0; i < 5; i++) { const t = performance.now(); searchStore(store, query); times.push(performance.now() - t); } times.sort((a,b)=>a-b);
  console.log(query.padEnd(28), 'full', times[2]!.toFixed(1), '| rank', q('SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 20', p.match), '| rankAND', q('SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 20', and), '| head', q('SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 20', `{title movements}: (${and})`), '| headcount', q('SELECT rowid FROM search_index WHERE search_index MATCH ?', `{title movements}: (${and})`));
}
