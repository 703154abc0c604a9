import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../../extractors/header/header.js';
import { extractSigner } from '../../../extractors/closing/signer.js';
import { parseIssuer } from '../../../extractors/issuer/issuer.js';
import type { Signer } from '../../../output/schema.js';
import { testContext } from '../context.js';

const noSigner: Signer = { name: null, title: null, authority: null };

function header(text: string, signer: Signer = noSigner) {
  const ctx = testContext();
  const document = extractHeader(text, ctx, signer);
  return { document, codes: ctx.codes(), text };
}

describe('issuer lines', () => {
  it.each([
    ['UBND QUẬN LONG BIÊN', 'Ủy ban nhân dân quận Long Biên', 'district', 'Long Biên'],
    ['ỦY BAN NHÂN DÂN QUẬN BA ĐÌNH', 'Ủy ban nhân dân quận Ba Đình', 'district', 'Ba Đình'],
    ['UBND THỊ XÃ CHÍ LINH', 'Ủy ban nhân dân thị xã Chí Linh', 'town', 'Chí Linh'],
    ['ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI', 'Ủy ban nhân dân thành phố Hà Nội', 'city', 'Hà Nội'],
    ['UBND TỈNH HẢI DƯƠNG', 'Ủy ban nhân dân tỉnh Hải Dương', 'province', 'Hải Dương'],
    ['UBND HUYỆN GIA LÂM', 'Ủy ban nhân dân huyện Gia Lâm', 'district', 'Gia Lâm'],
    ['UBND PHƯỜNG ĐỨC GIANG', 'Ủy ban nhân dân phường Đức Giang', 'ward', 'Đức Giang'],
    ['UBND XÃ LÊ LỢI', 'Ủy ban nhân dân xã Lê Lợi', 'commune', 'Lê Lợi'],
    ['Hội đồng TĐKT quận Long Biên', 'Hội đồng Thi đua - Khen thưởng quận Long Biên', 'district', 'Long Biên'],
    ['Hội đồng thi đua khen thưởng tỉnh Hải Dương', 'Hội đồng Thi đua - Khen thưởng tỉnh Hải Dương', 'province', 'Hải Dương'],
    ['HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG THÀNH PHỐ HÀ NỘI', 'Hội đồng Thi đua - Khen thưởng thành phố Hà Nội', 'city', 'Hà Nội'],
    ['Hoi dong thi dua khen thuong quan Long Bien', 'Hội đồng Thi đua - Khen thưởng quận Long Biên', 'district', 'Long Biên'],
    ['Thành uỷ Hà Nội', 'Thành ủy Hà Nội', 'city', 'Hà Nội'],
    ['Bộ chính trị', 'Bộ Chính trị', 'central', null],
    ['Thủ tướng Chính phủ', 'Thủ tướng Chính phủ', 'central', null],
    ['Hội đồng Thi đua - Khen thưởng Trung ương', 'Hội đồng Thi đua - Khen thưởng Trung ương', 'central', null],
  ])('%s → %s (%s)', (phrase, name, level, locality) => {
    expect(parseIssuer(phrase)).toMatchObject({ name, level, locality });
  });

  it('resolves relative names against the document frame', () => {
    const frame = {
      own: { name: 'Đức Giang', word: 'phường', level: 'ward' as const },
      district: { name: 'Long Biên', word: 'quận', level: 'district' as const },
      province: { name: 'Hà Nội', word: 'thành phố', level: 'city' as const },
    };
    expect(parseIssuer('UBND Quận', frame)?.name).toBe('Ủy ban nhân dân quận Long Biên');
    expect(parseIssuer('Hội đồng thi đua khen thưởng thành phố', frame)?.name).toBe('Hội đồng Thi đua - Khen thưởng thành phố Hà Nội');
    expect(parseIssuer('Hội đồng TĐKT phường', frame)?.name).toBe('Hội đồng Thi đua - Khen thưởng phường Đức Giang');
    expect(parseIssuer('Thành uỷ', frame)?.name).toBe('Thành ủy Hà Nội');
    expect(parseIssuer('UBND tỉnh', frame)).toMatchObject({ name: 'Ủy ban nhân dân tỉnh', unresolved: true });
  });
});

