// Page images the PDF reader must decode before OCR: JPEG 2000 (JPXDecode, written by the Adobe
// PDF Scan Library under ScandAll PRO) through pdf.js's OpenJPEG module, loaded from pdfjs-dist
// on this machine; and images that cannot be decoded at all, which must be reported as such,
// never taken for blank pages.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readAs } from './helpers.js';
import { imagePdf, jp2Size, type PdfImage } from './pdf-fixtures.js';

const JP2 = readFileSync(path.join(import.meta.dirname, '../fixtures/jpx/text-lines.jp2'));
/** The dictionary entries ScandAll's greyscale JPX images carry. */
const GREY = '/ColorSpace /DeviceGray /BitsPerComponent 8';
const jpx = (data: Buffer): PdfImage => ({ data, ...jp2Size(JP2), filter: '/JPXDecode', entries: GREY });

describe('readPdf: JPEG 2000 page images', () => {
  it('reads a page whose scan is a JPEG 2000 image by OCR', { timeout: 120_000 }, async () => {
    const { read, codes } = await readAs('scan.pdf', imagePdf(jpx(JP2)));
    expect(codes).not.toContain('BLANK_PAGE');
    expect(codes).not.toContain('IMAGE_UNDECODABLE');
    expect(read!.pageInfo![0]).toMatchObject({ page: 1, method: 'ocr' });
    // The fixture's lines (test/fixtures/jpx/README.md), read with their marks.
    for (const words of ['ỦY BAN NHÂN DÂN', 'công tác thi đua, khen thưởng', 'sản xuất nông nghiệp năm 2018']) {
      expect(read!.text.normalize('NFC')).toContain(words);
    }
  });
});

describe('readPdf: page images that cannot be decoded', () => {
  const cases: Array<[string, () => Promise<PdfImage> | PdfImage, RegExp]> = [
    ['a JPEG 2000 codestream cut after its headers', () => jpx(JP2.subarray(0, 300)), /JPEG 2000 image could not be decoded on p1/],
    ['a JP2 signature followed by noise', () => jpx(Buffer.concat([JP2.subarray(0, 12), Buffer.alloc(2000, 0x5a)])), /JPEG 2000 image could not be decoded on p1/],
    [
      'a JPEG whose data is noise',
      () => ({ data: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 0x5a)]), width: 800, height: 300, filter: '/DCTDecode', entries: GREY }),
      /JPEG image could not be decoded on p1/,
    ],
  ];
  it.each(cases)('%s: reported as undecodable, not as a blank page', async (_name, make, message) => {
    const { read, codes, messages } = await readAs('scan.pdf', imagePdf(await make()));
    expect(codes).toContain('IMAGE_UNDECODABLE');
    expect(codes).not.toContain('BLANK_PAGE');
    expect(messages.join('\n')).toMatch(message);
    // Nothing else on the page: no text, and the file says so.
    expect(read).toBeUndefined();
    expect(codes).toContain('NO_TEXT');
  });

  it('a white page image that decodes is still a blank page', async () => {
    const white = await sharp({ create: { width: 800, height: 300, channels: 3, background: '#ffffff' } }).jpeg().toBuffer();
    const { codes } = await readAs('scan.pdf', imagePdf({ data: white, width: 800, height: 300, filter: '/DCTDecode', entries: '/ColorSpace /DeviceRGB /BitsPerComponent 8' }));
    expect(codes).toContain('BLANK_PAGE');
    expect(codes).not.toContain('IMAGE_UNDECODABLE');
  });
});
