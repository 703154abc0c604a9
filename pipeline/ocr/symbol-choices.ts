// The engine's other readings of each letter of a word. tesseract's LSTM weighs, for every letter
// it writes, the other characters it could have been ("ố" beside "ó", "ổ", "ồ", "ô"); asked with
// lstm_choice_mode=2 it lists them in its hOCR output (one `lstm_choices` span per letter, each
// choice with its confidence). The words themselves stay those of the TSV output of the same run;
// the choices are joined to them by their box, which both outputs give in the same pixels.
import { foldVietnamese } from '../../normalizers/fold.js';
import type { OcrPage, OcrWord, SymbolChoice } from './types.js';

const WORD_SPAN = "<span class='ocrx_word'";
const LETTER_SPAN = "id='lstm_choices";
const WORD_HEAD = /^[^>]*?bbox (\d+) (\d+) (\d+) (\d+);[^>]*>/;
const CHOICE = /x_confs ([\d.]+)'>([^<]*)<\/span>/g;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };

const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, e: string) => ENTITIES[e]!);
const boxKey = (x0: number, y0: number, x1: number, y1: number) => `${x0},${y0},${x1},${y1}`;

/** Each word's letters' choices, by the word's box, from hOCR written with lstm_choice_mode=2 (other text is passed over). */
export function hocrChoices(hocr: string): Map<string, SymbolChoice[][]> {
  const out = new Map<string, SymbolChoice[][]>();
  // Split once at each word's opening: every span is scanned once, the whole stays linear.
  for (const part of hocr.split(WORD_SPAN).slice(1)) {
    const head = WORD_HEAD.exec(part);
    if (!head) continue;
    const letters = part
      .split(LETTER_SPAN)
      .slice(1)
      .map((chunk) => [...chunk.matchAll(CHOICE)].map((m) => ({ text: unescape(m[2]!), confidence: Number(m[1]) })))
      .filter((choices) => choices.length > 0);
    out.set(boxKey(Number(head[1]), Number(head[2]), Number(head[3]), Number(head[4])), letters);
  }
  return out;
}

/**
 * The page's words with their letters' choices, where the hOCR gives them one list per letter of
 * the word as written, best first, that best the letter written or the same letter with other marks
 * (the words are decoded over the whole line, the lists letter by letter: "BẢO" is written where the
 * list says "Á", "Ạ", "A"). A space the model wrote before the word is its own list and is left
 * out. Words with no such lists keep none.
 */
export function withSymbolChoices(page: OcrPage, hocr: string): OcrPage {
  const byBox = hocrChoices(hocr);
  if (!byBox.size) return page;
  return { ...page, words: page.words.map((w) => withChoices(w, byBox.get(boxKey(w.x0, w.y0, w.x1, w.y1)))) };
}

/** The same letter, marks and case aside. */
const sameLetter = (a: string, b: string) => a === b || foldVietnamese(a.toLowerCase()) === foldVietnamese(b.toLowerCase());

function withChoices(word: OcrWord, listed: SymbolChoice[][] | undefined): OcrWord {
  if (!listed) return word;
  const letters = [...word.text];
  const lists = listed.filter((choices) => choices[0]!.text !== ' ');
  if (lists.length !== letters.length || !lists.every((choices, i) => sameLetter(choices[0]!.text, letters[i]!))) return word;
  return { ...word, choices: lists };
}
