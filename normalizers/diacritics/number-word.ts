// "số" before a document's number: every citation writes "Quyết định số 15/QĐ-UBND", "Công văn số
// 1911/BNV-TCPCP", and a garbling engine reads that short word as anything ("tii", "tA", "sO", "s",
// "so" decoded as sở). A word of one to three letters followed by a document symbol (a chunk with a
// figure and a slash or dash: "3136/KL-TTCP", "76,0{Q-CP", "16/201") is read as số: its other
// readings lose NUMBER_WORD_BIAS, and số joins them at NUMBER_WORD_COST when the channel did not reach
// it. A date ("từ 01/01/2025", "đến 31/12") is no symbol, and a word between two symbols joins them
// ("73/NQ-CP và 116/NQ-CP"): those words stay as read.
import { hasVietnameseMarks } from '../fold.js';
import { UNK, type SyllableLM } from './lm.js';
import { leanToAdded, type Placed } from './placed.js';

/** log10 units the other readings of the word lose. */
export const NUMBER_WORD_BIAS = 1.5;
/** Cost (log10) of số added to a word whose channel did not reach it. */
export const NUMBER_WORD_COST = 1;

const NUMBER_WORD = 'số';
/**
 * A chunk opening with a figure (or a letter or two the engine made of one, then figures) with a
 * slash after something, or a dash and a code of letters that ends it ("76,0{Q-CP"): a document's
 * number and symbol, not an item "a.1/KH", a range "80-90%", "25m-30m", or a place "Tổ 5-KP3".
 */
const SYMBOL = /^(?=[0-9]|[A-Za-z]{1,2}[0-9]{2})(?=\S*[0-9])(?:\S*[0-9A-Za-z}{\]]\/\S*[0-9A-Za-z]|\S*[0-9A-Za-z}{\]]-[A-Z][A-Za-z]+[.,;:)]*$)/;
/** A date, whole or without its year: "01/01/2025", "31/12", "3-2-2024". */
const DATE = /^[0-9]{1,2}[/.-][0-9]{1,2}(?:[/.-][0-9]{2,4})?[.,;:)]*$/;
const SHORT_WORD = /^\p{L}{1,3}$/u;

/** Whether the word at [start, end) of `line` stands right before a document symbol. */
export function beforeSymbol(line: string, start: number, end: number): boolean {
  // A correctly marked word ("xem mục a.1/KH") is what the engine read; only bare or misread ones are doubted.
  const word = line.slice(start, end);
  if (!SHORT_WORD.test(word) || hasVietnameseMarks(word)) return false;
  const after = /^:? +(\S+)/.exec(line.slice(end, end + 40));
  if (after === null || !SYMBOL.test(after[1]!) || DATE.test(after[1]!)) return false;
  // Between two symbols the word joins them ("73/NQ-CP và 116/NQ-CP"), it does not number the second.
  const before = /(\S+) +$/.exec(line.slice(Math.max(0, start - 40), start));
  return before === null || !SYMBOL.test(before[1]!);
}

/** Lean the short words of a line's placed readings that stand before a document symbol to số. */
export function readNumberWords(lm: SyllableLM, placed: Placed[], line: string): void {
  const id = lm.id(NUMBER_WORD);
  if (id === UNK) return;
  for (const p of placed) {
    if (p.reading.from !== 0 || p.reading.to !== p.text.length || !beforeSymbol(line, p.start, p.end)) continue;
    leanToAdded(p, NUMBER_WORD, id, NUMBER_WORD_COST, NUMBER_WORD_BIAS);
  }
}
