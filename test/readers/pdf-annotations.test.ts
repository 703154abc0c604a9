// Text that only digital-signature widgets show (their appearance streams): the serial and day
// an e-office system stamps into the blanks of the header at signing time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PDFParse } from 'pdf-parse';
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { mayCoverPrint } from '../../pipeline/readers/pdf-annotation-choice.js';
import { annotationBoxes, annotationDrawings, annotationRuns, blankItFills, type PdfTextItem } from '../../pipeline/readers/pdf-annotations.js';
import { ANNOTATIONS_OFF } from '../../pipeline/readers/pdf-draw.js';
import { drawForOcr, pixelsOf, type Canvas } from '../../pipeline/readers/pdf-ocr-drawing.js';
import { pdfjsAssetOptions } from '../../pipeline/readers/pdfjs-assets.js';
import { readAs } from './helpers.js';
import { pdfkitBytes } from './pdf-fixtures.js';

const require = createRequire(import.meta.url);
const FONT = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf/DejaVuSerif.ttf');

const item = (str: string, x: number, y: number, width: number, size = 13): PdfTextItem => ({ str, transform: [size, 0, 0, size, x, y], width, height: size });

describe('blankItFills', () => {
  // "Số:" ends at 137 and "/TB-UBND" starts at 172, both on baseline 712.
  const line = [item('Số:', 118, 712, 19), item(' ', 137, 712, 35), item('/TB-UBND', 172, 712, 66), item('Quảng Ngãi, ngày', 303, 712, 103), item('tháng 01', 430, 712, 50)];
  const cases: Array<[string, PdfTextItem, number | null]> = [
    ['a serial in the blank after "Số:"', item('   11', 139, 714, 24), 712],
    ['a day in the blank after "ngày"', item('08', 409, 714, 14), 712],
    ['a box over a word', item('TB', 180, 712, 14), null],
    ['a box after the last word of the line', item('2025', 490, 712, 28), null],
    ['a box before the first word', item('Ký bởi', 40, 712, 30), null],
    ['a box on another line', item('11', 145, 690, 14), null],
    ['an empty appearance', item('   ', 145, 712, 14), null],
    ['rotated text', { str: '11', transform: [0, 13, -13, 0, 145, 712], width: 14, height: 13 }, null],
  ];
  it.each(cases)('%s', (_name, run, expected) => {
    expect(blankItFills(run, line)).toBe(expected);
  });

  // "Hà Nội, ngày 29 tháng 4 năm" ends at 460 on baseline 690: the year's blank ends the line.
  const dateLine = [item('Hà Nội, ngày 29 tháng 4 năm', 300, 690, 160)];
  const lineEnd: Array<[string, PdfTextItem, number | null]> = [
    ['a year in the blank that ends the line after "năm"', item('2026', 466, 691, 28), 690],
    ['words in a box after "năm"', item('Ký bởi', 466, 691, 30), null],
    ['a figure far past the line end', item('2026', 600, 691, 28), null],
  ];
  it.each(lineEnd)('%s', (_name, run, expected) => {
    expect(blankItFills(run, dateLine)).toBe(expected);
  });
  it('leaves out a figure beside a prose line that ends in "số" (a serial blank never ends a line)', () => {
    const prose = [item('Thực hiện theo văn bản số', 300, 690, 160)];
    expect(blankItFills(item('12', 466, 691, 14), prose)).toBeNull();
  });
  it('leaves out a figure beside a prose line that ends in "năm" (no date line)', () => {
    const prose = [item('Các đơn vị báo cáo kết quả thực hiện trong năm', 100, 400, 300)];
    expect(blankItFills(item('2', 420, 401, 7), prose)).toBeNull();
  });
});

