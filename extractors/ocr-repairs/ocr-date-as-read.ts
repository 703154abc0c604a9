// The date line of an OCR layer whose figures the diacritic restorer re-lettered: the engine read a
// month's figures as their look-alike letters glued to the year's word ("ngày 03 tháng ionăm 2025":
// 10), and the restorer, which knows words and not figures, made a word of them ("hoắm"). The
// restored line then gives the year alone. The line as the engine read it is read again, with the
// look-alike repairs of cited dates (references-ocr.ts); its date is taken when it says more than
// the restored one and agrees with it on all the restored one says. OCR text only (extractors/index.ts).
import { foldVietnamese } from '../../normalizers/fold.js';
import type { DocumentInfo } from '../../output/schema.js';
import { findDate } from '../shared/dates.js';
import { repairCitedNumbers } from '../shared/references-ocr.js';
import type { EngineReading } from './ocr-signer-name.js';

/** The document with its date read from the engine's letters where the restorer's gave less; as it was otherwise. */
export function withDateAsEngineRead(document: DocumentInfo, text: string, reading: EngineReading): DocumentInfo {
  const date = document.date;
  const span = document.spans?.date;
  // A whole date needs nothing; a date with no year is no reading to agree with.
  if (!date || !span || date.length === 10) return document;
  const read = reading(span.start, span.end);
  // Marks alone changed ("Binh" made "Bình"): no figure was re-lettered, and what the line does not
  // say (a handwritten day glued to "tháng", a scrawl for the month) is not read into it.
  if (foldVietnamese(read) === foldVietnamese(text.slice(span.start, span.end))) return document;
  const repaired = repairCitedNumbers(read, foldVietnamese(read), true).text;
  const found = findDate(foldVietnamese(repaired), 0);
  if (!found?.iso || found.invalid || found.iso.length <= date.length || !found.iso.startsWith(date)) return document;
  return { ...document, date: found.iso };
}
