// A web copy that kept one line per paragraph ran a numbered heading and its first sub-item's
// number together (heldout-fresh29 t01): the sub-item opens a line of its own.
import { describe, expect, it } from 'vitest';
import { splitHeadingFromFirstItem } from '../../normalizers/heading-first-item.js';

describe('a heading run into its first sub-item', () => {
  it.each([
    ['2. Nâng cao năng lực quản lý nhà nước về quan hệ lao động 2.1.\nRà soát, kiến nghị …', '2. Nâng cao năng lực quản lý nhà nước về quan hệ lao động\n2.1.\nRà soát, kiến nghị …'],
    ['3. Giải quyết tốt tranh chấp lao động và đình công 3.1. Rà soát, kiện toàn …', '3. Giải quyết tốt tranh chấp lao động và đình công\n3.1. Rà soát, kiện toàn …'],
    // Unchanged: another number's sub-item, a clause cited in a sentence, a table row, a line not opening with a heading.
    ['2. Nâng cao năng lực 3.1. Rà soát', '2. Nâng cao năng lực 3.1. Rà soát'],
    ['2. Thực hiện theo mục 2.1. của Kế hoạch', '2. Thực hiện theo mục 2.1. của Kế hoạch'],
    ['| 2. Nội dung 2.1. Rà soát |', '| 2. Nội dung 2.1. Rà soát |'],
    ['Theo khoản 2. Điều 3 và 2.1. Rà soát', 'Theo khoản 2. Điều 3 và 2.1. Rà soát'],
    // A clause cited before a capital: the number names a part of a document, not the heading's first item.
    ['1. Thực hiện theo điểm 1.1. Phụ lục kèm theo', '1. Thực hiện theo điểm 1.1. Phụ lục kèm theo'],
    ['2. Nội dung quy định tại mục 2.1. Kế hoạch số 15/KH-UBND', '2. Nội dung quy định tại mục 2.1. Kế hoạch số 15/KH-UBND'],
    ['4. Tổ chức thực hiện Phần 4.1. Chương trình', '4. Tổ chức thực hiện Phần 4.1. Chương trình'],
  ])('%j', (text, expected) => {
    const out = splitHeadingFromFirstItem(text);
    expect(out).toBe(expected);
    expect(out.length).toBe(text.length);
  });
});
