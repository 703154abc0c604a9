import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../../extractors/references/references.js';
import type { DocumentInfo } from '../../../output/schema.js';
import { testContext } from '../context.js';

function plan(overrides: Partial<DocumentInfo> = {}): DocumentInfo {
  return {
    type: 'Kế hoạch', typeCode: 'KH', number: '51/KH-HĐTĐKT', serial: '51', symbol: 'KH-HĐTĐKT',
    issuer: { name: 'Hội đồng Thi đua - Khen thưởng phường Đức Giang', level: 'ward', locality: 'Đức Giang', parent: null },
    place: 'Đức Giang', date: '2018-07-22', title: null,
    ...overrides,
  };
}

const LONG_BIEN = plan({
  number: '04/KH-HĐTĐKT',
  issuer: { name: 'Hội đồng Thi đua - Khen thưởng quận Long Biên', level: 'district', locality: 'Long Biên', parent: null },
});

function refs(text: string, document = plan()) {
  const ctx = testContext();
  const value = extractReferences(text, ctx, document);
  return { value, codes: ctx.codes(), cited: value.map((r) => text.slice(r.span.start, r.span.end)) };
}

describe('extractReferences', () => {
  it('reads the opening list of a ward plan, resolving relative issuers, in order', () => {
    const text =
      'Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ chính trị, Kế hoạch 124-KH/TU ngày 26/6/2014 của Thành ủy Hà Nội về tiếp tục đổi mới công tác khen thưởng, ' +
      'Chương trình hành động số 228/CTr-UBND ngày 31/12/2014 của UBND Thành phố về đổi mới công tác thi đua khen thưởng; ' +
      'Kế hoạch số 05/KH-HĐTĐKT ngày 23/6/2016 của Hội đồng thi đua khen thưởng thành phố về công tác thi đua; ' +
      'Quyết định số 6089/QĐ-UBND ngày 29/8/2016 của UBND Quận về việc phê duyệt đề án “Đổi mới” trên địa bàn quận Long Biên;\n\n' +
      'Thực hiện Kế hoạch số...../KH-HĐTĐKT ngày/...../2017 của Hội đồng TĐKT quận Long Biên\n';
    const { value, cited } = refs(text);
    expect(value.map(({ span: _span, ...r }) => r)).toEqual([
      { type: 'Chỉ thị', typeCode: 'CT', number: '34-CT/TW', date: '2014-04-07', issuer: 'Bộ Chính trị', relation: 'implements' },
      { type: 'Kế hoạch', typeCode: 'KH', number: '124-KH/TU', date: '2014-06-26', issuer: 'Thành ủy Hà Nội', relation: 'implements' },
      { type: 'Chương trình hành động', typeCode: 'CTr', number: '228/CTr-UBND', date: '2014-12-31', issuer: 'Ủy ban nhân dân thành phố Hà Nội', relation: 'implements' },
      { type: 'Kế hoạch', typeCode: 'KH', number: '05/KH-HĐTĐKT', date: '2016-06-23', issuer: 'Hội đồng Thi đua - Khen thưởng thành phố Hà Nội', relation: 'implements' },
      { type: 'Quyết định', typeCode: 'QĐ', number: '6089/QĐ-UBND', date: '2016-08-29', issuer: 'Ủy ban nhân dân quận Long Biên', relation: 'implements' },
      { type: 'Kế hoạch', typeCode: 'KH', number: null, date: '2017', issuer: 'Hội đồng Thi đua - Khen thưởng quận Long Biên', relation: 'implements' },
    ]);
    expect(cited[0]).toBe('Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ chính trị');
    expect(cited[5]).toBe('Kế hoạch số...../KH-HĐTĐKT ngày/...../2017 của Hội đồng TĐKT quận Long Biên');
  });

  it('Căn cứ → basis, a "Thực hiện" clause after a semicolon → implements, elsewhere → mentions', () => {
    const text =
      'Căn cứ Quyết định số 4333/QĐ-UBND ngày 30/7/2021 của UBND Quận về việc phê duyệt đề án; Thực hiện Kế hoạch số 02/KH-HĐTĐKT ngày 30/01/2023 của Hội đồng thi đua khen thưởng quận Long Biên về việc thực hiện;\n\n' +
      '- Tuyên truyền, phổ biến Luật thi đua khen thưởng và các văn bản hướng dẫn về TĐKT;\n';
    const { value } = refs(text, LONG_BIEN);
    expect(value.map((r) => [r.number ?? r.title, r.relation, r.issuer])).toEqual([
      ['4333/QĐ-UBND', 'basis', 'Ủy ban nhân dân quận Long Biên'],
      ['02/KH-HĐTĐKT', 'implements', 'Hội đồng Thi đua - Khen thưởng quận Long Biên'],
      // "Luật thi đua khen thưởng" by its name alone, without number or date, pins no document.
    ]);
  });

  it('each citation in a list keeps its own issuer; dates in words', () => {
    const text = '1. Tổ chức triển khai có hiệu quả Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị và Chỉ thị số 37-CT/TU ngày 10/7/2014 của Ban Thường vụ Tỉnh ủy về tiếp tục đổi mới; Thực hiện Kế hoạch số 3790/KH- HĐTĐKT ngày 14 tháng 12 năm 2017 của Hội đồng thi đua khen thưởng tỉnh Hải Dương về việc triển khai.';
    const chiLinh = plan({ number: '01/KH-TĐKT', issuer: { name: 'Hội đồng Thi đua - Khen thưởng thị xã Chí Linh', level: 'town', locality: 'Chí Linh', parent: null } });
    const { value } = refs(text, chiLinh);
    expect(value.map((r) => [r.number, r.date, r.issuer, r.relation])).toEqual([
      ['34-CT/TW', '2014-04-07', 'Bộ Chính trị', 'mentions'],
      ['37-CT/TU', '2014-07-10', 'Ban Thường vụ Tỉnh ủy Hải Dương', 'mentions'],
      ['3790/KH-HĐTĐKT', '2017-12-14', 'Hội đồng Thi đua - Khen thưởng tỉnh Hải Dương', 'implements'],
    ]);
  });

  it('a list of serials sharing one symbol is two documents; the last issuer is shared', () => {
    const text = '+ Tổ chức thực hiện có hiệu quả chương trình 01, 02-CTr/QU của Quận uỷ, chương trình 08-CTr/TU của Thành uỷ.\n- Thực hiện Chỉ thị số 05/CT-UBND và Chỉ thị số 06/CT-UBND ngày 02/3/2019 của UBND quận Long Biên.';
    const { value } = refs(text);
    expect(value.map((r) => [r.type, r.number, r.issuer])).toEqual([
      ['Chương trình', '01-CTr/QU', 'Quận ủy Long Biên'],
      ['Chương trình', '02-CTr/QU', 'Quận ủy Long Biên'],
      ['Chương trình', '08-CTr/TU', 'Thành ủy Hà Nội'],
      ['Chỉ thị', '05/CT-UBND', 'Ủy ban nhân dân quận Long Biên'],
      ['Chỉ thị', '06/CT-UBND', 'Ủy ban nhân dân quận Long Biên'],
    ]);
  });

  it('laws and decrees, in parentheses and table cells; a later "Thực hiện" upgrades the relation', () => {
    const text =
      '- Thi đua thực hiện tốt cuộc thi (theo kế hoạch số 23/KH-HĐTĐKT ngày 10/10/2017 của Hội đồng TĐKT Quận).\n' +
      '16.\tBan hành quy chế phù hợp với Luật thi đua, khen thưởng và Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ\tPhòng Nội vụ\n' +
      'Thực hiện Kế hoạch số 23/KH-HĐTĐKT ngày 10/10/2017.\n' +
      '- Triển khai Luật Thi đua, Khen thưởng năm 2022; Luật Cán bộ, công chức.\n';
    const { value, cited } = refs(text);
    expect(value.map((r) => [r.type, r.number ?? r.title, r.issuer, r.relation])).toEqual([
      ['Kế hoạch', '23/KH-HĐTĐKT', 'Hội đồng Thi đua - Khen thưởng quận Long Biên', 'implements'],
      ['Nghị định', '91/2017/NĐ-CP', 'Chính phủ', 'mentions'],
      // Named with the year it was passed: dated, so cited; "Luật Cán bộ, công chức" alone is not.
      // A law is the National Assembly's.
      ['Luật', 'Luật Thi đua, Khen thưởng', 'Quốc hội', 'mentions'],
    ]);
    expect(value.at(-1)?.date).toBe('2022');
    expect(cited[1]).toBe('Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ');
  });

  it('a bare number takes its type from the symbol', () => {
    const { value } = refs('Quán triệt tinh thần số 34-CT/TW và văn bản 18/CT-TTg của Thủ tướng Chính phủ.');
    expect(value.map((r) => [r.type, r.typeCode, r.number, r.issuer])).toEqual([
      // Not joined to the next citation by a bare "và": no shared issuer.
      ['Chỉ thị', 'CT', '34-CT/TW', null],
      ['Chỉ thị', 'CT', '18/CT-TTg', 'Thủ tướng Chính phủ'],
    ]);
  });

  it("skips the plan's own number and annex captions, but keeps a namesake of another body", () => {
    const text =
      'Thực hiện Kế hoạch số 03/KH-HĐTĐKT ngày 10/12/2020 của Hội đồng thi đua khen thưởng thành phố Hà Nội về công tác thi đua;\n' +
      'BIỂU TIẾN ĐỘ\n(Kèm theo Kế hoạch số /KH-HĐTĐKT ngày tháng năm 2017 của Hội đồng Thi đua khen thưởng quận Long Biên)\n' +
      '(Ban hành kèm theo Kế hoạch số 03 /KH-HĐTĐKT ngày 15/01/2021 của Hội đồng thi đua khen thưởng quận Long Biên)\n' +
      'Tổ chức thực hiện Kế hoạch số 03/KH-HĐTĐKT này.';
    const own = plan({ number: '03/KH-HĐTĐKT', date: '2021', issuer: { name: 'Hội đồng Thi đua - Khen thưởng quận Long Biên', level: 'district', locality: 'Long Biên', parent: null } });
    const { value } = refs(text, own);
    expect(value.map((r) => [r.number, r.issuer])).toEqual([['03/KH-HĐTĐKT', 'Hội đồng Thi đua - Khen thưởng thành phố Hà Nội']]);
  });

  it('a relative issuer that cannot be resolved is kept as written with UNRESOLVED_ISSUER', () => {
    const unknown = plan({ issuer: { name: null, level: null, locality: null, parent: null } });
    const { value, codes } = refs('Căn cứ Kế hoạch số 12/KH-UBND ngày 05/3/2020 của UBND tỉnh về công tác thi đua.', unknown);
    expect(value[0]).toMatchObject({ number: '12/KH-UBND', issuer: 'Ủy ban nhân dân tỉnh', relation: 'basis' });
    expect(codes).toEqual(['UNRESOLVED_ISSUER']);
  });

  it('reads the stripped text (folded matching)', () => {
    const { value } = refs('Thuc hien Ke hoach so 03/KH-HDTDKT ngay 10/12/2020 cua Hoi dong thi dua khen thuong thanh pho Ha Noi ve cong tac thi dua;', LONG_BIEN);
    expect(value.map((r) => [r.number, r.date, r.issuer, r.relation])).toEqual([
      ['03/KH-HĐTĐKT', '2020-12-10', 'Hội đồng Thi đua - Khen thưởng thành phố Hà Nội', 'implements'],
    ]);
  });

  it.each([
    'Trong giai đoạn 2016-2020, tổ chức hội nghị ngày 07/4/2014.',
    'Kế hoạch công tác thi đua năm 2018 của Hội đồng thi đua khen thưởng quận.',
    'Đảm bảo đúng pháp luật hiện hành; mời luật sư tư vấn.',
    'QUÝ I/2018\tTháng 01/2018\tĐ/c Nga – VP',
  ])('no reference in %j', (text) => {
    expect(refs(text).value).toEqual([]);
  });
});

