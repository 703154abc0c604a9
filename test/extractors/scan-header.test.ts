// What OCR of real scans does to header lines: a lost or doubled slash in the number, a serial
// garbled by handwriting, an illegible date line, older "QUYẾT ĐỊNH CỦA …" headings.
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../extractors/header/header.js';
import { readLostSlashNumber, readPlanNumber } from '../../extractors/shared/number.js';
import { extractReferences } from '../../extractors/references/references.js';
import type { DocumentInfo, Signer } from '../../output/schema.js';
import { testContext } from './context.js';

const noSigner: Signer = { name: null, title: null, authority: null };

function ocrHeader(text: string) {
  const ctx = testContext();
  const document = extractHeader(text, ctx, noSigner, undefined, true);
  return { document, codes: ctx.codes() };
}

const page = (issuer: string, numberLine: string, dateLine: string, heading: string) =>
  `${issuer}\n${numberLine}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n${dateLine}\n${heading}\n` +
  'Về việc giao đất ở\n- Căn cứ Nghị định số 88/CP ngày 17/8/1994 của Chính phủ;\nĐiều 1. Nội dung.';

describe('a number whose slash OCR lost', () => {
  it.each([
    ['6191BVT-TCKT', '6191/BVT-TCKT', 'BVT-TCKT'],
    ['01NQ-HĐQLQ', '01/NQ-HĐQLQ', 'NQ-HĐQLQ'],
    ['12 KH-UBND', '12/KH-UBND', 'KH-UBND'],
    ['91/201 7NĐ-CP ngày 31/7/2017', '91/2017/NĐ-CP', 'NĐ-CP'],
    ['91/2017NĐ-CP', '91/2017/NĐ-CP', 'NĐ-CP'],
  ])('%s → %s', (text, number, symbol) => {
    expect(readLostSlashNumber(text)?.value).toMatchObject({ number, symbol });
  });

  it.each([
    ['a single capital run', '12ABC'],
    ['a lower-case word', '3Sở-Ngành'],
    ['one-letter parts', '5A-B'],
    ['digits running on after the symbol', '12KH-UBND2'],
    ['a slash after the symbol', '12KH-UBND/2020'],
    ['a year that is not one', '91/3017NĐ-CP'],
  ])('not a number: %s', (_name, text) => {
    expect(readLostSlashNumber(text)).toBeNull();
  });

  it('a doubled slash as printed is read as one', () => {
    expect(readPlanNumber('5959//QĐ-BVT ngày 21/9/2021')?.value).toMatchObject({ number: '5959/QĐ-BVT', serial: '5959' });
  });

  it('the header takes it after "Số:", and the issuer block stops there', () => {
    const { document, codes } = ocrHeader(page('SỞ Y TẾ BẮC NINH\nBỆNH VIỆN ĐA KHOA TỈNH', 'Số: 6191BVT-TCKT', 'Bắc Ninh, ngày 27 tháng 9 năm 2021', 'V/v đăng tải thông tin'));
    expect(document).toMatchObject({ number: '6191/BVT-TCKT', symbol: 'BVT-TCKT', type: 'Công văn' });
    expect(document.issuer?.name ?? '').not.toMatch(/6191|Số/);
    expect(codes).not.toContain('MISSING_NUMBER');
  });

  it('a citation after "số" takes it; a run of figures and capitals without "số" stays unread', () => {
    const plan: DocumentInfo = {
      type: 'Quyết định', typeCode: 'QĐ', number: '12/QĐ-UBND', serial: '12', symbol: 'QĐ-UBND', place: 'Quảng Bình', date: '2022-10-24', title: null,
      issuer: { name: 'Ủy ban nhân dân tỉnh Quảng Bình', level: 'province', locality: 'Quảng Bình', parent: null },
    };
    const refs = (text: string) => extractReferences(text, testContext(), plan).map((r) => r.number);
    expect(refs('Căn cứ Nghị định số 91/201 7NĐ-CP ngày 31/7/2017 của Chính phủ;')).toContain('91/2017/NĐ-CP');
    expect(refs('Căn cứ Nghị định 12KH-UBND của tỉnh;')).not.toContain('12/KH-UBND');
  });
});

