// A cited number an engine without Vietnamese read with both its slashes as strokes and its
// zeros as O ("Thông tư số 3212O091TI-BTC ngày 19/02/2009" for 32/2009/TT-BTC, "I5612013ruT-BTC
// ngày 06/11/2013" for 156/2013/TT-BTC): no slash is left for the citation reader, which keeps the
// run as the number. Read again only where the citation itself proves it: the run is a serial, a
// stroke, a year that is the cited date's own year, a scrap of one to three characters one edit
// from the cited type's code (the second slash and the code), then the issuer's code after a
// hyphen; and only when one way of cutting the run fits. OCR text only (the caller sees to that).
import type { Reference } from '../../output/schema.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { DOC_TYPES } from '../shared/doctypes.js';
import { editDistance } from '../../normalizers/edit-distance.js';

const CODE_BY_TYPE = new Map(DOC_TYPES.filter((t) => t.code).map((t) => [t.name, t.code!]));
// After the year: a scrap of up to three characters, then the issuer's code in capitals after a hyphen.
const TAIL = /^([^\s-]{1,3})-(\p{Lu}[\p{Lu}\d&]*(?:-\p{Lu}[\p{Lu}\d&]*)*)$/u;
const STROKE = /^[1lI|]$/;
// The second slash read as a stroke or a letter no code opens with.
const SLASH_SCRAP = /^[1lIir|]/;

const figures = (s: string) => s.replace(/O/g, '0').replace(/[Il|]/g, '1');

/** The reference with its number read again when it is such a run; as it stands otherwise. */
export function withLegacySlashesRead(ref: Reference): Reference {
  const number = ref.number;
  if (!number || number.includes('/') || !ref.date || !ref.type) return ref;
  const code = CODE_BY_TYPE.get(ref.type);
  if (!code) return ref;
  const year = ref.date.slice(0, 4);
  const fits = new Set<string>();
  // Each cut of the figures into serial, stroke and year; the scrap then the issuer after them.
  for (let k = 1; k <= 4; k++) {
    const serial = number.slice(0, k);
    if (!/^[0-9OIl]+$/.test(serial) || !/\d/.test(serial) || !STROKE.test(number.charAt(k))) continue;
    if (figures(number.slice(k + 1, k + 5)) !== year) continue;
    const rest = TAIL.exec(number.slice(k + 5));
    if (!rest || !codeScrapFits(rest[1]!, code)) continue;
    fits.add(`${figures(serial)}/${year}/${code}-${rest[2]}`);
  }
  return fits.size === 1 ? { ...ref, number: [...fits][0]!, typeCode: ref.typeCode ?? code } : ref;
}

/** The scrap between the year and the hyphen is the code, maybe after its slash read as a stroke, one edit off. */
function codeScrapFits(scrap: string, code: string): boolean {
  const key = foldVietnamese(code).toUpperCase();
  const near = (s: string) => s.length >= 2 && editDistance(s.toUpperCase(), key, 1) <= 1;
  return near(scrap) || (SLASH_SCRAP.test(scrap) && near(scrap.slice(1)));
}
