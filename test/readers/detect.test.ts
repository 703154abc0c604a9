import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../pipeline/readers/detect.js';
import { buildDocx } from '../fixtures/docx.js';
import { encodeUtf16 } from '../fixtures/encodings.js';
import { readAs } from './helpers.js';

const PLAN = 'KẾ HOẠCH\nCông tác thi đua, khen thưởng năm 2024\nTT\tNội dung\tĐơn vị\n1.\tTổng kết\tPhòng Nội vụ';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

async function xlsx(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
  );
  zip.file('xl/workbook.xml', '<workbook/>');
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const RTF = String.raw`{\rtf1\ansi\ansicpg1258\deff0{\fonttbl{\f0 Times New Roman;}}\f0\fs26 K\u7870? HO\u7840?CH\par}`;

/** Word's "Single File Web Page": MIME headers, the page in quoted-printable (UTF-8), an image part. */
function mhtml(text = PLAN, charset = 'utf-8'): Buffer {
  const page = `<html><head><meta charset="${charset}"></head><body><p>${text.replace(/\n/g, '</p><p>')}</p></body></html>`;
  const bytes = Buffer.from(page, charset === 'utf-8' ? 'utf8' : 'latin1');
  // Quoted-printable: bytes outside printable ASCII and '=' as =XX, lines cut at 76 with soft breaks.
  let qp = '';
  let line = '';
  for (const b of bytes) {
    const piece = b >= 0x21 && b <= 0x7e && b !== 0x3d ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + piece.length > 75) {
      qp += `${line}=\r\n`;
      line = '';
    }
    line += piece;
  }
  qp += line;
  return Buffer.from(
    [
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; boundary="----=_NextPart_01D9"',
      '',
      'This document is a Single File Web Page, also known as a Web Archive file.',
      '',
      '------=_NextPart_01D9',
      'Content-Location: file:///C:/plan.htm',
      'Content-Transfer-Encoding: quoted-printable',
      `Content-Type: text/html; charset="${charset}"`,
      '',
      qp,
      '',
      '------=_NextPart_01D9',
      'Content-Location: file:///C:/plan_files/image001.png',
      'Content-Transfer-Encoding: base64',
      'Content-Type: image/png',
      '',
      'iVBORw0KGgo=',
      '',
      '------=_NextPart_01D9--',
      '',
    ].join('\r\n'),
    'latin1',
  );
}

function mp3(): Buffer {
  const frame = Buffer.alloc(417);
  frame.set([0xff, 0xfb, 0x90, 0x64]);
  return Buffer.concat([frame, frame, frame]);
}

describe('detectFormat: content decides, the name is only checked', () => {
  it.each([
    ['plan.docx really a PDF', 'plan.docx', async () => PDF, 'pdf', 'docx'],
    ['plan.pdf really text', 'plan.pdf', async () => Buffer.from(PLAN), 'text', 'pdf'],
    ['plan.txt really HTML (fine)', 'plan.txt', async () => Buffer.from(`<!DOCTYPE html><html><body>${PLAN}</body></html>`), 'html', undefined],
    ['plan.html fragment without <html>', 'plan.html', async () => Buffer.from(`<p>${PLAN}</p>`), 'html', undefined],
    ['plan.html that is plain text', 'plan.html', async () => Buffer.from(PLAN), 'text', 'html'],
    ['plan.txt really DOCX', 'plan.txt', async () => buildDocx(PLAN), 'docx', 'txt'],
    ['UTF-16 text with BOM', 'plan.txt', async () => encodeUtf16(PLAN), 'text', undefined],
    ['UTF-16 text without BOM', 'plan.txt', async () => encodeUtf16(PLAN, { bom: false }), 'text', undefined],
    ['garbage named .docx goes to the DOCX reader', 'plan.docx', async () => Buffer.alloc(512, 0x01), 'docx', undefined],
    ['an Excel workbook', 'plan.xlsx', xlsx, 'other', undefined],
    ['MP3 audio', 'song.mp3', async () => mp3(), 'other', undefined],
    ['21 bytes before the PDF header', 'scan.pdf', async () => Buffer.concat([Buffer.alloc(21, 0x00), PDF]), 'pdf', undefined],
    ['a PDF header at byte 1000', 'scan.pdf', async () => Buffer.concat([Buffer.alloc(1000, 0x20), PDF]), 'pdf', undefined],
    ['a PDF header past the first 1024 bytes is not a PDF', 'scan.pdf', async () => Buffer.concat([Buffer.alloc(1100, 0x01), PDF]), 'binary', 'pdf'],
    ['UTF-8 BOM and blank lines before HTML', 'plan.htm', async () => Buffer.from(`\ufeff\n\n<!DOCTYPE html><html><body>${PLAN}</body></html>`), 'html', undefined],
    ['UTF-8 BOM before an HTML fragment', 'plan.html', async () => Buffer.from(`\ufeff<p>${PLAN}</p>`), 'html', undefined],
    ['a DOCX named .doc', 'plan.doc', async () => buildDocx(PLAN), 'docx', undefined],
    ['a Word 97 .doc', 'plan.doc', async () => readFile(resolve(import.meta.dirname, '../fixtures/doc/word97-english.doc')), 'doc', undefined],
    ['a Word 97 .doc named .docx', 'plan.docx', async () => readFile(resolve(import.meta.dirname, '../fixtures/doc/word97-english.doc')), 'doc', undefined],
    ['an HTML page named .doc', 'plan.doc', async () => Buffer.from(`<html><body>${PLAN}</body></html>`), 'html', 'doc'],
    ['an HTML fragment named .doc (a web application\'s "Word" export)', 'plan.doc', async () => Buffer.from(`<figure class="table"><table><tr><td>${PLAN}</td></tr></table></figure>`), 'html', 'doc'],
    ['an HTML fragment named .docx', 'plan.docx', async () => Buffer.from(`<p>${PLAN}</p>`), 'html', 'docx'],
    ['Word\'s UTF-16 web page named .doc', 'plan.doc', async () => encodeUtf16(`<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>${PLAN}</body></html>`), 'html', 'doc'],
    ['an MHTML web archive', 'plan.mht', async () => mhtml(), 'html', undefined],
    ['an MHTML web archive named .doc', 'plan.doc', async () => mhtml(), 'html', 'doc'],
    ['an RTF document named .doc (Word family: not mislabelled)', 'plan.doc', async () => Buffer.from(RTF), 'rtf', undefined],
    ['an RTF document', 'plan.rtf', async () => Buffer.from(RTF), 'rtf', undefined],
    ['a text file named .doc', 'plan.doc', async () => Buffer.from(PLAN), 'text', 'doc'],
  ] as const)('%s', async (_name, path, make, kind, mislabelledExt) => {
    const found = await detectFormat(await make(), path);
    expect(found.kind).toBe(kind);
    expect(found.mislabelled?.ext).toBe(mislabelledExt);
  });
});

