// The OCR'd year of a date line checked against the e-signature box's time stamp.
import { describe, expect, it } from 'vitest';
import { yearFromSigningStamp } from '../../../extractors/header/signing-year.js';

const BOX = (stamp: string) => `Trung tâm Công báo và Tin học\nttcbth@quangngai.gov.vn\nThời gian ký: ${stamp} +07:00\n\nỦY BAN NHÂN DÂN\n`;

describe('yearFromSigningStamp', () => {
  it.each([
    ['6 read for 8, signed the next day', '2016-04-03', '04.04.2018 14:21:14', '2018-04-03'],
    ['3 read for 8, signed the same day', '2013-05-20', '20/05/2018 09:00:00', '2018-05-20'],
    ['a partial date (day handwritten) in the month of signing', '2016-04', '04.04.2018 14:21:14', '2018-04'],
    // heldout-fresh28-scans b01: the box's small print read without its day ('05.03.2015').
    ['3 read for 5, the stamp\'s day lost to OCR', '2013-03-02', '03.2015 14:40:33', '2015-03-02'],
  ])('%s', (_name, iso, stamp, fixed) => {
    expect(yearFromSigningStamp(iso, BOX(stamp))).toBe(fixed);
  });

  it.each([
    ['the same year', '2018-04-03', '04.04.2018 14:21:14'],
    ['two digits apart', '2006-04-03', '04.04.2018 14:21:14'],
    ['digits OCR does not confuse', '2012-04-03', '04.04.2018 14:21:14'],
    ['signed before the date it would give', '2016-04-10', '04.04.2018 14:21:14'],
    ['signed months after', '2016-01-03', '04.04.2018 14:21:14'],
    ['no stamp: a date without a time of day', '2016-04-03', '04.04.2018'],
    ['an invalid date', 'abc', '04.04.2018 14:21:14'],
    ['the stamp\'s day lost, signed months after', '2013-01-02', '03.2015 14:40:33'],
    ['the stamp\'s day lost, signed the month before', '2013-05-02', '03.2015 14:40:33'],
    ['a cited "03.2015" without a time of day', '2013-03-02', '03.2015'],
  ])('%s → unchanged', (_name, iso, stamp) => {
    expect(yearFromSigningStamp(iso, BOX(stamp))).toBeNull();
  });
});
