import { openStore } from '../../corpus/store.js';
import { searchStore } from '../../corpus/search.js';
const store = openStore('/tmp/kb/c1000.db');
for (let i = 0; i < 20; i++) searchStore(store, 'an toan thuc pham');
