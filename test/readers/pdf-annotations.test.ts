// Text that only digital-signature widgets show (their appearance streams): the serial and day
// an e-office system stamps into the blanks of the header at signing time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PDFParse } from 'pdf-parse';
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { chooseAnnotations } from '../../pipeline/readers/pdf-annotation-choice.js';
import { annotationBoxes, annotationDrawings, annotationRuns, blankItFills, type PdfTextItem } from '../../pipeline/readers/pdf-annotations.js';
import { ANNOTATIONS_AS_STORED, ANNOTATIONS_OFF } from '../../pipeline/readers/pdf-draw.js';
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
  getViewport(o: { scale: number }): { width: number; height: number };
  render(o: object): { promise: Promise<void> };
}
interface LoadedCanvas { canvas: unknown; context: { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } }
interface LoadedDocument {
  getPage(n: number): Promise<LoadedPage>;
  annotationStorage: { setValue(id: string, value: object): void };
  canvasFactory: { create(w: number, h: number): LoadedCanvas; destroy(c: LoadedCanvas): void };
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
  it('keeps the widgets stamping the serial and the day, leaves out the corner stamp', async () => {
    const choice = await withPage(await signedPdf(), async (_doc, page) => {
      const names = new Map((await page.getAnnotations()).map((a) => [a.id, a.fieldName]));
      const c = chooseAnnotations(await annotationBoxes(page, await textItems(page)));
      return { draw: c.draw.map((id) => names.get(id)), leftOut: c.leftOut.map((a) => [names.get(a.id), a.shows]) };
    });
    expect(choice.draw).toEqual(['Signature1', 'Signature2']);
    expect(choice.leftOut).toEqual([['Signature3', 'SIGNED BY THE OFFICE 09.01.2025 10:21:11']]);
  });

  // A real e-signed page: the serial and day widgets and the province's signing box (logo, name,
  // e-mail, timestamp) in the top corner. Drawn as chosen, the corner's pixels are the page's own
  // and the blanks show the stamped figures.
  it('a real page drawn as chosen: the corner box is not in the image, the stamped serial is', async () => {
    const bytes = readFileSync(path.resolve(import.meta.dirname, '../real/files/qngai-11-TB-UBND.pdf'));
    const result = await withPage(bytes, async (doc, page) => {
      const annotations = await page.getAnnotations();
      const choice = chooseAnnotations(await annotationBoxes(page, await textItems(page)));
      const viewport = page.getViewport({ scale: 1 });
      const draw = async (annotationMode: number) => {
        const target = doc.canvasFactory.create(viewport.width, viewport.height);
        try {
          await page.render({ canvasContext: target.context, canvas: target.canvas, viewport, annotationMode }).promise;
          return target.context.getImageData(0, 0, Math.floor(viewport.width), Math.floor(viewport.height)).data;
        } finally {
          doc.canvasFactory.destroy(target);
        }
      };
      const bare = await draw(ANNOTATIONS_OFF);
      for (const a of choice.leftOut) doc.annotationStorage.setValue(a.id, { noView: true });
      const chosen = await draw(ANNOTATIONS_AS_STORED);
      const width = Math.floor(viewport.width);
      // Pixels of an annotation's rectangle that differ between the two drawings.
      const changedIn = (id: string) => {
        const [x0, y0, x1, y1] = annotations.find((a) => a.id === id)!.rect;
        let changed = 0;
        for (let y = Math.floor(viewport.height - y1!); y < viewport.height - y0!; y++)
          for (let x = Math.floor(x0!); x < x1!; x++) if (bare[(y * width + x) * 4] !== chosen[(y * width + x) * 4]) changed++;
        return changed;
      };
      return { choice, changed: Object.fromEntries(annotations.map((a) => [a.id, changedIn(a.id)])) };
    });
    expect(result.choice.draw).toHaveLength(2);
    expect(result.choice.leftOut).toHaveLength(1);
    expect(result.choice.leftOut[0]!.shows).toMatch(/TRUNG TÂM CÔNG BÁO .*@/);
    for (const id of result.choice.draw) expect(result.changed[id]).toBeGreaterThan(0);
    expect(result.changed[result.choice.leftOut[0]!.id]).toBe(0);
  });
});