describe('annotationRuns', () => {
  it('places the text of an annotation through its transform, form matrix and text matrix', () => {
    const glyphs = (s: string) => [...s].map((c) => ({ unicode: c, width: 500, isSpace: c === ' ' }));
    const list = {
      fnArray: [
        OPS.setFont, // page content before the annotation is not read
        OPS.beginAnnotation,
        OPS.save,
        OPS.paintFormXObjectBegin,
        OPS.beginText,
        OPS.setTextMatrix,
        OPS.setFont,
        OPS.showText,
        OPS.moveText,
        OPS.showText,
        OPS.endText,
        OPS.paintFormXObjectEnd,
        OPS.restore,
        OPS.endAnnotation,
      ],
      argsArray: [
        ['f0', 10],
        ['1R', [137, 709, 335, 738], [1, 0, 0, 1, 137, 709], [1, 0, 0, 1, 0, 0], false],
        [],
        [[1, 0, 0, 1, 10, 0], [0, 0, 100, 29]],
        [],
        [[1, 0, 0, 1, 2, 5]],
        ['f1', 12],
        [glyphs('11')],
        [0, -14],
        [glyphs('ab')],
        [],
        [],
        [],
        [],
      ],
    };
    const [runs] = annotationRuns(list);
    expect(runs?.map((r) => r.str)).toEqual(['11', 'ab']);
    expect(runs![0]!.transform.slice(4)).toEqual([137 + 10 + 2, 709 + 5]);
    expect(runs![0]!.width).toBeCloseTo(12, 5); // two glyphs of half an em at 12 pt
    expect(runs![1]!.transform.slice(4)).toEqual([137 + 10 + 2, 709 + 5 - 14]);
  });

  it('tells each annotation by its id, and whether it paints an image', () => {
    const list = {
      fnArray: [OPS.beginAnnotation, OPS.save, OPS.paintImageXObject, OPS.restore, OPS.endAnnotation, OPS.beginAnnotation, OPS.endAnnotation],
      argsArray: [['24R', [7, 666, 83, 825], [1, 0, 0, 1, 0, 0], [1, 0, 0, 1, 0, 0], false], [], ['img_p0_1', 10, 10], [], [], ['25R'], []],
    };
    expect(annotationDrawings(list)).toEqual([
      { id: '24R', runs: [], paintsImage: true, paints: true },
      { id: '25R', runs: [], paintsImage: false, paints: false },
    ]);
  });

  it('reads nothing outside annotations', () => {
    expect(annotationRuns({ fnArray: [OPS.beginText, OPS.showText, OPS.endText], argsArray: [[], [[{ unicode: 'x', width: 500 }]], []] })).toEqual([]);
  });
});

/**
 * A header whose serial and day are blanks filled by signature widgets (Helvetica appearance
 * streams), and a signing stamp in the top corner that sits on no line.
 */
function signedPdf(): Promise<Buffer> {
  return pdfkitBytes({ size: 'A4', margin: 0 }, (doc) => {
    doc.font(FONT).fontSize(13);
    doc.text('ỦY BAN NHÂN DÂN', 60, 80, { lineBreak: false });
    doc.text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 300, 80, { lineBreak: false });
    doc.text('TỈNH QUẢNG NGÃI', 60, 98, { lineBreak: false });
    doc.text('Độc lập - Tự do - Hạnh phúc', 330, 98, { lineBreak: false });
    doc.text('Số:', 60, 130, { lineBreak: false });
    doc.text('/KH-UBND', 120, 130, { lineBreak: false });
    doc.text('Quảng Ngãi, ngày', 300, 130, { lineBreak: false });
    const dayBlank = 300 + doc.widthOfString('Quảng Ngãi, ngày') + 4;
    doc.text('tháng 01 năm 2025', dayBlank + 30, 130, { lineBreak: false });
    doc.text('KẾ HOẠCH', 250, 170, { lineBreak: false });
    doc.text('Triển khai công tác thi đua, khen thưởng năm 2025', 120, 190, { lineBreak: false });
    const baseline = doc.page.height - (130 + doc.currentLineHeight() * 0.8);
    const font = doc.ref({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding' });
    font.end('');
    const widget = (x: number, y: number, w: number, h: number, content: string, name: string) => {
      const appearance = doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, w, h], Resources: { Font: { F1: font } } });
      appearance.end(content);
      // pdfkit's typings know only its own annotation options; the dictionary takes any key.
      const dictionary = { Subtype: 'Widget', FT: 'Sig', T: new String(name), F: 4, AP: { N: appearance } };
      doc.annotate(x, y, w, h, dictionary as unknown as PDFKit.Mixins.AnnotationOption);
    };
    // Widgets whose text baseline (4 pt above their bottom) is the header line's.
    const top = (h: number) => doc.page.height - (baseline - 4) - h;
    widget(85, top(20), 30, 20, 'BT /F1 12 Tf 4 4 Td (12) Tj ET', 'Signature1');
    widget(dayBlank, top(20), 30, 20, 'BT /F1 12 Tf 4 4 Td (08) Tj ET', 'Signature2');
    widget(420, 10, 160, 30, 'BT /F1 7 Tf 2 20 Td (SIGNED BY THE OFFICE) Tj 0 -9 Td (09.01.2025 10:21:11) Tj ET', 'Signature3');
  });
}

