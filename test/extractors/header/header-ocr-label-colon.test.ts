// A number label whose colon an OCR engine read as a stroke ("Số l 47/2014/…") or a lone 1: the
// colon is put back on OCR'd text only, a 1 only where the text cites the shorter number; a typed
// line is read as printed.
import { describe, expect, it } from 'vitest';
import { withLabelColon } from '../../../extractors/header/header-number.js';
import { headerOf } from '../header-fixture.js';

const header = (numberLine: string, ocrOrigin = true) =>
  headerOf(['  BỘ CÔNG THƯƠNG                CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', '                 Độc lập - Tự do - Hạnh phúc', '', `${numberLine}          Hà Nội, ngày 05 tháng 12 năm 2014`, '', 'THÔNG TƯ', 'Quy định về quản lý website'], ocrOrigin);

describe('a number label\'s colon read as a lone 1', () => {
  it.each([
    ['spaced out, a lone 1 with nothing to tell: as read', '  S ố 1 47 /2014/T T -B C T', true, '147/2014/TT-BCT'],
    ['the colon an l', '  Số l 47/2014/TT-BCT', true, '47/2014/TT-BCT'],
    ['typed text: as printed', '  Số 1 47/2014/TT-BCT', false, null],
    ['the colon printed: the 1 is the serial\'s', '  Số: 147/2014/TT-BCT', true, '147/2014/TT-BCT'],
    ['no lone figure', '  Số 47/2014/TT-BCT', true, '47/2014/TT-BCT'],
  ])('%s', (_how, line, ocr, number) => {
    const doc = header(line, ocr);
    if (number) expect(doc.number).toBe(number);
    else expect(doc.number).not.toBe('47/2014/TT-BCT');
  });

  it.each([
    ['the label opening a line, an l', '  S ố l 47 /2014', '  S ố : 47 /2014'],
    ['a lone 1, the shorter number cited below', '  S ố 1 47 /2014/TT\nThông tư số 47/2014/TT-BCT', '  S ố : 47 /2014/TT\nThông tư số 47/2014/TT-BCT'],
    ['a lone 1, nothing cited', '  S ố 1 47 /2014/TT', '  S ố 1 47 /2014/TT'],
    ['a colon already there', '  Số: 1 47/2014', '  Số: 1 47/2014'],
    ['inside a sentence', 'theo văn bản Số 1 47/2014', 'theo văn bản Số 1 47/2014'],
    ['no slash after the serial', '  Số 1 47 ngày', '  Số 1 47 ngày'],
  ])('withLabelColon: %s', (_how, text, out) => {
    expect(withLabelColon(text)).toBe(out);
    expect(withLabelColon(text)).toHaveLength(text.length);
  });
});
