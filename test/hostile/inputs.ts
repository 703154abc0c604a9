// The hostile inputs of issue 15, built in memory: each one once took minutes, gigabytes or a
// crash. Shared by the resource test (each in a child process under limits) and the fuzzer's seeds.
import { deflateSync } from 'node:zlib';
import JSZip from 'jszip';

export interface HostileInput {
  name: string;
  file: string;
  bytes: () => Promise<Uint8Array> | Uint8Array;
  /** A diagnostic code the record (or the failure) must carry. */
  expect: string;
}

const HEADER = 'ỦY BAN NHÂN DÂN QUẬN LONG BIÊN\nSố: 12/KH-UBND\nLong Biên, ngày 3 tháng 2 năm 2023\nKẾ HOẠCH\n';

/** A PNG header declaring width × height, with a token IDAT: enough for the header check. */
export function pngHeader(width: number, height: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const idat = deflateSync(Buffer.alloc(64 * 1024)); // rows of zeros: decodes to far more than it weighs
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

async function nestedDocx(depth: number): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const para = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
  const open = '<w:sdt><w:sdtContent>'.repeat(depth);
  const close = '</w:sdtContent></w:sdt>'.repeat(depth);
  zip.file(
    'word/document.xml',
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${HEADER.split('\n').map(para).join('')}${open}${para('sâu')}${close}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const utf8 = (s: string) => new TextEncoder().encode(s);

export const HOSTILE_INPUTS: HostileInput[] = [
  {
    name: 'HTML table of colspan=1000 rowspan=1000 cells (22 KB)',
    file: 'spans.html',
    bytes: () => {
      const row = `<tr>${'<td colspan=1000 rowspan=1000>x</td>'.repeat(25)}</tr>`;
      return utf8(`<html><body><p>${HEADER.replace(/\n/g, '</p><p>')}</p><table>${row.repeat(24)}</table></body></html>`);
    },
    expect: 'TABLE_TOO_LARGE',
  },
  {
    name: 'HTML table of spans (500 KB)',
    file: 'spans-large.html',
    bytes: () => {
      const row = `<tr>${'<td colspan=1000 rowspan=65534>x</td>'.repeat(100)}</tr>`;
      return utf8(`<html><body><table>${row.repeat(140)}</table><p>${HEADER}</p></body></html>`);
    },
    expect: 'TABLE_TOO_LARGE',
  },
  {
    name: 'a 1 × 60,000,000-pixel PNG',
    file: 'strip.png',
    bytes: () => pngHeader(1, 60_000_000),
    expect: 'IMAGE_SHAPE',
  },
  {
    name: 'a 60,000 × 2-pixel PNG',
    file: 'wide.png',
    bytes: () => pngHeader(60_000, 2),
    expect: 'IMAGE_SHAPE',
  },
  {
    name: 'HTML nested 50,000 elements deep',
    file: 'deep.html',
    bytes: () => utf8(`<p>${HEADER}</p>${'<div>'.repeat(50_000)}sâu${'</div>'.repeat(50_000)}`),
    expect: 'NESTING_TOO_DEEP',
  },
  {
    name: 'a Word document nested 20,000 elements deep',
    file: 'deep.docx',
    bytes: () => nestedDocx(20_000),
    expect: 'NESTING_TOO_DEEP',
  },
  {
    name: 'a title carrying right-to-left overrides',
    file: 'bidi.txt',
    bytes: () => utf8(`${HEADER}Kiểm tra \u202Ecông tác\u202C thi đua \u2066năm 2023\u2069\n\nI. MỤC ĐÍCH\nNội dung.\n`),
    expect: 'DIRECTION_CONTROLS',
  },
];
