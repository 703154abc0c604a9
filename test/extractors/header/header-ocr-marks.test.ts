// Two header readings OCR text needs: the motto with its dashes read as other marks, and the
// issuer a law's symbol names when the page kept no issuer block.
import { describe, expect, it } from 'vitest';
import { headerOf } from '../header-fixture.js';

const header = (text: string) => headerOf(text, false);

describe('OCR marks in the header', () => {
  it.each(['?', '~', '―'])('keeps the motto out of the issuer when its dashes are read as "%s"', (mark) => {
    const text = `UBND TỈNH TUYÊN QUANG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSỞ TƯ PHÁP\n\nĐộc lập ${mark} Tự do ${mark} Hạnh phúc\n\nSố: 110/QĐ-STP\n\nTuyên Quang, ngày 28 tháng 6 năm 2018\n\nQUYẾT ĐỊNH\nBan hành Quy chế\n`;
    expect(header(text).issuer.name).toBe('Sở Tư pháp tỉnh Tuyên Quang');
  });

  it.each([
    ['56/2020/QH14', 'Quốc hội'],
    ['101/2025/UBTVQH15', 'Ủy ban Thường vụ Quốc hội'],
  ])('names the issuer of %s from its symbol when no issuer block was read', (number, issuer) => {
    const text = `Luật số: ${number}\nLUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT GIÁM ĐỊNH TƯ PHÁP\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n`;
    const document = header(text);
    expect([document.issuer.name, document.issuer.level]).toEqual([issuer, 'central']);
  });

  it('leaves the issuer unknown for a symbol that names no sole body', () => {
    expect(header('Số: 12/2020/TT-XYZ\nTHÔNG TƯ\nQuy định\n').issuer.name).toBeNull();
  });
});

