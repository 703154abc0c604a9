// Text the file gives for a part of the page left out of the OCR image (a signature widget's box),
// written into the page's text where a reader comes to it: after the last line starting above it.
import { describe, expect, it } from 'vitest';
import { placeKnownBlocks, withKnownBlocks, type TextLine } from '../../pipeline/ocr/known-blocks.js';
import { placeWords } from '../../pipeline/ocr/word-boxes.js';
import type { OcrWord } from '../../pipeline/ocr/types.js';
import { line } from '../helpers/ocr-words.js';

const BOX = ['Người ký: Trung tâm Công', 'báo - Tin học', 'Thời gian ký: 21.03.2018'];

/** A header read left column then right, and the body: each line with the row its words start at. */
const PAGE: TextLine[] = [
  { text: 'ỦY BAN NHÂN DÂN', top: 100 },
  { text: 'Số: 1378/UBND-NC', top: 300 },
  { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', top: 100 },
  { text: 'Hà Tĩnh, ngày 20 tháng 3 năm 2018', top: 300 },
  { text: 'Kính gửi: - Các Sở', top: 860 },
  { text: 'Căn cứ Luật Tổ chức', top: 1500 },
];
const texts = (lines: readonly TextLine[]) => lines.map((l) => l.text);

describe('withKnownBlocks', () => {
  const cases: Array<[string, number, string[]]> = [
    ['a box above every line opens the text', 20, [...BOX, '', ...texts(PAGE)]],
    // Beside "Kính gửi", below the header's two columns: after the date line (the last line above it).
    ['a box in the margin below the header comes after both columns', 800, [...texts(PAGE.slice(0, 4)), '', ...BOX, '', ...texts(PAGE.slice(4))]],
    ['a box below every line closes the text', 3000, [...texts(PAGE), '', ...BOX]],
  ];
  it.each(cases)('%s', (_name, top, expected) => {
    expect(withKnownBlocks(PAGE, [{ lines: BOX, top }]).text.split('\n')).toEqual(expected);
  });

  it('gives a line without a known top the top of the line before it', () => {
    const lines: TextLine[] = [{ text: 'a', top: 100 }, { text: 'b', top: null }, { text: 'c', top: 900 }];
    expect(withKnownBlocks(lines, [{ lines: ['BOX'], top: 500 }]).text).toBe('a\nb\n\nBOX\n\nc');
  });

  it('does not double a blank line already there, and keeps two blocks at one place in order', () => {
    const lines: TextLine[] = [{ text: 'a', top: 100 }, { text: '', top: null }, { text: 'c', top: 900 }];
    const { text } = withKnownBlocks(lines, [{ lines: ['ONE'], top: 500 }, { lines: ['TWO'], top: 600 }]);
    expect(text).toBe('a\n\nONE\n\nTWO\n\nc');
  });

  it('writes nothing for a block without text, and leaves the lines as they were', () => {
    const { text, inserted } = withKnownBlocks(PAGE, [{ lines: ['', '  '], top: 800 }]);
    expect(text).toBe(texts(PAGE).join('\n'));
    expect(inserted).toEqual([]);
  });

  it('counts what it wrote, line breaks included', () => {
    const { text, inserted } = withKnownBlocks(PAGE, [{ lines: BOX, top: 800 }]);
    expect(inserted).toEqual([{ after: 3, chars: text.length - texts(PAGE).join('\n').length }]);
  });
});

describe('placeKnownBlocks', () => {
  const words: OcrWord[] = [
    ...line('ỦY BAN NHÂN DÂN', 100, 100, 'a'),
    ...line('I', 100, 200, 'r'),
    ...line('Số: 1378/UBND-NC', 100, 300, 'b'),
    ...line('CỘNG HÒA XÃ HỘI', 1300, 100, 'c'),
    ...line('Kính gửi: - Các Sở', 800, 900, 'd'),
  ];
  const layoutText = 'ỦY BAN NHÂN DÂN\nI\nSố: 1378/UBND-NC\nCỘNG HÒA XÃ HỘI\nKính gửi: - Các Sở';
  // The header repair dropped line 1 (a rule's stroke read as "I").
  const laid = { text: 'ỦY BAN NHÂN DÂN\nSố: 1378/UBND-NC\nCỘNG HÒA XÃ HỘI\nKính gửi: - Các Sở', dropped: [1] };

  it('writes the block by the rows of the words, across lines the repair dropped', () => {
    const { text } = placeKnownBlocks(layoutText, words, laid, [{ lines: ['BOX'], top: 600 }]);
    expect(text).toBe('ỦY BAN NHÂN DÂN\nSố: 1378/UBND-NC\nCỘNG HÒA XÃ HỘI\n\nBOX\n\nKính gửi: - Các Sở');
  });

  it('moves the word boxes after the block past it, and leaves those before it', () => {
    const plain = words.filter((w) => w.text !== 'I');
    const text0 = 'ỦY BAN NHÂN DÂN\nSố: 1378/UBND-NC\nCỘNG HÒA XÃ HỘI\nKính gửi: - Các Sở';
    const { text, moveBoxes } = placeKnownBlocks(text0, plain, { text: text0, dropped: [] }, [{ lines: ['Người ký: Trung tâm', 'Thời gian ký'], top: 600 }]);
    const boxes = moveBoxes(placeWords(text0, plain)!);
    expect(boxes.map(([start, end]) => text.slice(start, end))).toEqual(plain.map((w) => w.text));
    expect(boxes[0]![0]).toBe(0);
  });

  it('opens the text with the block when the words cannot be placed on the lines', () => {
    const { text } = placeKnownBlocks('something else', words, { text: 'something else', dropped: [] }, [{ lines: ['BOX'], top: 600 }]);
    expect(text).toBe('BOX\n\nsomething else');
  });
});
