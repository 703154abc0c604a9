// Unit lists of a province's programme and a Bộ's plan copied from the web (heldout-fresh29 t01, t02):
// a body's name that holds "và" before words a list would split at, a duty verb after the body,
// a collective closed by "liên quan" and then what it is to do, a department and a local government.
import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../../extractors/tasks/units.js';
import { joinedLabelCuts, lineLabel } from '../../../extractors/tasks/prose-labels.js';

describe('unit lists', () => {
  it.each([
    // "xã hội" is no commune after "và".
    ['Sở Lao động - Thương binh và xã hội', ['Sở Lao động - Thương binh và xã hội']],
    // A duty verb after "và" goes on the body's name.
    ['Cục Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật', ['Cục Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật']],
    // "đôn đốc" is what the body is to do.
    ['Sở Thông tin và Truyền thông đôn đốc, hướng dẫn các đơn vị triển khai thực hiện', ['Sở Thông tin và Truyền thông']],
    // A collective closed by "liên quan", then its duty.
    ['đơn vị, địa phương có liên quan tham mưu thực hiện', ['đơn vị, địa phương có liên quan']],
    // A department, then a local government.
    ['Sở Lao động – Thương binh và Xã hội và Uỷ ban nhân dân các huyện, thành phố', ['Sở Lao động – Thương binh và Xã hội', 'Uỷ ban nhân dân các huyện, thành phố']],
    // Unchanged: the council's office serves both; two communes' kinds.
    ['Văn phòng HĐND và UBND quận', ['Văn phòng HĐND và UBND quận']],
    ['Sở Tài chính và các đơn vị liên quan', ['Sở Tài chính', 'các đơn vị liên quan']],
    ['Phòng Văn hóa và Thông tin, UBND các xã và thị trấn', ['Phòng Văn hóa và Thông tin', 'UBND các xã và thị trấn']],
  ])('%s', (cell, units) => {
    expect(splitUnits(cell)).toEqual(units);
  });
});

describe('a bullet label a web copy ran onto the line before it', () => {
  const line = '- Cơ quan thực hiện: Sở Văn hóa - Thể thao và Du lịch chủ trì, phối hợp với các sở, ngành và địa phương -Thời gian thực hiện: Thực hiện thường xuyên hằng năm.';
  it.each([true, false])('typed %s: cut before the glued bullet, the label read', (typed) => {
    const cuts = joinedLabelCuts(line, typed);
    expect(cuts).toEqual([line.indexOf('-Thời')]);
    expect(lineLabel(line.slice(cuts[0]), typed)).toMatchObject({ role: 'deadline', value: 'Thực hiện thường xuyên hằng năm' });
  });

  it.each([
    'Sở Văn hóa - Thể thao và Du lịch chủ trì',
    'Phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức thực hiện',
  ])('no cut in a body\'s name with a dash: %s', (text) => {
    expect(joinedLabelCuts(text, true)).toEqual([]);
  });
});
