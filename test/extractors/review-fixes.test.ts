// Behaviours a review of real-document rules found broken: each case is one family of input the
// rule must leave alone or read right.
import { describe, expect, it } from 'vitest';
import { annexCaption } from '../../extractors/header/annex-caption.js';
import { docTypeByName } from '../../extractors/shared/doctypes.js';
import { extractHeader } from '../../extractors/header/header.js';
import { bodiesOf } from '../../extractors/issuer/issuer-block.js';
import { parseIssuer } from '../../extractors/issuer/issuer.js';
import { extractReferences } from '../../extractors/references/references.js';
import { repairCitedNumbers } from '../../extractors/shared/references-ocr.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import type { DocumentInfo, Signer } from '../../output/schema.js';
import { testContext } from './context.js';

const noSigner: Signer = { name: null, title: null, authority: null };

describe('a unit word OCR misread as another word counts only before a place of its kind', () => {
  it.each([
    ['TÍNH for TỈNH', 'ỦY BAN NHÂN DÂN TÍNH BẮC NINH', 'Bắc Ninh', 'province'],
    ['QUẢN for QUẬN', 'ỦY BAN NHÂN DÂN QUẢN HOÀN KIẾM', 'Hoàn Kiếm', 'district'],
    ['QUAN for QUẬN, stripped', 'UY BAN NHAN DAN QUAN LONG BIEN', 'Long Biên', 'district'],
  ])('%s', (_name, phrase, locality, level) => {
    expect(parseIssuer(phrase)).toMatchObject({ locality, level });
  });

  it.each([
    ['Quản lý', 'BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG'],
    ['Quân sự', 'BỘ CHỈ HUY QUÂN SỰ'],
    ['Tình hình', 'TRUNG TÂM THEO DÕI TÌNH HÌNH'],
  ])('%s is no unit word', (_name, phrase) => {
    const block = `ỦY BAN NHÂN DÂN TỈNH BẮC NINH\n${phrase}`;
    const names = bodiesOf(block, [block.indexOf('\n') + 1], []).map((b) => b.parsed.name ?? '');
    expect(names.at(-1)).not.toMatch(/(quận|tỉnh|phường) (lý|sự|hình)/i);
  });

  it.each([['KHÔNG QUÂN'], ['HẢI QUÂN']])('a body ending in %s is no district body', (tail) => {
    const block = `BỘ QUỐC PHÒNG\nVIỆN Y HỌC PHÒNG KHÔNG - ${tail}`;
    const last = bodiesOf(block, [block.indexOf('\n') + 1], []).at(-1)!.parsed;
    expect(last.unitWord).toBeNull();
    expect(last.name).not.toMatch(/quận$/);
  });
});

describe('an appendix caption gives the number only when it is the document’s own', () => {
  const plan = docTypeByName('Kế hoạch')!;
  it.each([
    ['on its own line', '(Kèm theo Kế hoạch số 45/KH-UBND ngày 10/3/2024 của UBND huyện)', null, '45/KH-UBND'],
    ['after markup on its line', '**(Kèm theo Kế hoạch số 45/KH-UBND ngày 10/3/2024)**', '2024-03-10', '45/KH-UBND'],
    ['inside a sentence', 'Thực hiện Phụ lục I (kèm theo Kế hoạch số 120/KH-UBND ngày 05/3/2024 của UBND tỉnh)', null, null],
    ['dated otherwise than the header', '(Kèm theo Kế hoạch số 120/KH-UBND ngày 05/3/2024 của UBND tỉnh)', '2024-03-10', null],
  ])('%s', (_name, line, headerDate, number) => {
    const text = `Nội dung\n${line}\n`;
    expect(annexCaption(text, foldVietnamese(text), plan, headerDate)?.number.number ?? null).toBe(number);
  });

  it('a plan that cites another plan’s appendix keeps it as a reference, not as its own number', () => {
    const text =
      'ỦY BAN NHÂN DÂN\nHUYỆN YÊN PHONG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nYên Phong, ngày 10 tháng 3 năm 2024\n\nKẾ HOẠCH\nTriển khai phong trào thi đua năm 2024\n\n' +
      'Thực hiện các nhiệm vụ tại Phụ lục I (kèm theo Kế hoạch số 120/KH-UBND ngày 05/3/2024 của UBND tỉnh Bắc Ninh), UBND huyện ban hành Kế hoạch như sau:\n';
    const ctx = testContext();
    const document = extractHeader(text, ctx, noSigner);
    expect(document.number).toBeNull();
    expect(extractReferences(text, testContext(), document).map((r) => r.number)).toEqual(['120/KH-UBND']);
  });

  // The quadratic form took seconds at a tenth of this size; how the time grows now:
  // `npm run bench -- scaling --only annexCaption`.
  it('a run of spaces after a bracket is no caption', () => {
    const text = `Nội dung (${' '.repeat(200_000)})\n`;
    expect(annexCaption(text, foldVietnamese(text), plan)).toBeNull();
  });
});

describe('letter-spaced citations', () => {
  const decree: DocumentInfo = {
    type: 'Nghị định', typeCode: 'NĐ', number: '28/2021/NĐ-CP', serial: '28/2021', symbol: 'NĐ-CP',
    issuer: { name: 'Chính phủ', level: 'central', locality: null, parent: null }, place: 'Hà Nội', date: '2021-03-26', title: null,
  };
  it('the span points at the citation as printed, from its type word', () => {
    const text = 'Căn cứ T h ô n g tư s o 4 3 / 2 0 16/T T -N H N N ngày 30/12/2016 của Ngân hàng Nhà nước; căn cứ tình hình thực tế.';
    const [ref] = extractReferences(text, testContext(), decree);
    expect(ref).toMatchObject({ number: '43/2016/TT-NHNN', date: '2016-12-30' });
    expect(text.slice(ref!.span.start, ref!.span.end)).toMatch(/^T h ô n g tư s o 4 3 \/ .* Nhà nước$/);
  });

  it.each([
    ['a tally of figures', 'Kết quả: 18/20 19/20 20/20 xã đạt'],
    ['a fraction list', 'đạt 3/20 19/20 trường'],
  ])('%s is no split year', (_name, text) => {
    expect(repairCitedNumbers(text, foldVietnamese(text)).text).toBe(text);
  });
});

describe('an owned heading names a place ending in a short word', () => {
  it.each([
    ['QUẬN TÂY HỒ', 'Tây Hồ'],
    ['HUYỆN BA VÌ', 'Ba Vì'],
    ['HUYỆN CÔ TÔ', 'Cô Tô'],
    ['HUYỆN ĐÔNG ANH', 'Đông Anh'],
  ])('%s', (place, locality) => {
    const text = `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/QĐ-UB\nHà Nội, ngày 5 tháng 6 năm 1995\n\nQUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN ${place}\nVề việc khen thưởng các tập thể có thành tích\n\nỦY BAN NHÂN DÂN ${place}\nCăn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 21 tháng 6 năm 1994;\n`;
    expect(extractHeader(text, testContext(), noSigner).issuer).toMatchObject({ locality, level: 'district' });
  });
});