describe('relations and issuers in less common shapes', () => {
  it.each([
    [
      'a hyphenated council name is one issuer',
      'Thực hiện Kế hoạch số 05/KH-HĐTĐKT ngày 19/01/2024 của Hội đồng Thi đua - Khen thưởng quận Hoàng Mai về công tác thi đua;',
      { number: '05/KH-HĐTĐKT', issuer: 'Hội đồng Thi đua - Khen thưởng quận Hoàng Mai', relation: 'implements' },
    ],
    [
      'a law cited by name and number',
      'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022;',
      { number: '06/2022/QH15', date: '2022-06-15', relation: 'basis', title: 'Luật Thi đua, khen thưởng' },
    ],
    [
      '"thực hiện" that governs another noun only mentions the law',
      '- Thực hiện khen thưởng theo đúng quy định của Luật Thi đua, khen thưởng năm 2022 và các văn bản hướng dẫn.',
      { number: null, relation: 'mentions', title: 'Luật Thi đua, khen thưởng' },
    ],
    [
      'a citation ending its line keeps the clause relation',
      'Thực hiện Kế hoạch số 02/KH-UBND ngày 03/01/2024;\nCác phòng, ban xây dựng kế hoạch.',
      { number: '02/KH-UBND', relation: 'implements' },
    ],
  ])('%s', (_what, text, expected) => {
    const { value } = refs(text);
    expect(value).toHaveLength(1);
    expect(value[0]).toMatchObject(expected);
  });

  it('the next paragraph does not lend its relation to a citation that ends a line', () => {
    const text =
      'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;\n\n' +
      'Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị;';
    const { value } = refs(text);
    expect(value.map((r) => [r.number ?? r.title, r.relation])).toEqual([
      ['98/2023/NĐ-CP', 'basis'],
      ['34-CT/TW', 'implements'],
    ]);
  });
});

