// The OpenJPEG decoder pdf.js loads on demand for JPEG 2000 images (JPXDecode, which scanner
// software such as the Adobe PDF Scan Library writes; without it every such page renders white),
// taken from the installed pdfjs-dist: nothing is fetched at run time. In Node, pdf.js reads it
// from the file system: the option is a directory path ending in a separator. (The standard-font
// data is left out: it would change how every page with non-embedded fonts renders for OCR, which
// nothing here has measured; the ICC data is not read in Node by pdf.js 5.)
import { createRequire } from 'node:module';
import path from 'node:path';

const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Options for pdf.js's getDocument (through pdf-parse's PDFParse) pointing at pdfjs-dist's own files. */
export const pdfjsAssetOptions = Object.freeze({
  wasmUrl: `${path.join(pdfjsRoot, 'wasm')}/`,
});
