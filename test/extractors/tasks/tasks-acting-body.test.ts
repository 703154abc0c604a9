// The body a step's paragraph names as doing the work (acting-body.ts), for steps that print
// only their time: the subject before the first verb of work, past an opening clause, and the
// partners of "X chủ trì, phối hợp với Y".
import { describe, expect, it } from 'vitest';
import { actingBodyOf } from '../../../extractors/tasks/acting-body.js';

describe('actingBodyOf', () => {
  it.each([
    {
      name: 'opening clause, then "X chủ trì, phối hợp với Y, Z <verb>"',
      text: 'Trên cơ sở đề nghị của Ủy ban nhân dân quận, huyện, Sở Xây dựng chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội, Sở Tài chính lập Đề án hỗ trợ.',
      expected: { lead: ['Sở Xây dựng'], support: ['Sở Lao động - Thương binh và Xã hội', 'Sở Tài chính'] },
    },
    {
      name: 'subject then "chỉ đạo"',
      text: 'Ủy ban nhân dân quận, huyện chỉ đạo Phòng Lao động - Thương binh và Xã hội rà soát danh sách.',
      expected: { lead: ['Ủy ban nhân dân quận, huyện'], support: [] },
    },
    {
      name: '"Sau khi …," clause whose own bodies are not the subject',
      text: 'Sau khi Ủy ban nhân dân Thành phố phê duyệt Đề án, Sở Tài chính lập thủ tục bố trí kinh phí.',
      expected: { lead: ['Sở Tài chính'], support: [] },
    },
    {
      name: 'a work verb inside the body\'s name ("Sở Xây dựng") is not its work',
      text: 'Sở Xây dựng tổng hợp, báo cáo Ủy ban nhân dân Thành phố.',
      expected: { lead: ['Sở Xây dựng'], support: [] },
    },
  ])('$name', ({ text, expected }) => {
    expect(actingBodyOf(text)).toEqual(expected);
  });

  it.each([
    ['a sentence that opens on no body', 'Nhà nước hỗ trợ trực tiếp cho hộ gia đình có nhà ở bị hư hỏng.'],
    ['an opening clause no body follows', 'Căn cứ Quyết định số 22/2013/QĐ-TTg, việc hỗ trợ được thực hiện đúng đối tượng.'],
    ['a body with no verb of work after it', 'Sở Tài chính và Sở Xây dựng.'],
  ])('%s: none', (_name, text) => {
    expect(actingBodyOf(text)).toBeNull();
  });
});