describe('documents cited by name, without a number', () => {
  it.each([
    [
      'a congress resolution, its party committee resolved from the plan\'s city',
      '- Thi đua thực hiện tốt 5 nhiệm vụ trọng tâm theo tinh thần Nghị quyết Đại hội Đảng bộ Thành phố lần thứ XVI: Hoàn thành vượt mức các chỉ tiêu của Thành phố Hà Nội.',
      { type: 'Nghị quyết', number: null, title: 'Nghị quyết Đại hội Đảng bộ Thành phố lần thứ XVI', issuer: 'Đại hội Đảng bộ thành phố Hà Nội', relation: 'mentions' },
    ],
    [
      'a congress resolution naming its district',
      'theo Nghị quyết Đại hội Đảng bộ quận Ba Đình lần thứ XXVI, nhiệm kỳ 2020-2025',
      { title: 'Nghị quyết Đại hội Đảng bộ quận Ba Đình lần thứ XXVI', issuer: 'Đại hội Đảng bộ quận Ba Đình' },
    ],
    [
      'a directive "của … về “…”"',
      'Chỉ thị của Chủ tịch UBND thành phố Hà Nội về “Đẩy mạnh các giải pháp nâng cao chỉ số cải cách hành chính”; Đề cao vai trò',
      { type: 'Chỉ thị', number: null, title: 'Chỉ thị về “Đẩy mạnh các giải pháp nâng cao chỉ số cải cách hành chính”', issuer: 'Chủ tịch UBND thành phố Hà Nội' },
    ],
  ])('%s', (_what, text, expected) => {
    const { value } = refs(text, plan({ issuer: { name: 'Ủy ban nhân dân quận Long Biên', level: 'district', locality: 'Long Biên', parent: null } }));
    expect(value).toHaveLength(1);
    expect(value[0]).toMatchObject(expected);
  });

  it('a document named by its kind and issuer alone is no citation', () => {
    expect(refs('Căn cứ Kế hoạch của Hội đồng thi đua khen thưởng quận, các phường xây dựng kế hoạch.').value).toEqual([]);
  });
});

