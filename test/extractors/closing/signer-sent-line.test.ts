// A recipient list that ends with how the copies went ("Gửi: Văn bản điện tử.") and a signature
// column whose titles an OCR layer glued to the recipients' lines: the name below is still the signer.
import { describe, expect, it } from 'vitest';
import { extractSigner } from '../../../extractors/closing/signer.js';
import { testContext } from '../context.js';

const tail = (sent: string) =>
  [
    'Văn phòng Sở thông báo để các phòng, đơn vị căn cứ triển khai thực hiện./.',
    '',
    ' Nơi nhận:',
    '                                                TL. GIÁM ĐỐC',
    '-Lãnh đạo Sở;',
    '-Các phòng, đơn vị thuộc Sở; KT. CHÁNH VĂN PHÒNG',
    '-CBCCVC Sở; PHÓ CHÁNH VĂN PHÒNG',
    '-Lưu: VT, VP.',
    sent,
    '',
    '',
    '                                                 Dương Văn Tuấn',
  ].join('\n');

describe('a "Gửi:" line closing the recipients', () => {
  it.each([['Gửi: Văn bản điện tử.'], ['(Gửi bản điện tử)']])('%j does not hide the signer', (sent) => {
    const signer = extractSigner(tail(sent), testContext(), undefined, true);
    expect(signer.name).toBe('Dương Văn Tuấn');
    expect(signer.title).toBe('PHÓ CHÁNH VĂN PHÒNG');
    expect(signer.authority).toBe('KT.');
  });

  it('a line that is not the list\'s is not taken for one', () => {
    const signer = extractSigner(tail('Gửi ý kiến về Sở trước ngày 15/02/2017.'), testContext(), undefined, true);
    expect(signer.name).toBeNull();
  });
});
