// Layout from word boxes: synthetic pages where the answer is known by construction.
import { describe, expect, it } from 'vitest';
import { gridsFromRules, layoutPage } from '../../pipeline/ocr/layout.js';
import type { OcrWord, Rule } from '../../pipeline/ocr/types.js';
import { line } from '../helpers/ocr-words.js';


describe('layoutPage', () => {
  it('reads a two-column header left column first, then right, then the body', () => {
    // The engine put the left and right header texts of each row on one line: interleaved.
    const words = [
      ...line('UBND QUẬN', 100, 100, 'a').concat(line('CỘNG HÒA XÃ HỘI', 1300, 100, 'a')),
      ...line('HỘI ĐỒNG', 100, 160, 'b').concat(line('Độc lập - Tự do', 1300, 160, 'b')),
      ...line('Số: 04/KH-HĐTĐKT', 100, 220, 'c').concat(line('Long Biên, ngày 03', 1300, 220, 'c')),
      ...line('KẾ HOẠCH', 1000, 350, 'd'),
      ...line('Nội dung kế hoạch kiểm tra công tác thi đua khen thưởng năm nay', 300, 420, 'e'),
    ];
    const { text } = layoutPage({ width: 2480, height: 3508, words }, [], { header: true });
    expect(text.split('\n')).toEqual([
      'UBND QUẬN',
      'HỘI ĐỒNG',
      'Số: 04/KH-HĐTĐKT',
      'CỘNG HÒA XÃ HỘI',
      'Độc lập - Tự do',
      'Long Biên, ngày 03',
      'KẾ HOẠCH',
      'Nội dung kế hoạch kiểm tra công tác thi đua khen thưởng năm nay',
    ]);
  });

  // An A4 letter scanned on an A3 bed: the text stands on the left half of a page twice as wide,
  // its header's gutter a quarter across the page, outside the page's middle.
  it('reads the two-column header of a letter standing on the left half of a wide page', () => {
    const words = [
      ...line('UBND HUYỆN AN PHÚ', 180, 160, 'a').concat(line('CỘNG HÒA XÃ HỘI', 720, 160, 'a')),
      ...line('PHÒNG KINH TẾ', 160, 220, 'b').concat(line('Độc lập - Tự do', 760, 220, 'b')),
      ...line('Số: 155/PKTHT-TH', 170, 300, 'c').concat(line('An Phú, ngày 09 tháng 6', 700, 300, 'c')),
      ...line('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015', 160, 500, 'e'),
    ];
    const { text } = layoutPage({ width: 2970, height: 2100, words }, [], { header: true });
    expect(text.split('\n')).toEqual([
      'UBND HUYỆN AN PHÚ',
      'PHÒNG KINH TẾ',
      'Số: 155/PKTHT-TH',
      'CỘNG HÒA XÃ HỘI',
      'Độc lập - Tự do',
      'An Phú, ngày 09 tháng 6',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015',
    ]);
  });

  // A certified copy's digital-signature line ("SAO Y; Bộ …; 21/07/2023 15:57:10") printed above
  // the header across the middle of the page, over the left column's end and the right one's
  // start: the two columns below it still read left then right.
  it('finds the two-column header below a line printed across the middle above it', () => {
    const words = [
      ...line('SAO Y; Bộ thông tin và Truyền thông; 21/07/2023', 1000, 60, 'z'),
      ...line('BỘ THÔNG TIN VÀ TRUYỀN THÔNG', 560, 200, 'a').concat(line('CỘNG HÒA XÃ HỘI', 1360, 200, 'a')),
      ...line('BAN TỔ CHỨC GIẢI THƯỞNG', 460, 260, 'b').concat(line('Độc lập - Tự do', 1420, 260, 'b')),
      ...line('MAKE IN VIET NAM', 490, 320, 'c').concat(line('Hà Nội, ngày 21 tháng 7', 1380, 320, 'c')),
      ...line('Số: 01/BTC-CV', 430, 380, 'd'),
      ...line('Giải thưởng Sản phẩm Công nghệ số là Giải thưởng uy tín, chính thức trong lĩnh vực', 300, 520, 'e'),
    ];
    const { text } = layoutPage({ width: 2480, height: 3508, words }, [], { header: true });
    expect(text.split('\n')).toEqual([
      'SAO Y; Bộ thông tin và Truyền thông; 21/07/2023',
      'BỘ THÔNG TIN VÀ TRUYỀN THÔNG',
      'BAN TỔ CHỨC GIẢI THƯỞNG',
      'MAKE IN VIET NAM',
      'Số: 01/BTC-CV',
      'CỘNG HÒA XÃ HỘI',
      'Độc lập - Tự do',
      'Hà Nội, ngày 21 tháng 7',
      'Giải thưởng Sản phẩm Công nghệ số là Giải thưởng uy tín, chính thức trong lĩnh vực',
    ]);
  });

  it('finds no header below body lines from the left margin: a last page\'s signature block stays the foot', () => {
    const words = [
      ...line('các Bộ trưởng, Thủ trưởng cơ quan ngang bộ chịu trách nhiệm', 300, 60, 'x'),
      ...line('thi hành Nghị định này./.', 300, 120, 'y'),
      ...line('Nơi nhận:', 300, 300, 'a').concat(line('TM. CHÍNH PHỦ', 1500, 300, 'a')),
      ...line('- Ban Bí thư Trung ương Đảng;', 300, 360, 'b').concat(line('THỦ TƯỚNG', 1550, 360, 'b')),
      ...line('- Lưu: VT, TCCV (2b).', 300, 420, 'c').concat(line('Nguyễn Xuân Phúc', 1480, 480, 'd')),
    ];
    const { text } = layoutPage({ width: 2480, height: 3508, words }, [], { header: true });
    expect(text.split('\n')).toEqual([
      'các Bộ trưởng, Thủ trưởng cơ quan ngang bộ chịu trách nhiệm',
      'thi hành Nghị định này./.',
      'Nơi nhận:',
      '- Ban Bí thư Trung ương Đảng;',
      '- Lưu: VT, TCCV (2b).',
      'TM. CHÍNH PHỦ',
      'THỦ TƯỚNG',
      'Nguyễn Xuân Phúc',
    ]);
  });

  it('finds no header below more than two lines across the middle: that is the body', () => {
    const words = [
      ...line('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015 thực hiện', 250, 60, 'x'),
      ...line('Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về', 250, 120, 'y'),
      ...line('Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 của Văn phòng', 250, 180, 'z'),
      ...line('Phòng A', 400, 300, 'a').concat(line('Phòng B', 1400, 300, 'a')),
      ...line('Trưởng phòng', 400, 360, 'b').concat(line('Trưởng phòng', 1400, 360, 'b')),
    ];
    const { text } = layoutPage({ width: 2480, height: 3508, words }, [], { header: true });
    expect(text.split('\n').slice(3)).toEqual(['Phòng A Phòng B', 'Trưởng phòng Trưởng phòng']);
  });

  // A công văn prints "Kính gửi:" under the number column, the recipients to its right: it opens
  // the body, after the motto and the date, not the left column's last line.
  it.each([
    ['Kính gửi:', 'Kính gửi:'],
    ['OCR has lost its marks', 'Kinh gui:'],
  ])('ends the header before the salutation under the left column (%s)', (_name, salutation) => {
    const words = [
      ...line('ỦY BAN NHÂN DÂN', 250, 100, 'a').concat(line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA', 1250, 100, 'a')),
      ...line('TỈNH HÀ TĨNH', 300, 160, 'b').concat(line('Độc lập - Tự do', 1300, 160, 'b')),
      ...line('Số: 1378/UBND-NC', 200, 300, 'c').concat(line('Hà Tĩnh, ngày 20 tháng 3', 1300, 300, 'c')),
      ...line('V/v triển khai lấy ý kiến', 150, 360, 'd'),
      ...line('thành lập thị trấn', 200, 420, 'e'),
      ...line(salutation, 750, 560, 'f').concat(line('- Các Sở: Nội vụ, Tài chính;', 1050, 560, 'f')),
      ...line('- Văn phòng UBND tỉnh;', 1050, 620, 'g'),
      ...line('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015 thực hiện', 250, 760, 'h'),
    ];
    const { text } = layoutPage({ width: 2480, height: 3508, words }, [], { header: true });
    expect(text.split('\n')).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH HÀ TĨNH',
      'Số: 1378/UBND-NC',
      'V/v triển khai lấy ý kiến',
      'thành lập thị trấn',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA',
      'Độc lập - Tự do',
      'Hà Tĩnh, ngày 20 tháng 3',
      `${salutation} - Các Sở: Nội vụ, Tài chính;`,
      '- Văn phòng UBND tỉnh;',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015 thực hiện',
    ]);
  });

  it('reads the foot as two columns: recipients, then the signature block without its strokes', () => {
    const stroke = (text: string, x: number, y: number, confidence: number): OcrWord => ({ text, confidence, x0: x, x1: x + text.length * 20, y0: y, y1: y + 40, line: `s${y}` });
    const words = [
      ...line('Kính trình HĐND tỉnh xem xét, quyết định của các cơ quan có thẩm quyền', 300, 100, 'a'),
      ...line('Nơi nhận:', 200, 200, 'b').concat(line('KT. CHỦ TỊCH', 1500, 200, 'b')),
      ...line('- Như trên;', 200, 260, 'c').concat(line('PHÓ CHỦ TỊCH', 1500, 260, 'c')),
      ...line('- Sở Nội vụ;', 200, 320, 'd'),
      stroke('—\\LauL———', 1500, 330, 12),
      stroke('F4', 1900, 330, 20),
      ...line('- Lưu: VT.', 200, 380, 'e').concat(line('Trần Hoàng Tuấn', 1500, 380, 'e')),
    ];
    const { text } = layoutPage({ width: 2480, height: 3508, words }, [], { header: false });
    expect(text.split('\n')).toEqual([
      'Kính trình HĐND tỉnh xem xét, quyết định của các cơ quan có thẩm quyền',
      'Nơi nhận:',
      '- Như trên;',
      '- Sở Nội vụ;',
      '- Lưu: VT.',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Trần Hoàng Tuấn',
    ]);
  });

  it.each([
    // The block's title set a line higher than the label opens the signature column.
    ['TM. UBKT QUẬN ĐOÀN NGŨ HÀNH SƠN', ['Nơi nhận:', '- Như trên;', '- Lưu VT.', 'TM. UBKT QUẬN ĐOÀN NGŨ HÀNH SƠN', 'CHỦ NHIỆM']],
    // A place-and-date line over the signature is no title: it stays a line of its own, its figures kept.
    ['Ngũ Hành Sơn, ngày 30 tháng 6 năm 2019', ['Ngũ Hành Sơn, ngày 30 tháng 6 năm 2019', 'Nơi nhận:', '- Như trên;', '- Lưu VT.', 'CHỦ NHIỆM']],
  ])('reads a line set over the recipients\' label at the right: %s', (over, expected) => {
    const words = [
      ...line(over, 1100, 140, 'a'),
      ...line('Nơi nhận:', 200, 200, 'b').concat(line('CHỦ NHIỆM', 1300, 200, 'b')),
      ...line('- Như trên;', 200, 260, 'c'),
      ...line('- Lưu VT.', 200, 320, 'd'),
    ];
    const { text } = layoutPage({ width: 2480, height: 3508, words }, [], { header: false });
    expect(text.split('\n')).toEqual(expected);
  });

  it('keeps signature-column words a stroke was glued before, without the stroke', () => {
    const words = [
      ...line('Nơi nhận:', 200, 200, 'b').concat(line('-HIỆU TRƯỞNG', 1500, 200, 'b')),
      ...line('- Như trên;', 200, 260, 'c'),
      ...line('- Lưu: VT.', 200, 380, 'e').concat(line('“Đỉnh Văn Châu', 1500, 380, 'e')),
      // A stroke alone, or marks before a single letter, is still a stroke.
      ...line('—', 1900, 330, 's').concat(line('`À', 2000, 330, 's')),
    ];
    const { text } = layoutPage({ width: 2480, height: 3508, words }, [], { header: false });
    expect(text.split('\n').slice(-2)).toEqual(['HIỆU TRƯỞNG', 'Đỉnh Văn Châu']);
  });

  // A joint plan signed by two bodies: two blocks side by side over the recipients' list, each
  // under its seal (seal debris read between the titles and the names).
  const signedTwice = (top: number): OcrWord[] => {
    const debris = (text: string, x: number, y: number, confidence: number): OcrWord => ({ text, confidence, x0: x, x1: x + 20, y0: y, y1: y + 40, line: `d${y}` });
    return [
      ...line('Trên đây là Kế hoạch liên tịch tổ chức hoạt động sinh hoạt chuyên đề năm học 2018 - 2019', 300, top, 'a'),
      ...line('PHÒNG GD&ĐT QUẬN', 550, top + 100, 'b').concat(line('TM. BAN THƯỜNG VỤ QUẬN ĐOÀN', 1200, top + 100, 'b')),
      ...line('TRƯỞNG PHÒNG', 600, top + 160, 'c').concat(line('BÍ THƯ', 1490, top + 160, 'c')),
      debris('`', 1380, top + 230, 93),
      debris('cỰ', 1430, top + 230, 0),
      debris('x9', 1400, top + 290, 16),
      ...line('Nguyễn Lâm', 650, top + 400, 'e').concat(line('Hoàng Trân Châu', 1450, top + 400, 'e')),
      ...line('* Nơi nhận:', 480, top + 500, 'f'),
      ...line('- Phòng GD&ĐT (phối hợp);', 480, top + 560, 'g'),
    ];
  };

  it('reads two signature blocks side by side as two columns, left then right, without the seals\' debris', () => {
    const { text } = layoutPage({ width: 2480, height: 3508, words: signedTwice(1700) }, [], { header: false });
    expect(text.split('\n')).toEqual([
      'Trên đây là Kế hoạch liên tịch tổ chức hoạt động sinh hoạt chuyên đề năm học 2018 - 2019',
      'PHÒNG GD&ĐT QUẬN',
      'TRƯỞNG PHÒNG',
      'Nguyễn Lâm',
      'TM. BAN THƯỜNG VỤ QUẬN ĐOÀN',
      'BÍ THƯ',
      'Hoàng Trân Châu',
      '* Nơi nhận:',
      '- Phòng GD&ĐT (phối hợp);',
    ]);
  });

  it.each([
    // Two capitals a gap apart at the top of a page are a header's columns, not signatures.
    ['at the top of the page', signedTwice(100)],
    // Capitals beside lines in small letters are no pair of titles.
    ['beside small letters', signedTwice(1700).map((w) => (w.x0 < 1100 && /^[bc]$/.test(w.line) ? { ...w, text: w.text.toLowerCase() } : w))],
  ])('reads the lines across where no pair of signature titles stands: %s', (_, words) => {
    const { text } = layoutPage({ width: 2480, height: 3508, words }, [], { header: false });
    expect(text).toMatch(/^(TRƯỞNG PHÒNG|trưởng phòng) BÍ THƯ$/m);
  });

  it('ends the foot where full-width text resumes below it', () => {
    const words = [
      ...line('Nơi nhận:', 200, 200, 'b').concat(line('GIÁM ĐỐC', 1500, 200, 'b')),
      ...line('- Như trên;', 200, 260, 'c').concat(line('Lê Văn Tám', 1500, 260, 'c')),
      ...line('PHỤ LỤC: Danh sách các đơn vị, địa phương tham gia thực hiện kế hoạch năm nay', 200, 400, 'd'),
      ...line('Bảng kê', 1500, 460, 'e'),
    ];
    const { text } = layoutPage({ width: 2480, height: 3508, words }, [], { header: false });
    expect(text.split('\n')).toEqual(['Nơi nhận:', '- Như trên;', 'GIÁM ĐỐC', 'Lê Văn Tám', 'PHỤ LỤC: Danh sách các đơn vị, địa phương tham gia thực hiện kế hoạch năm nay', 'Bảng kê']);
  });

  it('leaves a page without a second column in top-to-bottom order', () => {
    const words = [...line('KẾ HOẠCH', 1000, 100, 'a'), ...line('Thực hiện kế hoạch số 02', 300, 200, 'b')];
    expect(layoutPage({ width: 2480, height: 3508, words }, [], { header: true }).text).toBe('KẾ HOẠCH\nThực hiện kế hoạch số 02');
  });

  it.each([
    // Words are 40 px high: a column 600 px off, a blank for a serial 120 px wide.
    // (Not "Nơi nhận:" beside a title: that is the foot zone, read column by column.)
    ['columns far apart, with columnGap', line('Phòng Nội vụ', 100, 100, 'a').concat(line('Quý III/2025', 800, 100, 'a')), 5, 'Phòng Nội vụ\tQuý III/2025'],
    ['columns far apart, without it', line('Phòng Nội vụ', 100, 100, 'a').concat(line('Quý III/2025', 800, 100, 'a')), undefined, 'Phòng Nội vụ Quý III/2025'],
    ['a blank left for a serial', line('Số:', 100, 100, 'a').concat(line('/KH-UBND', 280, 100, 'a')), 5, 'Số: /KH-UBND'],
  ])('joins the far-apart parts of a body line: %s', (_name, words, columnGap, expected) => {
    expect(layoutPage({ width: 2480, height: 3508, words }, [], columnGap === undefined ? {} : { columnGap }).text).toBe(expected);
  });

  it('rebuilds a ruled table into rows of cells, wrapped cell text joined', () => {
    const xs = [300, 420, 1200, 1700];
    const ys = [1000, 1080, 1240, 1320];
    const rules: Rule[] = [
      ...ys.map((y) => ({ kind: 'h' as const, at: y, a: xs[0]!, b: xs[3]! })),
      ...xs.map((x) => ({ kind: 'v' as const, at: x, a: ys[0]!, b: ys[3]! })),
    ];
    expect(gridsFromRules(rules)).toHaveLength(1);
    const words = [
      ...line('TT', 320, 1020, 'h1'),
      ...line('Nội dung', 440, 1020, 'h2'),
      ...line('Thời gian', 1220, 1020, 'h3'),
      ...line('1.', 320, 1100, 'r1'),
      ...line('Xây dựng kế hoạch', 440, 1100, 'r2'),
      ...line('phát động thi đua', 440, 1170, 'r3'),
      ...line('Tháng 01/2018', 1220, 1100, 'r4'),
      ...line('2.', 320, 1260, 's1'),
      ...line('Sơ kết', 440, 1260, 's2'),
      ...line('Tháng 6', 1220, 1260, 's3'),
      ...line('Trên đây là kế hoạch', 300, 1400, 'after'),
    ];
    const { text, tables } = layoutPage({ width: 2480, height: 3508, words }, rules);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows).toEqual([
      ['TT', 'Nội dung', 'Thời gian'],
      ['1.', 'Xây dựng kế hoạch phát động thi đua', 'Tháng 01/2018'],
      ['2.', 'Sơ kết', 'Tháng 6'],
    ]);
    expect(text.split('\n')).toEqual([
      'TT\tNội dung\tThời gian',
      '1.\tXây dựng kế hoạch phát động thi đua\tTháng 01/2018',
      '2.\tSơ kết\tTháng 6',
      'Trên đây là kế hoạch',
    ]);
  });

  it('rebuilds an unruled table from column bands and row numbers', () => {
    const words = [
      ...line('TT', 100, 1000, 'a1'), ...line('Nội dung', 300, 1000, 'a2'), ...line('Đơn vị', 1200, 1000, 'a3'), ...line('Thời gian', 1700, 1000, 'a4'),
      ...line('1.', 100, 1060, 'b1'), ...line('Xây dựng kế', 300, 1060, 'b2'), ...line('VP', 1200, 1060, 'b3'), ...line('Tháng 1', 1700, 1060, 'b4'),
      ...line('hoạch năm', 300, 1110, 'c2'),
      ...line('2.', 100, 1170, 'd1'), ...line('Sơ kết', 300, 1170, 'd2'), ...line('VP', 1200, 1170, 'd3'), ...line('Tháng 6', 1700, 1170, 'd4'),
    ];
    const { tables } = layoutPage({ width: 2480, height: 3508, words }, []);
    expect(tables[0]?.rows).toEqual([
      ['TT', 'Nội dung', 'Đơn vị', 'Thời gian'],
      ['1.', 'Xây dựng kế hoạch năm', 'VP', 'Tháng 1'],
      ['2.', 'Sơ kết', 'VP', 'Tháng 6'],
    ]);
  });
});

