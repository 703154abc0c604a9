// Writing records out: JSON (one array), JSON Lines (one record a line) and CSV (one row per
// task). Writers take an iterable so an export of the whole corpus streams in constant memory.
//
// CSV follows RFC 4180: comma separated, CRLF line ends, a field in double quotes when it holds
// a comma, a quote or a line break (quotes doubled). It starts with a UTF-8 byte order mark:
// without it Excel reads the file as the local 8-bit code page and Vietnamese turns to mojibake.
import type { PlanRecord } from './schema.js';

export type ExportFormat = 'json' | 'jsonl' | 'csv';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'jsonl', 'csv'];

/** Where the text goes; returns false (like a stream) when the caller should wait for 'drain'. */
export type Sink = (chunk: string) => void | Promise<void>;

export const CSV_COLUMNS = [
  'document_id',
  'number',
  'issuer',
  'level',
  'date',
  'title',
  'task_index',
  'section',
  'content',
  'lead',
  'support',
  'supervisor',
  'deadline_text',
  'deadline_start',
  'deadline_end',
  'recurring',
  'confidence',
  'task_source_id',
] as const;

/** Multiple units in one cell ("lead", "support") are joined with this. */
export const LIST_SEPARATOR = '; ';

/** Records from a store: one at a time, now (SQLite) or as they arrive (another backend). */
export type Records = Iterable<PlanRecord> | AsyncIterable<PlanRecord>;

export async function writeRecords(format: ExportFormat, records: Records, sink: Sink): Promise<number> {
  if (format === 'json') return writeJson(records, sink);
  if (format === 'jsonl') return writeJsonLines(records, sink);
  return writeCsv(records, sink);
}

/** A JSON array, one record per line inside it, so a large export stays diff- and grep-friendly. */
export async function writeJson(records: Records, sink: Sink): Promise<number> {
  let n = 0;
  for await (const record of records) {
    await sink(`${n === 0 ? '[\n' : ',\n'}${JSON.stringify(record)}`);
    n++;
  }
  await sink(n === 0 ? '[]\n' : '\n]\n');
  return n;
}

export async function writeJsonLines(records: Records, sink: Sink): Promise<number> {
  let n = 0;
  for await (const record of records) {
    await sink(`${JSON.stringify(record)}\n`);
    n++;
  }
  return n;
}

/** One row per task, with the document's columns repeated; returns the number of rows. */
export async function writeCsv(records: Records, sink: Sink): Promise<number> {
  await sink(`\uFEFF${csvRow(CSV_COLUMNS)}`);
  let n = 0;
  for await (const record of records) {
    const d = record.document;
    for (const task of record.tasks) {
      await sink(
        csvRow([
          record.id,
          d.number,
          d.issuer.name,
          d.issuer.level,
          d.date,
          d.title,
          task.index,
          task.section,
          task.content,
          task.lead.join(LIST_SEPARATOR),
          task.support.join(LIST_SEPARATOR),
          task.supervisor,
          task.deadline?.text,
          task.deadline?.start,
          task.deadline?.end,
          task.deadline ? String(task.deadline.recurring) : null,
          String(task.confidence),
          // The file the row was read from: an appendix filed alone, or the record's own.
          task.sourceId ?? record.id,
        ]),
      );
      n++;
    }
  }
  return n;
}

export function csvRow(fields: ReadonlyArray<string | null | undefined>): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

export function csvField(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

// A spreadsheet evaluates a cell that starts with = + @ (and their full-width forms), a tab or
// a carriage return, and "-" followed by a number, an operator, a function call or a cell
// reference ("-2+3", "-SUM(1)", "-A1"). Following OWASP's CSV-injection guidance such a cell
// is prefixed with an apostrophe, which spreadsheets show as text and do not evaluate. A dash
// that starts plan prose ("- Trước ngày 15/3") is left as it is.
const FORMULA_START = /^[=+@\t\r\uFF1D\uFF0B\uFF20]/;
const FORMULA_AFTER_DASH = /^[-\uFF0D]\s*(?:[\d.=+\-@(]|[A-Za-z_][\w.]*\s*\(|\$?[A-Za-z]{1,3}\$?\d)/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) || FORMULA_AFTER_DASH.test(value) ? `'${value}` : value;
}
