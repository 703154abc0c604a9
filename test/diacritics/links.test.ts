// Addresses and loanwords in stripped lines: left as written, the words around them restored.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';
import { linkSpans } from '../../normalizers/diacritics/tokens.js';

describe('linkSpans', () => {
  it.each([
    ['gui ve dia chi info@abc.gov.vn truoc ngay', ['info@abc.gov.vn']],
    ['xem tai https://thuvien.vn/van-ban/tai-lieu.html hoac www.chinhphu.vn.', ['https://thuvien.vn/van-ban/tai-lieu.html', 'www.chinhphu.vn.']],
    ['(https://dichvucong.gov.vn)', ['https://dichvucong.gov.vn']],
    ['khong co dia chi nao', []],
    ['a @ b', []],
    // File names and file types named alone: a saved name's slug and "pdf" are no words.
    ['tu NQ-88-NQ-CP-22-7-2022-chuong-trinh-hanh-dong.docx gom 112 doan', ['NQ-88-NQ-CP-22-7-2022-chuong-trinh-hanh-dong.docx']],
    ['gui ban Word va ban pdf ve So', ['pdf']],
    ['Ban trich chu tu dong (docx) tu van ban', ['docx']],
    ['dinh kem Ke hoach 12.doc va bang tong hop.XLSX', ['12.doc', 'hop.XLSX']],
    // A bare "doc" is a stripped syllable (đọc), and a stop is no file's dot.
    ['doc ky van ban truoc khi gui.', []],
    // A site's name without "www.", in brackets or at a sentence's end; not a stop between two words or an abbreviation.
    ['tren Cong du lieu hoa chat quoc gia (chemicaldata.gov.vn) theo quy dinh', ['chemicaldata.gov.vn']],
    ['nop ho so qua dichvucong.gov.vn.', ['dichvucong.gov.vn']],
    ['tai TP.HCM va v.v cac tinh.Tiep theo', []],
  ])('%s', (line, expected) => {
    expect(linkSpans(line).map(([a, b]) => line.slice(a, b))).toEqual(expected);
  });
});

describe('restoring around addresses and loanwords', () => {
  let restorer: Restorer;
  beforeAll(() => {
    restorer = new Restorer(loadModel());
  });
  const body = 'Ke hoach trien khai cong tac thi dua khen thuong nam 2024 cua tinh';
  it.each([
    ['Moi y kien gop y gui ve dia chi info@abc.gov.vn truoc ngay 15', 'info@abc.gov.vn', 'gửi về địa chỉ'],
    ['Van ban dang tai tai https://thuvien.vn/van-ban/tai-lieu.html de tra cuu', 'https://thuvien.vn/van-ban/tai-lieu.html', 'để tra cứu'],
    ['**E-mail:** vanphong@abc.vn', '**E-mail:**', 'vanphong@abc.vn'],
    ['gui qua thu dien tu (e-mail) va website cua so', '(e-mail) và website', 'thư điện tử'],
    ['Ban trich tu NQ-88-chuong-trinh-hanh-dong.docx de doi chieu', 'NQ-88-chuong-trinh-hanh-dong.docx', 'để đối chiếu'],
    ['Cac don vi gui ban pdf va ban docx ve So Noi vu', 'bản pdf và', 'docx về Sở Nội vụ'],
    ['Cap nhat len Cong du lieu (chemicaldata.gov.vn) theo quy dinh', '(chemicaldata.gov.vn)', 'theo quy định'],
  ])('%s', (line, kept, restored) => {
    const out = restorer.restore(`${body}\n${line}`).text.split('\n')[1]!;
    expect(out).toContain(kept);
    expect(out).toContain(restored);
  });
});
