// Unit cells written as numbered assignments (the lead column of Government resolutions'
// appendices, e.g. NQ 109/NQ-CP 2026): each item's bodies are the units, what they do is not.
import { describe, expect, it } from 'vitest';
import { assignedBodies, numberedAssignments } from '../../../extractors/tasks/numbered-assignments.js';
import { splitUnits } from '../../../extractors/tasks/units.js';

describe('a unit cell of numbered assignments', () => {
  it.each([
    [
      'bodies, then their work',
      '1. Bộ Tài chính tổng kết, đánh giá cơ chế, chính sách đặc thù (trong Quý II/2026). 2. Bộ Tư pháp, các bộ, cơ quan tham mưu, đề xuất trong quá trình sửa đổi các quy định',
      ['Bộ Tài chính', 'Bộ Tư pháp', 'các bộ, cơ quan'],
    ],
    [
      'a topic before the body',
      '1. Về phát triển công nghiệp quốc gia: Bộ Công Thương chủ trì. 2. Về quản lý các khu công nghiệp: Bộ Tài chính chủ trì. 3. Về công nghiệp chiến lược: Bộ Khoa học và Công nghệ chủ trì',
      ['Bộ Công Thương', 'Bộ Tài chính', 'Bộ Khoa học và Công nghệ'],
    ],
    ['no full stop between items, "đối với"', '1. Bộ Nông nghiệp và Môi trường đối với tín chỉ các bon 2. Bộ Tài chính đối với sàn giao dịch', ['Bộ Nông nghiệp và Môi trường', 'Bộ Tài chính']],
    ['a body\'s own capitalised words are not its work', '1. Bộ Xây dựng chủ trì. 2.Bộ Tư pháp phối hợp', ['Bộ Xây dựng', 'Bộ Tư pháp']],
    ['a kind naming its bodies after a colon', '1. Bộ Khoa học và Công nghệ chủ trì theo dõi. 2. Các Bộ: Xây dựng, Công Thương, các bộ, cơ quan theo chức năng, nhiệm vụ được giao.', ['Bộ Khoa học và Công nghệ', 'Bộ Xây dựng', 'Bộ Công Thương', 'các bộ, cơ quan']],
    ['an item that names no body gives nothing', '1. Bộ Công an chủ trì. 2. Trên cơ sở kết quả, đề xuất sửa đổi', ['Bộ Công an']],
    // A board's own name holds work words ("xây dựng"): it runs to the place it serves, or past the board's kind.
    ['a project board named to its province', '1. Ban Quản lý dự án đầu tư xây dựng tỉnh chủ trì. 2. Sở Tài chính phối hợp', ['Ban Quản lý dự án đầu tư xây dựng tỉnh', 'Sở Tài chính']],
    ['a project board named without a place', '1. Ban Quản lý dự án đầu tư xây dựng chủ trì thực hiện. 2. Sở Xây dựng hướng dẫn', ['Ban Quản lý dự án đầu tư xây dựng', 'Sở Xây dựng']],
    ['a project board of a named province', '1. Ban Quản lý dự án đầu tư xây dựng tỉnh Ninh Bình triển khai. 2. Sở Tài chính phối hợp', ['Ban Quản lý dự án đầu tư xây dựng tỉnh Ninh Bình', 'Sở Tài chính']],
  ])('%s', (_name, cell, units) => {
    expect(splitUnits(cell)).toEqual(units);
  });

  it.each([
    ['one item only', '1. Sở Tư pháp'],
    ['numbers out of order', '2. Bộ Tài chính 1. Bộ Y tế'],
    ['not numbered from its start', 'Bộ Tài chính 2. Bộ Y tế'],
    ['a plain list', 'Bộ Tài chính, Bộ Y tế'],
  ])('is not read so with %s', (_name, cell) => {
    expect(numberedAssignments(cell)).toBeNull();
  });

  it.each([
    ['Bộ Tư pháp, các bộ, cơ quan tham mưu, đề xuất', 'Bộ Tư pháp, các bộ, cơ quan'],
    ['Các bộ, cơ quan, địa phương tổ chức triển khai', 'Các bộ, cơ quan, địa phương'],
    ['Bộ Tài chính (chủ trì)', 'Bộ Tài chính'],
    ['Bộ Công an: chủ trì kinh tế dữ liệu', 'Bộ Công an'],
    ['Các Bộ: Xây dựng, Công Thương', 'Các Bộ: Xây dựng, Công Thương'],
    ['Ban Quản lý dự án đầu tư xây dựng tỉnh chủ trì', 'Ban Quản lý dự án đầu tư xây dựng tỉnh'],
    ['Ban Chỉ đạo thực hiện Đề án của tỉnh chủ trì', 'Ban Chỉ đạo thực hiện Đề án của tỉnh'],
    // The work after a board's place, or a place named after its work, is no part of its name.
    ['Ban Chỉ đạo tỉnh tổ chức thực hiện', 'Ban Chỉ đạo tỉnh'],
    ['Ban Chỉ đạo chủ trì, xây dựng kế hoạch của tỉnh', 'Ban Chỉ đạo'],
    ['Ban Quản lý dự án đầu tư xây dựng chủ trì, xây dựng hồ sơ trình tỉnh', 'Ban Quản lý dự án đầu tư xây dựng'],
    // Guiding others, or a place where the work is done, ends the board's name.
    ['Ban Quản lý dự án hướng dẫn các xã triển khai mô hình tại huyện Ba Vì', 'Ban Quản lý dự án'],
    ['Ban Chỉ đạo xây dựng nông thôn mới hướng dẫn thực hiện trên địa bàn tỉnh', 'Ban Chỉ đạo'],
    ['Ban Chỉ đạo triển khai mô hình ở huyện Ba Vì', 'Ban Chỉ đạo'],
  ])('assignedBodies(%j) → %j', (item, bodies) => {
    expect(assignedBodies(item)).toBe(bodies);
  });
});

describe('unit lists', () => {
  it('split before "Thanh tra Chính phủ" as before any named body', () => {
    expect(splitUnits('Bộ Lao động - Thương binh và Xã hội, Thanh tra Chính phủ, các bộ, ngành và địa phương')).toEqual(['Bộ Lao động - Thương binh và Xã hội', 'Thanh tra Chính phủ', 'các bộ, ngành và địa phương']);
  });
  it.each([
    ['names end at a part in small letters', 'Các Bộ: Xây dựng, Công Thương, các bộ, cơ quan', ['Bộ Xây dựng', 'Bộ Công Thương', 'các bộ, cơ quan']],
    ['a field name with its own comma stays one', 'Các Bộ: Văn hóa, Thể thao và Du lịch, Nội vụ', ['Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Nội vụ']],
    ['names in capitals all take the kind', 'Các Sở: Tài chính, Xây dựng', ['Sở Tài chính', 'Sở Xây dựng']],
  ])('after "Các <kind>:": %s', (_name, cell, units) => {
    expect(splitUnits(cell)).toEqual(units);
  });
});
