// A body named "… TỈNH" bare under a department that names its province: the unit word is
// matched without its tone mark, which OCR misreads more often than a letter.
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../../extractors/header/header.js';
import type { Signer } from '../../../output/schema.js';
import { testContext } from '../context.js';

const noSigner: Signer = { name: null, title: null, authority: null };
const header = (block: string) => {
  const text =
    `${block}\nSố: 6191/BVT-TCKT\nV/v đăng tải thông tin\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n` +
    'Bắc Ninh, ngày 27 tháng 9 năm 2021\nKính gửi: Cổng thông tin\nBệnh viện đa khoa tỉnh Bắc Ninh đề nghị đăng tải.';
  return extractHeader(text, testContext(), noSigner, undefined, true);
};

describe('a bare unit word read with the wrong tone mark', () => {
  it.each([
    ['TỈNH as printed', 'BỆNH VIỆN ĐA KHOA TỈNH'],
    ['TĨNH (tilde for hook)', 'BỆNH VIỆN ĐA KHOA TĨNH'],
    ['TÍNH (acute for hook)', 'BỆNH VIỆN ĐA KHOA TÍNH _.'],
    ['glued and misread', 'BỆNH VIỆN ĐA KHOATĨNH'],
  ])('%s', (_name, line) => {
    const document = header(`SỞ Y TẾ BẮC NINH\n${line}`);
    expect(document.issuer).toMatchObject({ name: expect.stringMatching(/^Bệnh viện Đa khoa tỉnh Bắc Ninh$/i), level: 'province', locality: 'Bắc Ninh' });
  });

  it('a body ending in another word is not taken for a bare unit', () => {
    const document = header('SỞ Y TẾ BẮC NINH\nBỆNH VIỆN ĐA KHOA TINH THẦN');
    expect(document.issuer.name ?? '').not.toMatch(/tỉnh Bắc Ninh$/i);
  });
});
