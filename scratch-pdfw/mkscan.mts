import { writeFileSync } from 'node:fs';
import { renderScanPages, scanPdf } from '../test/fixtures/scans.js';
import { planTexts } from '../test/eval/ocr-set.js';
const pages = await renderScanPages(planTexts()[0]!.text, { maxPages: 3, seed: 3 });
writeFileSync('/tmp/pdfw/scan3.pdf', await scanPdf(pages));