describe('extractHeader', () => {
  it('reads a two-body header: council under its UBND', () => {
    const { document, codes } = header(
      'UBND QUẬN LONG BIÊN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHỘI ĐỒNG THI ĐUA - KHEN THƯỞNG\tĐộc lập - Tự do - Hạnh phúc\n' +
        'Số: 04 /KH-HĐTĐKT\tLong Biên, ngày 03 tháng 02 năm 2023\n\nKẾ HOẠCH\nKiểm tra công tác thi đua, khen thưởng năm 2023\n\n' +
        'Căn cứ Quyết định số 4333/QĐ-UBND ngày 30/7/2021 của UBND Quận;',
    );
    expect(document).toMatchObject({
      type: 'Kế hoạch',
      typeCode: 'KH',
      number: '04/KH-HĐTĐKT',
      serial: '04',
      symbol: 'KH-HĐTĐKT',
      issuer: {
        name: 'Hội đồng Thi đua - Khen thưởng quận Long Biên',
        level: 'district',
        locality: 'Long Biên',
        parent: 'Ủy ban nhân dân quận Long Biên',
      },
      place: 'Long Biên',
      date: '2023-02-03',
      title: 'Kiểm tra công tác thi đua, khen thưởng năm 2023',
    });
    expect(codes).toEqual([]);
  });

  it('every header value has a span pointing at its source', () => {
    const { document, text } = header('ỦY BAN NHÂN DÂN\nQUẬN BA ĐÌNH\n\nSố: 29 /KH-UBND\n\nBa Đình, ngày 22 tháng 01 năm 2021\n\nKẾ HOẠCH\nCông tác thi đua, khen thưởng quận Ba Đình\ngiai đoạn 2021-2025\n\nThực hiện …');
    const s = document.spans!;
    expect(text.slice(s.number!.start, s.number!.end)).toBe('Số: 29 /KH-UBND');
    expect(text.slice(s.date!.start, s.date!.end)).toBe('ngày 22 tháng 01 năm 2021');
    expect(text.slice(s.place!.start, s.place!.end)).toBe('Ba Đình');
    expect(text.slice(s.type!.start, s.type!.end)).toBe('KẾ HOẠCH');
    expect(text.slice(s.issuer!.start, s.issuer!.end)).toBe('ỦY BAN NHÂN DÂN\nQUẬN BA ĐÌNH');
    expect(document.title).toBe('Công tác thi đua, khen thưởng quận Ba Đình giai đoạn 2021-2025');
    expect(document.issuer).toEqual({ name: 'Ủy ban nhân dân quận Ba Đình', level: 'district', locality: 'Ba Đình', parent: null });
  });

  it('a council split over two lines under a thị xã UBND', () => {
    const { document } = header(' \tUBND THỊ XÃ CHÍ LINH\nHỘI ĐỒNG\nTHI ĐUA KHEN THƯỞNG\nSố: 01/KH- TĐKT\n\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nChí Linh, ngày 10  tháng 01  năm 2018\n\n\nKẾ HOẠCH\n\nTriển khai thực hiện công tác thi đua, khen thưởng năm 2018\n');
    expect(document).toMatchObject({
      number: '01/KH-TĐKT',
      issuer: { name: 'Hội đồng Thi đua - Khen thưởng thị xã Chí Linh', level: 'town', locality: 'Chí Linh', parent: 'Ủy ban nhân dân thị xã Chí Linh' },
      place: 'Chí Linh',
      date: '2018-01-10',
    });
  });

  it('a Sở whose name wraps before "VÀ XÃ HỘI": one body of the province, not a commune named "Hội"', () => {
    const { document } = header(
      'UBND TỈNH QUẢNG BÌNH\nSỞ LAO ĐỘNG – THƯƠNG BINH\nVÀ XÃ HỘI\nSố: 1445 /SLĐTBXH-LĐVLDN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuảng Bình, ngày 03 tháng 10 năm 2022\nV/v hướng dẫn thu thập thông tin thị trường lao động\n\nKính gửi: UBND các huyện\n',
    );
    expect(document.issuer).toMatchObject({ level: 'province', locality: 'Quảng Bình', parent: 'Ủy ban nhân dân tỉnh Quảng Bình' });
    expect(document.issuer.name).toMatch(/^Sở Lao động – thương binh và xã hội tỉnh Quảng Bình$/i);
  });

  it('takes the issuer from the body and the signature when the header lines are lost', () => {
    const { document, codes } = header(
      '\n\nSố: 51 /KH-HĐTĐKT\n\nĐức Giang, ngày 22 tháng 07 năm 2018\n\nKẾ HOẠCH\n\nCông tác thi đua, khen thưởng năm 2018\n\n' +
        'Thực hiện Kế hoạch số 29/KH-HĐTĐKT ngày 08/12/2017 của Hội đồng thi đua khen thưởng thành phố Hà Nội;\n\n' +
        'Hội đồng thi đua khen thưởng phường Đức Giang xây dựng kế hoạch công tác thi đua khen thưởng năm 2018 trên địa bàn quận Long Biên, như sau:',
      { name: 'Lương Hồng Điệp', title: 'CHỦ TỊCH UBND PHƯỜNG', authority: 'TM.' },
    );
    expect(document.issuer).toEqual({
      name: 'Hội đồng Thi đua - Khen thưởng phường Đức Giang',
      level: 'ward',
      locality: 'Đức Giang',
      parent: 'Ủy ban nhân dân phường Đức Giang',
    });
    expect(codes).toEqual(['ISSUER_FROM_BODY']);
  });

  it('reads the hand-restored header of the OCR scan, columns interleaved', () => {
    const { document, codes } = header(
      ' UBND QUẬN LONG BIÊN\nHỘI đồng thi đua-khen thưởng\n\nLong Biên, ngàyo2>£ thángOj năm 2021Số: 03 /KH-HĐTĐKT\n\nKẾ HOẠCH\nThực hiện công tác thi đua, khen thưởng năm 2021\n\n' +
        'Thực hiện Kế hoạch số 03/KH-HĐTĐKT ngày 10/12/2020 của Hội đồng thi đua khen thưởng thành phố Hà Nội về công tác thi đua khen thưởng năm 2021;',
    );
    expect(document).toMatchObject({
      number: '03/KH-HĐTĐKT',
      issuer: { name: 'Hội đồng Thi đua - Khen thưởng quận Long Biên', level: 'district', locality: 'Long Biên', parent: 'Ủy ban nhân dân quận Long Biên' },
      place: 'Long Biên',
      date: '2021',
      title: 'Thực hiện công tác thi đua, khen thưởng năm 2021',
    });
    expect(codes).toEqual(['PARTIAL_DATE']);
  });

  it('is tolerant of the raw stripped scan (folded matching)', () => {
    const { document } = header(' UBND QUAN LONG BIEN\nHOI dong thi dua-khen thuong\n\nLong Bien, ngayo2>£ thdngOj ndm 2021S6: 03 /KH-HDTDKT\n\nKE HOACH\nThirc hien Cong tac thi dua, khen thuong nam 2021\n');
    expect(document).toMatchObject({
      type: 'Kế hoạch',
      number: '03/KH-HĐTĐKT',
      issuer: { name: 'Hội đồng Thi đua - Khen thưởng quận Long Biên', level: 'district', locality: 'Long Biên' },
      place: 'Long Biên',
      date: '2021',
    });
  });

  it('a blank serial: number and serial null, symbol kept, an info diagnostic', () => {
    const { document, codes } = header('UBND QUẬN HOÀN KIẾM\nSố:      /KH-UBND\nHoàn Kiếm, ngày    tháng    năm 2022\nKẾ HOẠCH\nTổ chức phong trào thi đua năm 2022\n');
    expect(document).toMatchObject({ number: null, serial: null, symbol: 'KH-UBND', date: '2022', typeCode: 'KH' });
    expect(codes).toEqual(['BLANK_SERIAL', 'PARTIAL_DATE']);
  });

  it.each([
    ['QUYẾT ĐỊNH', 'Quyết định', 'QĐ', 'Số: 31/2020/QĐ-UBND'],
    ['CHƯƠNG TRÌNH HÀNH ĐỘNG', 'Chương trình hành động', 'CTr', 'Số: 228/CTr-UBND'],
    ['HƯỚNG DẪN', 'Hướng dẫn', 'HD', 'Số: 7/HD-HĐTĐKT'],
    ['BÁO CÁO', 'Báo cáo', 'BC', 'Số: 12/BC-UBND'],
  ])('type heading %s → %s (%s)', (heading, type, typeCode, numberLine) => {
    const { document } = header(`UBND QUẬN CẦU GIẤY\n${numberLine}\nCầu Giấy, ngày 05 tháng 3 năm 2020\n${heading}\nVề công tác thi đua năm 2020\n`);
    expect(document).toMatchObject({ type, typeCode, title: 'Về công tác thi đua năm 2020' });
  });

  it('infers the type from the symbol when the heading is missing', () => {
    const { document, codes } = header('Số: 12/KH-UBND\nHà Nội, ngày 05/3/2020\n\nNội dung không có tiêu đề.');
    expect(document).toMatchObject({ type: 'Kế hoạch', typeCode: 'KH', number: '12/KH-UBND', date: '2020-03-05', place: 'Hà Nội', title: null });
    expect(codes).toContain('MISSING_ISSUER');
  });

  it('reports what is missing instead of inventing it', () => {
    const { document, codes } = header('KẾ HOẠCH\nCông tác năm 2020\n\nNội dung.');
    expect(document).toMatchObject({ number: null, date: null, place: null, issuer: { name: null } });
    expect(codes).toEqual(['MISSING_NUMBER', 'MISSING_DATE', 'MISSING_ISSUER']);
  });
});

