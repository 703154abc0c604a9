// Naming an image pdf.js could not decode, from the image codecs the file declares.
import { describe, expect, it } from 'vitest';
import { imageCodecsOf, undecodedImageName, undecodedImages } from '../../pipeline/readers/pdf-images.js';

const pdfWith = (...dicts: string[]) => new TextEncoder().encode(`%PDF-1.5\n${dicts.map((d, i) => `${i + 1} 0 obj\n${d}\nendobj\n`).join('')}%%EOF\n`);

describe('imageCodecsOf', () => {
  it.each([
    ['a ScandAll greyscale scan', ['<< /BitsPerComponent 8 /ColorSpace /DeviceGray /Filter /JPXDecode /Height 1751 /Width 1242 >>'], ['JPEG 2000']],
    ['a bitonal scan', ['<< /Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns 1700 >> >>'], ['CCITT fax']],
    ['a filter array', ['<< /Filter [/FlateDecode /DCTDecode] >>'], ['JPEG']],
    ['a JBIG2 scan with a JPEG logo', ['<< /Filter /JBIG2Decode >>', '<< /Filter/DCTDecode >>'], ['JBIG2', 'JPEG']],
    ['text only', ['<< /Filter /FlateDecode /Length 10 >>'], []],
  ])('%s', (_name, dicts, codecs) => {
    expect(imageCodecsOf(pdfWith(...dicts))).toEqual(codecs);
  });
});

describe('undecodedImageName', () => {
  it.each([
    [['JPEG 2000'], 'JPEG 2000 image'],
    [['JPEG 2000', 'JPEG'], 'JPEG 2000 image'],
    [['JPEG'], 'JPEG image'],
    [['JBIG2', 'CCITT fax'], 'image (the file holds JBIG2, CCITT fax images)'],
    [[], 'image'],
  ])('%j → %s', (codecs, name) => {
    expect(undecodedImageName(codecs)).toBe(name);
  });
});

describe('undecodedImages: images pdf.js settled as null after a rendering', () => {
  const decoded = { width: 10, height: 10, data: new Uint8ClampedArray(400) };
  it.each([
    ['every image decoded', [['img_p0_1', decoded]], 0],
    ['the page scan failed', [['img_p0_1', null]], 1],
    ['a scan failed, a logo decoded', [['img_p2_1', null], ['img_p2_2', decoded]], 1],
    ['a settled object that is no image', [['pattern_p0_1', null]], 0],
    ['nothing painted', [], 0],
  ] as Array<[string, Array<[string, unknown]>, number]>)('%s', (_name, objs, count) => {
    expect(undecodedImages({ objs: new Map(objs) })).toBe(count);
  });
});
