import { describe, expect, it } from 'vitest';
import { removeMarkupDebris } from '../../normalizers/debris.js';
import { foldVietnamese, stripTones } from '../../normalizers/fold.js';
import { rejoinWrappedLines } from '../../normalizers/lines.js';
import { normalizeUnicode } from '../../normalizers/unicode.js';

describe('normalizeUnicode', () => {
  it('composes NFD to NFC and drops invisible characters', () => {
    const nfd = 'Ho\u0323\u0302i đô\u0300ng'.normalize('NFD');
    expect(normalizeUnicode(`${nfd}\u200b\u00ad`)).toBe('Hội đồng');
  });
  it('turns no-break and other spaces into plain spaces, keeps tabs and form feeds', () => {
    expect(normalizeUnicode('a\u00a0b\tc\fd\r\ne')).toBe('a b\tc\fd\ne');
  });
});

describe('removeMarkupDebris', () => {
  it.each([
    ['**TM. HỘI ĐỒNG\nCHỦ TỊCH**', 'TM. HỘI ĐỒNG\nCHỦ TỊCH'],
    ['Số: **04** /KH-HĐTĐKT', 'Số: 04 /KH-HĐTĐKT'],
    ['- *Thi đua thực hiện tốt:* Nâng cao', '- Thi đua thực hiện tốt: Nâng cao'],
    ['chủ đề “ <i>Vì một quận Long Biên Xanh - Sạch - Đẹp</i> ”', 'chủ đề “Vì một quận Long Biên Xanh - Sạch - Đẹp”'],
    ['<p>+ Kỷ niệm 60 năm</p> <p>+ Kỷ niệm 75 năm</p>', '+ Kỷ niệm 60 năm + Kỷ niệm 75 năm'],
    ['- *Thi đua đảm bảo an ninh, quốc phòng*: Tăng cường', '- Thi đua đảm bảo an ninh, quốc phòng: Tăng cường'],
    // A numbered heading the web copy wrapped is one line again; the lines it spanned follow it blank.
    ['**IV. NHIỆM\nVỤ CỤ THỂ**\n\n**1.\nSở Nông nghiệp và Môi trường**\n- Chủ trì', 'IV. NHIỆM VỤ CỤ THỂ\n\n\n1. Sở Nông nghiệp và Môi trường\n\n- Chủ trì'],
    ['**5. Sở\nKhoa học và Công nghệ:**', '5. Sở Khoa học và Công nghệ:\n'],
    // An item's mark the web copy set in italics, closing after its space: the mark as typed.
    ['*a) *Tổ chức tuyên truyền;\n*đ) *Theo dõi và báo cáo.', 'a) Tổ chức tuyên truyền;\nđ) Theo dõi và báo cáo.'],
    ['*- *Thứ trưởng Tạ Quang Đông;', '- Thứ trưởng Tạ Quang Đông;'],
    ['*2. *Giao Sở Y tế chủ trì', '2. Giao Sở Y tế chủ trì'],
    // Not such a mark: italics inside a line, or a whole italic item.
    ['theo *a) *và b)', 'theo *a) *và b)'],
    // Not a heading: bold inside a line, a bold paragraph with a blank line, no number.
    ['Giao **1.\nSở Y tế** chủ trì', 'Giao 1.\nSở Y tế chủ trì'],
    ['**1. Mục đích\n\nNâng cao**', '1. Mục đích\n\nNâng cao'],
    // A converter's Markdown link keeps its words, so the date printed after them follows the number; an image goes.
    ['Thực hiện [Thông tư số 15/2020/TT-BNV](#) ngày 26/12/2020', 'Thực hiện Thông tư số 15/2020/TT-BNV ngày 26/12/2020'],
    ['theo [Nghị định 30/2020/NĐ-CP](https://vbpl.vn/van-ban/30-2020-nd-cp.aspx) về công tác văn thư', 'theo Nghị định 30/2020/NĐ-CP về công tác văn thư'],
    ['![quốc huy](images/quoc-huy.png)\nỦY BAN NHÂN DÂN', '\nỦY BAN NHÂN DÂN'],
    ['![](images/65e08f90.jpg)\nỦY BAN NHÂN DÂN', '\nỦY BAN NHÂN DÂN'],
    // Not a link: a footnote mark, an aside in brackets, brackets whose target has a space.
    ['chủ trì[1] (phối hợp với Sở Y tế)', 'chủ trì[1] (phối hợp với Sở Y tế)'],
    ['Ban Chỉ đạo [cấp xã] (nếu có) thực hiện', 'Ban Chỉ đạo [cấp xã] (nếu có) thực hiện'],
  ])('%j → %j', (input, expected) => {
    expect(removeMarkupDebris(input)).toBe(expected);
  });
  it('keeps a bullet asterisk and arithmetic', () => {
    expect(removeMarkupDebris('* mục một\n2 * 3 = 6')).toBe('* mục một\n2 * 3 = 6');
  });
});

