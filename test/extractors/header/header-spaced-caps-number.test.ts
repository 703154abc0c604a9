// A dump that dropped every slash and hyphen, its header run onto one line ("TRƯỜNG ĐẠI HỌC ĐIỆN
// LỰC so 275TB DHDL Hà Nội ngày tháng năm"): the serial, a type's code and the issuer's code in
// capitals, then the place of the date line, are the header's number. A citation's number runs on
// to its date ("Số 02 CD UBND ngày 24 02 2022"); typed text is read as before.
import { describe, expect, it } from 'vitest';
import { spacedCapsBeforePlace } from '../../../extractors/header/header-zone.js';
import { headerOf } from '../header-fixture.js';

const LINE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM BỘ CÔNG THƯƠNG Độc lập Tự do Hạnh phúc TRƯỜNG ĐẠI HỌC ĐIỆN LỰC so 275TB DHDL Hà Nội ngày 28 tháng 2 năm 2022';
const doc = (first: string, ocr = true) => headerOf([first, 'THÔNG BÁO Về kế hoạch giảng dạy từ ngày 01 3 2022', 'Căn cứ Công điện số 02 CD UBND ngày 24 02 2022 của Chủ tịch UBND thành phố Hà Nội'], ocr);

describe('a number whose slashes and hyphens a dump dropped, before the place', () => {
  it('is the header\'s number', () => {
    const d = doc(LINE);
    expect(d.number).toBe('275/TB-DHDL');
    expect(d.symbol).toBe('TB-DHDL');
  });

  it('typed text: as before', () => expect(doc(LINE, false).symbol).toBeNull());

  it.each([
    ['275TB DHDL Hà Nội ngày 28', '275/TB-DHDL'],
    ['275 TB DHDL', '275/TB-DHDL'],
    // A citation runs on to its date; the first capitals no type's code; small letters after the codes.
    ['02 CD UBND ngày 24 02 2022', null],
    ['275 XY DHDL Hà Nội', null],
    ['275TB DHDL của trường', null],
  ])('%s → %s', (text, number) => expect(spacedCapsBeforePlace(text)?.value.number ?? null).toBe(number));
});
