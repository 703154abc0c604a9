// What makes two sources the same plan, and what a source is worth as the primary one.
// Pure functions of a record; the store keeps their results (corpus/store/plans.ts).
import type { PlanRecord } from '../../output/schema.js';
import { foldedWords, wordsFingerprint } from './signature.js';
import { foldVietnamese } from '../../normalizers/fold.js';

/** Same issuer, type and year, and at least this estimated Jaccard similarity: the same plan. */
export const MERGE_SIMILARITY = 0.9;
/** At least this similarity (and not merged): plans linked as near-duplicates, never merged. */
export const LINK_SIMILARITY = 0.8;

/** The facts of a source that identity and merging read. */
export interface SourceFacts {
  identityKey: string;
  numberKey: string | null;
  issuerKey: string | null;
  typeCode: string | null;
  year: number | null;
  /** 1 when the text was read from a text layer (DOCX, HTML, text, a PDF's text), 0 when OCR made it. */
  textLayer: 0 | 1;
  /** 1: the whole document; 0: a part of it (an appendix filed alone). */
  whole: 0 | 1;
  errorCount: number;
  pipelineVersion: string;
}

/** The folded number used to match documents and references ("05/KH-HĐTĐKT" → "05/kh-hdtdkt"). */
export function numberKey(number: string | null): string | null {
  if (number === null) return null;
  const key = foldVietnamese(number.normalize('NFC')).replace(/\s+/g, '');
  return key.length ? key : null;
}

const keyPart = (value: string | null) => (value === null || value === '' ? '-' : value);

/**
 * The identity of the plan a record is a source of. A numbered document: its type, number,
 * issuer and date ("KH|04/kh-hdtdkt|hoi dong thi dua …|2023-02-03"), when the issuer or the
 * date is known besides the number. Otherwise (a blank serial, a header not read) the same
 * heading parts plus a fingerprint of the text's words: only a copy of the same text matches.
 */
export function identityKey(record: PlanRecord): string {
  const d = record.document;
  const number = numberKey(d.number);
  const issuer = d.issuer.name === null ? null : foldVietnamese(d.issuer.name.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
  const type = d.typeCode === null ? null : foldVietnamese(d.typeCode).toLowerCase();
  const head = [keyPart(type), keyPart(number), keyPart(issuer), keyPart(d.date)];
  if (number !== null && (issuer !== null || d.date !== null)) return head.join('|');
  return [...head, `text:${wordsFingerprint(foldedWords(record.text.normalized))}`].join('|');
}

export function sourceFacts(record: PlanRecord): SourceFacts {
  const d = record.document;
  const year = d.date ? Number(d.date.slice(0, 4)) : null;
  return {
    identityKey: identityKey(record),
    numberKey: numberKey(d.number),
    issuerKey: d.issuer.name === null ? null : foldVietnamese(d.issuer.name.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim(),
    typeCode: d.typeCode,
    year: Number.isFinite(year) ? year : null,
    textLayer: isTextLayer(record) ? 1 : 0,
    // An appendix filed alone holds a part of the document only (corpus/plans/primary.ts).
    whole: record.diagnostics.some((g) => g.code === 'ANNEX_ALONE') ? 0 : 1,
    errorCount: record.diagnostics.filter((g) => g.severity === 'error').length,
    pipelineVersion: record.pipeline.version,
  };
}

/** Text read from the file itself rather than recognised from images. */
export function isTextLayer(record: PlanRecord): boolean {
  return record.source.format !== 'image' && !record.source.ocr;
}