describe('numbers that differ only by a separator', () => {
  it('stay two documents when their dates differ', () => {
    const { value } = refs('Căn cứ Thông tư số 06/2023/TT-BXD ngày 08/9/2023 của Bộ Xây dựng; Thông tư số 06/2023/TTBXD ngày 10/10/2023 của Bộ Xây dựng.');
    expect(value.map((r) => r.date)).toEqual(['2023-09-08', '2023-10-10']);
  });
});

describe('citations in real documents: canonical numbers and dates, no duplicates', () => {
  it.each([
    ['Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;', { type: 'Luật', number: '72/2025/QH15', date: '2025-06-16', relation: 'basis', title: 'Luật Tổ chức chính quyền địa phương' }],
    ['Thực hiện Kế hoạch số 124/KH-UBND ngày 05/3/2024 của UBND tỉnh Sơn La;', { type: 'Kế hoạch', number: '124/KH-UBND', date: '2024-03-05', relation: 'implements', issuer: 'Ủy ban nhân dân tỉnh Sơn La' }],
    ['Căn cứ Quyết định số 1234/QĐ-TTg ngày 02/10/2023 của Thủ tướng Chính phủ;', { number: '1234/QĐ-TTg', date: '2023-10-02', issuer: 'Thủ tướng Chính phủ' }],
    ['Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;', { type: 'Nghị quyết', number: '57-NQ/TW', date: '2024-12-22', issuer: 'Bộ Chính trị' }],
    ['Thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị;', { type: 'Kết luận', typeCode: 'KL', number: '01-KL/TW' }],
    ['Căn cứ Nghị quyết liên tịch số 102/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN ngày 26 tháng 9 năm 2025;', { type: 'Nghị quyết liên tịch', number: '102/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN', date: '2025-09-26' }],
    ['Xét văn bản số 295/BTC-KBNN ngày 09 tháng 01 năm 2025 của Bộ Tài chính;', { type: 'Công văn', typeCode: null, number: '295/BTC-KBNN', date: '2025-01-09', issuer: 'Bộ Tài chính' }],
    ['Theo Công văn số 15972/SXD-QLN& TTBĐS ngày 14 tháng 11 năm 2025 của Sở Xây dựng;', { number: '15972/SXD-QLN&TTBĐS', date: '2025-11-14' }],
    ['Căn cứ Quyết định số 411/QĐ-TTg của Thủ tướng Chính phủ ngày 31/3/2022 phê duyệt Chiến lược;', { number: '411/QĐ-TTg', date: '2022-03-31', issuer: 'Thủ tướng Chính phủ' }],
    ['Ngày 08/10/2024, Chính phủ ban hành Nghị định số 126/2024/NĐ-CP quy định về hội.', { number: '126/2024/NĐ-CP', date: '2024-10-08' }],
    ['Để triển khai đánh giá, ngày 10/11/2025, Sở Nội vụ đã ban hành Công văn số 2775/SNV-CCHC về việc hướng dẫn báo cáo.', { number: '2775/SNV-CCHC', date: '2025-11-10' }],
    ['Để có cơ sở trình, ngày 08/9/2025 Sở Tư pháp ban hành Công văn số 650/STP-BTTP gửi Sở Nội vụ.', { number: '650/STP-BTTP', date: '2025-09-08' }],
    ['- Ngày 20/11/2025 tổ chức hội nghị, các đơn vị có Báo cáo số 12/BC-UBND về kết quả.', { number: '12/BC-UBND', date: null }],
    // a round bullet read by OCR as "*" or "*#" before the date
    ['* Ngày 14/5/2026, UBND Thành phố có Quyết định số 2539/QĐ-UBND phê duyệt nhà đầu tư.', { number: '2539/QĐ-UBND', date: '2026-05-14' }],
    ['*# Ngày 25/01/2026, Ban Chấp hành Đảng bộ Thành phố khóa XVII (nhiệm kỳ 2025-2030) có Nghị quyết số 06-NQ/TU với nội dung.', { number: '06-NQ/TU', date: '2026-01-25' }],
    ['Căn cứ Luật Các tổ chức tín dụng số 32/2024/QH15;', { number: '32/2024/QH15', title: 'Luật Các tổ chức tín dụng' }],
    ['Căn cứ Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13;', { number: '75/2015/QH13', title: 'Luật Mặt trận Tổ quốc Việt Nam' }],
    ['Căn cứ Luật Quản lý, sử dụng tài sản công số 15/2017/QH14;', { number: '15/2017/QH14', title: 'Luật Quản lý, sử dụng tài sản công' }],
    ['Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân ngày 25 tháng 6 năm 2015;', { date: '2015-06-25', title: 'Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân' }],
    ['Thông tư số 12/2024/TT-BT\u0421 ngày 05/3/2024 của Bộ Tài chính hướng dẫn.', { number: '12/2024/TT-BTC', date: '2024-03-05' }],
    // an omnibus law named by the laws it amends
    ['Căn cứ Luật sửa đổi, bổ sung một số điều của 37 Luật có liên quan đến quy hoạch ngày 20 tháng 11 năm 2018;', { type: 'Luật', number: null, date: '2018-11-20', title: 'Luật sửa đổi, bổ sung một số điều của 37 Luật có liên quan đến quy hoạch' }],
    ['Căn cứ Luật sửa đổi, bổ sung một số điều của các luật có liên quan đến đầu tư công số 03/2022/QH15;', { type: 'Luật', number: '03/2022/QH15', title: 'Luật sửa đổi, bổ sung một số điều của các luật có liên quan đến đầu tư công' }],
    // the same circular cited again with its hyphen dropped in print, on the same date: one document
    ['Căn cứ Thông tư số 06/2023/TT-BXD ngày 08 tháng 9 năm 2023 của Bộ Xây dựng;\nthực hiện theo Thông tư số 06/2023/TTBXD ngày 08 tháng 9 năm 2023 của Bộ trưởng.', { number: '06/2023/TT-BXD', date: '2023-09-08' }],
  ])('%s', (text, expected) => {
    const { value } = refs(text);
    expect(value).toHaveLength(1);
    expect(value[0]).toMatchObject(expected);
  });

  it.each([
    // a serial and its year joined by a hyphen
    ['Nghị quyết số 19-2017/NQ-CP ngày 06/02/2017 của Chính phủ về tiếp tục thực hiện', { type: 'Nghị quyết', number: '19-2017/NQ-CP', date: '2017-02-06', issuer: 'Chính phủ' }],
    ['các văn bản (số 05-2009/TT-BNV ngày 12/3/2009) đã hết hiệu lực', { type: 'Thông tư', number: '05-2009/TT-BNV', date: '2009-03-12' }],
    // laws and ordinances cited by name and date, the name in small letters too
    ['Căn cứ Luật tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;', { type: 'Luật', number: null, date: '2003-11-26', title: 'Luật tổ chức HĐND và UBND', relation: 'basis' }],
    ['Căn cứ Pháp lệnh Bưu chính viễn thông ngày 25 tháng 5 năm 2002;', { type: 'Pháp lệnh', number: null, date: '2002-05-25', title: 'Pháp lệnh Bưu chính viễn thông' }],
    ['Căn cứ Luật đầu tư công số 39/2019/QH14;', { type: 'Luật', number: '39/2019/QH14', title: 'Luật đầu tư công' }],
  ])('%s', (text, expected) => {
    const { value } = refs(text);
    expect(value).toHaveLength(1);
    expect(value[0]).toMatchObject(expected);
  });

  it.each([
    'Theo luật định, các cơ quan báo cáo ngày 15/12/2025.',
    'Tuân thủ Luật pháp ngày càng nghiêm.',
    'Căn cứ Pháp lệnh này, các cơ quan thực hiện.',
    'Các văn bản hướng dẫn Luật tổ chức chính quyền địa phương đã ban hành.',
  ])('%j cites no law', (text) => {
    expect(refs(text).value).toEqual([]);
  });

  it.each([
    // a word or two qualify the type before its "số"
    ['Căn cứ Quy chế phối hợp số\n49/QCPH-UBND-UBMT-HCTĐ ngày 24/01/2025 về thực hiện công tác vận động;', [['49/QCPH-UBND-UBMT-HCTĐ', '2025-01-24']]],
    ['Thực hiện Báo cáo kết quả số 12/BC-UBND ngày 05/3/2025 của UBND tỉnh Sơn La;', [['12/BC-UBND', '2025-03-05']]],
    // a second number right after the first, joined by "và" alone
    ['đáp ứng yêu cầu tại văn bản số 1552/BTTTT-TTH và 708/BTTTT-CATTT; hoàn thành', [['1552/BTTTT-TTH', null], ['708/BTTTT-CATTT', null]]],
    // a further number after the first one's date, as a list of công văn prints it
    ['các văn bản số: 10894/VPCP-CN ngày 8/11/2025, 8563/VPCP-CN ngày 12/9/2025 của Văn phòng Chính phủ.', [['10894/VPCP-CN', '2025-11-08'], ['8563/VPCP-CN', '2025-09-12']]],
    ['Văn bản số 2201/BTC-NSNN ngày 3 tháng 3 năm 2025 và 2415/BTC-NSNN ngày 10 tháng 3 năm 2025 của Bộ Tài chính;', [['2201/BTC-NSNN', '2025-03-03'], ['2415/BTC-NSNN', '2025-03-10']]],
    // a law named with a date, later with its number and date, is one law
    ['Căn cứ Luật Tín ngưỡng, tôn giáo ngày 18/11/2016;\n1. Cơ sở pháp lý\n- Luật Tín ngưỡng, tôn giáo số 02/2016/QH14 ngày 18/11/2016;', [['02/2016/QH14', '2016-11-18']]],
    // two laws of one name and different years stay two
    ['Căn cứ Luật Đất đai ngày 29/11/2013; Luật Đất đai số 31/2024/QH15 ngày 18/01/2024;', [[null, '2013-11-29'], ['31/2024/QH15', '2024-01-18']]],
    // a date that contradicts the year in the number gives way to one that agrees
    ['Nghị quyết số 163/2024/QH15 ngày 27 tháng 11 năm 2025 phê duyệt chủ trương. Theo Nghị quyết số 163/2024/QH15 ngày 27/11/2024 của Quốc hội.', [['163/2024/QH15', '2024-11-27']]],
  ])('%s', (text, expected) => {
    expect(refs(text).value.map((r) => [r.number, r.date])).toEqual(expected);
  });

  it.each([
    ['theo tiến độ được giao của Luật An ninh mạng 2025.', { title: 'Luật An ninh mạng 2025', date: '2025' }],
    ['tại Điều 40 Luật Kế toán năm 2015.', { title: 'Luật Kế toán', date: '2015' }],
    ['[2] Hiến pháp năm 2013 (sửa đổi, bổ sung năm 2025); Luật Tổ chức Quốc hội;', { type: 'Hiến pháp', title: 'Hiến pháp năm 2013 (sửa đổi, bổ sung năm 2025)', date: '2013' }],
    ['phù hợp với quy định của Hiến pháp 2013; bảo đảm. [2] Hiến pháp năm 2013 (sửa đổi, bổ sung năm 2025).', { title: 'Hiến pháp năm 2013 (sửa đổi, bổ sung năm 2025)', date: '2013' }],
  ])('a law named with its year: %s', (text, expected) => {
    const { value } = refs(text);
    expect(value).toHaveLength(1);
    expect(value[0]).toMatchObject(expected);
  });

  it('an annex caption after its heading on one line names the plan it belongs to', () => {
    const { value } = refs('Thành phần, cơ cấu người ứng cử trên địa bàn xã (Kèm theo Hướng dẫn số /HD-MTTQ-BTT ngày 20/12/2025 của BTT Ủy ban MTTQ xã)\nCăn cứ Kế hoạch số 12/KH-UBND ngày 05/3/2025 của UBND xã;');
    expect(value.map((r) => r.number)).toEqual(['12/KH-UBND']);
  });

  it('an amending law is one document, named by the laws it amends', () => {
    const { value } = refs('Căn cứ Luật Quy hoạch ngày 24 tháng 11 năm 2017 được sửa đổi, bổ sung tại Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức đối tác công tư và Luật Đấu thầu ngày 29 tháng 11 năm 2024;');
    expect(value.map((r) => [r.title, r.date])).toEqual([
      ['Luật Quy hoạch', '2017-11-24'],
      ['Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức đối tác công tư và Luật Đấu thầu', '2024-11-29'],
    ]);
  });

  it('numbers listed after a citation share its type and date', () => {
    const { value } = refs('Thực hiện Công điện số 008/CĐ-UBND và số 009/CĐ-UBND ngày 19/11/2025; Văn bản số 6721/VPCP-V.I ngày 19 tháng 7 năm 2025 và số 7514/VPCP-V.I ngày 12 tháng 8 năm 2025 của Văn phòng Chính phủ.');
    expect(value.map((r) => [r.type, r.number, r.date])).toEqual([
      ['Công điện', '008/CĐ-UBND', '2025-11-19'],
      ['Công điện', '009/CĐ-UBND', '2025-11-19'],
      ['Công văn', '6721/VPCP-V.I', '2025-07-19'],
      ['Công văn', '7514/VPCP-V.I', '2025-08-12'],
    ]);
  });

  it('a document cited twice is one reference, its date taken from the mention that gives it', () => {
    const { value } = refs('Thực hiện Nghị quyết số 48/NQ-CP\n- Tập trung quán triệt Nghị quyết số 48/NQ-CP ngày 05/4/2025 của Chính phủ.');
    expect(value.map((r) => [r.number, r.date])).toEqual([['48/NQ-CP', '2025-04-05']]);
  });

  it('what a website appends after the document is not cited by it', () => {
    const { value } = refs('Thực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2024 của UBND tỉnh.\nKT. CHỦ TỊCH\nNguyễn Văn An\nCông văn 5095/SGDĐT-CTTTHSSV năm 2025 tăng cường biện pháp do Sở Giáo dục và Đào tạo ban hành\nVăn bản này chưa cập nhật nội dung Tiếng Anh\nNghị định 13/2023/NĐ-CP về Bảo vệ dữ liệu cá nhân (hiệu lực từ ngày 01/07/2023)');
    expect(value.map((r) => r.number)).toEqual(['12/KH-UBND']);
  });

  it('a form left blank and a law named without number or date are not citations', () => {
    const { value } = refs('Mẫu: Thông báo số ……/TB-MTTQ ngày …. tháng …. năm ... của Ủy ban MTTQ xã. Theo quy định của Luật Ngân sách nhà nước.');
    expect(value).toEqual([]);
  });
});

