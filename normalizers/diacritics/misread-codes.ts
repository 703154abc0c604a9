// Codes an engine misread by one look-alike letter ("MTTO" for MTTQ, "UBMTTO" for UBMTTQ, "loT" for
// IoT) in a garbled layer. No list knows every code, but the document spells the right one
// elsewhere: a code left as written that differs from another code of the same document in one
// letter only, a look-alike of the other's, takes the other's spelling when the model knows that one
// and not its own, or knows neither and the document uses the other more.
import type { SyllableLM } from './lm.js';
import { UNK } from './lm.js';
import type { Placed } from './placed.js';
import { pieceTexts } from './tokens.js';

/** Letters engines read for one another in codes (both ways). */
const LOOK_ALIKE_PAIRS = ['OQ', 'OD', 'O0', 'Q0', 'lI', 'I1', 'l1', 'S5', 'B8', 'G6', 'Z2'];
const LOOK_ALIKE = new Set(LOOK_ALIKE_PAIRS.flatMap(([a, b]) => [`${a}${b}`, `${b}${a}`]));

/** Three to eight letters with a capital after the first letter (MTTQ, UBMTTQ, IoT, TTg). */
export function isCodeLike(text: string): boolean {
  return text.length >= 3 && text.length <= 8 && /^[A-Za-z0-9]+$/.test(text) && /^.+[A-Z]/.test(text);
}

/** The one position where two codes of the same length differ by a look-alike (by any letter: `anyLetter`), or -1. */
function lookAlikeAt(a: string, b: string, anyLetter = false): number {
  if (a.length !== b.length || a === b) return -1;
  let at = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (at >= 0 || (!anyLetter && !LOOK_ALIKE.has(`${a[i]}${b[i]}`))) return -1;
    at = i;
  }
  return at;
}

/**
 * In the layer of an engine that misreads most words (see Restorer: a glyph-heavy layer) a code
 * misread by one letter need not be a look-alike ("USND", "UeND" beside UBND): there a code of four
 * letters or more the model does not know yields to one it knows that differs in one letter, any
 * letter, when the document spells that one at least this often.
 */
const ANY_LETTER_MIN_LENGTH = 4;
const ANY_LETTER_MIN_USES = 2;

/**
 * Codes of the decoded stretches left as written that the document spells otherwise by one
 * look-alike letter take that spelling (see above). `lines`: the whole document, every line.
 */
export function repairMisreadCodes(stretches: Array<Array<Placed | null>>, lines: string[], lm: SyllableLM, glyphLayer = false): void {
  const kept: Placed[] = [];
  for (const sequence of stretches) {
    for (const p of sequence) if (p && p.reading.forms[p.choice] === null && isCodeLike(p.text)) kept.push(p);
  }
  if (!kept.length) return;
  const counts = new Map<string, number>();
  for (const line of lines) for (const t of pieceTexts(line)) if (isCodeLike(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  // Codes grouped by length: a misread code is compared only with codes as long as itself.
  const byLength = new Map<number, string[]>();
  for (const code of counts.keys()) {
    const list = byLength.get(code.length);
    if (list) list.push(code);
    else byLength.set(code.length, [code]);
  }
  const known = (code: string) => lm.id(code) !== UNK;
  const chosen = new Map<string, string | null>();
  for (const p of kept) {
    let right = chosen.get(p.text);
    if (right === undefined) {
      right = null;
      const own = counts.get(p.text) ?? 0;
      for (const other of byLength.get(p.text.length) ?? []) {
        const lookAlike = lookAlikeAt(p.text, other) >= 0;
        const anyLetter =
          glyphLayer && p.text.length >= ANY_LETTER_MIN_LENGTH && known(other) && (counts.get(other) ?? 0) >= ANY_LETTER_MIN_USES && lookAlikeAt(p.text, other, true) >= 0;
        if (!lookAlike && !anyLetter) continue;
        // A code the model knows is never taken for a misreading; one it does not know yields to one
        // it knows, or, when neither is known, to the spelling the document uses more.
        const more = !known(p.text) && (known(other) || (counts.get(other) ?? 0) > own);
        // Two candidates: no way to tell, leave it.
        if (more) right = right === null ? other : '';
      }
      chosen.set(p.text, right);
    }
    if (!right) continue;
    p.reading = { slot: p.reading.slot, forms: [right], kinds: ['ocr'], from: 0, to: p.text.length, digitRepair: false };
    p.choice = 0;
  }
}

/**
 * Letters of an upper-case code an engine reads as others, as (read, meant): a U read as the two
 * strokes it stands on ("LIBND" = UBND, "IJBND"), an H likewise ("IIDND" = HĐND), a Q as O ("MTTO"
 * = MTTQ). Not one letter for another that codes use both (S and B: SNV and BNV are both codes).
 */
const CODE_LOOK_ALIKES: ReadonlyArray<[string, string]> = [['LI', 'U'], ['IJ', 'U'], ['LL', 'U'], ['II', 'H'], ['O', 'Q']];

/**
 * The one code `known` knows that an unknown upper-case code becomes by one look-alike read back
 * (CODE_LOOK_ALIKES), or null: none, or several (no way to tell which was meant). `known` returns
 * the code as written with its marks (HDND → HĐND), or null when the model knows no such code.
 */
export function lookAlikeCode(text: string, known: (code: string) => string | null): string | null {
  if (text.length < 3 || text.length > 8 || !/^[A-Z]+$/.test(text) || known(text) !== null) return null;
  let found: string | null = null;
  for (const [read, meant] of CODE_LOOK_ALIKES) {
    for (let at = text.indexOf(read); at >= 0; at = text.indexOf(read, at + 1)) {
      const code = known(text.slice(0, at) + meant + text.slice(at + read.length));
      if (code === null || code === found) continue;
      if (found !== null) return null;
      found = code;
    }
  }
  return found;
}
