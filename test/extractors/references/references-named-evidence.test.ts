// Cited codes read back where the document itself gives the evidence: the author the sentence
// names ("đề nghị của Bệnh viện Nhi Trung ương tại công văn số 3418/BVNNTW"), a resolution's NQ
// read as NO, and letters cited by their date alone ("văn bản không số ngày …").
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../../extractors/references/references.js';
import { repairCitedNumbers } from '../../../extractors/shared/references-ocr.js';
import { bodyInitials, codeDistance } from '../../../extractors/shared/named-body-code.js';
import { unnumberedLetters } from '../../../extractors/references/unnumbered-letter.js';
import { foldVietnamese } from '../../../normalizers/fold.js';
import type { DocumentInfo } from '../../../output/schema.js';
import { testContext } from '../context.js';

const DOC: DocumentInfo = {
  type: 'Quyết định', typeCode: 'QĐ', number: '3467/QĐ-BYT', serial: '3467', symbol: 'QĐ-BYT',
  issuer: { name: 'Bộ Y tế', level: 'central', locality: null, parent: null },
  place: 'Hà Nội', date: '2024-11-20', title: null,
};

const numbers = (text: string, ocr: boolean) => extractReferences(text, testContext(), DOC, [], foldVietnamese(text), ocr).map((r) => r.number);

describe('an issuer code read back from the author the sentence names', () => {
  it.each([
    ['a letter read twice', 'Xét đề nghị của Bệnh viện Nhi Trung ương tại công văn số 3418/BVNNTW ngày 31/10/2024;', '3418/BVNTW'],
    ['two letters swapped', 'Xét đề nghị của Bệnh viện Nhi Trung ương tại công văn số 3572/BVNWT-TCKT ngày 15/11/2024;', '3572/BVNTW-TCKT'],
    ['a letter misread, "và" skipped', 'Theo đề nghị của Sở Giáo dục và Đào tạo tại Tờ trình số 12/SGDĐI ngày 15/11/2024;', '12/SGDĐT'],
  ])('%s', (_how, text, number) => {
    for (const ocr of [true, false]) expect(numbers(text, ocr)).toEqual([number]);
  });

  it.each([
    ['a code shorter than the initials (a body\'s code drops its place)', 'Xét đề nghị của Ủy ban nhân dân tỉnh Lâm Đồng tại Tờ trình số 12/TTr-UBND ngày 15/11/2024;', '12/TTr-UBND'],
    ['a code two letters off', 'Xét đề nghị của Bệnh viện Nhi Trung ương tại công văn số 3418/BKKTW ngày 31/10/2024;', '3418/BKKTW'],
    ['a code of three letters', 'Xét đề nghị của Sở Tư pháp tại công văn số 12/STA ngày 15/11/2024;', '12/STA'],
    ['a document type\'s code', 'Xét đề nghị của Sở Tài chính Kế toán tại công văn số 12/TTr-STC ngày 15/11/2024;', '12/TTr-STC'],
    ['a code that is the initials', 'Xét đề nghị của Bệnh viện Nhi Trung ương tại công văn số 3418/BVNTW ngày 31/10/2024;', '3418/BVNTW'],
    // "vận tải" folds as "tại" does: the author's name runs to the preposition after it.
    ['a name ending in "vận tải"', 'Xét đề nghị của Sở Giao thông vận tải tại Tờ trình số 45/SGTVT-KHTC ngày 15/11/2024;', '45/SGTVT-KHTC'],
    ['a ministry ending in "vận tải"', 'Xét đề nghị của Bộ Giao thông vận tải tại công văn số 45/BGTVT-KHĐT ngày 15/11/2024;', '45/BGTVT-KHĐT'],
    // "&" prints the "và" the initials skip.
    ['"&" for "và"', 'Xét đề nghị của Sở Giáo dục và Đào tạo tại Tờ trình số 12/SGD&ĐT-KHTC ngày 15/11/2024;', '12/SGD&ĐT-KHTC'],
    ['"&" in a longer code', 'Xét đề nghị của Sở Nông nghiệp và Phát triển nông thôn tại Tờ trình số 45/SNN&PTNT ngày 15/11/2024;', '45/SNN&PTNT'],
  ])('leaves alone %s', (_how, text, number) => {
    for (const ocr of [true, false]) expect(numbers(text, ocr)).toEqual([number]);
  });

  it('with the author named after the citation, reads the code back in OCR text only', () => {
    const text = 'Căn cứ công văn số 3418/BVNNTW ngày 31/10/2024 của Bệnh viện Nhi Trung ương;';
    expect(numbers(text, true)).toEqual(['3418/BVNTW']);
    expect(numbers(text, false)).toEqual(['3418/BVNNTW']);
  });

  it.each([
    ['Bệnh viện Nhi Trung ương', 'BVNTW'],
    ['Sở Giáo dục và Đào tạo', 'SGDĐT'],
    ['Sở Lao động - Thương binh', null],
    ['Cục Thuế', 'CT'],
  ])('initials of %s', (name, code) => expect(bodyInitials(name)).toBe(code));

  it.each([
    ['BVNNTW', 'BVNTW', 1],
    ['BVNWT', 'BVNTW', 1],
    ['BVKTW', 'BVNTW', 1],
    ['BKNWT', 'BVNTW', 2],
    ['', 'AB', 2],
  ])('distance %s %s', (a, b, d) => expect(codeDistance(a, b)).toBe(d));
});

