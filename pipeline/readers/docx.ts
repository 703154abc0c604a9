// DOCX: zip safety first (zip-guard), then mammoth → HTML → htmlToText, so paragraphs keep their
// order and Word tables stay tables (see html.ts for merged cells and layout tables). Headers,
// footers and comments are not read (mammoth leaves them out); images are never inflated.
// Runs set in a legacy font (.VnTime/.VnTimeH → TCVN3, VNI-Times → VNI) are converted run by
// run, the font resolved from the run, its character style, the paragraph style and the
// document defaults; a document whose fonts say nothing but whose text is mojibake is
// converted as a whole.
import mammoth from 'mammoth';
import { log } from '../../output/diagnostics.js';
import { convertLegacy, legacyFontEncoding, type LegacyEncoding } from '../../normalizers/legacy/index.js';
import { htmlToText, reportHtmlLimits, wordReadOutput } from './html.js';
import { DOCX_MAX_DEPTH, flatWordText, nestsDeeperThan } from './xml-flat.js';
import type { Reader } from './reader.js';
import { inflateChecked, inspectZip } from './zip-guard.js';

interface StyleFonts {
  byId: Map<string, { font: string | null; basedOn: string | null }>;
  defaultParagraph: string | null;
  documentDefault: string | null;
}

const FONT_ATTR = /w:(?:ascii|hAnsi)="([^"]+)"/g;

function fontOf(xml: string): string | null {
  const rFonts = /<w:rFonts\b[^>]*>/.exec(xml)?.[0];
  if (!rFonts) return null;
  return /w:ascii="([^"]+)"/.exec(rFonts)?.[1] ?? /w:hAnsi="([^"]+)"/.exec(rFonts)?.[1] ?? null;
}

function readStyleFonts(xml: string): StyleFonts {
  const byId = new Map<string, { font: string | null; basedOn: string | null }>();
  let defaultParagraph: string | null = null;
  for (const m of xml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const attrs = m[1]!;
    const body = m[2]!;
    const id = /w:styleId="([^"]+)"/.exec(attrs)?.[1];
    if (!id) continue;
    const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(body)?.[1] ?? '';
    byId.set(id, { font: fontOf(rPr), basedOn: /<w:basedOn w:val="([^"]+)"/.exec(body)?.[1] ?? null });
    if (/w:type="paragraph"/.test(attrs) && /w:default="(1|true)"/.test(attrs)) defaultParagraph = id;
  }
  const defaults = /<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(xml)?.[1] ?? '';
  return { byId, defaultParagraph, documentDefault: fontOf(defaults) };
}

function styleFont(styles: StyleFonts, id: string | null): string | null {
  for (let depth = 0; id && depth < 20; depth++) {
    const style = styles.byId.get(id);
    if (!style) return null;
    if (style.font) return style.font;
    id = style.basedOn;
  }
  return null;
}

function descendants(element: any, type: string, found: any[] = []): any[] {
  for (const child of element.children ?? []) {
    if (child.type === type) found.push(child);
    descendants(child, type, found);
  }
  return found;
}

/** A mammoth transform converting legacy-font runs in place; records the encodings met. */
function legacyRunTransform(styles: StyleFonts, met: Set<LegacyEncoding>) {
  return (paragraph: any) => {
    const paragraphFont =
      styleFont(styles, paragraph.styleId ?? styles.defaultParagraph) ?? styles.documentDefault;
    for (const run of descendants(paragraph, 'run')) {
      const font = run.font ?? styleFont(styles, run.styleId) ?? paragraphFont;
      const legacy = legacyFontEncoding(font);
      for (const text of descendants(run, 'text')) {
        if (legacy) {
          met.add(legacy.encoding);
          text.value = convertLegacy(text.value, legacy.encoding, legacy.capitals);
        }
        if (run.isAllCaps) text.value = text.value.toUpperCase();
      }
    }
    return paragraph;
  };
}
/* eslint-enable @typescript-eslint/no-explicit-any */

// mammoth ships transforms but its typings omit them.
const transforms = (mammoth as unknown as { transforms: { paragraph: (f: (p: unknown) => unknown) => (doc: unknown) => unknown } })
  .transforms;

const NOT_INFLATED = /^word\/media\/|\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|bin|ttf|odttf|otf)$/i;

export const readDocx: Reader = async ({ bytes, detected }, ctx) => {
  if (detected.encrypted) {
    ctx.message(log.encrypted());
    return null;
  }
  const zip = inspectZip(bytes);
  if (!zip.ok) {
    ctx.message(zip.problem === 'bomb' ? log.zipBomb(zip.ratio) : log.corruptFile('DOCX', zip.problem === 'not-zip' ? 'not a ZIP archive' : zip.detail));
    return null;
  }
  const names = new Set(zip.entries.map((e) => e.name));
  if (!names.has('word/document.xml')) {
    ctx.message(log.unsupportedFormat(`ZIP archive that is not a Word document (${names.has('xl/workbook.xml') ? 'an Excel workbook' : 'no word/document.xml'})`));
    return null;
  }
  const inflated = inflateChecked(bytes, zip.entries.filter((e) => !NOT_INFLATED.test(e.name)));
  if (!inflated.ok) {
    ctx.message(inflated.problem === 'bomb' ? log.zipBomb(Infinity) : log.corruptFile('DOCX', inflated.detail));
    return null;
  }
  const xml = (name: string) => {
    const data = inflated.files.get(name);
    return data ? new TextDecoder().decode(data) : '';
  };
  const styleXml = xml('word/styles.xml');
  const fontsUsed = [...`${xml('word/document.xml')}${styleXml}`.matchAll(FONT_ATTR)].map((m) => m[1]!);
  const met = new Set<LegacyEncoding>();
  const styles: StyleFonts = fontsUsed.some((f) => legacyFontEncoding(f))
    ? readStyleFonts(styleXml)
    : { byId: new Map(), defaultParagraph: null, documentDefault: null };
  const documentXml = xml('word/document.xml');
  if (nestsDeeperThan(documentXml, DOCX_MAX_DEPTH)) {
    ctx.message(log.nestingTooDeep('Word document', DOCX_MAX_DEPTH));
    return { text: flatWordText(documentXml), format: 'docx', pages: null, ocr: false, tables: [] };
  }
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        ignoreEmptyParagraphs: true,
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        transformDocument: transforms.paragraph(legacyRunTransform(styles, met)),
      },
    );
    html = result.value;
  } catch (error) {
    ctx.message(log.corruptFile('DOCX', (error as Error).message));
    return null;
  }
  const read = htmlToText(html, { keepTabs: true });
  reportHtmlLimits(read, 'Word document', ctx);
  return wordReadOutput(read, [...met][0] ?? null, 'docx', ctx);
};
