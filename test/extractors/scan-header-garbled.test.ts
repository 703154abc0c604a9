// Real scans whose handwriting or faint print garbles the number and date lines past the plain
// readers (heldout-vbai causes 1, 2, 3, 7): the printed parts survive, the handwritten ones are blank.
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../extractors/header/header.js';
import { extractSigner } from '../../extractors/closing/signer.js';
import { readNumberLine } from '../../extractors/header/header-zone.js';
import { readGarbledSerialNumber, symbolSixes } from '../../extractors/header/garbled-serial.js';
import { garbledDateLine } from '../../extractors/header/garbled-date-line.js';
import { typeOfLetterSymbol } from '../../extractors/header/symbol-type.js';
import { parsePlanNumber, readPlanNumber } from '../../extractors/shared/number.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import type { Signer } from '../../output/schema.js';
import { testContext } from './context.js';

const noSigner: Signer = { name: null, title: null, authority: null };

function ocrHeader(text: string) {
  const ctx = testContext();
  const document = extractHeader(text, ctx, noSigner, undefined, true);
  return { document, codes: ctx.codes() };
}

describe('a handwritten serial garbled before the printed symbol', () => {
  it.each([
    ['slash lost, garble glued', '5ƒCAT-PA05', 'CAT-PA05', '5ƒ', false],
    ['a space for the slash', ' 4H09 BCA-C04', 'BCA-C04', '4H09', false],
    ['marks only', '#...` KH-TCTLNTW-C04', 'KH-TCTLNTW-C04', '#...`', false],
    ['Party number, hyphen kept', ' ¿J0 -CV/BTGDVTU', 'CV/BTGDVTU', '¿J0', true],
    ['three scraps, the slash read as a quote', '4 % “TrTTCC-MSTT', 'TrTTCC-MSTT', '4 % “', false],
    ['a centre\'s "Tr" part after the garble', '1ʒ6 TrTTCC-MSTT', 'TrTTCC-MSTT', '1ʒ6', false],
  ])('%s: %s', (_name, text, symbol, illegible, party) => {
    const read = readNumberLine(text);
    expect(read?.value).toMatchObject({ symbol, serial: null, number: null, party });
    expect(read?.illegible).toBe(illegible);
  });

  // A numbering stamp's figures spaced out, some lost ("2 2 6 5" read "2 6"), before the printed slash
  // or before the slash read as a letter no Vietnamese text writes. OCR text only.
  it.each([
    ['2 6 /BCT-ATMT )', 'BCT-ATMT', '2 6'],
    ['2 6 ŸBCT-ATMT )', 'BCT-ATMT', '2 6'],
    [' 1 2 /KH-UBND', 'KH-UBND', '1 2'],
  ])('a stamp\'s spaced figures: %s', (text, symbol, illegible) => {
    const read = readNumberLine(text, true);
    expect(read?.value).toMatchObject({ symbol, serial: null, number: null });
    expect(read?.illegible).toBe(illegible);
    expect(readNumberLine(text, false)).toBeNull();
  });

  it.each([
    ['a printed serial (digits only) is not a garble', '4409 BCA-C04'],
    ['a word, not a garble', 'lượng 5 -CV/AB'],
    ['letters only before the symbol', 'ABC KH-UBND'],
    ['a symbol of one part', '5ƒCAT'],
    ['small letters after the garble', '5ƒ về việc'],
    ['scraps then a word in small letters', '4 % “ về việc'],
    ['a title-case word is no symbol', '4 % Trung-Tâm'],
    ['a Vietnamese capital before the code is no slash', '2 6 ÁBCT-ATMT'],
  ])('not read: %s', (_name, text) => {
    expect(readGarbledSerialNumber(text)).toBeNull();
    expect(readGarbledSerialNumber(text, true)).toBeNull();
  });

  it('keeps a printed number as it reads', () => {
    expect(readNumberLine('12/KH-UBND')?.value.number).toBe('12/KH-UBND');
  });

  it('reads OCR\'s ó closing a symbol part as 6, only there', () => {
    expect(symbolSixes('... /C04-Pó')).toBe('... /C04-P6');
    expect(symbolSixes('/KH-UBND về việc đó')).toBe('/KH-UBND về việc đó');
    expect(readNumberLine('... /C04-Pó')?.value.symbol).toBe('C04-P6');
  });
});