describe('a resolution\'s NQ read as NO, a serial\'s 5 as S (OCR text)', () => {
  it.each([
    ['a Party resolution, a space after the hyphen', 'Nghị quyết số 50- NO/TW ngày', 'Nghị quyết số 50- NQ/TW ngày'],
    ['a state resolution', 'Nghị quyết số 58/NO-CP ngày', 'Nghị quyết số 58/NQ-CP ngày'],
    ['with its year', 'Nghị quyết số 01/2021/NO-HĐND ngày', 'Nghị quyết số 01/2021/NQ-HĐND ngày'],
  ])('%s', (_how, read, repaired) => {
    expect(repairCitedNumbers(read, foldVietnamese(read), true).text).toBe(repaired);
    expect(repairCitedNumbers(read, foldVietnamese(read)).text).toBe(read);
  });

  it.each([
    ['NO not before a Party body', 'số 50-NO/ABC ngày'],
    ['NO as a word', 'số 50 NO/TW ngày'],
    ['NO ending a state symbol', 'số 58/CP-NO ngày'],
    ['NO glued to more letters', 'số 58/NOX-CP ngày'],
  ])('leaves alone %s', (_how, read) => {
    expect(repairCitedNumbers(read, foldVietnamese(read), true).text).toBe(read);
  });

  it.each([
    ['a 5 between figures', 'công văn số 4S3/CT-NVDTPC đã', 'công văn số 453/CT-NVDTPC đã'],
    ['before the year', 'Thông tư số 1S5/2013/TT-BTC ngày', 'Thông tư số 155/2013/TT-BTC ngày'],
  ])('a serial\'s 5 read as S: %s', (_how, read, repaired) => {
    expect(repairCitedNumbers(read, foldVietnamese(read), true).text).toBe(repaired);
    expect(repairCitedNumbers(read, foldVietnamese(read)).text).toBe(read);
  });

  it.each([
    ['an S heading the serial', 'số S43/CT-NV ngày'],
    ['an S closing the serial', 'số 43S/CT-NV ngày'],
    ['an S inside a symbol part', 'số 43/C4S3-NV ngày'],
    ['no slash after it', 'mã 4S3 CT ngày'],
  ])('a serial\'s S left alone: %s', (_how, read) => {
    expect(repairCitedNumbers(read, foldVietnamese(read), true).text).toBe(read);
  });

  it('cites the resolution', () => {
    expect(numbers('Căn cứ Nghị quyết số 50- NO/TW ngày 20 tháng 8 năm 2019 của Bộ Chính trị;', true)).toEqual(['50-NQ/TW']);
  });
});