describe('PDF reader: signature widgets', () => {
  it('puts a widget\'s serial and day in the blanks of the header and reports the corner stamp apart', async () => {
    const { read, codes, messages } = await readAs('signed.pdf', await signedPdf());
    const header = read!.text.split('\n').find((l) => l.startsWith('Số:'));
    expect(header).toMatch(/^Số: 12 \/KH-UBND$/);
    expect(read!.text).toMatch(/Quảng Ngãi, ngày 08 tháng 01 năm 2025/);
    expect(read!.text).not.toMatch(/SIGNED BY/);
    expect(codes).toContain('ANNOTATION_TEXT');
    expect(messages.find((m) => m.includes('digital-signature box'))).toMatch(/"12", "08"/);
    expect(messages.find((m) => m.includes('left out of the text'))).toMatch(/SIGNED BY THE OFFICE 09\.01\.2025/);
  });

  it('a PDF without annotations reads as before, with no annotation diagnostic', async () => {
    const pdf = await pdfkitBytes({ size: 'A4', margin: 0 }, (doc) => {
      doc.font(FONT).fontSize(13).text('Số:', 60, 130, { lineBreak: false }).text('/KH-UBND', 120, 130, { lineBreak: false });
    });
    const { read, codes } = await readAs('plain.pdf', pdf);
    expect(read!.text.trim()).toBe('Số: /KH-UBND');
    expect(codes.filter((c) => c.startsWith('ANNOTATION'))).toEqual([]);
  });
});

/** The pdf.js document and page the reader works with (loaded through pdf-parse like the reader). */
interface LoadedPage {
  getAnnotations(): Promise<Array<{ id: string; fieldName?: string; rect: number[] }>>;
  getOperatorList(o?: { annotationMode?: number }): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  getTextContent(): Promise<{ items: Array<PdfTextItem | { type: string }> }>;
  getViewport(o: { scale: number }): { width: number; height: number; convertToViewportRectangle(r: number[]): number[] };
  render(o: { canvasContext: unknown; canvas: unknown; viewport: unknown; annotationMode?: number }): { promise: Promise<void> };
}
interface LoadedDocument {
  getPage(n: number): Promise<LoadedPage>;
  annotationStorage: { setValue(id: string, value: Record<string, unknown>): void };
  canvasFactory: { create(w: number, h: number): Canvas; destroy(c: Canvas): void };
}

async function withPage<T>(bytes: Uint8Array, use: (doc: LoadedDocument, page: LoadedPage) => Promise<T>): Promise<T> {
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0, ...pdfjsAssetOptions });
  try {
    const doc = await (parser as unknown as { load(): Promise<LoadedDocument> }).load();
    return await use(doc, await doc.getPage(1));
  } finally {
    await parser.destroy();
  }
}

const textItems = async (page: LoadedPage) => (await page.getTextContent()).items.filter((i): i is PdfTextItem => 'str' in i);