describe('older type headings that name their issuer', () => {
  it.each([
    ['QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH CAO BẰNG', 'Quyết định'],
    ['NGHỊ QUYẾT CỦA HỘI ĐỒNG QUẢN LÝ QUỸ\nKHUYẾN HỌC TỈNH BÌNH THUẬN', 'Nghị quyết'],
    ['QUYẾT ĐỊNH CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH', 'Quyết định'],
  ])('%s', (heading, type) => {
    const { document } = ocrHeader(page('ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG', 'Số: 159/UB', 'Cao Bằng, ngày 22 tháng 2 năm 1999', heading));
    expect(document.type).toBe(type);
  });

  it.each([
    ['a heading in running text', 'Quyết định của Ủy ban nhân dân tỉnh'],
    ['no body after CỦA', 'QUYẾT ĐỊNH CỦA TÔI'],
  ])('not a heading: %s', (_name, heading) => {
    const { document } = ocrHeader(page('ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG', 'Số: 159/UB', 'Cao Bằng, ngày 22 tháng 2 năm 1999', heading));
    expect(document.type).not.toBe('Quyết định');
  });

  it('a plain heading before it wins ("THÔNG BÁO" then "KẾT LUẬN CỦA THỦ TƯỚNG")', () => {
    const { document } = ocrHeader(page('VĂN PHÒNG CHÍNH PHỦ', 'Số: 634/TB-VPCP', 'Hà Nội, ngày 22 tháng 11 năm 2025', 'THÔNG BÁO\nKẾT LUẬN CỦA THỦ TƯỚNG'));
    expect(document.type).toBe('Thông báo');
  });
});

describe('a date line OCR could not read', () => {
  it.each([
    ['figures lost', 'Cửa Bảng, ngày ... tháng 2 năm ...'],
    ['all blank', 'Cao Bằng, ngày … tháng … năm …'],
  ])('%s: no date from the citations below, DATE_LINE_ILLEGIBLE', (_name, dateLine) => {
    const { document, codes } = ocrHeader(page('ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG', 'Số: 159/QĐ-UB', dateLine, 'Giao quyền sử dụng đất'));
    expect(document.date).toBeNull();
    expect(codes).toEqual(expect.arrayContaining(['MISSING_DATE', 'DATE_LINE_ILLEGIBLE']));
  });

  it('a blank day with a printed year stays a partial date, no illegible line', () => {
    const { document, codes } = ocrHeader(page('ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG', 'Số: 159/QĐ-UB', 'Cao Bằng, ngày ... tháng 2 năm 1999', 'QUYẾT ĐỊNH'));
    expect(document.date).toBe('1999-02');
    expect(codes).not.toContain('DATE_LINE_ILLEGIBLE');
  });

  it('an incoming stamp\'s blank "Ngày … tháng … năm" (no place) does not hide the date line', () => {
    const text = 'ĐẾN\nNgày ... tháng ... năm ...\n' + page('ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG', 'Số: 159/QĐ-UB', 'Cao Bằng, ngày 22 tháng 2 năm 1999', 'QUYẾT ĐỊNH');
    expect(ocrHeader(text).document.date).toBe('1999-02-22');
  });
});