describe('rejoinWrappedLines', () => {
  it('joins a sentence broken by a page break', () => {
    const text = 'trên địa bàn quận Long Biên giai đoạn 2016 -\n\n\n\n2020”; Thực hiện công tác';
    expect(rejoinWrappedLines(text)).toBe('trên địa bàn quận Long Biên giai đoạn 2016 - 2020”; Thực hiện công tác');
  });
  it('joins a decimal that continues a sentence', () => {
    expect(rejoinWrappedLines('tổng kinh phí khoảng\n3.5 tỷ đồng')).toBe('tổng kinh phí khoảng 3.5 tỷ đồng');
  });
  it('joins a lower-case continuation line', () => {
    expect(rejoinWrappedLines('Hội đồng thi đua khen thưởng\nthành phố Hà Nội về công tác')).toBe(
      'Hội đồng thi đua khen thưởng thành phố Hà Nội về công tác',
    );
  });
  it.each([
    ['table rows', 'TT\tNội dung\n1.\tXây dựng kế hoạch'],
    ['a finished sentence', 'Kế hoạch này./.\nnơi nhận'],
    ['a list item', 'Nội dung như sau\n- tổ chức tốt'],
    ['an upper-case heading', 'KẾ HOẠCH\nCông tác thi đua'],
    ['a signature', 'CHỦ TỊCH\n(đã ký)'],
    ['a sub-item numbered without its closing dot', '7. Tổng kết công tác bầu cử của Ủy ban MTTQ xã\n\n7.1 Tổng kết công tác bầu cử'],
  ])('leaves %s alone', (_what, text) => {
    expect(rejoinWrappedLines(text)).toBe(text);
  });

  // The signer's name read after the last recipient, whose line handwritten initials closed with a
  // dash: the name stays a line of its own; a symbol or a recipient wrapped after a dash still joins.
  it.each([
    ['the name after initials read as a dash', '- Lưu: VT, N.chính (16B). Z-\nLê Hồng Văn', '- Lưu: VT, N.chính (16B). Z-\nLê Hồng Văn'],
    ['a compound province name after a spaced dash', '- UBND tỉnh Bà Rịa -\nVũng Tàu', '- UBND tỉnh Bà Rịa - Vũng Tàu'],
    ['a compound city name after a glued dash', '- Phối hợp với UBND thành phố Phan Rang-\nTháp Chàm', '- Phối hợp với UBND thành phố Phan Rang- Tháp Chàm'],
    ['a symbol wrapped after its hyphen', '- Công văn số 601/UBND-\nTCD ngày 03/02/2020;', '- Công văn số 601/UBND- TCD ngày 03/02/2020;'],
    ['a recipient wrapped after a dash', '- Ban Thi đua -\nKhen thưởng;', '- Ban Thi đua - Khen thưởng;'],
    ['a name-like line in the body', 'giao Sở Nội vụ -\nSở Tài Chính', 'giao Sở Nội vụ - Sở Tài Chính'],
  ])('after a dash: %s', (_what, text, want) => {
    expect(rejoinWrappedLines(text)).toBe(want);
  });

  // The signer's name under the title, then the page's footnote: the footnote never runs on from the name.
  it.each([
    ['a footnote after the signer\'s name', 'PHÓ CHÁNH VĂN PHÒNG\nTrịnh Ngọc Duệ\n1 Văn phòng UBND tỉnh về cải cách thủ tục hành chính;', 'PHÓ CHÁNH VĂN PHÒNG\nTrịnh Ngọc Duệ\n1 Văn phòng UBND tỉnh về cải cách thủ tục hành chính;'],
    ['a footnote after the name set under the recipients', '- Lưu: VT, QLĐ, CCMT, KS.\n\n\n\n                 Phạm Năng Chung\n\n\n\n4 Ưu tiên sử dụng công nghệ, thiết bị', '- Lưu: VT, QLĐ, CCMT, KS.\n\n\n\n                 Phạm Năng Chung\n\n\n\n4 Ưu tiên sử dụng công nghệ, thiết bị'],
    ['a name-like line in the body, not under a title', 'Đồng chí\nNguyễn Văn An\n2 Phó Chủ tịch', 'Đồng chí\nNguyễn Văn An 2 Phó Chủ tịch'],
    ['a figure after the name that is no footnote', 'CHỦ TỊCH\nNguyễn Văn An\n2026', 'CHỦ TỊCH\nNguyễn Văn An 2026'],
  ])('under a title: %s', (_what, text, want) => {
    expect(rejoinWrappedLines(text)).toBe(want);
  });

  // A number alone on its line is a page's number or the number of a table row written one cell
  // per line, unless the line before asks for a figure or a lower-case line carries the sentence on.
  it.each([
    ['a page number after a unit heading', '9. Công an thành phố Huế\n\n11\n- Chỉ đạo Công an các xã', '9. Công an thành phố Huế\n\n11\n- Chỉ đạo Công an các xã'],
    ['a row number after the last header cell', 'Nội dung phâncông chi tiết\n1\nÔng Nguyễn Trọng Nghĩa', 'Nội dung phâncông chi tiết\n1\nÔng Nguyễn Trọng Nghĩa'],
    ['a row number with its dot', 'Cơ quan phối hợp\n2.\nSở Tài chính', 'Cơ quan phối hợp\n2.\nSở Tài chính'],
    ['a figure the line before asks for', 'hoàn thành trước ngày\n15\nCác đơn vị', 'hoàn thành trước ngày 15\nCác đơn vị'],
    ['a figure a lower-case line carries on', 'Ban chỉ đạo gồm\n12\nthành viên', 'Ban chỉ đạo gồm 12 thành viên'],
    ['a figure in a sentence that goes on in lower case', 'tổ chức tập huấn cho\n30\nhọc viên của huyện', 'tổ chức tập huấn cho 30 học viên của huyện'],
    ['a year, never a row number', 'trong giai đoạn\n2026\nCác sở', 'trong giai đoạn 2026\nCác sở'],
  ])('a bare number: %s', (_what, text, want) => {
    expect(rejoinWrappedLines(text)).toBe(want);
  });
});