describe('annotations drawn for OCR', () => {
  it('the widgets stamping the serial and the day are never left out; the corner stamp may be', async () => {
    const result = await withPage(await signedPdf(), async (_doc, page) => {
      const names = new Map((await page.getAnnotations()).map((a) => [a.id, a.fieldName]));
      const boxes = await annotationBoxes(page, await textItems(page));
      return boxes.map((b) => [names.get(b.id), mayCoverPrint(b)]);
    });
    expect(result).toEqual([['Signature1', false], ['Signature2', false], ['Signature3', true]]);
  });

  /**
   * A signed scan drawn for OCR at 72 dpi: what was left out, and for each annotation whether the
   * drawing differs from the page drawn without annotations inside its rectangle.
   */
  async function drawnForOcr(file: string | Buffer) {
    const bytes = typeof file === 'string' ? readFileSync(path.resolve(import.meta.dirname, '../real', file)) : file;
    return withPage(bytes, async (doc, page) => {
      const viewport = page.getViewport({ scale: 1 });
      const annotations = await page.getAnnotations();
      const bare = doc.canvasFactory.create(viewport.width, viewport.height);
      await page.render({ canvasContext: bare.context, canvas: bare.canvas, viewport, annotationMode: ANNOTATIONS_OFF }).promise;
      const without = Uint8Array.from(pixelsOf(bare).data);
      doc.canvasFactory.destroy(bare);
      const drawn = await drawForOcr(page, doc, viewport);
      const image = pixelsOf(drawn.target);
      const shown = annotations.map((a) => {
        const [x0, y0, x1, y1] = viewport.convertToViewportRectangle(a.rect).map(Math.round) as [number, number, number, number];
        let changed = 0;
        for (let y = Math.max(0, Math.min(y0, y1)); y < Math.min(image.height, Math.max(y0, y1)); y++)
          for (let x = Math.max(0, Math.min(x0, x1)); x < Math.min(image.width, Math.max(x0, x1)); x++) if (image.data[(y * image.width + x) * 4] !== without[(y * image.width + x) * 4]) changed++;
        return [a.id, changed > 0] as const;
      });
      doc.canvasFactory.destroy(drawn.target);
      return { leftOut: drawn.leftOut, failed: drawn.failed, shown: Object.fromEntries(shown), drawnBoxes: drawn.drawnBoxes, height: viewport.height };
    });
  }

  // The province's Trung tâm Công báo box stands in the left margin level with the issuer block:
  // its lines would be read into the header's. Left out, the page is drawn once, without it.
  it('a real scan whose signing box stands beside the header: the box is left out and reported', async () => {
    const r = await drawnForOcr('heldout-fresh2-scans/s12_CV_province_740-UBND-NL_paperstream-vgca.pdf');
    expect(r.failed).toBe(false);
    expect(r.leftOut).toHaveLength(1);
    expect(r.leftOut[0]!.shows).toMatch(/Người ký: Trung tâm Công báo .*Thời gian ký/);
    // Its lines and where it starts (the top margin, drawn at 72 dpi), for the page's text.
    expect(r.leftOut[0]!.lines).toEqual(['Người ký: Trung tâm Công', 'báo - Tin học', 'Email:', 'ttcongbaotinhoc@hatinh.go', 'v.vn', 'Cơ quan: Tỉnh Hà Tĩnh', 'Thời gian ký: 08.02.2018', '15:17:55 +07:00']);
    expect(r.leftOut[0]!.top).toBeGreaterThanOrEqual(0);
    expect(r.leftOut[0]!.top).toBeLessThan(10);
    expect(Object.values(r.shown)).toEqual([false]);
    expect(r.drawnBoxes).toEqual([]);
  });

  // Quảng Ngãi's box stands in the blank top margin: drawn as before (OCR reads it as a block of
  // its own, whose signing time can put a misread year right).
  it('a real scan whose signing box stands in the blank top margin: the box is drawn', async () => {
    const r = await drawnForOcr('scans/qngai-08-CT-UBND-2018.pdf');
    expect(r.failed).toBe(false);
    expect(r.leftOut).toEqual([]);
    expect(Object.values(r.shown)).toEqual([true]);
    // Drawn, with its lines and its rectangle in the drawing's pixels, for a page reading that loses it (ocr/drawn-boxes.ts).
    expect(r.drawnBoxes).toHaveLength(1);
    const [box] = r.drawnBoxes;
    expect(box!.lines.join(' ')).toBe('Trung tâm Công báo và Tin học ttcbth@quangngai.gov.vn 04.04.2018 14:21:14 +07:00');
    expect(box!.y0).toBeGreaterThanOrEqual(0);
    expect(box!.y1).toBeLessThan(0.2 * r.height);
    expect(box!.x1).toBeGreaterThan(box!.x0);
  });

  /**
   * A scan without a text layer (its print drawn as bars of ink), whose e-office system stamped
   * the whole number and the date into blanks of two printed lines, and whose signing box stands
   * beside a third line of print.
   */
  function stampedScan(): Promise<Buffer> {
    return pdfkitBytes({ size: 'A4', margin: 0 }, (doc) => {
      const printed = (y: number, ...spans: Array<[number, number]>) => {
        for (const [x0, x1] of spans) doc.rect(x0, y + 3, x1 - x0, 14).fill('black');
      };
      printed(120, [60, 80], [190, 250], [300, 390], [480, 540]); // "Số:" [blank] "…" "ngày" [blank] "…"
      printed(200, [60, 400]);
      const font = doc.ref({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding' });
      font.end('');
      const widget = (x: number, top: number, w: number, h: number, content: string, name: string) => {
        const appearance = doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, w, h], Resources: { Font: { F1: font } } });
        appearance.end(content);
        const dictionary = { Subtype: 'Widget', FT: 'Sig', T: new String(name), F: 4, AP: { N: appearance } };
        // pdfkit places annotations from the top left, as it draws.
        doc.annotate(x, top, w, h, dictionary as unknown as PDFKit.Mixins.AnnotationOption);
      };
      widget(85, 120, 100, 20, 'BT /F1 12 Tf 4 5 Td (123/UBND-VP) Tj ET', 'Number');
      widget(400, 120, 75, 20, 'BT /F1 12 Tf 4 5 Td (13/11/2025) Tj ET', 'Date');
      widget(410, 195, 170, 30, 'BT /F1 7 Tf 2 20 Td (Ky boi: UBND tinh) Tj 0 -9 Td (13.11.2025 10:21:11 +07:00) Tj ET', 'Signature');
    });
  }

  // With no text layer, nothing places the stamped runs in a blank: what they say does. A number
  // with its symbol and a slashed date are what a blank takes, as bare figures are; a signing box is not.
  it('a scan without a text layer: a stamped number and date are drawn, the signing box beside print is left out', async () => {
    const r = await drawnForOcr(await stampedScan());
    expect(r.failed).toBe(false);
    expect(r.leftOut.map((a) => a.shows)).toEqual(['Ky boi: UBND tinh 13.11.2025 10:21:11 +07:00']);
    expect(Object.values(r.shown)).toEqual([true, true, false]);
  });

  // Most scanned pages carry no annotation: drawing them for OCR must not cost a read of their text layer.
  it('a page without annotations is drawn without asking for its text layer', async () => {
    const r = await withPage(readFileSync(path.resolve(import.meta.dirname, '../real/scans/bentre-666-TB-STTTT.pdf')), async (doc, page) => {
      expect(await page.getAnnotations()).toEqual([]);
      let textAsked = 0;
      const read = page.getTextContent.bind(page);
      page.getTextContent = (...args: Parameters<typeof read>) => (textAsked++, read(...args));
      const drawn = await drawForOcr(page, doc, page.getViewport({ scale: 0.5 }));
      doc.canvasFactory.destroy(drawn.target);
      return { textAsked, leftOut: drawn.leftOut, failed: drawn.failed };
    });
    expect(r).toEqual({ textAsked: 0, leftOut: [], failed: false });
  });
});

