// The marks of an OCR layer's signer name where the page's reading is better evidence than the
// restorer's guess: a marked syllable the engine read keeps its marks, a family name read bare
// takes the one listed spelling of its letters; letters never change, nor bare given names.
import { describe, expect, it } from 'vitest';
import { withNameMarksAsRead } from '../../../extractors/ocr-repairs/name-marks-as-read.js';
import { extractPlan } from '../../../extractors/index.js';
import type { TextChange } from '../../../output/schema.js';
import { testContext } from '../context.js';

describe('withNameMarksAsRead', () => {
  it.each([
    // [found, the page's reading, result]
    // The restorer re-marked a name word the engine read whole.
    ['Trần Quốc Vương', 'Trần Quốc Vượng', 'Trần Quốc Vượng'],
    // A family name read bare: the listed spelling, not the restorer's common word.
    ['Hạ Cộng Tuấn', 'Ha Cong Tuấn', 'Hà Cộng Tuấn'],
    ['Trường Minh Tuấn', 'Truong Minh Tuấn', 'Trương Minh Tuấn'],
  ])('%s (page %s) → %s', (found, read, name) => {
    expect(withNameMarksAsRead(found, read)).toBe(name);
  });

  it.each([
    // Given names read bare keep the restorer's marks (Hưng is as much a name as Hùng).
    ['Nguyễn Văn Hưng', 'Nguyen Van Hung'],
    // Letters differ (the reader repaired them): the name as found.
    ['Phạm Quang Ngọc', 'Phim Quang NgQc'],
    ['Nguyễn Xuân Phúc', 'guyễn Xuân Phúc'],
    // The page's word is no syllable ("Vän"): the restorer's.
    ['Nguyễn Văn Hùng', 'Nguyễn Vän Hùng'],
    // Letters that no single listed family name has, or several: as found.
    ['Lò Văn Sơn', 'Lo Van Son'],
    // Words that do not line up.
    ['Trần Quốc Vương', 'Trần Quốc'],
    // Capitals (a title) are left alone.
    ['TRẦN QUỐC VƯƠNG', 'TRẦN QUỐC VƯỢNG'],
  ])('%s (page %s) stays', (found, read) => {
    expect(withNameMarksAsRead(found, read)).toBe(found);
  });
});

describe('the signer of an OCR layer, its marks as the page had them', () => {
  const text = [
    'BỘ CHÍNH TRỊ',
    'Số: 77-KL/TW Hà Nội, ngày 02 tháng 6 năm 2020',
    'KẾT LUẬN',
    'Ban Kinh tế Trung ương chủ trì, báo cáo Bộ Chính trị.',
    'Nơi nhận: T/M BỘ CHÍNH TRỊ',
    '- Các tỉnh uỷ, thành uỷ,',
    '- Lưu Văn phòng Trung ương Đảng.',
    '',
    'Trần Quốc Vương',
  ].join('\n');
  const at = text.indexOf('Vương');
  const change = (kind: TextChange['kind']): TextChange[] => [{ span: { start: at, end: at + 5 }, original: 'Vượng', replacement: 'Vương', kind, confidence: 0.95 }];

  it('an OCR repair that re-marked the name of another engine\'s layer is undone', () => {
    expect(extractPlan(text, testContext(), [], { ocr: false, garbled: true, changes: change('ocr') }).signer?.name).toBe('Trần Quốc Vượng');
  });

  it('a text kehoach read by OCR itself keeps the restorer\'s marks: they are what it was made to put right', () => {
    expect(extractPlan(text, testContext(), [], { ocr: true, changes: change('ocr') }).signer?.name).toBe('Trần Quốc Vương');
  });

  it('typed text is never re-read', () => {
    expect(extractPlan(text, testContext(), [], { ocr: false, typed: true, changes: change('ocr') }).signer?.name).toBe('Trần Quốc Vương');
  });
});