describe('a serial garbled by handwriting', () => {
  it.each([
    ['só:Zƒƒ /QĐ-UBND', 'QĐ-UBND'],
    ['Số: ab/KH-UBND', 'KH-UBND'],
    // The colon read as a mark glued to the label and to the handwriting after it.
    ['Số@Ø4_ /BTC-CV', 'BTC-CV'],
  ])('%s keeps the printed symbol, reports OCR_ILLEGIBLE and BLANK_SERIAL', (numberLine, symbol) => {
    const { document, codes } = ocrHeader(page('ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH', numberLine, 'Quảng Bình, ngày 24 tháng 10 năm 2022', 'QUYẾT ĐỊNH'));
    expect(document).toMatchObject({ number: null, symbol });
    expect(codes).toEqual(expect.arrayContaining(['OCR_ILLEGIBLE', 'BLANK_SERIAL']));
    expect(codes).not.toContain('MISSING_NUMBER');
  });

  it.each([
    ['a mark and figures, no slash', 'Số@ 12 ngày 24'],
    ['a garble with no symbol after its slash', 'Số@Ø4_ / 2022'],
  ])('no number from a label glued to no garble-then-symbol: %s', (_what, numberLine) => {
    const { document } = ocrHeader(page('ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH', numberLine, 'Quảng Bình, ngày 24 tháng 10 năm 2022', 'QUYẾT ĐỊNH'));
    expect(document.symbol).toBeNull();
  });

  it('typed text (not OCR) is not said to be illegible', () => {
    const ctx = testContext();
    extractHeader(page('ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH', 'Số: ab/KH-UBND', 'Quảng Bình, ngày 24 tháng 10 năm 2022', 'KẾ HOẠCH'), ctx, noSigner, undefined, false);
    expect(ctx.codes()).not.toContain('OCR_ILLEGIBLE');
  });
});

describe('a garbled first issuer line', () => {
  const text = (first: string, tail = '') =>
    `${first} - SỞ THÔNG TIN VÀ TRUYỀN THÔNG\nSố: 666/TB-STTTT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n` +
    `Bến Tre, ngày 5 tháng 12 năm 2011\nTHÔNG BÁO\nVề việc giới thiệu chữ ký\nSở Thông tin và Truyền thông tỉnh Bến Tre thông báo.${tail}`;

  it('keeps the unit line and reads the glued parent back as the province the text names', () => {
    const { document } = ocrHeader(text('___ỗ UBNDTỈNHBÊENTRE'));
    expect(document.issuer).toMatchObject({ name: expect.stringMatching(/^Sở Thông tin và Truyền thông tỉnh Bến Tre$/i), level: 'province', locality: 'Bến Tre', parent: 'Ủy ban nhân dân tỉnh Bến Tre' });
  });

  it.each([
    ['a province the text does not name', '___ỗ UBNDTỈNHTRAVINH'],
    ['more than one letter off', '___ỗ UBNDTỈNHBÊEENTREE'],
  ])('keeps the unit alone when the parent cannot be read: %s', (_name, first) => {
    const { document } = ocrHeader(text(first).replace(/tỉnh Bến Tre thông báo/, 'thông báo').replace('Bến Tre, ngày', 'Hà Nội, ngày'));
    expect(document.issuer.name).toMatch(/^Sở Thông tin và Truyền thông/i);
    expect(document.issuer.parent).toBeNull();
  });
});

describe('debris under the issuer block', () => {
  it.each([
    ['a scrap before a rule of em dashes', 'ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\n... TR—————', 'Ủy ban nhân dân tỉnh Cao Bằng'],
    ['a scrap between rules', 'ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\n––––– TR –––––', 'Ủy ban nhân dân tỉnh Cao Bằng'],
    ['a real second line is kept', 'ỦY BAN NHÂN DÂN\nTỈNH CAO\nBẰNG', 'Ủy ban nhân dân tỉnh Cao Bằng'],
  ])('%s', (_name, block, name) => {
    const { document } = ocrHeader(page(block, 'Số: 159/QĐ-UB', 'Cao Bằng, ngày 22 tháng 2 năm 1999', 'QUYẾT ĐỊNH'));
    expect(document.issuer.name?.toLowerCase()).toBe(name.toLowerCase());
  });
});

