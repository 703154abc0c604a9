// A web copy flattens the two-line issuer block "BỘ TÀI CHÍNH" / "TỔNG CỤC THUẾ" onto one line
// ("| BỘ TÀI CHÍNH TỔNG CỤC THUẾ ------- | CỘNG HÒA …"): the department issues, the ministry is its
// parent, as when the lines stay apart. A ministry's name never holds "Tổng cục" or "Cục".
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../../extractors/header/header.js';
import type { Signer } from '../../../output/schema.js';
import { testContext } from '../context.js';

const noSigner: Signer = { name: null, title: null, authority: null };

function issuerOf(block: string[]) {
  const text = [
    ...block,
    '| Số: 1414/TCT-CS V/v hỗ trợ người có công với cách mạng cải thiện nhà ở. | Hà Nội, ngày 04 tháng 05 năm 2013 |',
    '',
    'Kính gửi: Cục Thuế tỉnh Hà Tĩnh.',
  ].join('\n');
  const issuer = extractHeader(text, testContext(), noSigner).issuer;
  return { name: issuer.name, parent: issuer.parent, level: issuer.level };
}

describe('a ministry and its department on one line', () => {
  it.each([
    [['| BỘ TÀI CHÍNH TỔNG CỤC THUẾ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |', '|---|---'], 'Tổng cục Thuế', 'Bộ Tài chính'],
    [['BỘ TÀI CHÍNH', 'TỔNG CỤC THUẾ'], 'Tổng cục Thuế', 'Bộ Tài chính'],
    [['| BỘ XÂY DỰNG CỤC QUẢN LÝ NHÀ VÀ THỊ TRƯỜNG BẤT ĐỘNG SẢN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |'], 'Cục Quản lý nhà và thị trường bất động sản', 'Bộ Xây dựng'],
  ])('%j', (block, name, parent) => {
    expect(issuerOf(block)).toEqual({ name, parent, level: 'central' });
  });

  it.each([
    // A ministry alone, and one whose name holds no department head, stay whole.
    [['| BỘ TÀI CHÍNH ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |'], 'Bộ Tài chính'],
    [['| BỘ NỘI VỤ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |'], 'Bộ Nội vụ'],
  ])('%j stays one body', (block, name) => {
    expect(issuerOf(block)).toEqual({ name, parent: null, level: 'central' });
  });
});