describe('a number line under a numbering stamp', () => {
  // As a ministry's letter scanned at 150 dpi: the stamp "2265" over the blank of "Số:    /BCT-ATMT",
  // read with the colon as "¿", two figures lost and the slash as "Ÿ".
  const header = 'BỘ CÔNG THƯƠNG\nsố¿2 6 ŸBCT-ATMT )\nV/v triển khai thực hiện thủ tục cấp\nGiấy phép vận chuyển hàng hóa nguy hiểm\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 02 tháng 4 năm 2026\nKính gửi: Ủy ban nhân dân các tỉnh, thành phố\n';

  it('keeps the symbol, leaves the serial blank and the issuer its own line', () => {
    const { document, codes } = ocrHeader(header);
    expect(document).toMatchObject({ symbol: 'BCT-ATMT', serial: null, number: null });
    expect(document.issuer?.name).toBe('Bộ Công thương');
    expect(codes).toContain('BLANK_SERIAL');
  });

  it('reads "số" with "¿" for its colon only before a number', () => {
    expect(ocrHeader(header.replace('số¿', 'số ')).document.symbol).toBeNull();
  });
});

describe('a unit in brackets closing the symbol', () => {
  it.each([
    ['409/TTr-CAT(PC04)', '409/TTr-CAT(PC04)', 'TTr-CAT(PC04)'],
    ['... /TTr-CAT(PC04)', null, 'TTr-CAT(PC04)'],
  ])('%s', (text, number, symbol) => {
    expect(readPlanNumber(text)?.value).toMatchObject({ number, symbol, typeCode: 'TTr' });
  });

  it.each([
    ['a bracket after a space is not the symbol\'s', '12/QĐ-UBND (kèm theo)', 'QĐ-UBND'],
    ['small letters in brackets are not a unit', '12/QĐ-UBND(abc)', 'QĐ-UBND'],
  ])('%s', (_name, text, symbol) => {
    expect(readPlanNumber(text)?.value.symbol).toBe(symbol);
  });

  it('parses the whole bracketed number', () => {
    expect(parsePlanNumber('511/TTr-CAT(PC04)')?.symbol).toBe('TTr-CAT(PC04)');
  });
});

describe('a garbled place-and-date line', () => {
  it.each([
    ['day word and month garbled', 'Hà Nội, ngàu 0 tháng ...Ð năm 2025', '2025', null],
    ['year word garbled', 'Hà Nội, ngày-##tháng Q@n»ăm 2026', '2026', null],
    ['year not of this era', 'Lâm Đẳng, nvàuô& thẳng 11 năm 2225', null, '11'],
    ['month printed', 'Lâm Đồng, ngày ... tháng 9 năm 2025', '2025', '09'],
  ])('%s', (_name, line, year, month) => {
    expect(garbledDateLine(foldVietnamese(line).toLowerCase())).toEqual({ year, month });
  });

  it.each([
    ['a sentence with a year', 'Ngoài ra, nhằm tổng kết năm 2025'],
    ['no "tháng"', 'Hà Nội, ngày mai năm 2025'],
    ['no place before the comma', ', ngày 5 tháng 3 năm 2025'],
  ])('not one: %s', (_name, line) => {
    expect(garbledDateLine(foldVietnamese(line).toLowerCase())).toBeNull();
  });

  const page = (dateLine: string, heading = 'TỜ TRÌNH') =>
    `BỘ CÔNG AN\nCÔNG AN TỈNH LÂM ĐỒNG\nSố: ... /TTr-CAT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n${dateLine}\n${heading}\n` +
    'Về việc thành lập hội đồng\nKính gửi: Ủy ban nhân dân tỉnh Lâm Đồng\nThực hiện Kết luận số 132-KL/TW ngày 18/3/2025 của Bộ Chính trị.';

  it('keeps the printed year and the place, never a body date', () => {
    const { document, codes } = ocrHeader(page('Hà Nội, ngàu 0 tháng ...Ð năm 2025'));
    expect(document.date).toBe('2025');
    expect(document.place).toBe('Hà Nội');
    expect(codes).toContain('PARTIAL_DATE');
  });

  it('keeps the printed month with the year', () => {
    expect(ocrHeader(page('Lâm Đồng, ngàu& tháng 11 năm 2025')).document.date).toBe('2025-11');
  });

  it('finds the type heading under a garbled date line', () => {
    const { document } = ocrHeader(page('Lâm Đồng, nvàuô& thẳng 11 năm 2225'));
    expect(document.type).toBe('Tờ trình');
    expect(document.place).toBe('Lâm Đồng');
    expect(document.date).toBeNull();
  });
});