describe('an issuer the symbol names', () => {
  const cutAbove = (number: string) => `Độc lập - Tự do - Hạnh phúc\nSố: ${number}\nHà Nội, ngày 26 tháng 3 năm 2021\nNGHỊ ĐỊNH\nQuy định cơ chế quản lý tài chính\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;`;

  it.each([
    ['28/2021/NĐ-CP', 'Chính phủ'],
    ['15/QĐ-TTg', 'Thủ tướng Chính phủ'],
  ])('a page cut above its issuer block, numbered %s: the symbol names %s', (number, issuer) => {
    const { document, codes } = header(cutAbove(number));
    expect(document.issuer).toMatchObject({ name: issuer, level: 'central', locality: null });
    expect(codes).toContain('ISSUER_FROM_SYMBOL');
    expect(codes).not.toContain('MISSING_ISSUER');
  });

  it('a symbol shared by many bodies names none', () => {
    const { document, codes } = header(cutAbove('12/KH-UBND'));
    expect(document.issuer.name).toBeNull();
    expect(codes).toContain('MISSING_ISSUER');
  });
});

describe('an OCR\'d symbol checked against the type heading', () => {
  const page = (number: string, heading: string) =>
    `ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: ${number}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuảng Ngãi, ngày 11 tháng 5 năm 2021\n${heading}\nVề tăng cường chỉ đạo kỳ thi\nNội dung.`;
  const ocrHeader = (text: string) => extractHeader(text, testContext(), noSigner, undefined, true);

  it('a type part one letter off the heading is read as its code (OCR)', () => {
    expect(ocrHeader(page('11/CI-UBND', 'CHỈ THỊ'))).toMatchObject({ number: '11/CT-UBND', symbol: 'CT-UBND', typeCode: 'CT' });
  });

  it.each([
    ['typed text keeps its symbol', '11/CI-UBND', 'CHỈ THỊ', false, 'CI-UBND'],
    ['a part two letters off stays', '11/XY-UBND', 'CHỈ THỊ', true, 'XY-UBND'],
    ['a known type part stays whatever the heading', '11/KH-UBND', 'CHỈ THỊ', true, 'KH-UBND'],
  ])('%s', (_name, number, heading, ocr, symbol) => {
    expect(extractHeader(page(number, heading), testContext(), noSigner, undefined, ocr).symbol).toBe(symbol);
  });
});

