// Every problem the pipeline can report, with a fixed code, in one file (rollup's logs.ts).
// Stages never throw for bad input and never print: they call ctx.message(log.xxx(...), where).
// Tests list the codes they expect and fail on any other, so add a code here, never inline.
import type { DiagnosticRecord, Severity, Span } from './schema.js';

export interface LogEntry {
  code: string;
  severity: Severity;
  message: string;
  /** A fatal entry ends the run for this file: nothing usable could be produced. */
  fatal?: boolean;
}

const error = (code: string, message: string, fatal = false): LogEntry => ({ code, severity: 'error', message, fatal });
const warning = (code: string, message: string): LogEntry => ({ code, severity: 'warning', message });
const info = (code: string, message: string): LogEntry => ({ code, severity: 'info', message });

export const log = {
  // --- reading (fatal: the file yields no text) ---------------------------------------------
  unreadable: (reason: string) => error('READ_FAILED', `cannot read the file: ${reason}`, true),
  emptyFile: () => error('EMPTY_FILE', 'the file is empty', true),
  tooLarge: (bytes: number, limit: number) =>
    error('FILE_TOO_LARGE', `the file is ${bytes} bytes, over the limit of ${limit}`, true),
  unsupportedFormat: (what: string) => error('UNSUPPORTED_FORMAT', `unsupported format: ${what}`, true),
  binaryGarbage: () => error('NOT_TEXT', 'the file is binary data, not text or a known document format', true),
  corruptFile: (format: string, reason: string) => error('CORRUPT_FILE', `corrupt ${format}: ${reason}`, true),
  encrypted: () => error('ENCRYPTED', 'encrypted: a password is needed', true),
  noPages: () => error('NO_PAGES', 'the PDF has no pages', true),
  imageTooLarge: (pixels: number, limit: number) =>
    error('IMAGE_TOO_LARGE', `the image has ${pixels} pixels, over the limit of ${limit}; refused before decoding`, true),
  zipBomb: (ratio: number) =>
    error('ZIP_BOMB', `the archive expands ${Math.round(ratio)}× or beyond the size limit; refused`, true),
  noText: () => error('NO_TEXT', 'no text could be read from the file', true),
  mislabelled: (ext: string, actual: string) =>
    info('MISLABELLED', `the file is named .${ext} but its content is ${actual}; read as ${actual}`),
  legacyEncoding: (encoding: string) => info('LEGACY_ENCODING', `text converted from ${encoding} to Unicode`),
  ocrPage: (reason: string) => info('OCR_PAGE', `page read by OCR: ${reason}`),
  ocrLowConfidence: (confidence: number) =>
    warning('OCR_LOW_CONFIDENCE', `OCR mean confidence ${confidence.toFixed(0)} is low; check the text`),
  ocrFailed: (reason: string) => error('OCR_FAILED', `OCR failed: ${reason}`),
  ocrEngineFallback: () =>
    info('OCR_ENGINE_FALLBACK', 'the native tesseract program with Vietnamese is not installed; tesseract.js was used'),

  // --- deciding whether this is a plan (fatal) ----------------------------------------------
  notVietnamese: () => error('NOT_VIETNAMESE', 'the text is not Vietnamese', true),
  notAPlan: () =>
    error('NOT_A_PLAN', 'the text is not an administrative document (no motto, number, date line, type heading, signature, V/v, Kính gửi, list of recipients or appendix caption found)', true),

  // --- normalisation -------------------------------------------------------------------------
  diacriticsRestored: (share: number) =>
    info('DIACRITICS_RESTORED', `diacritics were missing and restored on ${(share * 100).toFixed(0)}% of the text`),
  strayMarks: (text: string) => info('STRAY_MARKS', `stray OCR marks dropped: ${JSON.stringify(text)}`),
  lowRestorationConfidence: (token: string, restored: string) =>
    warning('LOW_RESTORATION_CONFIDENCE', `uncertain restoration of "${token}" as "${restored}"`),
  languageModelMissing: (reason: string) =>
    warning('LANGUAGE_MODEL_MISSING', `diacritics not restored: the language model could not be loaded (${reason})`),

  // --- extraction ------------------------------------------------------------------------------
  missingNumber: () => warning('MISSING_NUMBER', 'no document number (Số: …) found'),
  blankSerial: (symbol: string) => info('BLANK_SERIAL', `the serial number is blank; symbol ${symbol} kept, number left null`),
  missingDate: (blankLine?: string) =>
    warning('MISSING_DATE', blankLine ? `the place-and-date line "${blankLine}" leaves the date blank (a draft or an unfilled copy)` : 'no place-and-date line found'),
  partialDate: (text: string) => info('PARTIAL_DATE', `the date is incomplete ("${text}"); only the known parts are kept`),
  invalidDate: (text: string) => warning('INVALID_DATE', `"${text}" is not a valid date`),
  missingIssuer: () => warning('MISSING_ISSUER', 'the issuing body could not be determined'),
  issuerFromBody: () => info('ISSUER_FROM_BODY', 'the header has no issuer lines; issuer taken from the body and signature'),
  missingTitle: () => warning('MISSING_TITLE', 'no title (trích yếu) found'),
  missingSigner: () => warning('MISSING_SIGNER', 'no signature block found'),
  unsignedBlock: (office: string) => warning('UNSIGNED_BLOCK', `the signature block names its office ("${office}") but no signer: an unsigned draft`),
  signerNameUnread: (read: string) =>
    warning('SIGNER_NAME_UNREAD', `the signer's name as the OCR engine read it ("${read}") is no Vietnamese name within a letter of its words; left blank, not guessed`),
  missingRecipients: () => info('MISSING_RECIPIENTS', 'no "Nơi nhận" list found'),
  unresolvedIssuer: (text: string) => info('UNRESOLVED_ISSUER', `could not resolve the relative issuer "${text}"`),
  tableNoHeader: () => warning('TABLE_NO_HEADER', 'a table without a recognisable header row; columns guessed'),
  tableRowUnplaced: (text: string) => warning('TABLE_ROW_UNPLACED', `table text that could not be placed in a row: ${text}`),
  tableColumnsMismatch: (expected: number, got: number, rows = 1) =>
    warning('TABLE_COLUMNS_MISMATCH', rows > 1 ? `${rows} rows of a table have a cell count other than the header's ${expected} (the first: ${got} cells)` : `a table row has ${got} cells where the header has ${expected}`),
  implausibleDeadline: (text: string, year: string) =>
    warning('IMPLAUSIBLE_DEADLINE', `deadline "${text}" falls outside the plan's period (${year}); kept as written`),
  schemaInvalid: (detail: string) => error('SCHEMA_INVALID', `the record does not match the schema: ${detail}`),

  // --- storing and batches ----------------------------------------------------------------------
  storeFailed: (reason: string) => error('STORE_FAILED', `the record was not stored: ${reason}`, true),
  noDocuments: (extensions: string) => error('NO_DOCUMENTS', `no document files (${extensions}) in the folder`, true),

  // --- normalisation (appended) ------------------------------------------------------------------
  garbledTextLayer: (lines: number) =>
    warning('GARBLED_TEXT_LAYER', `${lines} line(s) of the text layer were garbled by an OCR engine without Vietnamese and were repaired: check the listed changes`),

  // --- reading pages (appended) -------------------------------------------------------------------
  pagesOverLimit: (pages: number, limit: number) =>
    warning('PAGES_OVER_LIMIT', `the document has ${pages} pages; only the first ${limit} were read (raise the limit with --max-pages)`),
  blankPages: (pages: string) => info('BLANK_PAGE', `blank, not OCR'd: ${pages}`),
  poorTextLayerKept: (pages: string) =>
    warning('TEXT_LAYER_POOR', `the text layer of ${pages} is poor Vietnamese but was kept (--ocr never); OCR would read it better`),
  ocrUpscaled: (pages: string) => info('OCR_UPSCALED', `text too small for OCR, page image enlarged first: ${pages}`),
  continuationPage: (name: string) =>
    error('CONTINUATION_PAGE', `${name} is a later page of a document whose first page is not here; not stored as a document of its own`, true),
  partsMissing: (pages: string) => warning('PARTS_MISSING', `pages missing from the numbered page images: ${pages}`),
  pagesReordered: (order: string, why: string) =>
    info('PAGES_REORDERED', `the pages are read in the order ${order}: ${why}; the file holds them last to first`),
  ocrIllegible: (words: string) =>
    warning('OCR_ILLEGIBLE', `figures in the header could not be read (handwritten?): ${words}; left blank, not guessed`),
  ocrBlankFigures: (parts: string) =>
    warning('OCR_BLANK_FIGURES', `blank in the OCR'd header where the ${parts} should stand (handwritten on the page, or never filled in?); left blank, not guessed`),
  pageUpsideDown: () => info('PAGE_UPSIDE_DOWN', 'the page image is upside down (scanned the wrong way round); read turned half a turn'),
  signatureBox: (words: number) => info('SIGNATURE_BOX', `a digital-signature box over the header was read as its own block before it (${words} words)`),

  // --- tasks (appended) ------------------------------------------------------------------------
  tasksNotFound: (what: string) =>
    warning('TASKS_NOT_FOUND', `the document has ${what} but no task row could be read from it`),

  // --- header (appended) -----------------------------------------------------------------------
  issuerLevelUnknown: (name: string) =>
    warning('ISSUER_LEVEL_UNKNOWN', `the level of the issuer "${name}" (central, province, …, commune) could not be told`),
  headerFromMetadata: (fields: string) =>
    info('HEADER_FROM_METADATA', `the document's own header lacks it; taken from the site's metadata box: ${fields}`),

  // --- parts per type (appended) ------------------------------------------------------------------
  missingReportSubject: () =>
    warning('MISSING_REPORT_SUBJECT', 'a báo cáo must say what it reports on (its trích yếu), and none was found'),

  // --- hostile input (kept apart from the text, never fatal unless nothing is left) -------------
  directionControls: (count: number) =>
    warning('DIRECTION_CONTROLS', `${count} invisible text-direction control character(s) (U+202A–202E, U+2066–2069) removed`),
  tableTooLarge: (cells: number, limit: number) =>
    warning('TABLE_TOO_LARGE', `a table expands to ${cells} cells, over the limit of ${limit}; its spans were capped and the rest ignored`),
  nestingTooDeep: (format: string, limit: number) =>
    warning('NESTING_TOO_DEEP', `the ${format} nests elements deeper than ${limit} levels; the deeper content was read flat`),
  imageShape: (width: number, height: number, reason: string) =>
    error('IMAGE_SHAPE', `the image is ${width}×${height} pixels: ${reason}; refused before decoding`, true),

  // --- the runner ------------------------------------------------------------------------------
  stageFailed: (stage: string, reason: string) =>
    error('STAGE_FAILED', `the ${stage} stage failed: ${reason} (a bug: the file's earlier stages are kept)`, true),

  // --- PDF annotations (appended) ----------------------------------------------------------------
  /** `texts`: the values put in, already quoted and joined ("\"11\", \"08\""). */
  annotationTextPlaced: (page: number, texts: string) =>
    info(
      'ANNOTATION_TEXT',
      `page ${page}: ${texts} read from a digital-signature box (an annotation drawn over the page, not in its text) and put in the blank of the line it fills`,
    ),
  /** `boxes`: how many boxes were left out, and their texts quoted and joined. */
  annotationTextLeftOut: (page: number, boxes: number, texts: string) =>
    info('ANNOTATION_LEFT_OUT', `page ${page}: ${boxes} stamp or signature box(es) not on a text line left out of the text: ${texts}`),
  // --- header (appended) -----------------------------------------------------------------------
  issuerFromOpening: (issuer: string, symbol: string) =>
    info('ISSUER_FROM_OPENING', `no issuer block in the header; the issuer is the committee of the date line's place that the opening names, "${issuer}" (symbol ${symbol})`),
  issuerFromSymbol: (symbol: string, issuer: string) =>
    info('ISSUER_FROM_SYMBOL', `no issuer block was read; the symbol ${symbol} names the issuer: ${issuer}`),
  dateYearFromSigningStamp: (read: string, fixed: string) =>
    warning('DATE_YEAR_FROM_SIGNING_STAMP', `the date line was read as ${read}; the e-signature's time stamp gives ${fixed}, one misread digit of the year apart: ${fixed} kept`),
  dateMonthFromSigningStamp: (read: string, fixed: string) =>
    warning('DATE_MONTH_FROM_SIGNING_STAMP', `the date line was read as ${read}, more than a month away from the e-signature's time stamp of the same year: its month misread, ${fixed} kept`),
  dateYearFromCitedDates: (read: string, fixed: string, later: number) =>
    warning(
      'DATE_YEAR_FROM_CITED_DATES',
      `the date line was read as ${read}, before ${later} of the documents it rests on; ${fixed}, one misread digit of the year apart, is the one year that puts it after them: ${fixed} kept`,
    ),
  issuerFromAuthorityLine: (issuer: string) =>
    info('ISSUER_FROM_AUTHORITY_LINE', `no issuer block was read; the authority line above the "Căn cứ" names the issuer: ${issuer}`),
  issuerFromSignature: (issuer: string) =>
    info('ISSUER_FROM_SIGNATURE', `no issuer block was read; the signature block (its "TM." line, or an unsigned draft's body line) names the issuer: ${issuer}`),
  // --- scans: header lines OCR could not read (appended) -----------------------------------------
  dateLineIllegible: (text: string) =>
    warning('DATE_LINE_ILLEGIBLE', `the place-and-date line "${text}" has no readable date; the dates of the text below it (citations) are not taken for it`),
  // --- readers: JSON exports (appended) -------------------------------------------------------------
  jsonText: () => info('JSON_TEXT', "a JSON file (an OCR or extraction tool's export): its strings are read in order as the text, field names and numbers left out"),
  // --- headers lost in copying (appended) -----------------------------------------------------------
  serialFromTitle: (number: string, title: string) =>
    info('SERIAL_FROM_TITLE', `the number line's serial is blank (stamped by the e-signature, lost in the copy); ${number} taken from the page's title "${title}"`),
  headerFromAnnexCaption: (fields: string, caption: string) =>
    info('HEADER_FROM_ANNEX_CAPTION', `the document's own header lacks its ${fields}; taken from its appendix caption "${caption}"`),
  annexAlone: (caption: string) =>
    warning('ANNEX_ALONE', `the file is an appendix given without its document: number, date, type and issuer are those its caption names (${caption}); the title is the appendix's own`),
  // --- readers: PDF images pdf.js could not decode (appended) -----------------------------------------
  imageUndecodable: (image: string, pages: string) =>
    warning('IMAGE_UNDECODABLE', `${image} could not be decoded on ${pages}: those pages were read without it (a page that is only that image has no text)`),
  // --- readers: signature widgets left out of the OCR image (appended) -----------------------------
  /** `shown`: what each left-out annotation shows, quoted and joined. */
  annotationsNotDrawn: (page: number, shown: string) =>
    info(
      'ANNOTATION_NOT_DRAWN',
      `page ${page}: signature box(es) standing beside the page's print left out of the image OCR read (their lines would be read into the print's; a stamped serial, day, number or date is kept): ${shown}`,
    ),
  annotationsUndrawable: (page: number) =>
    warning('ANNOTATION_UNDRAWABLE', `page ${page}: its annotations could not be drawn; the page was read without any (a stamped serial, day, number or date may be missing)`),
} as const;