describe('issuers named in full', () => {
  const HANOI = plan({ issuer: { name: 'Ủy ban nhân dân thành phố Hà Nội', level: 'city', locality: 'Hà Nội', parent: null } });
  it.each([
    // a field name holding "và", a comma or a dash does not end the issuer
    ['Căn cứ Thông tư số 05/2008/TT-BTTTT ngày 12/11/2008 của Bộ Thông tin và Truyền thông hướng dẫn một số điều;', 'Bộ Thông tin và Truyền thông'],
    ['Thực hiện Công văn số 12/BGDĐT-GDTX ngày 02/01/2025 của Bộ Giáo dục và Đào tạo về việc tuyển sinh;', 'Bộ Giáo dục và Đào tạo'],
    ['theo Thông tư số 10/2025/TT-BVHTTDL ngày 19/6/2025 của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch quy định chi tiết;', 'Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch'],
    ['theo Thông tư số 10/2022/TT-BLĐTBXH ngày 31/5/2022 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội;', 'Bộ trưởng Bộ Lao động - Thương binh và Xã hội'],
    // a word spelt like a stop word but with other marks ("vận tải", not "tại")
    ['theo Thông tư số 17/2020/TT-BGTVT ngày 14/8/2020 của Bộ trưởng Bộ Giao thông vận tải công bố vùng nước cảng biển;', 'Bộ trưởng Bộ Giao thông vận tải'],
    // the subject's opening verb ends the issuer, with a capital too
    ['theo Thông tư số 11/2022/TT-BLĐTBXH ngày 30/6/2022 của Bộ Lao động - Thương binh và Xã hội Hướng dẫn một số nội dung;', 'Bộ Lao động - Thương binh và Xã hội'],
    ['Căn cứ Quyết định số 7619/QĐ-BCA ngày 08/9/2025 của Bộ trưởng Bộ Công an phê duyệt Chương trình;', 'Bộ trưởng Bộ Công an'],
    // a joint circular: the ministries named by their fields
    ['Căn cứ Thông tư liên tịch số 06/2008/TTLT-BTTTT-BCA ngày 28/11/2008 của liên Bộ: Thông tin và Truyền thông – Công an về bảo đảm an toàn;', 'Bộ Thông tin và Truyền thông, Bộ Công an'],
    ['Căn cứ Thông tư liên tịch số 01/2010/TTLT-BTC-BNV ngày 05/01/2010 của liên bộ Tài chính, Nội vụ hướng dẫn;', 'Bộ Tài chính, Bộ Nội vụ'],
    // the issuer named before the citation; a department of the document's own province
    ['Theo đề nghị của Sở Thông tin và Truyền thông Thành phố Hà Nội tại công văn số 278/STTTT-BCVT ngày 31/3/2010,', 'Sở Thông tin và Truyền thông Thành phố Hà Nội'],
    ['Xét đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 421/TTr-STC ngày 29/10/2025.', 'Sở Tài chính thành phố Hà Nội'],
    // a plenum's resolution is its committee's
    ['Thực hiện Nghị quyết số 11-NQ/TW ngày 03/6/2017 của Hội nghị lần thứ Năm Ban Chấp hành Trung ương Đảng khóa XII về hoàn thiện thể chế;', 'Ban Chấp hành Trung ương Đảng khóa XII'],
  ])('%s', (text, issuer) => {
    const { value } = refs(text, HANOI);
    expect(value).toHaveLength(1);
    expect(value[0]!.issuer).toBe(issuer);
  });

  it.each([
    // an official directs; the letter that conveys it is another body's
    'Thực hiện ý kiến chỉ đạo của Phó Thủ tướng Hồ Đức Phớc tại văn bản số 10187/VPCP-KTTH ngày 21/10/2025.',
    // a list of bodies before "tại" names no one issuer
    'Thực hiện chỉ đạo của Tỉnh ủy, Ủy ban nhân dân tỉnh tại Chỉ thị số 13/CT-UBND ngày 17/5/2025.',
  ])('no issuer from %j', (text) => {
    const { value } = refs(text, HANOI);
    expect(value).toHaveLength(1);
    expect(value[0]!.issuer).toBeNull();
  });
});