// A signing box left out of the OCR image keeps its text in the page's (ocr/known-blocks.ts): the
// box's own lines, exact, where a reader comes to it. Hà Tĩnh's tall box in the left margin beside
// "Kính gửi" starts below the header's two columns: after the date line, before the salutation,
// and none of its words in the issuer's lines.
describe('a signing box left out of the OCR image, in the page text', () => {
  it('a real scan: the box after the header, before "Kính gửi"; word boxes still on their words', { timeout: 180_000 }, async () => {
    const bytes = readFileSync(path.resolve(import.meta.dirname, '../real/heldout-fresh2-scans/s07_CV_province_1378-UBND-NC1_paperstream-vgca.pdf'));
    const { read, codes } = await readAs('s07.pdf', bytes, { maxPages: 1 });
    expect(codes).toContain('ANNOTATION_NOT_DRAWN');
    const text = read!.text.normalize('NFC');
    const lines = text.split('\n');
    const box = ['Người ký: Trung tâm Công', 'báo - Tin học', 'Email:', 'ttcongbaotinhoc@hatinh.go', 'v.vn', 'Cơ quan: Tỉnh Hà Tĩnh', 'Thời gian ký: 21.03.2018', '16:00:54 +07:00'];
    const at = lines.indexOf(box[0]!);
    expect(lines.slice(at, at + box.length)).toEqual(box);
    expect(text.split('Người ký')).toHaveLength(2);
    const date = lines.findIndex((l) => /^Hà Tĩnh, ngày 20 tháng 3 năm 2018/.test(l));
    const salutation = lines.findIndex((l) => /^Kính gửi/.test(l));
    expect(date).toBeGreaterThan(0);
    expect(date).toBeLessThan(at);
    expect(salutation).toBeGreaterThan(at + box.length);
    expect(lines.slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH HÀ TĨNH']);
    // Boxes after the block moved past it: one starts at the salutation (within the few characters
    // the boxes drift by on this page before the block too: they are placed in the decomposed
    // text), none inside the block.
    const raw = read!.text;
    const starts = read!.wordBoxes![0]!.words.map(([s]) => s);
    const blockStart = raw.indexOf('Người ký');
    const blockEnd = raw.indexOf('+07:00') + 6;
    const salutationAt = raw.indexOf('Kính gửi');
    expect(starts.some((s) => Math.abs(s - salutationAt) <= 10)).toBe(true);
    expect(starts.filter((s) => s > blockStart + 10 && s < blockEnd - 10)).toEqual([]);
  });
});
