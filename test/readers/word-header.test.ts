// A Word header typed with tabs (issuer ⇥ motto on each line) is read left column, then right.
import { describe, expect, it } from 'vitest';
import { unfoldTabbedHeader } from '../../pipeline/readers/word-header.js';

const BODY = 'QUYẾT ĐỊNH\n\nVề việc tặng Bằng khen\n\nCăn cứ Luật Tổ chức chính quyền địa phương;';

describe('unfoldTabbedHeader', () => {
  it('reads the issuer column first, then the motto column', () => {
    const text = `ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTỈNH QUẢNG BÌNH\t\t\tĐộc lập - Tự do - Hạnh phúc\n\nSố: /QĐ-UBND\t\tQuảng Bình, ngày tháng 10 năm 2022\n\n${BODY}`;
    expect(unfoldTabbedHeader(text)).toBe(
      `ỦY BAN NHÂN DÂN\n\nTỈNH QUẢNG BÌNH\n\nSố: /QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\nQuảng Bình, ngày tháng 10 năm 2022\n\n${BODY}`,
    );
  });

  it('keeps a line above the header where it is', () => {
    const text = `Mẫu số 08\n\nBỘ NỘI VỤ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/TB-BNV\tĐộc lập - Tự do - Hạnh phúc\n${BODY}`;
    expect(unfoldTabbedHeader(text).split('\n\n').slice(0, 5)).toEqual(['Mẫu số 08', 'BỘ NỘI VỤ', 'Số: 12/TB-BNV', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
  });

  it('a Party body\'s header: the Party title on the right', () => {
    const text = `ĐẢNG BỘ TỈNH QUẢNG BÌNH\tĐẢNG CỘNG SẢN VIỆT NAM\n\nHUYỆN ỦY LỆ THỦY\t---------------\n\n${BODY}`;
    expect(unfoldTabbedHeader(text).split('\n\n').slice(0, 4)).toEqual(['ĐẢNG BỘ TỈNH QUẢNG BÌNH', 'HUYỆN ỦY LỆ THỦY', 'ĐẢNG CỘNG SẢN VIỆT NAM', '---------------']);
  });

  it.each([
    ['a header already in one column', `ỦY BAN NHÂN DÂN\n\nTỈNH QUẢNG BÌNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n${BODY}`],
    ['a task table at the top (no motto on the right)', `TT\tNội dung\n1.\tTổng kết phong trào thi đua\n2.\tKhen thưởng\n\n${BODY}`],
    ['a single tabbed line', `ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n${BODY}`],
    ['tabs far below the top', `${BODY}\n\nMột\tCỘNG HÒA XÃ HỘI\nHai\tĐộc lập - Tự do - Hạnh phúc`],
    ['an empty text', ''],
  ])('leaves %s as it is', (_name, text) => {
    expect(unfoldTabbedHeader(text)).toBe(text);
  });
});
