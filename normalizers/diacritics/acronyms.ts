// Upper-case codes a document coins for its own phrases ("ĐHTT" for điển hình tiên tiến) lose
// their Đ with the marks, and no list can know them all. The document itself spells them out:
// where a run of its restored syllables has the code's letters as initials, each D of the code
// is a Đ exactly when that syllable begins with đ.
import { foldVietnamese } from '../fold.js';
import type { Placed } from './placed.js';
import { splitPieces } from './tokens.js';

/** Shorter codes match runs of syllables by chance too often (TDP, tổ dân phố, against "thi đua phường"). */
const MIN_LETTERS = 4;
const MAX_LETTERS = 8;

/** Whether a token is a code whose marks the document may tell: upper-case letters with a D. */
export function isDocumentCode(text: string): boolean {
  return text.length >= MIN_LETTERS && text.length <= MAX_LETTERS && /^[A-Z]+$/.test(text) && text.includes('D');
}

/**
 * A phrase's initials for documentAcronyms: the first letter of each syllable, upper case and
 * stripped of marks, except that a syllable beginning with đ gives Đ ("điển hình tiên tiến" → "ĐHTT").
 */
export function initialOf(syllable: string): string {
  const first = syllable.charAt(0);
  if (first === 'đ' || first === 'Đ') return 'Đ';
  return first < '\u00c0' ? first.toUpperCase() : foldVietnamese(first).toUpperCase();
}

/**
 * The marked form of each code (stripped, upper case) that runs of the document's phrases spell
 * out, by the majority of the runs that spell it; a code no run spells, or whose runs are split,
 * is left out. `phrases`: the initials (initialOf) of runs of restored syllables with no
 * punctuation inside.
 */
export function documentAcronyms(codes: Iterable<string>, phrases: string[]): Map<string, string> {
  const wanted = new Set<string>();
  for (const code of codes) if (isDocumentCode(code)) wanted.add(code);
  const found = new Map<string, string>();
  if (!wanted.size) return found;
  const votes = new Map<string, Map<string, number>>();
  for (const initials of phrases) {
    if (initials.length < MIN_LETTERS) continue;
    const stripped = initials.replace(/Đ/g, 'D');
    for (const code of wanted) {
      for (let at = stripped.indexOf(code); at >= 0; at = stripped.indexOf(code, at + 1)) {
        const form = initials.slice(at, at + code.length);
        let byForm = votes.get(code);
        if (!byForm) votes.set(code, (byForm = new Map()));
        byForm.set(form, (byForm.get(form) ?? 0) + 1);
      }
    }
  }
  for (const [code, byForm] of votes) {
    const ranked = [...byForm].sort((a, b) => b[1] - a[1]);
    if (ranked.length > 1 && ranked[1]![1] * 2 > ranked[0]![1]) continue;
    if (ranked[0]![0] !== code) found.set(code, ranked[0]![0]);
  }
  return found;
}

/**
 * Codes of the document that no list knows ("DHTT") take the Đ of the phrase they abbreviate,
 * where the document spells that phrase out, restored or marked. `stretches`: the decoded
 * sequences of the stripped lines (null: a phrase boundary).
 */
export function restoreDocumentCodes(stretches: Array<Array<Placed | null>>, lines: string[], marked: (line: number) => boolean): void {
  const codes: Placed[] = [];
  for (const sequence of stretches) {
    for (const p of sequence) if (p && p.reading.forms[0] === null && p.reading.forms.length === 1 && isDocumentCode(p.text)) codes.push(p);
  }
  if (!codes.length) return;
  // Only the initials of each phrase matter (documentAcronyms).
  const phrases: string[] = [];
  for (const sequence of stretches) {
    let phrase = '';
    for (const p of sequence) {
      if (!p) {
        phrases.push(phrase);
        phrase = '';
        continue;
      }
      phrase += initialOf(p.reading.forms[p.choice] ?? p.text);
    }
    phrases.push(phrase);
  }
  lines.forEach((line, i) => {
    if (!marked(i)) return;
    let phrase = '';
    for (const piece of splitPieces(line)) {
      if (piece.afterPunct) {
        phrases.push(phrase);
        phrase = '';
      }
      phrase += initialOf(piece.text);
    }
    phrases.push(phrase);
  });
  const forms = documentAcronyms(
    codes.map((p) => p.text),
    phrases,
  );
  for (const p of codes) {
    const form = forms.get(p.text);
    if (form) p.reading = { slot: p.reading.slot, forms: [form], kinds: ['abbreviation'], from: 0, to: p.text.length, digitRepair: false };
  }
}