describe('the type of a letter without a type heading', () => {
  it.each([
    ['34/BC-CGC', 'Báo cáo'],
    ['12/TTr-UBND', 'Tờ trình'],
    ['5/KH-SNV', 'Kế hoạch'],
  ])('%s under a "V/v" line is a %s', (number, type) => {
    expect(typeOfLetterSymbol(parsePlanNumber(number))?.name).toBe(type);
  });

  it.each([
    ['CT is also the Cục Thuế', '5332/CT-CS'],
    ['PA names police units', '855/PA05-CAT'],
    ['no type code', '4085/UBND-ĐT'],
    ['a Party công văn', '210-CV/BTGDVTU'],
  ])('stays a công văn: %s', (_name, number) => {
    expect(typeOfLetterSymbol(parsePlanNumber(number))).toBeNull();
  });

  it('reads the whole header', () => {
    const text =
      'UBND TỈNH LÂM ĐỒNG\nHỘI CỰU GIÁO CHỨC\nSố: 34 /BC-CGC\nV/v báo cáo kết quả Đại hội\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n' +
      'Độc lập - Tự do - Hạnh phúc\nĐà Lạt, ngày 29 tháng 12 năm 2025\nKính gửi: Ủy ban nhân dân tỉnh Lâm Đồng\nNgày 20 tháng 12 năm 2025, Đại hội đã họp.';
    expect(ocrHeader(text).document).toMatchObject({ type: 'Báo cáo', typeCode: 'BC', title: 'V/v báo cáo kết quả Đại hội' });
  });
});

describe('the issuer block of a scan', () => {
  it('is not the trích yếu line under the number, its "V/v" misread', () => {
    const text =
      'TỈNH ỦY LÂM ĐỒNG\nBAN TUYÊN GIÁO VÀ DÂN VẬN\nSố ¿J0 -CV/BTGDVTU\n... cử lãnh đạo Ban tham gia\nBan Vì sự tiến bộ của phụ nữ\n' +
      'ĐẢNG CỘNG SẢN VIỆT NAM\nLâm Đồng, ngày ... tháng 9 năm 2025\nKính gửi: Sở Nội vụ.\nNội dung.';
    const { document, codes } = ocrHeader(text);
    expect(document.issuer.name).toMatch(/^Ban Tuyên giáo và Dân vận/i);
    expect(document.symbol).toBe('CV/BTGDVTU');
    expect(document.number).toBeNull();
    expect(document.type).toBe('Công văn');
    expect(codes).toContain('OCR_ILLEGIBLE');
  });

  it.each([
    ['TỈNH ỦY LÂM ĐỒNG', 'BAN TUYÊN GIÁO VÀ DÂN VẬN', 'Ban Tuyên giáo và dân vận Tỉnh ủy Lâm Đồng', 'Tỉnh ủy Lâm Đồng'],
    ['TỈNH ỦY LÂM ĐỒNG', 'VĂN PHÒNG', 'Văn phòng Tỉnh ủy Lâm Đồng', 'Tỉnh ủy Lâm Đồng'],
    ['UBND TỈNH LÂM ĐỒNG', 'BAN QUẢN LÝ DỰ ÁN', 'Ban Quản lý dự án tỉnh Lâm Đồng', 'Ủy ban nhân dân tỉnh Lâm Đồng'],
  ])('a board under %s / %s is named %s', (parent, board, name, parentName) => {
    const text = `${parent}\n${board}\nSố 210-CV/BTGDVTU\nV/v cử lãnh đạo\nĐẢNG CỘNG SẢN VIỆT NAM\nLâm Đồng, ngày 4 tháng 9 năm 2025\nKính gửi: Sở Nội vụ.\nNội dung.`;
    const { document } = ocrHeader(text);
    expect(document.issuer.name?.toLowerCase()).toBe(name.toLowerCase());
    expect(document.issuer.parent).toBe(parentName);
  });

  it.each([
    ['HÔI', 'Hôi Cưu giáo chức'],
    ['HỘI', 'Hội Cựu giáo chức'],
  ])('"%s" with a misread tone still opens the body under the UBND line', (head, name) => {
    const text =
      `UBND TỈNH LÂM ĐỒNG\n${head} ${head === 'HỘI' ? 'CỰU' : 'CƯU'} GIÁO CHỨC\nSố: 34 /BC-CGC\nV/v báo cáo kết quả Đại hội\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n` +
      'Độc lập - Tự do - Hạnh phúc\nĐà Lạt, ngày 29 tháng 12 năm 2025\nKính gửi: Ủy ban nhân dân tỉnh Lâm Đồng\nNội dung.';
    const { document } = ocrHeader(text);
    expect(document.issuer).toMatchObject({ name: `${name} tỉnh Lâm Đồng`, level: 'province', parent: 'Ủy ban nhân dân tỉnh Lâm Đồng' });
  });
});

