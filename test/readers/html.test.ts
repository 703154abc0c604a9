import { describe, expect, it } from 'vitest';
import { unicodeToTcvn3, unicodeToVni } from '../../normalizers/legacy/index.js';
import { htmlToText } from '../../pipeline/readers/html.js';
import { encodeWindows1258 } from '../fixtures/encodings.js';
import { readAs } from './helpers.js';

describe('htmlToText', () => {
  it('keeps blocks in order, <br> as a line break, drops scripts, styles and the head', () => {
    const { text } = htmlToText(
      '<html><head><title>t</title><style>p{}</style></head><body><h1>KẾ  HOẠCH</h1>' +
        '<p>Công tác <b>thi đua</b>,<br>khen thưởng</p><script>alert(1)</script><div>Nơi nhận:</div><!-- c --></body></html>',
    );
    expect(text).toBe('KẾ HOẠCH\n\nCông tác thi đua,\nkhen thưởng\n\nNơi nhận:');
  });

  it('decodes entities and numbers list items', () => {
    const { text } = htmlToText('<ol><li>Một &amp; hai</li><li>Ba</li></ol><ul><li>Lưu&nbsp;VT</li></ul><p>&#7871;&#x1EBF;</p>');
    expect(text).toBe('1. Một & hai\n\n2. Ba\n\n- Lưu VT\n\nếế');
  });

  // mammoth writes footnotes as <li><p>…</p></li> after the last table (the signature block).
  it.each([
    ['an item whose text is in a paragraph', '<p>Nguyễn Văn A</p><ol><li><p>Điều 22.</p><p>Khoản 1.</p></li></ol>', 'Nguyễn Văn A\n\n1. Điều 22.\n\nKhoản 1.'],
    ['an item after a table cell', '<table><tr><td><p>Nguyễn Văn A</p></td></tr></table><ol><li id="footnote-1"><p> <em>Ghi chú</em></p></li></ol>', 'Nguyễn Văn A\n\n1. Ghi chú'],
    ['an empty item: its marker goes nowhere', '<ul><li></li></ul><p>Sau</p>', 'Sau'],
    ['a nested list: the inner marker', '<ol><li><ul><li>a</li></ul></li></ol>', '- a'],
  ])('a list marker stands before the item\'s first text: %s', (_name, html, expected) => {
    expect(htmlToText(html).text).toBe(expected);
  });

  it('renders a table as TSV and returns it structured; merged cells leave the covered cells empty', () => {
    const { text, tables } = htmlToText(
      '<p>Trước</p><table><thead><tr><th>TT</th><th>Nội dung</th><th>Chủ trì</th></tr></thead><tbody>' +
        '<tr><td>I</td><td colspan="2">QUÝ I</td></tr>' +
        '<tr><td rowspan="2">1.</td><td><p>Dòng một</p><p>dòng hai</p></td><td>Phòng\tNội vụ</td></tr>' +
        '<tr><td>Tiếp</td><td>UBND</td></tr><tr><td></td><td></td><td></td></tr></tbody></table><p>Sau</p>',
    );
    // The structured table keeps a cell's paragraphs apart; the text reads each row on one line.
    const rows = [
      ['TT', 'Nội dung', 'Chủ trì'],
      ['I', 'QUÝ I', ''],
      ['1.', 'Dòng một\ndòng hai', 'Phòng Nội vụ'],
      ['', 'Tiếp', 'UBND'],
    ];
    expect(tables).toEqual([{ page: null, rows }]);
    expect(text).toBe(`Trước\n\n${rows.map((r) => r.join('\t').replace(/\n/g, ' ')).join('\n')}\n\nSau`);
  });

  it('reads one- and two-column layout tables as paragraphs, not tables', () => {
    const { text, tables } = htmlToText(
      '<table><tr><td><p>UBND QUẬN X</p><p>Số: 5/KH-UBND</p></td><td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p></td></tr></table>',
    );
    expect(tables).toEqual([]);
    expect(text).toBe('UBND QUẬN X\n\nSố: 5/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('reads a joint document\'s signature blocks side by side as paragraphs, not as a table row', () => {
    const cell = (lines: string[]) => `<td>${lines.map((l) => `<p>${l}</p>`).join('')}</td>`;
    const html = `<table><tr>${cell(['TM. CHÍNH PHỦ', 'THỦ TƯỚNG', 'Phạm Minh Chính'])}<td></td>${cell(['TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI', 'CHỦ TỊCH', 'Trần Thanh Mẫn'])}</tr></table>`;
    const result = htmlToText(html);
    expect(result.tables).toEqual([]);
    expect(result.text.split(/\n+/)).toEqual(['TM. CHÍNH PHỦ', 'THỦ TƯỚNG', 'Phạm Minh Chính', 'TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI', 'CHỦ TỊCH', 'Trần Thanh Mẫn']);
  });

  it.each([
    ['an empty spacer column between them', '<td></td>'],
    ['a spacer column holding only a space', '<td><p> </p></td>'],
  ])('reads a closing of "Nơi nhận" and a signature block with %s as paragraphs, each line kept', (_what, spacer) => {
    const cell = (lines: string[]) => `<td>${lines.map((l) => `<p>${l}</p>`).join('')}</td>`;
    const html = `<table><tr>${cell(['Nơi nhận:', '- Như trên;', '- Lưu: VT.'])}${spacer}${cell(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Hoàng Văn Thuân'])}</tr></table>`;
    const result = htmlToText(html);
    expect(result.tables).toEqual([]);
    expect(result.text.split(/\n+/)).toEqual(['Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Hoàng Văn Thuân']);
  });

  it('reads a signature block beside the recipients\' last line and a spacer as paragraphs (a .doc row)', () => {
    const html = '<table><tr><td><p>- Lưu: VT, QLCN.</p></td><td></td><td><p>KT. GIÁM ĐỐC</p><p>PHÓ GIÁM ĐỐC</p><p>Hoàng Văn Thuân</p></td></tr></table>';
    expect(htmlToText(html).text.split(/\n+/)).toEqual(['- Lưu: VT, QLCN.', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Hoàng Văn Thuân']);
  });

  it('keeps a three-column table that opens with "Nơi nhận" but fills all three columns', () => {
    const html = '<table><tr><td>Nơi nhận:</td><td>Số bản</td><td>Ghi chú</td></tr><tr><td>Sở Nội vụ</td><td>02</td><td>x</td></tr></table>';
    expect(htmlToText(html).tables).toHaveLength(1);
  });

  it('keeps a three-column data table whose cells only mention an authority once', () => {
    const html = '<table><tr><td>TT</td><td>Nội dung</td><td>Ghi chú</td></tr><tr><td>1</td><td>TM. Ban chỉ đạo ký</td><td>x</td></tr></table>';
    expect(htmlToText(html).tables).toHaveLength(1);
  });

  it('keeps a nested table inside its cell', () => {
    const { tables } = htmlToText('<table><tr><td>1</td><td><table><tr><td>a</td><td>b</td></tr></table></td><td>c</td></tr></table>');
    const { text } = htmlToText('<table><tr><td>1</td><td><table><tr><td>a</td><td>b</td></tr></table></td><td>c</td></tr></table>');
    expect(tables).toEqual([{ page: null, rows: [['1', 'a\nb', 'c']] }]);
    expect(text).toBe('1\ta b\tc');
  });

  it('converts text in legacy fonts, per element', () => {
    const html = `<p><font face=".VnTime">${unicodeToTcvn3('kế hoạch')}</font> và <span style="font-family: 'VNI-Times', serif">${unicodeToVni('Thi đua')}</span></p>`;
    const result = htmlToText(html);
    expect(result.text).toBe('kế hoạch và Thi đua');
    expect(result.legacyFonts.sort()).toEqual(['tcvn3', 'vni']);
  });
});

describe('HTML reader', () => {
  const body = 'Kế hoạch công tác thi đua, khen thưởng năm 2024 của Ủy ban nhân dân phường';
  it.each([
    ['UTF-8', Buffer.from(`<html><body><p>${body}</p></body></html>`), 'utf-8', []],
    [
      'Windows-1258 declared in <meta>',
      Buffer.concat([Buffer.from('<html><head><meta charset="windows-1258"></head><body><p>'), encodeWindows1258(body), Buffer.from('</p></body></html>')]),
      'windows-1258',
      ['LEGACY_ENCODING'],
    ],
    [
      'Windows-1258 undeclared',
      Buffer.concat([Buffer.from('<html><body><p>'), encodeWindows1258(body), Buffer.from('</p></body></html>')]),
      'windows-1258',
      ['LEGACY_ENCODING'],
    ],
    ['VNI text without font names', Buffer.from(`<html><body><p>${unicodeToVni(body)}</p></body></html>`), 'vni', ['LEGACY_ENCODING']],
  ] as const)('%s', async (_name, bytes, encoding, codes) => {
    const { read, codes: got } = await readAs('page.html', bytes);
    expect(read?.text).toBe(body);
    expect(read?.encoding).toBe(encoding);
    expect(got).toEqual(codes);
  });
});

describe('markup that is not text', () => {
  it.each([
    ['a doctype', '<!DOCTYPE html>\n<html><body><p>UBND QUẬN HOÀNG MAI</p></body></html>'],
    ['an XML declaration', '<?xml version="1.0" encoding="utf-8"?>\n<html><body><p>UBND QUẬN HOÀNG MAI</p></body></html>'],
    // Word's "Save as Web Page" wraps the picture it shows for a drawn rule in downlevel-revealed conditionals.
    ['Word\'s downlevel-revealed conditional markers', '<html><body><p>UBND QUẬN <![if !vml]><![endif]>HOÀNG MAI<![if !supportLists]><![endif]></p></body></html>'],
  ])('%s never reaches the text', (_label, html) => {
    expect(htmlToText(html).text).toBe('UBND QUẬN HOÀNG MAI');
  });
});
