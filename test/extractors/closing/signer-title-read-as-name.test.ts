// Lines OCR leaves where the signature's title or a stroke was misread, taken for the signer's name
// before: the title read with a letter lost ("CHỦ TỊC ICH": Chủ opens an office, the family names
// are Chu and Chử), a stroke read as a lone letter before given names ("Ò Dinh Tùng"), and the name
// with the next sheet's heading glued after it ("Nguyễn Ngọc Hè/ “DANH MỤC …"). Lines as OCR read
// them on real scans (a city's decision at 150 dpi, a district's letter photographed).
import { describe, expect, it } from 'vitest';
import { extractSigner } from '../../../extractors/closing/signer.js';
import { isPersonName } from '../../../extractors/closing/person-name.js';
import { foldVietnamese } from '../../../normalizers/fold.js';
import { testContext } from '../context.js';

const RECIPIENTS = 'Nơi nhận:\n- Như Điều 3;\n- Sở Thông tin và Truyền thông;\n- Lưu: VT.\n';

function signer(text: string) {
  return extractSigner(text, testContext(), undefined, true);
}

describe('isPersonName', () => {
  // The title in capitals with one mark lost under the seal ("CHU TỊCH": the hook of CHỦ), its other marks kept.
  it.each([['CHỦ TỊC ICH'], ['Chủ Tịc Ich'], ['Ò Dinh Tùng'], ['Ả Văn Bình'], ['CHU TỊCH DLỊC'], ['CHU TỊCH UBND'], ['GIAM ĐỐC SỞ'], ['TONG GIÁM BOC'], ['PHO GIAM BOC']])('%s is no name', (text) => {
    expect(isPersonName(text, foldVietnamese(text.toLowerCase()))).toBe(false);
  });

  it.each([['Chu Văn An'], ['CHU VĂN AN'], ['Chử Văn Lâm'], ['Y Jút Niê'], ['H Bia Niê'], ['A Sa Kiên'], ['Nguyễn Ngọc Hè'], ['CHU VĂN TỊCH'], ['TRƯƠNG VĂN QUÂN'], ['Chu Tịch Hà'], ['NGUYỄN CÔNG HÒA'], ['TRẦN THỊ XÁ']])('%s is a name', (text) => {
    expect(isPersonName(text, foldVietnamese(text.toLowerCase()))).toBe(true);
  });
});

describe('the signer under a misread title', () => {
  it('takes the name glued before the next sheet\'s heading, not the title read with a letter lost', () => {
    const text = `${RECIPIENTS}KT. CHỦ TỊCH\nCHỦ TỊC ICH\nNguyễn Ngọc Hè/ “ĐANH: MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN\nGIẢI QUYẾT CỦA SỞ TƯ PHÁP\n`;
    expect(signer(text)).toMatchObject({ name: 'Nguyễn Ngọc Hè', authority: 'KT.' });
  });

  it('gives no name for given names after a stroke read as a letter', () => {
    expect(signer(`${RECIPIENTS}MU TỊCH\nÒ Dinh Tùng\n`).name).toBeNull();
  });

  it('takes the name under a deputy\'s title read with the hook of CHỦ lost and a seal\'s scrap after it', () => {
    // As a licence of a province read at 150 dpi: "PHÓ CHỦ TỊCH" under the seal read "PHO CHU TỊCH DLỊC".
    expect(signer(`${RECIPIENTS}KT. CHỦ TỊCH\nPHO CHU TỊCH DLỊC\nNguyễn Thành Sinh\n`)).toMatchObject({ name: 'Nguyễn Thành Sinh', authority: 'KT.' });
  });

  it.each([
    ['Nguyễn Văn An CHỦ TỊCH UBND', 'Nguyễn Văn An'],
    ['Trần Thị Hoa', 'Trần Thị Hoa'],
  ])('KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / %s → %s', (line, name) => {
    expect(signer(`${RECIPIENTS}KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n${line}\n`).name).toBe(name);
  });
});