describe('read stage on mislabelled and unsupported files', () => {
  it.each([
    ['plan.pdf holding text: read as text', 'plan.pdf', async () => Buffer.from(PLAN), ['MISLABELLED'], 'text'],
    ['plan.txt holding a DOCX: read as DOCX', 'plan.txt', async () => buildDocx(PLAN), ['MISLABELLED'], 'docx'],
    ['plan.html holding plain text: read as text', 'plan.html', async () => Buffer.from(PLAN), ['MISLABELLED'], 'text'],
    ['an Excel workbook', 'plan.xlsx', xlsx, ['UNSUPPORTED_FORMAT'], undefined],
    ['an Excel workbook named .docx', 'plan.docx', xlsx, ['MISLABELLED', 'UNSUPPORTED_FORMAT'], undefined],
    ['MP3 audio', 'song.mp3', async () => mp3(), ['UNSUPPORTED_FORMAT'], undefined],
    ['binary garbage', 'plan.bin', async () => Buffer.alloc(512, 0x01), ['NOT_TEXT'], undefined],
    ['an MHTML web archive: its page is read', 'plan.mht', async () => mhtml(), [], 'html'],
    ['an MHTML web archive named .doc: its page is read', 'plan.doc', async () => mhtml(), ['MISLABELLED'], 'html'],
    ['an MHTML web archive without an HTML part', 'plan.mht', async () => Buffer.from('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n'), ['CORRUPT_FILE'], undefined],
    ['an RTF document named .doc: read as RTF', 'plan.doc', async () => Buffer.from(RTF), [], 'rtf'],
    ['a file that claims RTF but breaks off in its header: no text', 'plan.rtf', async () => Buffer.from('{\\rtf1\\ansi{\\fonttbl'), ['NO_TEXT'], undefined],
  ] as const)('%s', async (_name, path, make, codes, format) => {
    const { read, codes: got } = await readAs(path, await make());
    expect(got).toEqual(codes);
    expect(read?.format).toBe(format);
  });

  it.each(['utf-8', 'windows-1252'])('reads the page of an MHTML archive in %s, decoded from quoted-printable', async (charset) => {
    const plan = charset === 'utf-8' ? PLAN : 'Plan 2024\nCafé, naïve, déjà vu';
    const archive = mhtml(plan, charset);
    const { read } = await readAs('plan.mht', archive);
    for (const line of plan.split('\n')) expect(read!.text).toContain(line.replace(/\t/g, ' ').split(' ')[0]!);
    expect(read!.text).not.toMatch(/=\r?\n|=[0-9A-F]{2}|Content-Type/);
  });

  it('names the unsupported format in its message', async () => {
    const { messages } = await readAs('plan.xlsx', await xlsx());
    expect(messages).toEqual(['unsupported format: Excel workbook (.xlsx)']);
    expect((await readAs('song.mp3', mp3())).messages).toEqual(['unsupported format: MP3 audio']);
  });
});