describe('the signer of a scan whose title the seal or the recipients column garbled', () => {
  const body = 'UBND TỈNH LÂM ĐỒNG\nHỘI GOLF TỈNH LÂM ĐỒNG\nSố: 01/LDGA-TTr\nLâm Đồng, ngày 31 tháng 10 năm 2025\nTỜ TRÌNH\nVề việc báo cáo\nNội dung./.\n';
  it.each([
    ['a name right under the recipients without a filing line', 'Nơi nhận:\n- SỞ\nBAN CHÁP HÀNH\nTrương Văn Hòa\n', 'Trương Văn Hòa'],
    ['an officer\'s name with his rank joined to the filing line', 'Nơi nhận:\n- Các đơn vị thuộc C04;\n- Lưu: VT, P5. NMC (1000). Đại tá Bùi Duy Hưng\n', 'Bùi Duy Hưng'],
    ['the name joined to the filing line past the seal\'s strokes', 'Nơi nhận:\n- Sở Nội vụ (để báo cáo);\n- Lưu VP. „ ị ( “Hoàng Nam Giang\n', 'Hoàng Nam Giang'],
    ['a signature\'s stroke read as a run of dashes glued before the name', 'Nơi nhận:\n- Như trên;\n- Lưu: VT, GSQL (03b).\n\n——Mai Xuân Thanh\n', 'Mai Xuân Thanh'],
    ['a stroke glued before the name, a scanner app\'s stamp under it', 'Nơi nhận:\n- Như trên;\n- Lưu VP, 2 MÃ Í\nSỐ ÔN\n"Lê Văn Lợi\n¬‹.‹\nĐược quét bằng CamScanner\n', 'Lê Văn Lợi'],
  ])('%s', (_name, tail, name) => {
    expect(extractSigner(body + tail, testContext()).name).toBe(name);
  });

  it.each([
    ['a recipient line is no name', 'Nơi nhận:\n- Như trên;\n- Sở Nội vụ tỉnh Lâm Đồng;\n'],
    ['a recipient after one dash is no name', 'Nơi nhận:\n- Như trên;\n-Sở Nội vụ tỉnh Lâm Đồng;\n'],
    ['a sentence after the recipients is no name', 'Nơi nhận:\n- Như trên;\nTrân trọng cảm ơn các đơn vị.\n'],
  ])('none: %s', (_name, tail) => {
    expect(extractSigner(body + tail, testContext()).name).toBeNull();
  });

  it('a chief\'s title is no school: "TRƯỞNG NHÓM" opens no body', () => {
    const text = '2. Bãi bỏ các quy định./.\nNơi nhận:\n- Lưu: VT.\nTM. NHÓM CÔNG TÁC\nTRƯỞNG NHÓM\nLê Văn Tám';
    expect(extractHeader(text, testContext(), extractSigner(text, testContext())).issuer.name).toBeNull();
  });
});

describe('issuer blocks of associations and working groups', () => {
  const page = (block: string) =>
    `${block}\nSố 52 - CV/HNDT\nỨA' cự đại diện lãnh đạo tham gia\nBan Vì sự tiến bộ của phụ nữ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n` +
    'Hà Nội, ngày 09 tháng 9 năm 2025\nKính gửi: Sở Nội vụ tỉnh Lâm Đồng\nNội dung.';
  it.each([
    ['an association\'s executive committee, abbreviated', 'HỘI NÔNG DÂN VIỆT NAM\nBCH HỘI NÔNG DÂN TỈNH LÂM ĐỒNG', 'ban chap hanh hoi nong dan tinh lam dong', 'province', 'Hội Nông dân Việt Nam'],
    ['a working group under its ministry, its tone misread', 'BỘ CÔNG AN\nTỎ CÔNG TÁC LIÊN NGÀNH TW', 'to cong tac lien nganh tw', 'central', 'Bộ Công an'],
  ])('%s', (_name, block, folded, level, parent) => {
    const { document } = ocrHeader(page(block));
    expect(foldVietnamese(document.issuer.name ?? '').toLowerCase()).toBe(folded);
    expect(document.issuer).toMatchObject({ level, parent });
  });

  it.each([
    ['"Hội nghị" opens no issuer line', 'HỘI NGHỊ TỔNG KẾT'],
  ])('%s', (_name, block) => {
    expect(ocrHeader(page(block)).document.issuer.name ?? '').not.toMatch(/^Hội nghị/i);
  });
});

describe('a place closing a sentence under a title in capitals', () => {
  it('is no signer ("… thành phố\\nHà Nội;")', () => {
    const text =
      'QUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT QUY TRÌNH\n\nGIÁM ĐỐC TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG THÀNH PHỐ\nHÀ NỘI\n\n' +
      '*Căn cứ Quyết định số 13/2025/QĐ-UBND ngày 28/02/2025 của UBND thành phố Hà Nội về việc quy định chức năng của Sở Dân tộc và Tôn giáo thành phố\nHà Nội;\n\n' +
      'QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt quy trình.';
    expect(extractSigner(text, testContext()).name).toBeNull();
  });
});

