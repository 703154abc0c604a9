// Two OCR layers' header garbles: an incoming-mail stamp's lines run into the type heading beside
// them ("… CÔNG VĂN ĐẾN CHỈ THỊ Số: …"), and a number line lost but for the issuer's code, glued to
// the place on the date line ("BTTTTHà Nội, ngày …"). Typed text is read as printed.
import { describe, expect, it } from 'vitest';
import { headerOf } from '../header-fixture.js';

const header = (lines: string[], ocrOrigin = true) => headerOf(lines, ocrOrigin);

const ministry = ['BỘ THÔNG TIN VÀ TRUYỀN THÔNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '                              Độc lập - Tự do - Hạnh phúc', ''];

describe('an incoming-mail stamp run into the type heading', () => {
  const stamped = (heading: string) => [...ministry, '          Hà Nội, ngày 03 tháng 01 năm 2017', `SỞ THÔNG TIN VÀ TRUYỀN THÔNG HÀ TWH CÔNG VĂN ĐẾN ${heading} So'IL^^MJ`, 'Về công tác năm 2017', '', 'Trong thời gian qua, ngành đã triển khai.'];

  it.each([
    ['CHỈ THỊ', 'Chỉ thị'],
    ['QUYẾT ĐỊNH', 'Quyết định'],
    ['THÔNG BÁO', 'Thông báo'],
  ])('OCR: the heading %s after the stamp is the type', (heading, type) => {
    expect(header(stamped(heading)).type).toBe(type);
  });

  it.each([
    ['typed text', stamped('CHỈ THỊ'), false],
    ['the stamp\'s words in small letters (a sentence)', [...ministry, 'Hà Nội, ngày 03 tháng 01 năm 2017', 'Sở nhận công văn đến chỉ thị của Bộ', ''], true],
    ['no type after the stamp', [...ministry, 'Hà Nội, ngày 03 tháng 01 năm 2017', 'SỞ THÔNG TIN CÔNG VĂN ĐẾN Số: 12', ''], true],
  ])('%s: no type from it', (_how, lines, ocr) => {
    expect(header(lines, ocr).type).toBeNull();
  });
});

describe('the issuer\'s code glued to the place on the date line', () => {
  const dated = (line: string) => [...ministry, line, '', 'QUYẾT ĐỊNH', 'Về chức năng, nhiệm vụ của Trung tâm'];

  it('OCR: the type\'s code and the issuer\'s code make the symbol, the place keeps its first word', () => {
    const doc = header(dated('                       BTTTTHà Nội, ngày^ tháng 01 năm 2018'));
    expect(doc.symbol).toBe('QĐ-BTTTT');
    expect(doc.number).toBeNull();
    expect(doc.place).toBe('Hà Nội');
  });

  it.each([
    ['a code that is not the issuer\'s initials (any part of a longer symbol)', '                       VPHà Nội, ngày 05 tháng 01 năm 2018', true],
    ['typed text', '                       BTTTTHà Nội, ngày 05 tháng 01 năm 2018', false],
  ])('%s: no symbol', (_how, line, ocr) => {
    expect(header(dated(line), ocr).symbol).toBeNull();
  });
});
