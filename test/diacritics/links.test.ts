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
  ])('%s', (line, kept, restored) => {
    const out = restorer.restore(`${body}\n${line}`).text.split('\n')[1]!;
    expect(out).toContain(kept);
    expect(out).toContain(restored);
  });
});