describe('a cited date is never the date line', () => {
  it.each([
    ['a last page given alone', '2. Bãi bỏ các quy định tại khoản 8 Điều 4 Nghị định số 151/2013/NĐ-CP ngày 01 tháng 11 năm 2013 của Chính phủ./.\nNơi nhận:\n- Lưu: VT.\n', null],
    ['the citation wrapped before "của"', 'Thực hiện Quyết định số 12/QĐ-UBND ngày 05 tháng 3 năm 2021\ncủa UBND tỉnh về công tác thi đua.\n', null],
    ['a date line is still one', 'UBND TỈNH QUẢNG NGÃI\nSố: 12/KH-UBND\nQuảng Ngãi, ngày 05 tháng 3 năm 2021\nKẾ HOẠCH\nCông tác thi đua năm 2021\n', '2021-03-05'],
  ])('%s', (_name, text, date) => {
    expect(extractHeader(text, testContext(), { name: null, title: null, authority: null }).date).toBe(date);
  });
});

describe('a page without its header: the issuer from the signature\'s "TM." line', () => {
  const page = (block: string) => `2. Bãi bỏ các quy định tại khoản 8 Điều 4 của Nghị định này./.\nNơi nhận:\n- Các bộ, cơ quan ngang bộ;\n- Lưu: VT, ĐMDN.\n${block}`;
  it.each([
    ['the Government', 'TM. CHÍNH PHỦ\nTHỦ TƯỚNG\nNguyễn Xuân Phúc', 'Chính phủ', 'central'],
    ['a province\'s committee', 'TM. ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nCHỦ TỊCH\nTrần Ngọc Căng', 'Ủy ban nhân dân tỉnh Quảng Ngãi', 'province'],
  ])('%s', (_name, block, name, level) => {
    const text = page(block);
    const ctx = testContext();
    const document = extractHeader(text, ctx, extractSigner(text, testContext()));
    expect(document.issuer).toMatchObject({ name, level });
    expect(ctx.codes()).toContain('ISSUER_FROM_SIGNATURE');
  });

  it.each([
    ['no "TM." line', 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Tám'],
    ['a "TM." line that names no known body', 'TM. NHÓM CÔNG TÁC\nTRƯỞNG NHÓM\nLê Văn Tám'],
  ])('%s → no issuer', (_name, block) => {
    const text = page(block);
    expect(extractHeader(text, testContext(), extractSigner(text, testContext())).issuer.name).toBeNull();
  });
});

describe('a hospital under its department', () => {
  it('reads "BỆNH VIỆN" as a body of its own, the department above as its parent', () => {
    const text = 'SỞ Y TẾ BẮC NINH\nBỆNH VIỆN ĐA KHOA TỈNH\nSố: 6191/BVT-TCKT\nV/v đăng tải thông tin\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBắc Ninh, ngày 27 tháng 9 năm 2021\n';
    const { issuer } = extractHeader(text, testContext(), { name: null, title: null, authority: null });
    expect(issuer.name).toMatch(/^Bệnh viện Đa khoa tỉnh/);
    expect(issuer.parent).toMatch(/^Sở Y tế/);
  });
});

describe('an OCR\'d issuer locality in the unit list\'s spelling', () => {
  const page = (issuerLine: string) =>
    `BỘ CÔNG AN\n${issuerLine}\nSố: 12/TTr-CAT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLâm Đồng, ngày 24 tháng 10 năm 2025\nTỜ TRÌNH\nVề công tác cai nghiện\nNội dung.`;

  it.each([
    // A commune "Lâm Động" shares the folded name; the unit word says the province is meant.
    ['a mark OCR guessed, name shared with a commune', 'CÔNG AN TỈNH LÂM ĐÒNG', true, 'Lâm Đồng'],
    ['the right spelling stays', 'CÔNG AN TỈNH LÂM ĐỒNG', true, 'Lâm Đồng'],
    ['typed text keeps what it says', 'CÔNG AN TỈNH LÂM ĐÒNG', false, 'Lâm Đòng'],
  ])('%s', (_name, issuerLine, ocr, locality) => {
    expect(extractHeader(page(issuerLine), testContext(), noSigner, undefined, ocr).issuer.locality).toBe(locality);
  });
});

describe('drafts: a date line left blank and a "DỰ THẢO" mark over the heading', () => {
  const page = (dateLine: string, mark = '') =>
    `ỦY BAN NHÂN DÂN\n\nTỈNH LÂM ĐỒNG\n\nSố: /KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n${dateLine}\n\n${mark}KẾ HOẠCH\n\nTuyên truyền cải cách hành chính năm 2026\n\nThực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU`;
  const read = (text: string, ocr = false) => {
    const ctx = testContext();
    const document = extractHeader(text, ctx, noSigner, undefined, ocr);
    return { document, codes: ctx.codes() };
  };

  it.each([
    ['a date line blank to the year', page('Lâm Đồng, ngày     tháng     năm'), null],
    ['blank but for the month', page('Lâm Đồng, ngày     tháng 9 năm'), null],
    ['a draft mark over the heading', page('Lâm Đồng, ngày   tháng 9 năm 2025', 'DỰ THẢO\n\n'), '2025-09'],
    ['a numbered draft mark', page('Lâm Đồng, ngày   tháng 9 năm 2025', 'DỰ THẢO LẦN 2\n\n'), '2025-09'],
  ])('%s: the heading and its trích yếu are read', (_name, text, date) => {
    const { document } = read(text);
    expect(document).toMatchObject({ type: 'Kế hoạch', title: 'Tuyên truyền cải cách hành chính năm 2026', date, place: 'Lâm Đồng' });
  });

  it('a typed blank date line is reported as blank, not as illegible', () => {
    const typed = read(page('Lâm Đồng, ngày     tháng     năm'));
    expect(typed.codes).toContain('MISSING_DATE');
    expect(typed.codes).not.toContain('DATE_LINE_ILLEGIBLE');
    // Read by OCR, the same line may hide handwriting: it stays "illegible".
    expect(read(page('Lâm Đồng, ngày     tháng     năm'), true).codes).toContain('DATE_LINE_ILLEGIBLE');
  });
});

describe('a charter filed alone: no date line, so no date', () => {
  it('a birth date inside a sentence of the body is not the document\'s date', () => {
    const text =
      'ỦY BAN NHÂN DÂN\n\nTỈNH LÂM ĐỒNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\nDỰ THẢO\n\nĐIỀU LỆ\n\nQUỸ HOẠT ĐỘNG NHÂN ĐẠO TỈNH LÂM ĐỒNG\n\nĐiều 1. Sáng lập viên\n\n1. Ông Nguyễn Văn A, Chủ tịch Hội Chữ thập đỏ tỉnh Lâm Đồng, sinh ngày 09/8/1964; quốc tịch: Việt Nam.\n\nĐiều 2. Mục đích';
    const ctx = testContext();
    expect(extractHeader(text, ctx, noSigner).date).toBeNull();
    expect(ctx.codes()).toContain('MISSING_DATE');
  });
});

describe('a draft mark on its own line inside the issuer block', () => {
  it('is neither the issuer\'s nor the heading\'s; a charter is a type of its own', () => {
    const text =
      'ỦY BAN NHÂN DÂN\n\nTỈNH LÂM ĐỒNG\n\nDỰ THẢO\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\nĐIỀU LỆ\n\nQUỸ KHUYẾN HỌC TỈNH LÂM ĐỒNG\n\n(Được công nhận kèm theo Quyết định số …. /QĐ-UBND ngày tháng 12 năm 2025 của Chủ tịch UBND tỉnh Lâm Đồng)\n\nChương I\n\nQUY ĐỊNH CHUNG';
    const document = extractHeader(text, testContext(), noSigner);
    expect(document).toMatchObject({ type: 'Điều lệ', title: 'QUỸ KHUYẾN HỌC TỈNH LÂM ĐỒNG', issuer: { name: 'Ủy ban nhân dân tỉnh Lâm Đồng', locality: 'Lâm Đồng' } });
  });
});

describe('an office\'s routing slip (Phiếu trình) without a date line', () => {
  it('its type heading bounds the issuer block: the body\'s "Phòng xử lý chính" is not the issuer', () => {
    const text =
      'UBND TỈNH LÂM ĐỒNG\n\nVĂN PHÒNG\n\nSố: 105/PT-NC\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\nPHIẾU TRÌNH\n\nKính gửi:\n\n- Lãnh đạo UBND tỉnh;\n\nI. NỘI DUNG TRÌNH/CHỈ ĐẠO\n\n1. Văn bản: Tờ trình số 298/TTr-CAT-PC04 ngày 24/10/2025 của Công an tỉnh.\n\nPhòng xử lý chính: Phòng Nội chính\n\nLãnh đạo Văn phòng';
    const document = extractHeader(text, testContext(), noSigner);
    expect(document).toMatchObject({ type: 'Phiếu trình', number: '105/PT-NC', date: null, issuer: { name: 'Văn phòng Ủy ban nhân dân tỉnh Lâm Đồng', level: 'province' } });
  });
});

describe('abbreviations in an issuer block set in capitals', () => {
  it.each([
    ['a Phòng named by its abbreviation', 'VĂN PHÒNG UBND TỈNH\n\nPHÒNG NCKSTTHC', 'Phòng NCKSTTHC'],
    ['a known abbreviation is still spelt out', 'UBND TỈNH LÂM ĐỒNG\n\nBAN TĐKT', 'Ban Thi đua - Khen thưởng tỉnh Lâm Đồng'],
    ['words that are syllables are set in normal case', 'UBND TỈNH LÂM ĐỒNG\n\nSỞ NỘI VỤ', 'Sở Nội vụ tỉnh Lâm Đồng'],
  ])('%s', (_name, block, issuer) => {
    const text = `${block}\n\nSố: 12/TB-X\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\nBình Thuận, ngày 20 tháng 5 năm 2025\n\nTHÔNG BÁO\n\nVề lịch họp\n\nNội dung.`;
    expect(extractHeader(text, testContext(), noSigner).issuer.name).toBe(issuer);
  });
});

describe('places and names the abbreviation and symbol-tail rules must leave alone', () => {
  const page = (block: string, dateLine: string) =>
    `${block}\n\nSố: 12/TB-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n${dateLine}\n\nTHÔNG BÁO\n\nVề lịch họp\n\nNội dung.`;
  it.each([
    ['a dotted city abbreviation glued to its name', 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', 'TP.Hồ Chí Minh, ngày 15 tháng 3 năm 2024', 'TP.Hồ Chí Minh'],
    ['a dotted town abbreviation', 'ỦY BAN NHÂN DÂN\nTHỊ XÃ LONG KHÁNH', 'TX.Long Khánh, ngày 15 tháng 3 năm 2024', 'TX.Long Khánh'],
  ])('%s: the typed place stays whole', (_name, block, dateLine, place) => {
    expect(extractHeader(page(block, dateLine), testContext(), noSigner).place).toBe(place);
  });

  it.each([
    ['HUYỆN KRÔNG BÔNG', 'Krông Bông'],
    ['HUYỆN CHƯ PRÔNG', 'Chư Prông'],
  ])('a highland name in capitals (%s) is set in normal case', (unit, locality) => {
    const document = extractHeader(page(`ỦY BAN NHÂN DÂN\n${unit}`, 'Krông Bông, ngày 15 tháng 3 năm 2024'), testContext(), noSigner);
    expect(document.issuer.locality).toBe(locality);
  });
});