describe('a unit under a department that names its province bare', () => {
  const text = (block: string, mention: string) =>
    `${block}\nSố: 6191/BVT-TCKT\nV/v đăng tải thông tin\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n` +
    `Bắc Ninh, ngày 27 tháng 9 năm 2021\nKính gửi: Cổng thông tin\n${mention} đề nghị đăng tải.`;

  it.each([
    ['as printed', 'SỞ Y TẾ BẮC NINH\nBỆNH VIỆN ĐA KHOA TỈNH'],
    ['marks misread, unit word glued (OCR)', 'SỞ Y TẺ BÁC NINH\nBỆNH VIỆN ĐA KHOATỈNH .'],
  ])('%s', (_name, block) => {
    const { document } = ocrHeader(text(block, 'Bệnh viện đa khoa tỉnh Bắc Ninh'));
    expect(document.issuer).toMatchObject({ name: expect.stringMatching(/^Bệnh viện Đa khoa tỉnh Bắc Ninh$/i), level: 'province', locality: 'Bắc Ninh' });
  });

  it('a province the text never names is not read off the department\'s name', () => {
    const { document } = ocrHeader(text('SỞ Y TẾ BẮC NINH\nBỆNH VIỆN ĐA KHOA TỈNH', 'Bệnh viện'));
    expect(document.issuer.locality).toBeNull();
  });
});

describe('an older heading right under a date line that ends in a stop', () => {
  it.each([
    ['a full stop', 'Cao Bằng, ngày 22 tháng 2 năm 1999.'],
    ['a comma', 'Cao Bằng, ngày 22 tháng 2 năm 1999,'],
  ])('%s: the heading is still the type, the trích yếu the line under it', (_name, dateLine) => {
    const text = `ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 157/QĐ-NĐ-UB ${dateLine}\nQUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH\nVề việc : Giao quyền sử dụng đất ở dân cư\nUỶ BAN NHÂN DÂN TỈNH CAO BẰNG\n- Căn cứ Luật đất đai ngày 24/7/1993;\nQUYẾT ĐỊNH\nĐiều 1. Nội dung.`;
    const { document } = ocrHeader(text);
    expect(document.type).toBe('Quyết định');
    expect(document.title).toBe('Về việc : Giao quyền sử dụng đất ở dân cư');
    expect(document.date).toBe('1999-02-22');
  });
});

