import { openStore } from '../../corpus/store.js';
import { parseSearchQuery } from '../../corpus/query.js';
const store = openStore(process.env.DB ?? '/tmp/kb/c1000.db');
const q = (sql: string, ...p: unknown[]) => { const st = store.db.prepare(sql); const times = []; let n = 0; for (let i = 0; i < 5; i++) { const t = performance.now(); n = st.all(...p).length; times.push(performance.now() - t); } times.sort((a, b) => a - b); return `${times[2]!.toFixed(1)}`; };
for (const query of ['an toan thuc pham', 'khen thưởng', 'tổng kết công tác thi đua', 'thi dua', 'Long Bien', 'giải phóng mặt bằng']) {
  const p = parseSearchQuery(query);
  const out = [`all ${q('SELECT rowid, rank FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 20', p.match)}`];
  for (const k of [250, 500, 1000]) out.push(`k${k} ${q(`SELECT rowid, rank FROM (SELECT rowid, rank FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ${k}) ORDER BY rank LIMIT 20`, p.match)}`);
  out.push(`norank1000 ${q(`SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT 1000`, p.match)}`);
  console.log(query.padEnd(28), out.join(' | '));
}
