// Citations in the working files of a provincial department: letters of companies whose numbers
// have no state form, a letter dated by month and year, a decree number typed without its
// hyphen, and a law cited by number with its subject, then by name.
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../../extractors/references/references.js';
import type { DocumentInfo } from '../../../output/schema.js';
import { testContext } from '../context.js';

const PLAN: DocumentInfo = {
  type: 'Kế hoạch', typeCode: 'KH', number: null, serial: null, symbol: 'KH-SCT',
  issuer: { name: 'Sở Công Thương tỉnh Lào Cai', level: 'province', locality: 'Lào Cai', parent: 'Ủy ban nhân dân tỉnh Lào Cai' },
  place: 'Lào Cai', date: '2026-04', title: null,
};

function refs(text: string) {
  return extractReferences(text, testContext(), PLAN).map((r) => [r.number ?? r.title, r.date]);
}

describe('a number in no state form, after "số" and before its date', () => {
  it.each<[string, string, string | null]>([
    ['a hyphenated code', 'Xét đề nghị của Công ty cổ phần Miền Tây tại Văn bản số 01-GCN-MT ngày 21/4/2026.', '01-GCN-MT'],
    ['a code opening with letters', 'Công ty Liên danh YBB tại Văn bản số YBB-SA032/26-LR ngày 21/4/2026;', 'YBB-SA032/26-LR'],
    ['a bare serial', 'Công ty TNHH Đại Lục tại Văn bản số 02 ngày 21/4/2026;', '02'],
  ])('%s', (_case, text, number) => {
    expect(refs(text)).toEqual([[number, '2026-04-21']]);
  });

  it.each<[string, string]>([
    ['no date after it', 'Công ty tại Văn bản số 01-GCN-MT đề nghị kiểm tra.'],
    ['no figure in it', 'Công ty tại Văn bản số hỏa-tốc ngày 21/4/2026.'],
    ['no "số" before it', 'Công ty tại Văn bản 01-GCN-MT ngày 21/4/2026.'],
  ])('is not read with %s', (_case, text) => {
    expect(refs(text)).toEqual([]);
  });
});

describe('dates', () => {
  it('reads a letter dated by month and year', () => {
    expect(refs('Công ty cổ phần Đông Dương tại Văn bản số 02/GĐN-ĐD tháng 4 năm 2026;')).toEqual([['02/GĐN-ĐD', '2026-04']]);
  });

  it('leaves a month that is none undated', () => {
    expect(refs('Công ty tại Văn bản số 02/GĐN-ĐD tháng 14 năm 2026;')).toEqual([['02/GĐN-ĐD', null]]);
  });
});

describe('numbers', () => {
  it('gives a decree typed without its hyphen its symbol NĐ-CP', () => {
    expect(refs('quy định tại Nghị định số 181/2024/NĐCP ngày 31/12/2024 của Chính phủ;')).toEqual([['181/2024/NĐ-CP', '2024-12-31']]);
  });
});

describe('a law cited by number with its subject, and by name', () => {
  const BY_NUMBER = 'Căn cứ Luật số 42/2024/QH15 ngày 29/6/2024 về Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ;\n';
  const BY_NAME = 'Yêu cầu thực hiện đầy đủ quy định tại Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 29/6/2024; ';

  it('is one law, number first', () => {
    expect(refs(BY_NUMBER + BY_NAME)).toEqual([['42/2024/QH15', '2024-06-29']]);
  });

  it('is one law, name first', () => {
    expect(refs(BY_NAME + '\n' + BY_NUMBER)).toEqual([['42/2024/QH15', '2024-06-29']]);
  });

  it('is two laws when the dates differ', () => {
    const other = 'Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 20/6/2017; ';
    expect(refs(BY_NUMBER + other)).toHaveLength(2);
  });

  it('is two laws when the subject is another', () => {
    const other = 'Luật Đất đai ngày 29/6/2024; ';
    expect(refs(BY_NUMBER + other)).toHaveLength(2);
  });
});

describe('a misprinted state number', () => {
  it('is not taken for a letter in its own form', () => {
    expect(refs('thay thế Nghị định số 45/25010/NĐ-CP ngày 21/4/2010 của Chính phủ;')).toEqual([]);
  });
});