describe('a letter cited without a number', () => {
  const letters = (text: string) => unnumberedLetters(text, foldVietnamese(text), []).map((r) => `${r.type}|${r.title}|${r.date}`);

  it.each([
    ['văn bản', 'Cục Thuế nhận được văn bản không số ngày 10/04/2022 của Công ty hỏi về', 'Công văn|văn bản không số|2022-04-10'],
    ['công văn, a comma', 'Công ty có Công văn không số, ngày 05 tháng 3 năm 2021 đề nghị', 'Công văn|Công văn không số|2021-03-05'],
    ['in brackets', 'theo văn bản (không số) ngày 5/3/2021 của ông A', 'Công văn|văn bản (không số)|2021-03-05'],
  ])('%s', (_how, text, ref) => expect(letters(text)).toEqual([ref]));

  it.each([
    ['no date', 'Công ty gửi văn bản không số đến Cục Thuế'],
    ['a numbered letter', 'văn bản số 12 ngày 10/04/2022'],
    ['"không số" of something else', 'các hộ không số nhà ngày 10/04/2022'],
    ['a day word with no date', 'văn bản không số ngày nào cũng gửi'],
  ])('none for %s', (_how, text) => expect(letters(text)).toEqual([]));

  it.each([
    ['a proposal', 'Theo đề nghị của Kế toán trưởng tại tờ trình ngày 04/11/2019, QUYẾT ĐỊNH', 'Tờ trình|undefined|2019-11-04'],
    ['a report', 'theo Báo cáo ngày 12 tháng 7 năm 2023 của Sở', 'Báo cáo|undefined|2023-07-12'],
  ])('dated only: %s', (_how, text, ref) => expect(letters(text)).toEqual([ref]));

  it.each([
    ['a briefing\'s resolution', 'Thực hiện Nghị quyết giao ban tháng 3/2012 ngày 19 tháng 3 năm 2012 về việc sắp xếp', 'Nghị quyết|Nghị quyết giao ban tháng 3/2012|2012-03-19'],
    ['a session\'s conclusion', 'theo Kết luận phiên họp thường kỳ ngày 05/6/2024 của UBND tỉnh', 'Kết luận|Kết luận phiên họp thường kỳ|2024-06-05'],
  ])('a meeting\'s record named by its meeting and date: %s', (_how, text, ref) => expect(letters(text)).toEqual([ref]));

  it.each([
    ['a numbered resolution', 'Nghị quyết giao ban số 05/NQ-UBND ngày 19/3/2012'],
    ['a meeting named too long before its day', 'Nghị quyết giao ban của Ban Thường vụ Huyện ủy mở rộng với các xã thị trấn trong huyện ngày 19/3/2012'],
    ['a resolution of no meeting', 'Nghị quyết Đại hội ngày 19/3/2012'],
    ['the trích yếu of a cited notice, in small letters', 'Thực hiện Thông báo ngày 02/3/2024 kết luận cuộc họp ngày 28/02/2024 của Chủ tịch UBND tỉnh'],
  ])('no meeting record for %s', (_how, text) => expect(letters(text)).toEqual([]));

  it.each([
    ['a numbered proposal', 'tại Tờ trình số 12/TTr-STC ngày 04/11/2019'],
    ['a proposal not where a number would stand', 'Tờ trình ngày 04/11/2019 đã nêu'],
    ['a report with no date', 'theo báo cáo ngày càng nhiều'],
  ])('none dated only for %s', (_how, text) => expect(letters(text)).toEqual([]));

  it.each([
    ['the letter answered, cited again in the answer', 'Cục Thuế nhận được văn bản không số ngày 10/04/2022 của Công ty. Về vấn đề Công ty hỏi tại văn bản (không số) ngày 10/4/2022, Cục Thuế trả lời', ['Công văn|văn bản không số|2022-04-10']],
    ['a report cited twice', 'theo báo cáo ngày 30/3/2022 của xã; theo báo cáo ngày 30/3/2022 nêu trên', ['Báo cáo|undefined|2022-03-30']],
    ['two letters of two days', 'văn bản không số ngày 10/04/2022 và văn bản không số ngày 12/04/2022', ['Công văn|văn bản không số|2022-04-10', 'Công văn|văn bản không số|2022-04-12']],
  ])('once per date: %s', (_how, text, refs) => expect(letters(text)).toEqual(refs));

  it('a report\'s word and a comma before a day dates something else', () => {
    expect(letters('Theo báo cáo, ngày 15/3/2022 đoàn kiểm tra đã làm việc tại xã')).toEqual([]);
  });

  it('reads each of many letters once, held ones left out', () => {
    const dates = Array.from({ length: 2000 }, (_, i) => `${(i % 28) + 1}/${(Math.floor(i / 28) % 12) + 1}/${2000 + Math.floor(i / 336)}`);
    const text = dates.map((d) => `văn bản không số ngày ${d}; `).join('');
    const all = unnumberedLetters(text, foldVietnamese(text), []);
    expect(all).toHaveLength(2000);
    expect(unnumberedLetters(text, foldVietnamese(text), all.filter((_, i) => i % 2 === 0))).toHaveLength(1000);
  });

  it('is no second reading of a span already cited', () => {
    const text = 'văn bản không số ngày 10/04/2022';
    const held = unnumberedLetters(text, foldVietnamese(text), []);
    expect(unnumberedLetters(text, foldVietnamese(text), held)).toEqual([]);
  });
});