describe('an issuer named by the type or the symbol alone', () => {
  it.each([
    ['Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18/01/2024;', 'Quốc hội'],
    ['Căn cứ Luật tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;', 'Quốc hội'],
    ['Căn cứ Pháp lệnh Bưu chính viễn thông ngày 25 tháng 5 năm 2002;', 'Ủy ban Thường vụ Quốc hội'],
    ['Căn cứ Nghị quyết số 101/2025/UBTVQH15 ngày 26/9/2025;', 'Ủy ban Thường vụ Quốc hội'],
    ['Căn cứ Nghị định số 126/2024/NĐ-CP ngày 08/10/2024;', 'Chính phủ'],
    ['Thực hiện Quyết định số 1234/QĐ-TTg ngày 02/10/2023;', 'Thủ tướng Chính phủ'],
    // a body named in words wins
    ['Thực hiện Nghị quyết số 35/NQ-CP ngày 16/5/2016 của Chính phủ về hỗ trợ;', 'Chính phủ'],
    ['Theo Thông tư số 15/2025/TT-BNV ngày 02/10/2025 của Bộ trưởng Bộ Nội vụ;', 'Bộ trưởng Bộ Nội vụ'],
    // a symbol that names no one body implies nothing
    ['Thực hiện Quyết định số 12/QĐ-UBND ngày 05/3/2025;', null],
    ['Theo Thông tư số 15/2025/TT-BNV ngày 02/10/2025;', null],
  ])('%s', (text, issuer) => {
    const { value } = refs(text);
    expect(value).toHaveLength(1);
    expect(value[0]!.issuer).toBe(issuer);
  });
});

