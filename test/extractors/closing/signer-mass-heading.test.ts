// A mass organisation's heading ("ĐOÀN TNCS HỒ CHÍ MINH", "ĐẢNG CỘNG SẢN VIỆT NAM") reads like a
// person's name ("Đoàn", "Đảng" fold to family names; "Hồ Chí Minh" is one): it is never the signer.
// heldout-fresh30-scans d04, a Youth Union notice whose signer's name (stamped in red script) OCR
// could not read, took the header's heading for the signer, the number line above it for the title.
import { describe, expect, it } from 'vitest';
import { extractSigner } from '../../../extractors/closing/signer.js';
import { testContext } from '../context.js';

const header = (heading: string) => `BCH ĐOÀN TRƯỜNG ĐẠI HỌC\nCÔNG NGHIỆP THỰC PHẨM TP.HCM\n*k%\nSố: ... -TB/ĐTN\n${heading}\nTP.Hồ Chí Minh, ngày ... tháng 9 năm 2014\nTHÔNG BÁO\nVề việc nhận hồ sơ xét trao học bổng\n`;
const BODY = 'Ban Thường vụ Đoàn Trường đề nghị các đơn vị thực hiện đúng các nội dung của thông báo này.\nNơi nhận:\n- Lưu VPĐ\nTM. BAN THƯỜNG VỤ ĐOÀN TRƯỜNG\nTHƯ\n';

describe("a mass organisation's heading is no signer's name", () => {
  it.each([['ĐOÀN TNCS HỒ CHÍ MINH'], ['ĐOẢN TNCS HỎ CHÍ MINH'], ['ĐẢNG CỘNG SẢN VIỆT NAM']])('%s', (heading) => {
    const signer = extractSigner(header(heading) + BODY, testContext(), undefined, true);
    expect(signer.name).toBeNull();
  });

  it('a name under the block is still read', () => {
    expect(extractSigner(`${header('ĐOÀN TNCS HỒ CHÍ MINH')}${BODY.replace('THƯ\n', 'BÍ THƯ\nTrần Tuấn Hiệp\n')}`, testContext(), undefined, true).name).toBe('Trần Tuấn Hiệp');
  });
});