// A number line whose label an engine read in small letters stays the header's own line in OCR
// text; typed text, or a line far below the header, joins as any lower-case continuation does.
describe('rejoinWrappedLines: a small-letter number label', () => {
  const motto = 'Độc lập - Tự do - Hạnh phúc\nsé: 6834 /CTBDU-TTHT';
  const body = `${Array.from({ length: 45 }, (_, k) => `Dòng ${k}.`).join('\n')}\nthực hiện theo văn bản\nsố: 1234/UBND-VX ngày 3/4/2020`;
  it.each([
    ['OCR, under the motto', motto, true, motto],
    ['typed, under the motto', motto, false, 'Độc lập - Tự do - Hạnh phúc sé: 6834 /CTBDU-TTHT'],
    ['OCR, in a sentence far below the header', body, true, body.replace('văn bản\nsố', 'văn bản số')],
  ])('%s', (_what, text, ocr, want) => {
    expect(rejoinWrappedLines(text, new Set(), ocr)).toBe(want);
  });
});

describe('fold', () => {
  it('folds every Vietnamese letter to one ASCII letter, keeping length', () => {
    const s = 'ĐỨC GIANG, Hội đồng Thi đua - Khen thưởng, thuỷ/thủy';
    const folded = foldVietnamese(s);
    expect(folded).toBe('duc giang, hoi dong thi dua - khen thuong, thuy/thuy');
    expect(folded.length).toBe(s.length);
  });
  it('strips tones but keeps vowel marks', () => {
    expect(stripTones('Hội đồng thưởng')).toBe('Hôi đông thương');
  });
});

describe('quotes printed the wrong way round by OCR', () => {
  it('keeps the space after a closing quote printed as an opening one', () => {
    expect(removeMarkupDebris('người tốt việc tốt năm 2021“ do Quận phát động')).toBe('người tốt việc tốt năm 2021“ do Quận phát động');
    expect(removeMarkupDebris('cuộc thi “ Viết về gương')).toBe('cuộc thi “Viết về gương');
  });
});
