// A token of a stripped line as the restorer reads it (its candidate readings) and places it in
// the text (its span, the decoder's choice and confidence); shared by the passes over a document.
import type { TextChange } from '../../output/schema.js';
import type { Slot } from './decode.js';
import { PUNCT } from './lm.js';

export type Kind = TextChange['kind'];

/** How a token is read: its candidates (shared, never mutated) and which part of it they replace. */
export interface Reading {
  slot: Slot;
  /** Output form of each candidate (lower case, canonical tones); null = keep the text as it is. */
  forms: Array<string | null>;
  kinds: Kind[];
  /** The replaced part of the token, when digits around it are kept ("vu1" → "vu"). */
  from: number;
  to: number;
  /** Candidates turn a digit into a letter: kept only when the model is sure. */
  digitRepair: boolean;
  /** The stripped syllable, when the document cache may weigh its readings. */
  cacheKey?: string;
}

/** A reading placed in the text. */
export interface Placed {
  line: number;
  start: number;
  end: number;
  text: string;
  reading: Reading;
  choice: number;
  confidence: number;
  /** The second of two syllables an engine ran together: written back after a space (glued-words.ts). */
  spaceBefore?: boolean;
}

/** A phrase boundary in a decoded sequence. */
export const PUNCT_SLOT: Slot = { ids: [PUNCT], costs: [0] };

/**
 * Lean `p` to `form` (its word id `id`), adding it at `cost` (log10) where the channel did not reach it:
 * a word the frame around it names (a date word, "số" before a symbol) that the letters could not.
 */
export function leanToAdded(p: Placed, form: string, id: number, cost: number, bias: number): void {
  if (!p.reading.forms.includes(form)) {
    const r = p.reading;
    p.reading = {
      ...r,
      slot: { ids: [...r.slot.ids, id], costs: [...r.slot.costs, cost] },
      forms: [...r.forms, form],
      kinds: [...r.kinds, 'ocr'],
      cacheKey: undefined,
    };
  }
  leanTo(p, form, bias);
}

/** Make every reading of `p` but `form` cost `bias` more (log10). */
export function leanTo(p: Placed, form: string, bias: number): void {
  const k = p.reading.forms.indexOf(form);
  if (k < 0 || p.reading.from !== 0) return;
  p.reading = {
    ...p.reading,
    slot: { ids: p.reading.slot.ids, costs: p.reading.slot.costs.map((c, x) => (x === k ? c : c + bias)) },
  };
}
