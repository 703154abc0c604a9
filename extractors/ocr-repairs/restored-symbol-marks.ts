// A copy whose marks were stripped writes every Đ of its symbol as D ("KH/TWDTN-CTTN"), and the
// symbol's table (number.ts) puts back only the parts it knows whole (QĐ, HĐND, ĐTN). A compound code
// is built from its issuer's name ("Trung ương Đoàn" → TWĐTN, "Đảng đoàn Quốc hội" → ĐĐQH, "Ban Chỉ
// đạo quốc gia" → BCĐQG): a D of the symbol that stands, with two letters about it, where the
// initials of the issuer's name (their marks the restorer's) have a Đ is that Đ. A D the initials
// spell D ("UBND": Dân) or do not hold stays. Only where the copy gave the issuer's name bare: a
// copy that printed the issuer with its marks printed its symbol as it is.
import type { DocumentInfo } from '../../output/schema.js';
import { bodyInitials } from '../shared/named-body-code.js';
import type { EngineReading } from './ocr-signer-name.js';
import { cameBare } from './restored-marks.js';

/** Letters of the symbol about a D that must stand in the initials as well. */
const WINDOW = 3;

/** The document with the Đ of its symbol's compound codes put back from its issuer's initials. */
export function withSymbolMarksFromIssuer(document: DocumentInfo, reading: EngineReading): DocumentInfo {
  const { symbol, issuer } = document;
  if (!symbol || !symbol.includes('D') || !issuer.name || !cameBare(document.spans?.issuer, reading)) return document;
  // Figures and stops are no initials' part ("Ban Chỉ đạo quốc gia 1237", "tìm kiếm, quy tập").
  const initials = bodyInitials(issuer.name.replace(/[^\p{L}\s]+/gu, ' '));
  if (!initials || !initials.includes('Đ')) return document;
  const bare = initials.replace(/Đ/g, 'D');
  const marked = symbol
    .split(/([-/])/)
    .map((part) => withCrossedD(part, initials, bare))
    .join('');
  if (marked === symbol) return document;
  return { ...document, symbol: marked, number: document.number?.replace(symbol, marked) ?? null };
}

/** `part` with each D that the initials write Đ, in a window of letters they share with it, made Đ. */
function withCrossedD(part: string, initials: string, bare: string): string {
  const out = [...part];
  for (let i = 0; i < part.length; i++) {
    if (part[i] !== 'D') continue;
    for (let start = Math.max(0, i - WINDOW + 1); start <= i && start + WINDOW <= part.length; start++) {
      const window = part.slice(start, start + WINDOW);
      if (!/^\p{Lu}+$/u.test(window)) continue;
      let at = bare.indexOf(window);
      for (; at >= 0 && initials[at + i - start] !== 'Đ'; at = bare.indexOf(window, at + 1));
      if (at >= 0) {
        out[i] = 'Đ';
        break;
      }
    }
  }
  return out.join('');
}
