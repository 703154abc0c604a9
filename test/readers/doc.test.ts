import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CELL_MARK, wordTextToHtml } from '../../pipeline/readers/doc.js';
import { htmlToText } from '../../pipeline/readers/html.js';
import { parse } from 'node-html-parser';
import { buildDocx } from '../fixtures/docx.js';
import { readAs } from './helpers.js';

const fixture = (name: string) => readFile(resolve(import.meta.dirname, '../fixtures/doc', name));
const SAMPLE = resolve(import.meta.dirname, '../../corpus/samples/tuong-mai-phuong-2024-12-KH-UBND.txt');
const M = CELL_MARK;

describe('Word 97–2003 .doc reader', () => {
  it('reads a Unicode .doc exactly as the DOCX it was saved from: paragraphs, task table, TSV rows', async () => {
    const doc = await readAs('plan.doc', await fixture('plan-unicode.doc'));
    const docx = await readAs('plan.docx', await buildDocx(await readFile(SAMPLE, 'utf8')));
    expect(doc.codes).toEqual([]);
    expect(doc.read?.format).toBe('doc');
    expect(doc.read?.tables?.length).toBeGreaterThan(0);
    expect(doc.read?.tables?.map((t) => t.rows)).toEqual(docx.read?.tables?.map((t) => t.rows));
    expect(doc.read?.text).toBe(docx.read?.text);
  });

  it.each([
    ['plan-tcvn3.doc', 'tcvn3'],
    ['plan-vni.doc', 'vni'],
  ])('%s: legacy-font text is converted to Unicode', async (name, encoding) => {
    const { read, codes } = await readAs(name, await fixture(name));
    expect(codes).toEqual(['LEGACY_ENCODING']);
    expect(read?.encoding).toBe(encoding);
    const text = read!.text;
    expect(text).toContain('Công tác thi đua, khen thưởng năm 2024 của phường Tương Mai');
    expect(text).toContain('Số: 12/KH-UBND');
    expect(text).toMatch(/KẾ HOẠCH/);
    const rows = read!.tables!.flatMap((t) => t.rows);
    expect(rows.some((r) => r.includes('Tổ chức phát động thi đua năm 2024 gắn với Hội nghị cán bộ, công chức'))).toBe(true);
  });

  it('reads a file written by Word 97 itself', async () => {
    const { read, codes } = await readAs('old.doc', await fixture('word97-english.doc'));
    expect(codes).toEqual([]);
    expect(read?.text).toBe('This is a simple file created with Word 97-SR2.');
  });

  it.each([
    ['a broken Word file', () => Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600, 0x41), Buffer.from('WordDocument', 'utf16le')]), ['CORRUPT_FILE']],
    ['an OLE file without a Word stream', () => Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600, 0x41)]), ['MISLABELLED', 'UNSUPPORTED_FORMAT']],
    ['a .doc that is plain text', () => Buffer.from('KẾ HOẠCH\nCông tác thi đua năm 2024'), ['MISLABELLED']],
  ] as const)('%s', async (_name, make, codes) => {
    expect((await readAs('plan.doc', make())).codes).toEqual(codes);
  });
});

/** Rows of each <table> of the HTML, cells as their paragraphs joined by '\n'. */
function tablesOf(html: string): string[][][] {
  return parse(html)
    .querySelectorAll('table')
    .map((t) => t.querySelectorAll('tr').map((r) => r.querySelectorAll('td').map((c) => c.querySelectorAll('p').map((p) => p.text).join('\n'))));
}

describe('wordTextToHtml: Word cell and row marks to table rows', () => {
  it.each([
    ['paragraphs only', 'A\nB\n', [], ['A', 'B']],
    ['a table between paragraphs', `Intro\nTT${M}Việc${M}\n1.${M}Họp${M}\nAfter\n`, [[['TT', 'Việc'], ['1.', 'Họp']]], ['Intro', 'After']],
    ['empty cells keep their place', `a${M}${M}c${M}\nd${M}e${M}${M}\n`, [[['a', '', 'c'], ['d', 'e', '']]], []],
    ['a cell of two paragraphs', `x${M}p1\np2${M}\n`, [[['x', 'p1\np2']]], []],
    ['two tables split by a paragraph', `a${M}b${M}\nMid\nc${M}d${M}\n`, [[['a', 'b']], [['c', 'd']]], ['Mid']],
    ['cell marks without a row end', `a${M}b`, [[['a', 'b']]], []],
  ] as const)('%s', (_name, body, tables, paragraphs) => {
    const html = wordTextToHtml(body);
    expect(tablesOf(html)).toEqual(tables);
    const root = parse(html);
    root.querySelectorAll('table').forEach((t) => t.remove());
    expect(root.querySelectorAll('p').map((p) => p.text)).toEqual(paragraphs);
  });
});

describe('wordTextToHtml: a header column pushed across with spaces', () => {
  const paragraphsOf = (body: string) => parse(wordTextToHtml(body)).querySelectorAll('p').map((p) => p.text);
  it.each([
    ['the motto beside the issuer', 'BÌNH THUẬN            Độc lập - Tự do - Hạnh phúc', 'BÌNH THUẬN\tĐộc lập - Tự do - Hạnh phúc'],
    ['the Party title beside the issuer', 'ĐẢNG BỘ HUYỆN       ĐẢNG CỘNG SẢN VIỆT NAM', 'ĐẢNG BỘ HUYỆN\tĐẢNG CỘNG SẢN VIỆT NAM'],
    ['the rule under the motto', 'TỈNH QUẢNG BÌNH        ----------------', 'TỈNH QUẢNG BÌNH\t----------------'],
    ['a blank serial stays as it is', 'Số:          /QĐ-UBND', 'Số:          /QĐ-UBND'],
    ['a blank day stays as it is', 'Bình Thuận, ngày        tháng 12 năm 2024', 'Bình Thuận, ngày        tháng 12 năm 2024'],
    ['a TCVN3 line (converted later): the Party title read through the legacy font', '®¶ng bé c¬ quan UBND            ®¶ng céng s¶n viÖt nam', '®¶ng bé c¬ quan UBND\t®¶ng céng s¶n viÖt nam'],
    ['a short gap stays as it is', 'ỦY BAN NHÂN DÂN   Độc lập - Tự do - Hạnh phúc', 'ỦY BAN NHÂN DÂN   Độc lập - Tự do - Hạnh phúc'],
  ])('%s', (_name, line, expected) => {
    expect(paragraphsOf(`${line}\n`)).toEqual([expected]);
  });
});


describe('wordTextToHtml + htmlToText: a closing row of recipients, a spacer cell and the signature block', () => {
  it('keeps the signature block one line a paragraph (heldout-fresh28-files w02)', () => {
    const body = `Nơi nhận:\n- Như trên;\n- Lưu: VT, QLCN.${M}${M}KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\nHoàng Văn Thuân${M}\n`;
    const lines = htmlToText(wordTextToHtml(body)).text.split(/\n+/);
    expect(lines.slice(-3)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Hoàng Văn Thuân']);
  });
});
