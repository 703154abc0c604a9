// A list of documents filed alone (an annex "Danh mục văn bản …" as an OCR layer writes it): rows
// of number, date and summary, the symbol wrapped at its hyphen by a narrow number column.
import { describe, expect, it } from 'vitest';
import { extractHeader } from '../../../extractors/header/header.js';
import { extractReferences } from '../../../extractors/references/references.js';
import type { DocumentInfo, Signer } from '../../../output/schema.js';
import { testContext } from '../context.js';

const noDocument: DocumentInfo = {
  type: null, typeCode: null, number: null, serial: null, symbol: null,
  issuer: { name: null, level: null, locality: null, parent: null },
  place: null, date: null, title: null,
};
const noSigner: Signer = { name: null, title: null, authority: null };

function cited(text: string) {
  return extractReferences(text, testContext(), noDocument).map((r) => [r.number, r.date]);
}

describe('a symbol wrapped at its hyphen, its tail opening the next line', () => {
  it.each([
    // [the row's lines, the number and date read]
    [['26 Thông tư 108/2009/TT- 29/5/2009 Hướng dẫn thực hiện mức thuế suất thuế', '                   BTC nhập khẩu ưu đãi đối với một số mặt hàng'], ['108/2009/TT-BTC', '2009-05-29']],
    [['8 Quyết định 123/2008/QĐ- 26/12/2008 Điều chỉnh mức thuế suất thuế xuất khẩu,', '                  BTC mức thuế suất thuế nhập khẩu ưu đãi'], ['123/2008/QĐ-BTC', '2008-12-26']],
    [['Căn cứ Quyết định số 1234/QĐ-', 'UBND ngày 05/3/2024 của Ủy ban nhân dân tỉnh;'], ['1234/QĐ-UBND', '2024-03-05']],
    // The date column set on the next line, under its column.
    [['     Thông tư 121/2009/TT- BTC', '                                    17/6/2009 Về việc điều chỉnh mức thuế suất'], ['121/2009/TT-BTC', '2009-06-17']],
    [['28 Thông tư 121/2009/TT-BTC                17/6/2009 Về việc điều chỉnh mức thuế suất'], ['121/2009/TT-BTC', '2009-06-17']],
  ])('%j', (lines, expected) => {
    expect(cited(lines.join('\n'))[0]).toEqual(expected);
  });

  it.each([
    ['a heading numeral on the next line', ['Căn cứ Quyết định số 12/QĐ-', 'II. NHIỆM VỤ'], '12/QĐ'],
    ['a word in small letters on the next line', ['Căn cứ Quyết định số 12/QĐ-', 'ngày 05/3/2024;'], '12/QĐ'],
    ['no hyphen at the number\'s end', ['Căn cứ Quyết định số 12/QĐ-UBND 05/3/2024', 'BTC'], '12/QĐ-UBND'],
  ])('%s: the number is left as printed', (_how, lines, number) => {
    expect(cited(lines.join('\n'))[0]?.[0]).toBe(number);
  });

  it.each([
    ['words between the number and a date', ['Quyết định số 12/QĐ-UBND của tỉnh 05/3/2024']],
    ['a date after a gap and a word', ['Quyết định số 12/QĐ-UBND           và 05/3/2024']],
  ])('%s: no date', (_how, lines) => {
    expect(cited(lines.join('\n'))[0]?.[1]).toBeNull();
  });
});

describe('the rows of a list of documents are no header', () => {
  const annex = [
    '                 DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT',
    '                 DO BỘ TÀI CHÍNH BAN HÀNH ĐÃ HẾT HIỆU LỰC PHÁP LUẬT',
    '',
    'TT Tên văn bản Số, ký hiệu văn bản Ngày ban hành Nội dung trích yếu',
    '1 Thông tư 27/2009/TT-BTC 06/02/2009 Hướng dẫn thực hiện gia hạn thời hạn nộp thuế thu nhập cá nhân',
    // The restorer's reading of a garbled "Thông tư": "Thông Số" puts a number label before the number.
    '4 Thông Số 91/2009/TT-BTC 12/5/2009 Ban hành danh mục bổ sung một số mặt hàng được giảm thuế',
    ...Array.from({ length: 40 }, (_, i) => `${i + 5} Thông tư ${i + 30}/2009/TT-BTC 0${(i % 9) + 1}/03/2009 Hướng dẫn thực hiện mức thuế suất thuế nhập khẩu ưu đãi đối với một số mặt hàng thuộc nhóm ${2700 + i}`),
    '45 Thông tư 51/2009/TT-BTC 17/3/2009',
    'Về việc sửa đổi mức thuế suất thuế nhập khẩu ưu đãi đối với một số mặt hàng',
  ];

  it('reads neither a row\'s number nor a row\'s "Về việc" as the header\'s', () => {
    const h = extractHeader(annex.join('\n'), testContext(), noSigner, undefined, true, undefined, true);
    expect(h.number).toBeNull();
    expect(h.type).toBeNull();
    expect(h.title).toBeNull();
  });

  it('reads every row as a cited document with its date', () => {
    const numbers = cited(annex.join('\n')).map(([n]) => n);
    expect(numbers).toContain('27/2009/TT-BTC');
    expect(numbers).toContain('91/2009/TT-BTC');
    expect(numbers).toContain('51/2009/TT-BTC');
  });

  it('a công văn\'s "V/v" under its number line stays its subject', () => {
    const h = extractHeader(
      ['UBND THÀNH PHỐ ĐÀ NẴNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc', 'Số: 1595/SGDĐT-CTrTT Đà Nẵng, ngày 31 tháng 5 năm 2019', 'V/v bảo đảm trật tự an toàn giao thông'].join('\n'),
      testContext(), noSigner, undefined, true, undefined, true,
    );
    expect(h.number).toBe('1595/SGDĐT-CTrTT');
    expect(h.type).toBe('Công văn');
  });
});