describe('the place of an OCR read date line', () => {
  const withPlace = (issuer: string, dateLine: string) =>
    ocrHeader(page(issuer, 'Số: 11/TB-UBND', dateLine, 'THÔNG BÁO')).document.place;

  it.each([
    ['a letter misread in the issuer\'s province', 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI', 'Quảng Noãi, ngày 08 tháng 01 năm 2025', 'Quảng Ngãi'],
    ['a vowel misread', 'ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG', 'Củo Bằng, ngày 22 tháng 2 năm 1999', 'Cao Bằng'],
    ['a known place one letter off stays', 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH', 'Quảng Ninh, ngày 08 tháng 01 năm 2025', 'Quảng Ninh'],
    ['a place two letters off stays', 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI', 'Quảng Nooi, ngày 08 tháng 01 năm 2025', 'Quảng Nooi'],
    ['two vowels misread under their marks', 'ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG', 'Cửa Bảng, ngày 22 tháng 2 năm 1999', 'Cao Bằng'],
    ['two letters off in a word of garbled case (a 100-dpi scan)', 'HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ TĨNH', 'Tà TĨHh, ngày 18 tháng 12 năm 2013', 'Hà Tĩnh'],
    ['two letters off in capitals stays', 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI', 'QUẢNG NOOI, ngày 08 tháng 01 năm 2025', 'QUẢNG NOOI'],
    ['a word on the line above is not the place', 'ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG', 'OTXVPT\nNinh Kiều, ngày 24 tháng 01 năm 2018', 'Ninh Kiều'],
  ])('%s', (_name, issuer, dateLine, place) => {
    expect(withPlace(issuer, dateLine)).toBe(place);
  });
});

describe('references in the older style (a number after "số", its type far before it or not named)', () => {
  const plan: DocumentInfo = {
    type: 'Quyết định', typeCode: 'QĐ', number: '157/QĐ-NĐ-UB', serial: '157', symbol: 'QĐ-NĐ-UB', place: 'Cao Bằng', date: '1999-02-22', title: null,
    issuer: { name: 'Ủy ban nhân dân tỉnh Cao Bằng', level: 'province', locality: 'Cao Bằng', parent: null },
  };
  const refs = (text: string) => extractReferences(text, testContext(), plan).map((r) => `${r.number} ${r.date}`);

  it.each([
    ['type words away, two numbers', 'các Nghị định dưới luật của Hội đồng Chính phủ số : 88/CP, ngày 17/8/1994, số 60/CP, ngày 05/7/1994 về quyền sở hữu nhà ở.', ['88/CP 1994-08-17', '60/CP 1994-07-05']],
    ['commas OCR read as full stops', 'của Hội đồng Chính phủ số : 88/CP. ngày 17/8/1994. số 60/CP. ngày 05/7/1994', ['88/CP 1994-08-17', '60/CP 1994-07-05']],
    ['no type word', 'đã được UBND tỉnh phê duyệt số 204/UB-QĐ-NĐ, ngày 09/6/1992.', ['204/UB-QĐ-NĐ 1992-06-09']],
    ['a date in words', 'tại phiếu trình số 13/UB-TP, ngày 18 tháng 01 năm 1999.', ['13/UB-TP 1999-01-18']],
  ])('%s', (_name, text, expected) => {
    expect(refs(text)).toEqual(expected);
  });

  it.each([
    ['no date after it', 'tài khoản số 0123/ABC của đơn vị'],
    ['no "số" before it', 'theo hồ sơ 204/UB-QĐ-NĐ, ngày 09/6/1992 đã duyệt'],
  ])('not a citation: %s', (_name, text) => {
    expect(refs(text)).toEqual([]);
  });

  it('a new sentence after a number does not give it its date', () => {
    expect(refs('theo Kế hoạch số 12/KH-UBND. Ngày 15/3/2024, UBND tỉnh họp')).toEqual(['12/KH-UBND null']);
  });
});

describe('an older heading that names its issuer where the block left the place out', () => {
  const text = (block: string, heading: string) =>
    `${block}\nSố: 01/NQ-HĐQLQ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBình Thuận, ngày 18 tháng 02 năm 2025\n${heading}\n(Về việc đề nghị sửa đổi Điều lệ Quỹ)\n- Căn cứ Nghị định số 93/2019/NĐ-CP ngày 25/11/2019 của Chính phủ;\nQUYẾT NGHỊ:\nĐiều 1. Nội dung.`;

  it('takes the body and its province from the heading', () => {
    const { document, codes } = ocrHeader(text('HỘI KHUYẾN HỌC TỈNH\nHỘI ĐỒNG QL QUỸ KHUYẾN HỌC', 'NGHỊ QUYẾT CỦA HỘI ĐỒNG QUẢN LÝ QUỸ\nKHUYẾN HỌC TỈNH BÌNH THUẬN\nỘ -'));
    expect(document.issuer).toMatchObject({ name: 'Hội đồng quản lý quỹ khuyến học tỉnh Bình Thuận', level: 'province', locality: 'Bình Thuận' });
    expect(document.title).toBe('(Về việc đề nghị sửa đổi Điều lệ Quỹ)');
    expect(codes).not.toContain('ISSUER_LEVEL_UNKNOWN');
  });

  it.each([
    ['a heading that names no place', 'NGHỊ QUYẾT CỦA HỘI ĐỒNG QUẢN LÝ QUỸ'],
    ['a heading naming another kind of body', 'NGHỊ QUYẾT CỦA BAN CHẤP HÀNH TỈNH BÌNH THUẬN'],
  ])('keeps the block\'s issuer: %s', (_name, heading) => {
    const { document } = ocrHeader(text('HỘI KHUYẾN HỌC TỈNH\nHỘI ĐỒNG QL QUỸ KHUYẾN HỌC', heading));
    expect(document.issuer?.locality ?? null).toBeNull();
  });
});