describe('cells a ruled table merges down over several rows', () => {
  // Columns: TT | Nội dung | Phối hợp | Thời hạn; rows: header, 1, 2, 3.
  const xs = [300, 420, 1200, 1700, 2100];
  const ys = [1000, 1080, 1160, 1240, 1320];
  const v: Rule[] = xs.map((x) => ({ kind: 'v' as const, at: x, a: ys[0]!, b: ys[4]! }));
  const fullRow = (y: number): Rule => ({ kind: 'h' as const, at: y, a: xs[0]!, b: xs[4]! });
  const header = [
    ...line('TT', 320, 1020, 'h1'),
    ...line('Nội dung', 440, 1020, 'h2'),
    ...line('Phối hợp', 1220, 1020, 'h3'),
    ...line('Thời hạn', 1720, 1020, 'h4'),
  ];

  it('gives the merged cell to every row a numbered column tells apart', () => {
    // Between rows 1-2 and 2-3 the rules stop at the "Phối hợp" column: its cell and the
    // deadline's span the three rows, their text centred on row 2.
    const rules: Rule[] = [fullRow(1000), fullRow(1080), { kind: 'h', at: 1160, a: 300, b: 1200 }, { kind: 'h', at: 1240, a: 300, b: 1200 }, fullRow(1320), ...v];
    const words = [
      ...header,
      ...line('1', 320, 1100, 'r1a'),
      ...line('Dữ liệu quy hoạch', 440, 1100, 'r1b'),
      ...line('2', 320, 1180, 'r2a'),
      ...line('Dữ liệu y tế', 440, 1180, 'r2b'),
      ...line('Sở Khoa học', 1220, 1180, 'r2c'),
      ...line('30/8/2026', 1720, 1180, 'r2d'),
      ...line('3', 320, 1260, 'r3a'),
      ...line('Dữ liệu giáo dục', 440, 1260, 'r3b'),
    ];
    const { tables } = layoutPage({ width: 2480, height: 3508, words }, rules);
    expect(tables[0]!.rows).toEqual([
      ['TT', 'Nội dung', 'Phối hợp', 'Thời hạn'],
      ['1', 'Dữ liệu quy hoạch', 'Sở Khoa học', '30/8/2026'],
      ['2', 'Dữ liệu y tế', 'Sở Khoa học', '30/8/2026'],
      ['3', 'Dữ liệu giáo dục', 'Sở Khoa học', '30/8/2026'],
    ]);
  });

  it('leaves a cell merged beside rows no column to its left tells apart (one task on two rows)', () => {
    // "Nội dung" spans rows 1-2 and row 2 has no number: one task with a second deadline row.
    const rules: Rule[] = [fullRow(1000), fullRow(1080), { kind: 'h', at: 1160, a: 1200, b: 2100 }, fullRow(1240), ...v.map((r) => ({ ...r, b: 1240 }))];
    const words = [
      ...header,
      ...line('1', 320, 1120, 'r1a'),
      ...line('Sơ kết', 440, 1120, 'r1b'),
      ...line('Sở Nội vụ', 1220, 1100, 'r1c'),
      ...line('Tháng 6', 1720, 1100, 'r1d'),
      ...line('Sở Tài chính', 1220, 1180, 'r2c'),
      ...line('Tháng 12', 1720, 1180, 'r2d'),
    ];
    const { tables } = layoutPage({ width: 2480, height: 3508, words }, rules);
    expect(tables[0]!.rows).toEqual([
      ['TT', 'Nội dung', 'Phối hợp', 'Thời hạn'],
      ['1', 'Sơ kết', 'Sở Nội vụ', 'Tháng 6'],
      ['', '', 'Sở Tài chính', 'Tháng 12'],
    ]);
  });
});