/** Line and column, both 1-based, like vfile. */
export interface Point {
  line: number;
  column: number;
}

/**
 * One diagnostic with its place. `String(d)` reads `p3 12:4-12:9: reason`
 * (page, then start and end line:column in text.normalized).
 */
export class Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly fatal: boolean;
  readonly span?: Span;
  /** The stage or extractor that raised it ("read", "extract:tasks"), as vfile-message's source. */
  readonly source?: string;
  page?: number;
  start?: Point;
  end?: Point;

  constructor(entry: LogEntry, where: { span?: Span; page?: number; start?: Point; end?: Point; source?: string } = {}) {
    this.code = entry.code;
    this.source = where.source;
    this.severity = entry.severity;
    this.message = entry.message;
    this.fatal = entry.fatal ?? false;
    this.span = where.span;
    this.page = where.page;
    this.start = where.start;
    this.end = where.end;
  }

  /**
   * Work out line:column (and the page, when not given) from the final text.normalized. The
   * runner calls this once the run is over, because a stage may report a span before the text
   * it points into is finished (restoration reports changes while it rewrites the text).
   */
  locate(text: string): this {
    if (!this.span || !text) return this;
    this.start = pointAt(text, this.span.start);
    this.end = pointAt(text, this.span.end);
    if (this.page === undefined && text.includes('\f')) this.page = pageAt(text, this.span.start);
    return this;
  }

  toString(): string {
    const parts: string[] = [];
    if (this.page !== undefined) parts.push(`p${this.page}`);
    if (this.start) {
      const end = this.end ?? this.start;
      parts.push(`${this.start.line}:${this.start.column}-${end.line}:${end.column}`);
    }
    return parts.length ? `${parts.join(' ')}: ${this.message}` : this.message;
  }

  toJSON(): DiagnosticRecord {
    return {
      code: this.code,
      severity: this.severity,
      message: this.message,
      ...(this.span ? { span: this.span } : {}),
      ...(this.page !== undefined ? { page: this.page } : {}),
      ...(this.source ? { source: this.source } : {}),
    };
  }
}

/** Line/column of an offset; `text` is the string the offset points into. */
export function pointAt(text: string, offset: number): Point {
  let line = 1;
  let lineStart = 0;
  const stop = Math.min(offset, text.length);
  for (let i = 0; i < stop; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: stop - lineStart + 1 };
}

/** Page (1-based) of an offset, pages being separated by form feeds. */
export function pageAt(text: string, offset: number): number {
  let page = 1;
  const stop = Math.min(offset, text.length);
  for (let i = 0; i < stop; i++) if (text.charCodeAt(i) === 12) page++;
  return page;
}
