// The engine's other readings of each letter, from the hOCR it writes beside its TSV (lstm_choice_mode=2),
// joined to the TSV's words by their boxes.
import { describe, expect, it } from 'vitest';
import { hocrChoices, withSymbolChoices } from '../../../pipeline/ocr/symbol-choices.js';
import { parseTesseractTsv } from '../../../pipeline/ocr/tsv.js';

/** One letter's choices as tesseract writes them. */
const letter = (id: string, ...choices: Array<[string, number]>) =>
  `       <span class='ocrx_cinfo' id='lstm_choices_${id}'>\n` +
  choices.map(([c, conf], k) => `        <span class='ocrx_cinfo' id='choice_${id}_${k}' title='x_confs ${conf}'>${c}</span>`).join('\n') +
  '</span>\n';
const word = (id: string, box: string, text: string, ...letters: string[]) =>
  `      <span class='ocrx_word' id='word_${id}' title='bbox ${box}; x_wconf 89'>${text}\n${letters.join('')}      </span>\n`;

// TSV rows and hOCR on one output, as the program writes them when asked for both.
const OUTPUT = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  "<div class='ocr_page' id='page_1' title='bbox 0 0 400 100'>",
  'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
  '1\t1\t0\t0\t0\t0\t0\t0\t400\t100\t-1\t',
  '5\t1\t1\t1\t1\t1\t10\t10\t40\t20\t89\tsô',
  '5\t1\t1\t1\t1\t2\t60\t10\t50\t20\t90\tR&D',
  '5\t1\t1\t1\t1\t3\t120\t10\t40\t20\t90\tkhác',
  '5\t1\t1\t1\t1\t4\t170\t10\t40\t20\t90\tBẢO',
  word('1_1', '10 10 50 30', 'sô', letter('1_1_1', [' ', 90]), letter('1_1_2', ['s', 96]), letter('1_1_3', ['ô', 80], ['ố', 70], ['ồ', 40])),
  word('1_2', '60 10 110 30', 'R&amp;D', letter('1_2_1', ['R', 96]), letter('1_2_2', ['&amp;', 90], ['&lt;', 20]), letter('1_2_3', ['D', 96])),
  // Choices that do not spell the word written (a letter the model merged): none kept.
  word('1_3', '120 10 160 30', 'khác', letter('1_3_1', ['k', 96]), letter('1_3_2', ['h', 96]), letter('1_3_3', ['á', 96])),
  // Written "BẢO" where the letter's list has "Á" first: the same letter with other marks.
  word('1_4', '170 10 210 30', 'BẢO', letter('1_4_1', ['B', 96]), letter('1_4_2', ['Á', 80], ['Ạ', 40]), letter('1_4_3', ['O', 96])),
  '</div>',
].join('\n');

describe('hocrChoices', () => {
  it('lists each letter its choices, best first, by the word box', () => {
    const byBox = hocrChoices(OUTPUT);
    expect(byBox.get('10,10,50,30')?.map((l) => l.map((c) => c.text).join(''))).toEqual([' ', 's', 'ôốồ']);
    expect(byBox.get('10,10,50,30')?.[2]?.[1]).toEqual({ text: 'ố', confidence: 70 });
    expect(byBox.get('60,10,110,30')?.[1]?.map((c) => c.text)).toEqual(['&', '<']);
  });

  it('finds nothing in output without choices', () => {
    expect(hocrChoices('5\t1\t1\t1\t1\t1\t10\t10\t40\t20\t89\tsô').size).toBe(0);
  });
});

describe('withSymbolChoices', () => {
  const page = withSymbolChoices(parseTesseractTsv(OUTPUT), OUTPUT);

  it('reads the TSV words past the hOCR lines', () => {
    expect(page.words.map((w) => w.text)).toEqual(['sô', 'R&D', 'khác', 'BẢO']);
  });

  it("gives a word its letters' choices, the space before it left out", () => {
    expect(page.words[0]!.choices?.map((l) => l[0]!.text)).toEqual(['s', 'ô']);
    expect(page.words[1]!.choices?.map((l) => l[0]!.text)).toEqual(['R', '&', 'D']);
  });

  it("gives a word the lists whose best is its letter with other marks", () => {
    expect(page.words[3]!.choices?.[1]?.map((c) => c.text)).toEqual(['Á', 'Ạ']);
  });

  it('gives none when the lists do not spell the word', () => {
    expect(page.words[2]!.choices).toBeUndefined();
  });
});