describe('laws and công văn cited the ways the held-out documents cite them', () => {
  const cited = (text: string) => refs(text).value.map((r) => ({ number: r.number, date: r.date, title: r.title ?? null }));

  it.each([
    // "tai" (thiên tai) is not "tại" in marked text: the name runs on to its date.
    ['Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;', [{ number: null, date: '2013-06-19', title: 'Luật Phòng, chống thiên tai' }]],
    // An amending law named by a law whose name holds such a word.
    [
      'Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều ngày 17 tháng 6 năm 2020;',
      [{ number: null, date: '2020-06-17', title: 'Luật Sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều' }],
    ],
    // "tại" still ends a name.
    ['Căn cứ Luật Đất đai tại khoản 3 Điều 5 ngày 18 tháng 1 năm 2024;', []],
    // A law's number right after its name, without "số".
    ['Căn cứ Luật quản lý, sử dụng tài sản công 15/2017/QH14;', [{ number: '15/2017/QH14', date: null, title: 'Luật quản lý, sử dụng tài sản công' }]],
    ['Căn cứ Luật Quản lý, sử dụng tài sản công số 15/2017/QH14;', [{ number: '15/2017/QH14', date: null, title: 'Luật Quản lý, sử dụng tài sản công' }]],
    // A bare number after a name in small letters that is not a law's number pins nothing.
    ['theo luật thi đua 15 điều', []],
  ])('%s', (text, expected) => {
    expect(cited(text)).toEqual(expected);
  });

  it.each([
    ['nhận văn bản đề ngày 29 tháng 10 năm 2025 số 16/CV-HHTACN của Hội Chăn nuôi Việt Nam', '16/CV-HHTACN', '2025-10-29'],
    ['nhận văn bản ngày 29/10/2025 số 16/CV-HHTACN của Hội', '16/CV-HHTACN', '2025-10-29'],
    ['theo Kế hoạch ngày 05/3/2025, số 12/KH-UBND của UBND phường', '12/KH-UBND', '2025-03-05'],
  ])('the date printed before the number: %s', (text, number, date) => {
    expect(cited(text)).toEqual([{ number, date, title: null }]);
  });

  it.each([
    // A date with no number after it cites nothing.
    'nhận văn bản đề ngày 29 tháng 10 năm 2025 của Hội Chăn nuôi',
    // A blank number after the date is a form, not a citation.
    'Kế hoạch ngày 05/3/2025 số /KH-UBND',
  ])('no citation: %s', (text) => {
    expect(cited(text)).toEqual([]);
  });
});