describe('a motto an OCR layer garbled past restoring', () => {
  it.each([
    ['a word ending in a mark', 'CỘNG HÒA XÃ HỘ! CHỦ NGHĨA VIỆT NAM', 'Độc lập — Tự do — Hạnh phúc'],
    ['two words misread', 'CỘNG Còn XÃ HQI CHiJ NGHĨA VIVT NĂM', 'Độc lập - Tự do - Hạnh phúc'],
    ['the last two words of the motto line misread', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Áp phích'],
    ['its middle word misread', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Dộc lập - Tự đe - Hạnh phúc'],
  ])('keeps the motto out of the issuer: %s', (_name, motto, line) => {
    const text = `     ỦY BAN NHÂN DÂN                  ${motto}\n      TỈNH NINH BÌNH                        ${line}\n\n       Số: 9/QĐ-UBND                      Ninh Bình, ngày 04 tháng 11 năm 2024\n\nQUYẾT ĐỊNH\nPhê chuẩn kết quả bầu\n`;
    const document = header(text);
    expect([document.issuer.name, document.issuer.level]).toEqual(['Ủy ban nhân dân tỉnh Ninh Bình', 'province']);
  });

  it('does not take the state named in small letters in running text for a motto', () => {
    const text = 'ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nSố: 9/QĐ-UBND\nCăn cứ Hiến pháp nước cộng hòa xã hội chủ nghĩa việt nam;\n';
    expect(header(text).issuer.name).toBe('Ủy ban nhân dân tỉnh Ninh Bình');
  });
});

describe('the date of a law: the day it was passed', () => {
  const law = (closing: string) =>
    `QUỐC HỘI\nLuật số: 56/2020/QH14\nLUẬT\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT GIÁM ĐỊNH TƯ PHÁP\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nĐiều 1. …\n${closing}\nCHỦ TỊCH QUỐC HỘI\n`;
  it.each([
    ['in words', 'Luật này đã được Quốc hội khóa XIV, kỳ họp thứ 9 thông qua ngày 10 tháng 6 năm 2020.', '2020-06-10'],
    ['in figures', 'Luật này được Quốc hội thông qua ngày 10/6/2020.', '2020-06-10'],
    ['with no closing sentence', 'Điều 2. Hiệu lực thi hành', null],
  ])('%s', (_name, closing, date) => {
    expect(header(law(closing)).date).toBe(date);
  });

  it('gives way to a printed date line', () => {
    const text = `${law('Luật này đã được Quốc hội thông qua ngày 10 tháng 6 năm 2020.')}`.replace('Luật số: 56/2020/QH14\n', 'Luật số: 56/2020/QH14\nHà Nội, ngày 22 tháng 6 năm 2020\n');
    expect(header(text).date).toBe('2020-06-22');
  });
});

describe('a place-and-date line whose day and month OCR could not read', () => {
  const page = (line: string) =>
    `Số: ... /QĐ-KNCGTVPT\n${line}\nQUYẾT ĐỊNH\nKhám nơi cất giấu tang vật\nCHỦ TỊCH ỦY BAN NHÂN DÂN\nXét đề nghị của Trưởng phòng số .6⁄f../ÐN-PC46 ngày 23/01/2018.\n`;
  it.each([
    ['the month word lost', 'Ninh Kiều, ngày -2Nháng ý. năm 2018', '2018', 'Ninh Kiều'],
    ['day and month left as dots', 'Ninh Kiều, ngày ... tháng ... năm 2018', '2018', 'Ninh Kiều'],
    ['nothing readable but the words', 'Cao Bằng, ngày ... tháng 2 năm ...', null, 'Cao Bằng'],
    ['the handwritten month set after "năm" by the engine', 'Hà Nội, ngày ... tháng năm ... 2024', '2024', 'Hà Nội'],
  ])('%s: keeps the printed year and place, never a date of the text below', (_name, line, date, place) => {
    const document = header(page(line));
    expect([document.date, document.place]).toEqual([date, place]);
  });
});

describe('a web copy that lost its header table', () => {
  const resolution = (caption: string) =>
    `**NGHỊ QUYẾT**\n\nVỀ PHÁT ĐỘNG PHONG TRÀO BẢO VỆ MÔI TRƯỜNG\n\n**CHÍNH PHỦ**\n\n*Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;*\n\n**QUYẾT NGHỊ:**\n\nĐiều 1. …\n\nPHỤ LỤC\n\n${caption}\n\n| TT | Tên đề án | Cơ quan chủ trì |\n`;
  it.each([
    ['its own type', '*(Kèm theo\nNghị quyết số 394/NQ-CP ngày 03 tháng 12 năm 2025 của Chính phủ)*', '394/NQ-CP', '2025-12-03'],
    ['"ban hành kèm theo"', '*(Ban hành kèm theo Nghị quyết số 394/NQ-CP ngày 03/12/2025 của Chính phủ)*', '394/NQ-CP', '2025-12-03'],
    ['another type: not the document', '*(Kèm theo Quyết định số 12/QĐ-TTg ngày 03/12/2025 của Thủ tướng Chính phủ)*', null, null],
  ])('takes number and date from its appendix caption naming %s', (_name, caption, number, date) => {
    const document = header(resolution(caption));
    expect([document.number, document.date]).toEqual([number, date]);
  });

  it("prefers the site's box to dates and bodies of the text when no number line was read", () => {
    const text = `**Số hiệu:**\n|\n6225/BVHTTDL-VP\n|\n**Loại văn bản:**\n|\nCông văn\n|\n**Nơi ban hành:**\n|\nBộ Văn hoá, Thể thao và du lịch\n|\n**Ngày ban hành:**\n|\n18/11/2025\n|\n**Kính gửi:**\n|\n- Các cơ quan tham mưu thuộc Bộ;\n|\nThủ tướng Chính phủ đã ban hành Chỉ thị số 33/CT-TTg ngày 06/11/2025 về đẩy mạnh việc thực hiện.\n`;
    const document = header(text);
    expect([document.number, document.date, document.issuer.name]).toEqual(['6225/BVHTTDL-VP', '2025-11-18', 'Bộ Văn hoá, Thể thao và du lịch']);
  });
});

describe('a flattened header whose motto lost its middle word to OCR', () => {
  it('keeps "Độc lập - Tự đe - Hạnh phúc" out of the department’s name', () => {
    const text =
      'UBND THÀNH PHÓ ĐÀ NẴNG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO Dộc lập - Tự đe - Hạnh phúc\n' +
      'Số: 1906 /SGDDT-CTrTT Đà Nẵng, ngày 26 tháng 7 năm 2020\nV/v thực hiện các biện pháp phòng, chống dịch\nKính gửi: Các trường\n';
    const document = header(text);
    expect(document.issuer.name).toMatch(/^Sở Giáo dục và Đào tạo thành phố Đà Nẵng$/i);
  });
});