describe("a ministry's code read back from the ministry named right after the citation, in OCR text", () => {
  it.each([
    ['its Y and T read as one W, "Bộ trưởng" garbled', 'Căn cứ Thông tư số 57/2024/TT-BW ngày 31 tháng 12 năm 2024 của 86 trưởng Bộ Y tế quy định việc phân cấp;', '57/2024/TT-BYT'],
    ['its last letter lost', 'Căn cứ Thông tư số 78/2021/TT-BT ngày 17/9/2021 của Bộ Tài chính hướng dẫn hóa đơn;', '78/2021/TT-BTC'],
    ['a letter misread in a long code, its name with a dash', 'Căn cứ Thông tư số 10/2020/TT-BLĐTBXI ngày 12/11/2020 của Bộ Lao động - Thương binh và Xã hội;', '10/2020/TT-BLĐTBXH'],
  ])('%s', (_how, text, number) => {
    expect(numbers(text, true)).toEqual([number]);
    expect(numbers(text, false)).not.toEqual([number]);
  });

  it.each([
    ["another ministry's code", 'Căn cứ Thông tư số 12/2020/TT-BCA ngày 15/5/2020 của Bộ Y tế;', '12/2020/TT-BCA'],
    ['a joint circular naming one of its ministries', 'Căn cứ Thông tư liên tịch số 12/2020/TTLT-BTC-BYT ngày 15/5/2020 của Bộ Y tế;', '12/2020/TTLT-BTC-BYT'],
    ['a code three edits off', 'Căn cứ Thông tư số 12/2020/TT-BHXH ngày 15/5/2020 của Bộ Y tế;', '12/2020/TT-BHXH'],
    ['a code not opening with the B of "Bộ"', 'Căn cứ Thông tư số 12/2020/TT-NHNN ngày 15/5/2020 của Bộ Tài chính;', '12/2020/TT-NHNN'],
    ['a body that is no ministry', 'Căn cứ Quyết định số 12/QĐ-BQL ngày 15/5/2020 của Sở Y tế;', '12/QĐ-BQL'],
    ["a ministry's board", 'Thực hiện Kế hoạch số 12/KH-BQL ngày 05/01/2024 của Ban Quản lý dự án Bộ Y tế;', '12/KH-BQL'],
    ["a ministry's steering committee", 'Căn cứ Quyết định số 45/QĐ-BCĐ ngày 10/3/2024 của Ban Chỉ đạo cải cách hành chính Bộ Tư pháp;', '45/QĐ-BCĐ'],
    ["a ministry's Youth Union", 'Thực hiện Kế hoạch số 88/KH-BTV ngày 05/01/2024 của Ban Thường vụ Đoàn Bộ Công an;', '88/KH-BTV'],
  ])('not %s', (_how, text, number) => expect(numbers(text, true)).toEqual([number]));
});