describe('a verb between a cited number and its date', () => {
  it.each([
    ['ban hành ngày', 'và Kế hoạch số 322/KH-UBND ban hành ngày 17 tháng 01 năm 2013 về triển khai thực hiện Chương trình hành động.', '322/KH-UBND', '2013-01-17'],
    ['được ký ngày', 'Căn cứ Quyết định số 15/QĐ-UBND được ký ngày 05/3/2020 của Ủy ban nhân dân tỉnh;', '15/QĐ-UBND', '2020-03-05'],
    ['ban hành vào ngày', 'Thực hiện Kế hoạch số 45/KH-UBND ban hành vào ngày 02/02/2021 của Ủy ban nhân dân huyện;', '45/KH-UBND', '2021-02-02'],
  ])('%s', (_name, text, number, date) => {
    expect(refs(text).value.map((r) => [r.number, r.date])).toEqual([[number, date]]);
  });

  it('a verb with no date after it leaves the number undated', () => {
    expect(refs('Thực hiện Kế hoạch số 322/KH-UBND ban hành kèm theo Quyết định của Ủy ban nhân dân thành phố.').value.map((r) => [r.number, r.date])).toEqual([['322/KH-UBND', null]]);
  });
});

describe('a law named with the two councils it binds', () => {
  const council = plan({ type: 'Nghị quyết', typeCode: 'NQ', number: '42/2014/NQ-HĐND', date: '2014-12-18' });
  it.each([
    ['dated by its year', 'Căn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân năm 2004;', '2004'],
    ['dated by its day', 'Căn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân ngày 03 tháng 12 năm 2004;', '2004-12-03'],
  ])('%s', (_name, text, date) => {
    expect(refs(text, council).value.map((r) => [r.title, r.date])).toEqual([['Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân', date]]);
  });

  it('one council named after a law is no part of its name, and without a date no reference', () => {
    expect(refs('Căn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân tỉnh về việc ban hành;', council).value).toEqual([]);
  });
});
