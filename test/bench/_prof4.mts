import { openStore } from '../../corpus/store.js';
import { parseSearchQuery } from '../../corpus/query.js';
import { searchStore } from '../../corpus/search.js';
const store = openStore('/tmp/kb/c1000.db');
const hit = store.db.prepare(`SELECT d.id, d.number, d.title, d.issuer_name, d.issuer_level, d.date, c.text, c.outline_json
  FROM documents d JOIN document_content c ON c.doc_rowid = d.rowid WHERE d.rowid = ?`);
const rank = store.db.prepare('SELECT rowid, rank FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 20');
for (const q of ['an toan thuc pham', 'khen thuong', 'thi dua']) {
  const m = parseSearchQuery(q).match;
  for (let k = 0; k < 3; k++) {
    let t = performance.now(); const rows = rank.all(m) as any[]; const t1 = performance.now() - t;
    t = performance.now(); for (const r of rows) { const h = hit.get(r.rowid) as any; JSON.parse(h.outline_json); } const t2 = performance.now() - t;
    t = performance.now(); searchStore(store, q); const t3 = performance.now() - t;
    console.log(q, 'rank', t1.toFixed(1), 'fetch', t2.toFixed(1), 'search', t3.toFixed(1));
  }
}
