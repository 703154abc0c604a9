// A form's row of signature captions ("TRƯỞNG KHOA | CỐ VẤN HỌC TẬP | BAN CÁN SỰ LỚP", each over
// "(Ký, ghi rõ họ và tên)" and a blank to sign in): a caption beside another on its line is no
// name signed under a title. heldout-fresh30-scans d08, a notice whose annex is such a form, took
// 'VẤN HỌC TẬP' for its signer and 'TRƯỞNG KHOA' for the title.
import { describe, expect, it } from 'vitest';
import { extractSigner } from '../../../extractors/closing/signer.js';
import { testContext } from '../context.js';

const BODY = 'Nhà trường thông báo để sinh viên thực hiện nghiêm túc nội dung thông báo trên.\nNơi nhận:\n- BGH (để báo cáo);\n- Lưu: VT, CTSV & TTrGD/\n';
const FORM = 'KẾT QUẢ BÌNH XÉT KHEN THƯỞNG CÁ NHÂN, TẬP THỂ NĂM HỌC 2018- 2019\nDanh hiệu tập thể được lớp đề nghị:\n\t\t\tTp.HCM, ngày tháng\tnăm 2019\n';

describe("a form's row of signature captions", () => {
  it.each([
    ['TRƯỞNG KHOA\tCÓ VÁN HỌC TẬP\t\tBAN CÁN SỰ LỚP\t\ntÁÍ, ghi rõ họ vũ nằm\ttÁt gia rõ hà và tên:\tBÍ THƯ ĐÀN\tLỚP PHÓ\tLỚP TRƯỜNG'],
    ['TRƯỞNG KHOA\tCỐ VẤN HỌC TẬP\tBÍ THƯ ĐOÀN\tLỚP TRƯỞNG\n(Ký, ghi rõ họ và tên)\t(Ký, ghi rõ họ và tên)'],
  ])('%#: gives no signer', (captions) => {
    expect(extractSigner(BODY + FORM + captions, testContext(), undefined, true).name).toBeNull();
  });

  it('a name under its title is still read', () => {
    expect(extractSigner(`${BODY}HIỆU TRƯỞNG\nNguyễn Xuân Hoàn`, testContext(), undefined, true)).toMatchObject({ name: 'Nguyễn Xuân Hoàn', title: 'HIỆU TRƯỞNG' });
  });
});
