// A type heading an OCR engine garbled past reading by name ("QUY DINTI" for QUY ĐỊNH, an H read
// as "TI"; "KE HOACII"): a short line in capitals, in the heading's own place right under the
// number and date, whose letters are a couple of edits from exactly one type's name and farther
// from every other. The type names are a closed list, so one near name is that name.
import { foldVietnamese } from '../../normalizers/fold.js';
import { DOC_TYPES, type DocType } from '../shared/doctypes.js';
import { editDistance } from '../../normalizers/edit-distance.js';

/** Edits a garbled heading may be from its type's name… */
const MAX_EDITS = 2;
/** …which must have this many letters (a short name two letters off may be another: "Luật"). */
const MIN_LETTERS = 6;
/** The heading is a few words at most. */
const MAX_CHARS = 30;

const letters = (text: string) => foldVietnamese(text).toLowerCase().replace(/[^a-z]/g, '');
const NAMES = DOC_TYPES.map((type) => ({ type, key: letters(type.name) })).filter((n) => n.key.length >= MIN_LETTERS);

/** The type a garbled heading line names, or null (a name read right is docTypeAtStart's). */
export function garbledTypeHeading(line: string): DocType | null {
  const text = line.trim();
  if (!text || text.length > MAX_CHARS || /\d{2}/.test(text)) return null;
  // In capitals; an engine may read the last letters small ("THONGBAo", restored "THÔNG Báo").
  const lettersOnly = text.replace(/[^\p{L}]/gu, '');
  const small = (lettersOnly.match(/\p{Ll}/gu) ?? []).length;
  if (/\p{Ll}/u.test(lettersOnly.slice(0, 2)) || small * 3 > lettersOnly.length) return null;
  if ((text.match(/\p{Lu}/gu) ?? []).length < 4) return null;
  const key = letters(text);
  if (key.length < MIN_LETTERS - 1) return null;
  let best: DocType | null = null;
  let bestDistance = MAX_EDITS + 1;
  let tied = false;
  for (const n of NAMES) {
    const d = editDistance(key, n.key, MAX_EDITS);
    if (d < bestDistance) [best, bestDistance, tied] = [n.type, d, false];
    else if (d === bestDistance && n.type.name !== best?.name) tied = true;
  }
  // Exact names written plainly are read elsewhere; a name with a small letter or a mark inside
  // ("THÔNG BÀ.O") is not, so it is this reading's. One edit nearer than any other name, or none.
  const plain = small === 0 && !/[^\p{L}\s]/u.test(text);
  return best && (bestDistance > 0 || !plain) && !tied ? best : null;
}
