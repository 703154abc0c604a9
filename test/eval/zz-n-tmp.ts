import { canonicalSymbolPart } from '../../extractors/number.js';
import { docTypeByCode } from '../../extractors/doctypes.js';
for (const p of ['CD', 'TB', 'DHDL', 'QD', 'UBND', 'ND']) console.log(p, canonicalSymbolPart(p), docTypeByCode(canonicalSymbolPart(p))?.code);
