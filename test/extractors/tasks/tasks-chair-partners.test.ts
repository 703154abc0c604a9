// The lead and partners of "X chủ trì, phối hợp với Y": one reading for numbered assignments and
// for a block assigning lettered points.
import { describe, expect, it } from 'vitest';
import { chairAndPartners, partnersOpener } from '../../../extractors/tasks/chair-partners.js';
import { foldVietnamese } from '../../../normalizers/fold.js';

const read = (bodies: string) => chairAndPartners(bodies, foldVietnamese(bodies).toLowerCase());

describe('the lead and the partners of bodies assigned together', () => {
  it.each([
    ['a chair, then partners', 'Bảo hiểm xã hội thành phố chủ trì phối hợp với Sở Y tế, Liên đoàn Lao động', 'Bảo hiểm xã hội thành phố', 'Sở Y tế, Liên đoàn Lao động'],
    ['a chair with a comma and "và"', 'Sở Y tế chủ trì, và phối hợp với Sở Tài chính', 'Sở Y tế', 'Sở Tài chính'],
    ['partners without "với"', 'Sở Y tế, Bảo hiểm xã hội thành phố phối hợp Sở Giáo dục và Đào tạo', 'Sở Y tế, Bảo hiểm xã hội thành phố', 'Sở Giáo dục và Đào tạo'],
    ['partners worked with closely', 'Sở Y tế phối hợp chặt chẽ với Công an thành phố', 'Sở Y tế', 'Công an thành phố'],
    ['no chair, no partners: all lead', 'Bảo hiểm xã hội thành phố, Ủy ban nhân dân các quận, huyện', 'Bảo hiểm xã hội thành phố, Ủy ban nhân dân các quận, huyện', ''],
    ['a chair alone', 'Sở Văn hóa và Thể thao chủ trì', 'Sở Văn hóa và Thể thao', ''],
  ])('%s', (_name, bodies, lead, partners) => {
    expect(read(bodies)).toEqual({ lead, partners });
  });

  it.each([
    ['phoi hop voi so y te', 'phoi hop voi '.length],
    ['va phoi hop chat che voi so y te', 'va phoi hop chat che voi '.length],
    ['phoi hop chat che so y te', 'phoi hop chat che '.length],
    ['to chuc thuc hien', 0],
    ['so y te phoi hop voi', 0],
  ])('partnersOpener(%j) = %d', (folded, length) => {
    expect(partnersOpener(folded)).toBe(length);
  });
});
