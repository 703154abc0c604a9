import { parseIssuer } from '../../extractors/issuer.js';
for (const p of process.argv.slice(2)) console.log(p, '→', JSON.stringify(parseIssuer(p)));
