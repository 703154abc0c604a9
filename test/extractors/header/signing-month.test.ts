// The OCR'd month of a date line checked against the e-signature box's time stamp.
import { describe, expect, it } from 'vitest';
import { monthFromSigningStamp } from '../../../extractors/header/signing-month.js';

const BOX = (line: string) => `Ký bởi: Tổng cục Thuế\nĐịa chỉ: 123 Lò Đúc\n${line}\n\nBỘ TÀI CHÍNH\n`;

describe('monthFromSigningStamp', () => {
  it.each([
    ['10 read as 4, the day read', '2024-04-14', 'Thời gian ký: 16.10.2024 15:12', '2024-10-14'],
    ['9 read as 4, the day handwritten', '2020-04', 'Thời gian ký: 25.09.2020', '2020-09'],
    ['a label without marks, a slashed date', '2019-02-11', 'Thoi gian ky: 13/12/2019', '2019-12-11'],
    ['a stamp with its time of day and no label', '2023-01-05', 'sotc@hanoi.gov.vn\n05.07.2023 09:10:11 +07:00', '2023-07-05'],
    ['the read day after the signing day: the month alone', '2024-04-20', 'Thời gian ký: 16.10.2024 15:12', '2024-10'],
    ['a date read after the signing', '2024-11-02', 'Thời gian ký: 16.10.2024 15:12', '2024-10-02'],
  ])('%s', (_name, iso, line, fixed) => {
    expect(monthFromSigningStamp(iso, BOX(line))).toBe(fixed);
  });

  it.each([
    ['signed days after the date', '2024-10-14', 'Thời gian ký: 16.10.2024 15:12'],
    ['signed in the next month, within a month', '2024-09-28', 'Thời gian ký: 02.10.2024 08:00'],
    ['the month alone, signed in it', '2018-04', 'Thời gian ký: 02.04.2018'],
    ['another year (signing-year.ts)', '2016-04-03', 'Thời gian ký: 04.10.2018 14:21:14'],
    ['the year alone', '2024', 'Thời gian ký: 16.10.2024 15:12'],
    ['a stamp garbled past a date', '2020-01-20', 'Thời gian ký: 66.03.2020'],
    ['no stamp: a date in the box with no label or time', '2024-04-14', 'Ngày 16.10.2024'],
    ["a received stamp's date and time, no signing zone", '2024-03-05', 'CÔNG VĂN ĐẾN\nĐến ngày: 15/05/2024 14:30'],
    ["a certified copy's box, signed when it was copied", '2024-04-14', 'Thời gian ký: 20.06.2024 09:12:40 +07:00\nSAO Y BẢN CHÍNH'],
  ])('%s → unchanged', (_name, iso, line) => {
    expect(monthFromSigningStamp(iso, BOX(line))).toBeNull();
  });

  it.each([
    ["the Government portal's box, signed when it published the copy", '2016-01-06', 'Ký bởi: Cổng Thông tin điện tử Chính phủ\nEmail: thongtinchinhphu@chinhphu.vn\nCơ quan: Văn phòng Chính phủ\nThời gian ký: 03.03.2016 15:24:25 +07:00'],
    ["a gazette centre's box", '2023-01-05', 'Trung tâm Công báo và Tin học\nttcbth@hanoi.gov.vn\nThời gian ký: 05.07.2023 09:10:11 +07:00'],
  ])('%s → unchanged', (_name, iso, line) => {
    expect(monthFromSigningStamp(iso, `${line}\n\nTÒA ÁN NHÂN DÂN TỐI CAO\n`)).toBeNull();
  });
});
