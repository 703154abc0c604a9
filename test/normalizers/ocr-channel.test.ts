// The OCR channel's commonest slip, credited in the marks correction: a tone lost over a hat.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel, type SyllableLM } from '../../normalizers/diacritics/lm.js';
import { channelCredit, LOST_TONE_CREDIT, toneLostOverHat } from '../../normalizers/diacritics/ocr-channel.js';
import { correctOcrMarks } from '../../normalizers/diacritics/ocr-marks.js';

describe('toneLostOverHat', () => {
  it.each([
    ['tô', 'tổ', true],
    ['công', 'cổng', true],
    ['thâm', 'thẩm', true],
    ['câp', 'cấp', true],
    ['đông', 'đồng', true],
    ['tuyên', 'tuyển', true],
    ['ăn', 'ẵn', true],
    ['thơ', 'thờ', true],
    // The dot below is under the letter, away from the hat.
    ['bân', 'bận', false],
    // Read with a tone already: another confusion.
    ['tố', 'tổ', false],
    // No hat: a tone lost over a plain vowel is no such slip.
    ['tin', 'tỉn', false],
    ['chi', 'chỉ', false],
    // The hat itself differs.
    ['to', 'tổ', false],
    ['tô', 'tố', true],
  ])('%s → %s: %s', (read, form, lost) => {
    expect(toneLostOverHat(read, form)).toBe(lost);
    expect(channelCredit(read, form)).toBe(lost ? LOST_TONE_CREDIT : 0);
  });
});

let lm: SyllableLM;
beforeAll(() => {
  lm = loadModel();
}, 60_000);

describe('correctOcrMarks with the channel credit', () => {
  // Each a lead of the model under MARK_MARGIN alone: left as read before the credit.
  it.each([
    ['a portal', 'Kính gửi: Công thông tin điện tử Quốc gia về đấu giá', 'Kính gửi: Cổng thông tin điện tử Quốc gia về đấu giá'],
    ['a whole', 'giám sát tổng thê Dự án, trong đó', 'giám sát tổng thể Dự án, trong đó'],
    ['a recruitment', 'phê duyệt kết quả xét tuyên nhân viên hỗ trợ', 'phê duyệt kết quả xét tuyển nhân viên hỗ trợ'],
    // Won alone only with the credit ("thẫm" beside the misread "quyên"): the pair reading wins.
    ['a misread pair', 'chữa bệnh thuộc thâm quyên giải quyết của Sở Y tế', 'chữa bệnh thuộc thẩm quyền giải quyết của Sở Y tế'],
  ])('restores the lost tone: %s', (_name, read, right) => {
    const result = correctOcrMarks(lm, read);
    expect(result.text).toBe(right);
    for (const c of result.changes) expect(result.text.slice(c.span.start, c.span.end)).toBe(c.replacement);
  });

  it.each([
    ['a company', 'Công ty cổ phần xây dựng công trình giao thông'],
    ['propaganda', 'công tác tuyên truyền, phổ biến pháp luật'],
    ['a crowd', 'đông đảo cán bộ, công chức tham gia'],
    ['a deep colour', 'màu xanh thẫm của biển'],
  ])('leaves %s alone', (_name, text) => {
    const result = correctOcrMarks(lm, text);
    expect(result.text).toBe(text);
  });
});
