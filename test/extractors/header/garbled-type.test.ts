// A type heading OCR garbled past its name is read by the one type name a couple of letters
// from it, in the heading's place under the date line.
import { describe, expect, it } from 'vitest';
import { garbledTypeHeading } from '../../../extractors/header/garbled-type.js';
import { extractHeader } from '../../../extractors/header/header.js';
import type { Signer } from '../../../output/schema.js';
import { testContext } from '../context.js';

describe('garbledTypeHeading', () => {
  it.each([
    ['QUỸ DINTI', 'Quy định'],
    ['KE HOACII', 'Kế hoạch'],
    ['QUYET DINII', 'Quyết định'],
    ['CHI TH1', 'Chỉ thị'],
    ['THONG BAO', null], // read right: another reader's
    ['TỔNG GIÁM ĐỐC', null],
    ['V chi tiêu nội bộ', null],
    ['QUY CHE DINH', null],
  ])('%j → %s', (line, type) => {
    expect(garbledTypeHeading(line)?.name ?? null).toBe(type);
  });
});

describe('the garbled heading under the date line wins over the enacting formula below', () => {
  const noSigner: Signer = { name: null, title: null, authority: null };
  const text = [
    'NGÂN HÀNG NÔNG NGHIỆP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'VÀ PHÁT TRIỂN NÔNG THÔN VIỆT NAM Độc lập - Tự do - Hạnh phúc',
    'Số: 2668/QĐ-NHNo-TCKT Hà Nội, ngày 11 tháng 12 năm 2019',
    '',
    '                 QUỸ DINTI',
    '     V chi tiêu nội bộ trong hệ thống Agribank',
    '',
    'TỔNG GIÁM ĐỐC',
    'Căn cứ Luật Các tổ chức tín dụng ngày 16 tháng 6 năm 2010;',
    'QUYẾT ĐỊNH BAN HÀNH',
    'Quy định về chi tiêu nội bộ',
  ].join('\n');

  it('OCR text', () => expect(extractHeader(text, testContext(), noSigner, undefined, true, undefined, true).type).toBe('Quy định'));
  it('typed text is read as typed', () => expect(extractHeader(text, testContext(), noSigner).type).toBe('Quyết định'));
});

// A heading the engine garbled is no type line to the segmenter, so the trích yếu under it runs on
// in the same cell (a joint plan's "KẾ HOẠCH LIÊN TỊCH" read "KÉẺ HOẠCH LIÊN TỊCH": the Ế's two
// marks read as a second vowel). The heading is that cell's first line, the trích yếu the rest.
describe('a garbled heading with its trích yếu run on under it', () => {
  const noSigner: Signer = { name: null, title: null, authority: null };
  const header = (heading: string, gap: string[]) =>
    extractHeader(
      [
        'ĐOÀN TNCS HỒ CHÍ MINH',
        'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO',
        'QUẬN NGŨ HÀNH SƠN',
        'Số: ... /KHLT-ĐTN-GDĐT',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Ngũ Hành Sơn, ngày ... tháng ... năm 2019',
        heading,
        ...gap,
        'Tổ chức sinh hoạt chuyên đề “Luật trẻ em” năm học 2018 - 2019',
        'Thực hiện Chương trình Công tác Đội và phong trào thiếu nhi năm học 2018 - 2019;',
      ].join('\n'),
      testContext(),
      noSigner,
      undefined,
      true,
      undefined,
      true,
    );

  it.each([
    ['KÉẺ HOẠCH LIÊN TỊCH', [], 'Kế hoạch liên tịch'],
    ['KÉẺ HOẠCH LIÊN TỊCH', [''], 'Kế hoạch liên tịch'],
    ['KE HOACII', [], 'Kế hoạch'],
  ])('%j (then %j) is the type, the next line the trích yếu', (heading, gap, type) => {
    const doc = header(heading, gap);
    expect(doc.type).toBe(type);
    expect(doc.typeCode).toBe('KH');
    expect(doc.title).toBe('Tổ chức sinh hoạt chuyên đề “Luật trẻ em” năm học 2018 - 2019');
  });

  it('a first line far from every type name is still no heading', () => {
    expect(header('BAN THƯỜNG VỤ QUẬN ĐOÀN', []).type).not.toMatch(/^Kế hoạch/);
  });

  it('a lone word cut from a longer cell is no heading (a portal box\'s "THỐNG" two edits from THÔNG TƯ)', () => {
    expect(header('THỐNG', []).type).not.toBe('Thông tư');
  });
});