// A new law is often cited beside the one it replaces: the number's year tells them apart when the
// numbered citation has no date.
describe('a law cited by number and a law of the same subject cited by name', () => {
  it.each<[string, string, Array<[string | null | undefined, string | null]>]>([
    ['number first, the name of another year',
      'Căn cứ Luật số 31/2024/QH15 về Đất đai; thay thế Luật Đất đai năm 2013.',
      [['31/2024/QH15', null], ['Luật Đất đai', '2013']]],
    ['name first, the number of another year',
      'Thực hiện Luật Đất đai năm 2013; Căn cứ Luật số 31/2024/QH15 về Đất đai;',
      [['Luật Đất đai', '2013'], ['31/2024/QH15', null]]],
    ['named with its number, then by name with another year',
      'Căn cứ Luật Đất đai số 31/2024/QH15; thay thế Luật Đất đai năm 2013.',
      [['31/2024/QH15', null], ['Luật Đất đai', '2013']]],
    ['number first, the name of the number\'s year',
      'Căn cứ Luật số 31/2024/QH15 về Đất đai;\nthực hiện Luật Đất đai năm 2024.',
      [['31/2024/QH15', '2024']]],
    ['name first, the name\'s year agreeing with the number',
      'Thực hiện Luật Đất đai năm 2024; Căn cứ Luật số 31/2024/QH15 về Đất đai;',
      [['31/2024/QH15', '2024']]],
    ['the old law cited again by its full date',
      'Căn cứ Luật số 31/2024/QH15 về Đất đai; thay thế Luật Đất đai năm 2013;\nLuật Đất đai ngày 29/11/2013 hết hiệu lực.',
      [['31/2024/QH15', null], ['Luật Đất đai', '2013-11-29']]],
  ])('%s', (_case, text, expected) => {
    expect(refs(text)).toEqual(expected);
  });
});

// A serial with no symbol ("số 02 ngày …") is one document only with its type and date.
describe('bare serials that are alike', () => {
  it.each<[string, string, Array<[string | null | undefined, string | null]>]>([
    ['two types, two dates',
      'Căn cứ Quyết định số 02 ngày 5/1/2026 của UBND tỉnh; Kế hoạch số 02 ngày 6/2/2026 của Sở Y tế;',
      [['02', '2026-01-05'], ['02', '2026-02-06']]],
    ['one type, two dates',
      'Công ty A tại Văn bản số 02 ngày 21/4/2026; Công ty B tại Văn bản số 02 ngày 3/3/2026;',
      [['02', '2026-04-21'], ['02', '2026-03-03']]],
    ['two types, one date',
      'Quyết định số 02 ngày 5/1/2026 và Kế hoạch số 02 ngày 5/1/2026;',
      [['02', '2026-01-05'], ['02', '2026-01-05']]],
    ['a company code, two dates',
      'Văn bản số 01-GCN-MT ngày 21/4/2026; Văn bản số 01-GCN-MT ngày 3/3/2026;',
      [['01-GCN-MT', '2026-04-21'], ['01-GCN-MT', '2026-03-03']]],
    ['one letter cited twice',
      'Công ty tại Văn bản số 02 ngày 21/4/2026; theo Văn bản số 02 ngày 21/4/2026 nêu trên;',
      [['02', '2026-04-21']]],
  ])('%s', (_case, text, expected) => {
    expect(refs(text)).toEqual(expected);
  });
});

describe('one letter cited by month, then by day', () => {
  it.each<[string, string, string]>([
    ['the day refines the month', 'Văn bản số 02/GĐN-ĐD tháng 4 năm 2026 của Công ty; Văn bản số 02/GĐN-ĐD ngày 15/4/2026;', '2026-04-15'],
    ['the month first kept when the day is of another month', 'Văn bản số 02/GĐN-ĐD tháng 4 năm 2026 của Công ty; Văn bản số 02/GĐN-ĐD ngày 15/5/2026;', '2026-04'],
    ['the day first kept', 'Văn bản số 02/GĐN-ĐD ngày 15/4/2026 của Công ty; Văn bản số 02/GĐN-ĐD tháng 4 năm 2026;', '2026-04-15'],
  ])('%s', (_case, text, date) => {
    expect(refs(text)).toEqual([['02/GĐN-ĐD', date]]);
  });
});

// The clause after a citation is not part of the clause the citation stands in.
describe('the relation of a citation the next clause follows closely', () => {
  it.each<[string, string, Array<[string | null | undefined, string]>]>([
    ['a basis, then another clause',
      'Căn cứ Quyết định số 12/QĐ-UBND; thay thế Quyết định số 5/QĐ-UBND.',
      [['12/QĐ-UBND', 'basis'], ['5/QĐ-UBND', 'mentions']]],
    ['a mention, then a basis',
      'Bãi bỏ Quyết định số 5/QĐ-UBND; Căn cứ Luật số 31/2024/QH15;',
      [['5/QĐ-UBND', 'mentions'], ['31/2024/QH15', 'basis']]],
    ['a list of basis',
      'Căn cứ Quyết định số 12/QĐ-UBND; Kế hoạch số 05/KH-UBND;',
      [['12/QĐ-UBND', 'basis'], ['05/KH-UBND', 'basis']]],
  ])('%s', (_case, text, expected) => {
    expect(extractReferences(text, testContext(), PLAN).map((r) => [r.number, r.relation])).toEqual(expected);
  });
});
