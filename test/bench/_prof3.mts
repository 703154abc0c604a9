import { openStore } from '../../corpus/store.js';
import { searchStore } from '../../corpus/search.js';
const store = openStore('/tmp/kb/c1000.db');
const row = store.db.prepare('SELECT text, outline_json FROM document_content WHERE doc_rowid = 1').get() as any;
console.log('len', row.text.length);
for (const q of ['an toan thuc pham', 'khen thuong', 'thi dua']) {
  for (const [name, re] of [
    ['unicode-classes', /(?:([Aaàáảãạăằắẳẵặâầấẩẫậ][Nn][^\p{L}\p{N}]+[Tt][Ooòóỏõọôồốổỗộơờớởỡợ][Aaàáảãạăằắẳẵặâầấẩẫậ][Nn]))(?![\p{L}\p{N}\p{M}])/gu],
    ['no-u', /(?:([Aaàáảãạăằắẳẵặâầấẩẫậ][Nn][\s,.;:]+[Tt][Ooòóỏõọôồốổỗộơờớởỡợ][Aaàáảãạăằắẳẵặâầấẩẫậ][Nn]))/g],
  ] as const) {
    let t = performance.now(); let n = 0; for (let i = 0; i < 50; i++) { re.lastIndex = 0; while (re.exec(row.text)) n++; } console.log(q, name, ((performance.now() - t) / 50).toFixed(3), n / 50);
  }
  const t = performance.now(); for (let i = 0; i < 10; i++) searchStore(store, q, { limit: 20 }); console.log(q, 'search', ((performance.now() - t) / 10).toFixed(1));
}
