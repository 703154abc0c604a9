// A word's case pattern, and a restored form written in it: the OCR mark corrector and the page
// reader's tone choices (pipeline/ocr/tone-choices.ts) both read a word as another syllable of
// the same letters and must keep its case.
export type WordCase = 'lower' | 'capital' | 'upper' | 'mixed';

export function caseOf(word: string): WordCase {
  if (word === word.toLowerCase()) return 'lower';
  if (word === word.toUpperCase()) return 'upper';
  const rest = word.slice(1);
  return word[0] === word[0]!.toUpperCase() && rest === rest.toLowerCase() ? 'capital' : 'mixed';
}

export function inCase(form: string, kind: Exclude<WordCase, 'mixed'>): string {
  if (kind === 'upper') return form.toUpperCase();
  if (kind === 'capital') return form[0]!.toUpperCase() + form.slice(1);
  return form;
}
