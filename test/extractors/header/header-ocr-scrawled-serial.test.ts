// A handwritten serial an engine read as scraps with slashes and small letters ("'/gg/NQ-CP",
// "/l1/3q IQD-BNN-TCLN"): the printed symbol further on is kept, the serial left blank. A printed
// number, however written, keeps what the state form reads.
import { describe, expect, it } from 'vitest';
import { implausibleSymbol, symbolAfterScrawl } from '../../../extractors/header/scrawled-serial.js';
import { headerOf } from '../header-fixture.js';

const header = (numberLine: string, ocrOrigin = true) =>
  headerOf(['     CHÍNH PHỦ                           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '                                     Độc lập - Tự do - Hạnh phúc', '', `     Số: ${numberLine}          Hà Nội, ngày 29 tháng 12 năm 2022`, '', '                      NGHỊ QUYẾT', '         Ban hành Chương trình hành động'], ocrOrigin);

describe('the symbol after a scrawled serial', () => {
  it.each([
    ["'/gg/NQ-CP", 'NQ-CP'],
    ["'/gỗ/NQ-CP", 'NQ-CP'],
    ['/l1/3q IQD-BNN-TCLN', 'QĐ-BNN-TCLN'],
  ])('%s: symbol %s, serial blank', (line, symbol) => {
    const doc = header(line);
    expect(doc.symbol).toBe(symbol);
    expect(doc.serial).toBeNull();
    expect(doc.number).toBeNull();
  });

  it.each([
    ['168/NQ-CP', '168/NQ-CP'],
    ['12/2023/NQ-CP', '12/2023/NQ-CP'],
    ['/NQ-CP', null],
  ])('a printed number %s stays as read', (line, number) => {
    expect(header(line).number).toBe(number);
    expect(header(line, false).number).toBe(number);
  });

  // Typed text holds no handwriting: a code in small letters between slashes is printed, its serial with it.
  it.each([
    ['15/ttr/UBND-VP', '15/TTr/UBND-VP'],
    ['12/hd/MTTQ-BTT', '12/HD/MTTQ-BTT'],
  ])('typed text: %s keeps its serial', (line, number) => {
    const doc = header(line, false);
    expect(doc.number).toBe(number);
    expect(doc.serial).toBe(line.split('/')[0]);
  });
});

describe('symbolAfterScrawl', () => {
  it.each([
    ['figures and slashes: a printed number', '05/KH-UBND'],
    ['no slash among the scraps', 'ab KH-UBND'],
    ['the symbol too far on', "'/gg/ and a long phrase KH-UBND"],
    ['no hyphen in the capitals', "'/gg/NQ CP"],
  ])('%s: null', (_how, text) => {
    expect(symbolAfterScrawl(text)).toBeNull();
  });

  it('keeps the I of a code that is one with it', () => {
    expect(symbolAfterScrawl("'/gg/ IUBND-VP")?.value.symbol).toBe('IUBND-VP');
  });
});

describe('implausibleSymbol', () => {
  it.each([
    ['g', true],
    ['l1', true],
    ['gỗ', true],
    ['NQ-CP', false],
    ['CT/TW', false],
    ['TTg', false],
    ['QĐ-UBND', false],
  ])('%s → %s', (symbol, expected) => {
    expect(implausibleSymbol(symbol)).toBe(expected);
  });
});
