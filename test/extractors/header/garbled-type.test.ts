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
