// A number line whose handwritten serial OCR garbled past reading, slash and all ("Số: 447T1B-ĐHTĐ"
// for 'Số: 731/TB-ĐHTĐ' on a phone scan): the line is still the number's cell, never a line of the
// issuer's name above it; no number is made up from it.
import { describe, expect, it } from 'vitest';
import { headerOf } from '../header-fixture.js';

const header = (numberLine: string, ocrOrigin = true) =>
  headerOf(
    ['BỘ GIÁO DỤC VÀ ĐÀO TẠO', 'TRƯỜNG ĐẠI HỌC TÂY ĐÔ', numberLine, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Cần Thơ, ngày 14 tháng 7 năm 2025', 'THÔNG BÁO', 'Về việc triển khai công tác đề thi học kỳ 3'],
    ocrOrigin,
  );

describe('a number line read past reading', () => {
  it.each([
    ['serial and slash garbled into the symbol', 'Số: 447T1B-ĐHTĐ'],
    ['a label and a scrawl only', 'Số: ẤT%&'],
    ['the label spelled S6 by OCR', 'S6: 447T1B-ĐHTĐ'],
  ])('%s: the issuer stays its own block, no number', (_how, line) => {
    const doc = header(line);
    expect(doc.issuer?.name?.toLowerCase()).toBe('trường đại học tây đô');
    expect(doc.number).toBeNull();
  });

  it('a place and date run onto the garbled number line keep their cell', () => {
    const doc = headerOf(['BỘ GIÁO DỤC VÀ ĐÀO TẠO          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TRƯỜNG ĐẠI HỌC TÂY ĐÔ          Độc lập - Tự do - Hạnh phúc', 'Số: 447T1B-ĐHTĐ          Cần Thơ, ngày 14 tháng 7 năm 2025', 'THÔNG BÁO', 'Về việc triển khai công tác đề thi']);
    expect(doc.issuer?.name?.toLowerCase()).toBe('trường đại học tây đô');
    expect(doc.place).toBe('Cần Thơ');
    expect(doc.date).toBe('2025-07-14');
    expect(doc.number).toBeNull();
  });

  it('a number line read is read as before', () => {
    const doc = header('Số: 731/TB-ĐHTĐ');
    expect(doc.issuer?.name?.toLowerCase()).toBe('trường đại học tây đô');
    expect(doc.number).toBe('731/TB-ĐHTĐ');
  });

  it('the word "số" inside the issuer block is no label', () => {
    const doc = header('Số: 731/TB-ĐHTĐ');
    expect(doc.type).toBe('Thông báo');
  });
});
