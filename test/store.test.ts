// The corpus store: migrations, one-transaction writes, replacement, WAL, the folded FTS index,
// lookups and filters. Records are built here (and checked against the schema) so the test
// does not depend on what the extractors find.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSearchDocument, buildSearchOutline, foldedBytes, foldText, foldUtf16 } from '../corpus/search-document.js';
import { searchStore } from '../corpus/search.js';
import { encodeRecord, loadMigrations, numberKey, openStore, type SqliteStore } from '../corpus/store.js';
import { rawConnection } from '../corpus/store/sqlite-store.js';
import { foldVietnamese } from '../normalizers/fold.js';
import { PlanRecord, SCHEMA_VERSION } from '../output/schema.js';
import { StoreError } from '../output/errors.js';
import { processFile } from '../pipeline/run.js';
import { createStoreStage } from '../pipeline/stages/store.js';

const repoRoot = resolve(import.meta.dirname, '..');

const TEXT = [
  'UBND QUẬN HOÀNG MAI',
  'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
  '',
  'Số: 05/KH-HĐTĐKT',
  '',
  'KẾ HOẠCH',
  'Công tác thi đua, khen thưởng năm 2024',
  '',
  'Thực hiện Kế hoạch số 02/KH-HĐTĐKT ngày 08/01/2024 của Hội đồng Thi đua - Khen thưởng thành phố Hà Nội;',
  '',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '',
  'Phát động phong trào thi đua “Người tốt, việc tốt” trong toàn Quận.',
  '',
  'II. NỘI DUNG THỰC HIỆN',
  '',
  'Đẩy mạnh phong trào “Sáng kiến, sáng tạo Hà Nội”; khen thưởng kịp thời.',
].join('\n');

const at = (needle: string) => {
  const start = TEXT.indexOf(needle);
  if (start < 0) throw new Error(`not in TEXT: ${needle}`);
  return { start, end: start + needle.length };
};

function makeRecord(id: string, overrides: { number?: string | null; taskCount?: number; date?: string; level?: 'district' | 'ward'; issuer?: string } = {}): PlanRecord {
  const tasks = Array.from({ length: overrides.taskCount ?? 2 }, (_, i) => ({
    index: String(i + 1),
    section: 'QUÝ I/2024',
    content: `Nhiệm vụ số ${i + 1}: tổ chức phát động thi đua`,
    lead: ['Phòng Nội vụ', 'Văn phòng HĐND và UBND Quận'],
    support: ['UBND các phường'],
    supervisor: null,
    deadline: i === 0 ? { text: 'Tháng 01/2024', start: '2024-01-01', end: '2024-01-31', recurring: false } : null,
    confidence: 0.9,
  }));
  return PlanRecord.parse({
    schemaVersion: SCHEMA_VERSION,
    id,
    source: { path: `/samples/${id.slice(0, 6)}.txt`, sha256: id, format: 'text', pages: null, ocr: false },
    text: { original: TEXT, normalized: TEXT, diacriticsRestored: false },
    document: {
      type: 'Kế hoạch',
      typeCode: 'KH',
      number: overrides.number === undefined ? '05/KH-HĐTĐKT' : overrides.number,
      serial: '05',
      symbol: 'KH-HĐTĐKT',
      issuer: {
        name: overrides.issuer ?? 'Hội đồng Thi đua - Khen thưởng quận Hoàng Mai',
        level: overrides.level ?? 'district',
        locality: 'Hoàng Mai',
        parent: 'Ủy ban nhân dân quận Hoàng Mai',
      },
      place: 'Hoàng Mai',
      date: overrides.date ?? '2024-01-19',
      title: 'Công tác thi đua, khen thưởng năm 2024',
    },
    references: [
      { type: 'Kế hoạch', typeCode: 'KH', number: '02/KH-HĐTĐKT', date: '2024-01-08', issuer: 'Hội đồng Thi đua - Khen thưởng thành phố Hà Nội', relation: 'implements', span: at('Kế hoạch số 02/KH-HĐTĐKT') },
    ],
    movements: [
      { name: 'Người tốt, việc tốt', kind: 'movement', key: 'nguoi tot viec tot', span: at('Người tốt, việc tốt') },
      { name: 'Sáng kiến, sáng tạo Hà Nội', kind: 'movement', key: 'sang kien sang tao ha noi', span: at('Sáng kiến, sáng tạo Hà Nội') },
    ],
    tasks,
    signer: { name: 'Nguyễn Thị Minh Hằng', title: 'PHÓ CHỦ TỊCH', authority: 'KT.' },
    recipients: ['Lưu: VT, NV.'],
    sections: [
      { number: 'I.', heading: 'MỤC ĐÍCH, YÊU CẦU', level: 1, span: at('I. MỤC ĐÍCH, YÊU CẦU') },
      { number: 'II.', heading: 'NỘI DUNG THỰC HIỆN', level: 1, span: at('II. NỘI DUNG THỰC HIỆN') },
    ],
    diagnostics: [{ code: 'MISSING_DATE', severity: 'warning', message: 'no place-and-date line found' }],
    pipeline: { version: 'test', status: 'success', stages: [] },
  });
}

const ID_A = 'a'.repeat(64);
const ID_B = 'b'.repeat(63) + '1';
const ID_B2 = 'b'.repeat(63) + '2';

const ROW_TABLES = ['doc_references', 'movements', 'tasks', 'diagnostics', 'search_index'] as const;

function rowCounts(store: SqliteStore, id: string): Record<string, number> {
  const counts: Record<string, number> = {
    documents: (rawConnection(store).prepare('SELECT count(*) AS n FROM documents WHERE id = ?').get(id) as { n: number }).n,
  };
  for (const table of ROW_TABLES) {
    counts[table] = (rawConnection(store).prepare(`SELECT count(*) AS n FROM ${table} WHERE doc_id = ?`).get(id) as { n: number }).n;
  }
  return counts;
}

let dir: string;
let dbFile: string;
let store: SqliteStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kehoach-store-'));
  dbFile = join(dir, 'kehoach.db');
  store = openStore(dbFile);
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('opening and migrating', () => {
  it('records each migration once, however often the store is opened', async () => {
    store.close();
    store = openStore(dbFile);
    store.close();
    store = openStore(dbFile);
    const versions = rawConnection(store).prepare('SELECT version FROM schema_migrations ORDER BY version').all() as Array<{ version: number }>;
    expect(versions.map((v) => v.version)).toEqual(loadMigrations().map((m) => m.version));
    const tables = (rawConnection(store).prepare("SELECT name FROM sqlite_schema WHERE type IN ('table')").all() as Array<{ name: string }>).map((t) => t.name);
    for (const table of ['documents', 'document_content', 'doc_references', 'movements', 'tasks', 'diagnostics', 'search_index']) {
      expect(tables).toContain(table);
    }
  });

  it('migrations 30 and 40 move stored text to UTF-16 beside its fold, and keep every record readable and searchable', async () => {
    // A store as kehoach wrote it before migration 30: text.normalized as UTF-8 TEXT.
    const old = join(dir, 'v20.db');
    const conn = new Database(old);
    conn.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of loadMigrations().filter((m) => m.version <= 20)) {
      conn.exec(m.sql);
      conn.prepare("INSERT INTO schema_migrations VALUES (?, ?, 'then')").run(m.version, m.name);
    }
    const record = makeRecord(ID_A);
    conn.prepare(`INSERT INTO documents (id, path, format, status, pipeline_version, ingested_at)
      VALUES (?, 'a.txt', 'txt', 'success', '0', 'then')`).run(ID_A);
    conn.prepare('INSERT INTO document_content (doc_rowid, text, outline_json, record) VALUES (1, ?, ?, ?)').run(
      record.text.normalized,
      JSON.stringify(buildSearchOutline(record)),
      encodeRecord(record),
    );
    const columns = buildSearchDocument(record);
    conn.prepare('INSERT INTO search_index (rowid, doc_id, title, movements, tasks, text) VALUES (1, ?, ?, ?, ?, ?)')
      .run(ID_A, columns.title, columns.movements, columns.tasks, columns.text);
    conn.close();
    const migrated = openStore(old);
    try {
      expect(migrated.getRecord(ID_A)).toEqual(record);
      const columns = (rawConnection(migrated).prepare('PRAGMA table_info(document_content)').all() as Array<{ name: string }>).map((c) => c.name);
      expect(columns).toContain('text_utf16');
      expect(columns).not.toContain('text');
      const folded = rawConnection(migrated).prepare('SELECT text_folded FROM document_content').pluck().get() as Buffer;
      expect(folded.toString('latin1')).toBe(foldedBytes(foldVietnamese(record.text.normalized)).toString('latin1'));
      const snippet = (await searchStore(migrated, 'muc dich')).hits[0]!.snippets[0]!;
      expect(snippet.highlights.map((h) => snippet.text.slice(h.start, h.end))).toEqual(['MỤC ĐÍCH']);
    } finally {
      migrated.close();
    }
  });

  it('uses WAL, foreign keys and a busy timeout', async () => {
    expect(rawConnection(store).pragma('journal_mode', { simple: true })).toBe('wal');
    expect(rawConnection(store).pragma('foreign_keys', { simple: true })).toBe(1);
    expect(rawConnection(store).pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
  });

  it('refuses a database written by a newer schema', async () => {
    rawConnection(store).prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'now')").run();
    store.close();
    expect(() => (store = openStore(dbFile))).toThrow(/newer kehoach/);
    store = openStore(':memory:');
  });

  it('turns a file that is not a database into a StoreError', async () => {
    const garbage = join(dir, 'garbage.db');
    writeFileSync(garbage, 'this is not a database, just some text '.repeat(200));
    expect(() => openStore(garbage)).toThrow(StoreError);
    expect(() => openStore(garbage)).toThrow(/not an SQLite database/);
  });

  it('says there is no store when a reader names a missing file', async () => {
    expect(() => openStore(join(dir, 'missing.db'), { mustExist: true })).toThrow(/no store at/);
  });

  it('reports a locked database as a StoreError', async () => {
    const other = openStore(dbFile, { busyTimeoutMs: 50 });
    try {
      rawConnection(store).exec('BEGIN EXCLUSIVE');
      expect(() => other.saveRecord(makeRecord(ID_A))).toThrow(/locked/);
      rawConnection(store).exec('ROLLBACK');
    } finally {
      other.close();
    }
  });
});

describe('saving', () => {
  it('writes the document and every row, and reads the record back unchanged', async () => {
    const record = makeRecord(ID_A);
    store.saveRecord(record);
    expect(store.hasDocument(ID_A)).toBe(true);
    expect(store.getRecord(ID_A)).toEqual(record);
    const counts = rowCounts(store, ID_A);
    expect(counts).toMatchObject({ documents: 1, doc_references: 1, movements: 2, tasks: 2, diagnostics: 1 });
    expect(counts.search_index).toBe(1);
    const task = rawConnection(store).prepare('SELECT * FROM tasks WHERE doc_id = ? AND ord = 0').get(ID_A) as Record<string, unknown>;
    expect(JSON.parse(task.lead_json as string)).toEqual(record.tasks[0]!.lead);
    expect(task).toMatchObject({ deadline_start: '2024-01-01', deadline_end: '2024-01-31', recurring: 0 });
    const ref = rawConnection(store).prepare('SELECT number, number_key, relation FROM doc_references WHERE doc_id = ?').get(ID_A);
    expect(ref).toEqual({ number: '02/KH-HĐTĐKT', number_key: '02/kh-hdtdkt', relation: 'implements' });
  });

  it('replaces a stored record completely, leaving other documents alone', async () => {
    store.saveRecord(makeRecord(ID_A, { taskCount: 5 }));
    store.saveRecord(makeRecord(ID_B));
    const other = rowCounts(store, ID_B);
    const replacement = makeRecord(ID_A, { taskCount: 1, number: '07/KH-HĐTĐKT' });
    store.saveRecord(replacement);
    expect(rowCounts(store, ID_A)).toMatchObject({ documents: 1, tasks: 1, search_index: 1 });
    expect(store.getRecord(ID_A)!.document.number).toBe('07/KH-HĐTĐKT');
    expect(rowCounts(store, ID_B)).toEqual(other);
    expect(store.count()).toBe(2);
  });

  it('writes nothing when a row fails: the previous version stays intact', async () => {
    const good = makeRecord(ID_A);
    store.saveRecord(good);
    const before = rowCounts(store, ID_A);
    const broken = makeRecord(ID_A, { taskCount: 3 });
    (broken.tasks[2] as { content: unknown }).content = null; // NOT NULL fails on the third task
    expect(() => store.saveRecord(broken)).toThrow(StoreError);
    expect(rowCounts(store, ID_A)).toEqual(before);
    expect(store.getRecord(ID_A)).toEqual(good);

    const fresh = makeRecord(ID_B, { taskCount: 2 });
    (fresh.tasks[1] as { content: unknown }).content = null;
    expect(() => store.saveRecord(fresh)).toThrow(StoreError);
    expect(rowCounts(store, ID_B)).toEqual({ documents: 0, doc_references: 0, movements: 0, tasks: 0, diagnostics: 0, search_index: 0 });
  });

  it('deletes a document with all its rows', async () => {
    store.saveRecord(makeRecord(ID_A));
    expect(store.deleteDocument(ID_A)).toBe(true);
    expect(Object.values(rowCounts(store, ID_A)).every((n) => n === 0)).toBe(true);
    expect(store.deleteDocument(ID_A)).toBe(false);
  });
});

describe('the stored content', () => {
  it('keeps the record compressed, far smaller than its JSON, and the text plain (UTF-16)', async () => {
    const record = makeRecord(ID_A);
    record.text.original = TEXT.repeat(20);
    store.saveRecord(record);
    const row = rawConnection(store).prepare('SELECT length(c.record) AS size, c.text_utf16 FROM document_content c JOIN documents d ON d.rowid = c.doc_rowid WHERE d.id = ?').get(ID_A) as { size: number; text_utf16: Buffer };
    expect(row.text_utf16.toString('utf16le')).toBe(TEXT);
    expect(row.size).toBeLessThan(Buffer.byteLength(JSON.stringify(record)) / 4);
    expect(store.getRecord(ID_A)).toEqual(record);
    expect(Object.keys(store.getRecord(ID_A)!.text)).toEqual(Object.keys(record.text));
  });

  it('loses a document\'s content and search row with it, even when deleted by plain SQL', async () => {
    store.saveRecord(makeRecord(ID_A));
    store.saveRecord(makeRecord(ID_B));
    rawConnection(store).prepare('DELETE FROM documents WHERE id = ?').run(ID_A);
    expect((rawConnection(store).prepare('SELECT count(*) AS n FROM document_content').get() as { n: number }).n).toBe(1);
    expect(rowCounts(store, ID_A).search_index).toBe(0);
    expect(rowCounts(store, ID_B).search_index).toBe(1);
    const rowid = (rawConnection(store).prepare('SELECT rowid AS rowid FROM documents WHERE id = ?').get(ID_B) as { rowid: number }).rowid;
    expect(rawConnection(store).prepare('SELECT rowid FROM search_head').all()).toEqual([{ rowid }]);
  });
});

describe('VACUUM', () => {
  it('keeps the rowids that content and search rows are keyed by', async () => {
    store.saveRecord(makeRecord(ID_A));
    store.saveRecord(makeRecord(ID_B));
    store.deleteDocument(ID_A); // a gap VACUUM would close if the rowid were implicit
    rawConnection(store).exec('VACUUM');
    expect(store.getRecord(ID_B)).toEqual(makeRecord(ID_B));
    const rowid = (rawConnection(store).prepare('SELECT rowid AS rowid FROM documents WHERE id = ?').get(ID_B) as { rowid: number }).rowid;
    expect(rawConnection(store).prepare('SELECT doc_id FROM search_index WHERE rowid = ?').all(rowid)).toEqual([{ doc_id: ID_B }]);
  });
});

describe('saveRecords (bulk load)', () => {
  it('writes each record whole or not at all, reporting the ones that failed', async () => {
    const broken = makeRecord(ID_B, { taskCount: 2 });
    (broken.tasks[1] as { content: unknown }).content = null;
    const outcomes = store.saveRecords([makeRecord(ID_A), broken, makeRecord(ID_B2)]);
    expect(outcomes.map((o) => [o.id, o.error === null])).toEqual([[ID_A, true], [ID_B, false], [ID_B2, true]]);
    expect(outcomes[1]!.error).toBeInstanceOf(StoreError);
    expect(store.count()).toBe(2);
    expect(rowCounts(store, ID_B)).toEqual({ documents: 0, doc_references: 0, movements: 0, tasks: 0, diagnostics: 0, search_index: 0 });
    expect(rowCounts(store, ID_B2)).toMatchObject({ documents: 1, tasks: 2, search_index: 1 });
  });
});

describe('the search index', () => {
  it('holds one row per document of folded columns, the text 1:1 with text.normalized', async () => {
    const record = makeRecord(ID_A);
    const columns = buildSearchDocument(record);
    expect(columns.text).toBe(foldVietnamese(TEXT));
    expect(columns.text).toHaveLength(TEXT.length);
    expect(columns.title).toBe('cong tac thi dua, khen thuong nam 2024');
    expect(columns.movements.split('\n\n')).toEqual(['nguoi tot viec tot', 'sang kien sang tao ha noi'].map((k) => expect.stringMatching(new RegExp(`^${k.replace(/ /g, ',? ')}$`))));
    expect(columns.tasks).toContain('nhiem vu so 2: to chuc phat dong thi dua');
    store.saveRecord(record);
    const rowid = (rawConnection(store).prepare('SELECT rowid AS rowid FROM documents WHERE id = ?').get(ID_A) as { rowid: number }).rowid;
    expect(rawConnection(store).prepare('SELECT rowid, doc_id FROM search_index').all()).toEqual([{ rowid, doc_id: ID_A }]);
  });

  it.each([
    TEXT,
    'ĐỨC GIANG đức giang Ðức',
    'Ａ Ⅱ “quoted” – … • İstanbul ß ﬁ 😀 e\u0301',
    '',
  ])('folds %j exactly as foldVietnamese, from a string or from UTF-16 bytes (migration 40)', (text) => {
    expect(foldText(text)).toBe(foldVietnamese(text));
    const bytes = Buffer.from(text, 'utf16le');
    expect(foldUtf16(bytes)).toBe(foldVietnamese(text));
    expect(bytes.toString('utf16le')).toBe(text);
  });

  it.each([
    ['an toan, thuc pham', 'an toan, thuc pham'],
    // Latin-1 keeps its byte; beyond it, a letter, digit or mark becomes ª and anything else a no-break space.
    ['große ×', 'große ×'],
    ['москва', 'ªªªªªª'],
    ['≡a – “b” ⁴', '\u00a0a \u00a0 \u00a0b\u00a0 ª'],
  ])('stores the fold of %j one byte a unit', (folded, bytes) => {
    const stored = foldedBytes(folded);
    expect(stored).toHaveLength(folded.length);
    expect(stored.toString('latin1')).toBe(bytes);
  });

  it('stores the fold beside the text, offset for offset', async () => {
    const record = makeRecord(ID_A);
    store.saveRecord(record);
    const row = rawConnection(store).prepare('SELECT text_utf16, text_folded FROM document_content').get() as { text_utf16: Buffer; text_folded: Buffer };
    expect(row.text_folded.toString('latin1')).toBe(foldedBytes(foldVietnamese(TEXT)).toString('latin1'));
    expect(row.text_folded.length * 2).toBe(row.text_utf16.length);
  });

  it('outlines where sections, movements and tasks sit in the text', async () => {
    const record = makeRecord(ID_A);
    const outline = buildSearchOutline(record);
    expect(outline.sections).toEqual([
      [at('I. MỤC ĐÍCH').start, 'I. MỤC ĐÍCH, YÊU CẦU'],
      [at('II. NỘI DUNG').start, 'II. NỘI DUNG THỰC HIỆN'],
    ]);
    expect(outline.movements.map(([s, e]) => TEXT.slice(s, e))).toEqual(['Người tốt, việc tốt', 'Sáng kiến, sáng tạo Hà Nội']);
    // These tasks have no span: they are searched by their content.
    expect(outline.tasks).toEqual([]);
    expect(outline.loose).toEqual(record.tasks.map((t) => [t.section, t.content]));
  });

  it("outlines an appendix's rows as loose: their spans are in another source's text", async () => {
    const record = makeRecord(ID_A);
    const withSpan = { ...record.tasks[0]!, span: at('I. MỤC ĐÍCH') };
    const outline = buildSearchOutline({ ...record, tasks: [withSpan, { ...withSpan, sourceId: 'appendix' }] });
    expect(outline.tasks).toEqual([[withSpan.span.start, withSpan.span.end, withSpan.section]]);
    expect(outline.loose).toEqual([[withSpan.section, withSpan.content]]);
  });

  it('finds a document by words typed with or without diacritics', async () => {
    store.saveRecord(makeRecord(ID_A));
    const match = (query: string) =>
      rawConnection(store).prepare('SELECT DISTINCT doc_id FROM search_index WHERE search_index MATCH ?').all(query) as Array<{ doc_id: string }>;
    expect(match('"sang kien sang tao"')).toEqual([{ doc_id: ID_A }]);
    expect(match('"sáng kiến sáng tạo"')).toEqual([{ doc_id: ID_A }]);
    expect(match('"thành phố hà nội"')).toEqual([{ doc_id: ID_A }]);
    expect(match('"doanh nghiep"')).toEqual([]);
  });

  it('forgets the words of a replaced or deleted document', async () => {
    store.saveRecord(makeRecord(ID_A));
    const replacement = makeRecord(ID_A);
    replacement.text.normalized = replacement.text.original = TEXT.replace('Sáng kiến, sáng tạo Hà Nội', 'Dân vận khéo');
    replacement.movements = [];
    replacement.sections = [];
    store.saveRecord(replacement);
    const count = (query: string) =>
      (rawConnection(store).prepare('SELECT count(*) AS n FROM search_index WHERE search_index MATCH ?').get(query) as { n: number }).n;
    expect(count('"sang kien"')).toBe(0);
    expect(count('"dan van kheo"')).toBe(1);
    store.deleteDocument(ID_A);
    expect(count('"dan van kheo"')).toBe(0);
  });

  it('merges the full-text indexes without bringing back deleted words, and keeps storing after', async () => {
    const count = (table: string, query: string) =>
      (rawConnection(store).prepare(`SELECT count(*) AS n FROM ${table} WHERE ${table} MATCH ?`).get(query) as { n: number }).n;
    store.saveRecord(makeRecord(ID_A));
    store.saveRecord(makeRecord(ID_B));
    store.deleteDocument(ID_A);
    store.optimizeSearch();
    expect(count('search_index', '"sang kien"')).toBe(1);
    expect(count('search_head', '"sang kien"')).toBe(1);
    store.saveRecord(makeRecord(ID_B2));
    expect(count('search_index', '"sang kien"')).toBe(2);
    store.deleteDocument(ID_B);
    store.optimizeSearch();
    expect(count('search_index', '"sang kien"')).toBe(1);
    expect(count('search_head', '"sang kien"')).toBe(1);
  });
});

describe('finding and listing', () => {
  beforeEach(() => {
    store.saveRecord(makeRecord(ID_A), new Date('2024-02-01T08:00:00Z'));
    store.saveRecord(makeRecord(ID_B, { number: '12/KH-UBND', level: 'ward', issuer: 'Ủy ban nhân dân phường Tương Mai', date: '2024-01-29' }), new Date('2024-03-01T08:00:00Z'));
    store.saveRecord(makeRecord(ID_B2, { number: null, date: '2023', issuer: 'Ủy ban nhân dân quận Long Biên' }), new Date('2024-04-01T08:00:00Z'));
  });

  it('finds by canonical or folded number, and by id or id prefix', async () => {
    for (const typed of ['05/KH-HĐTĐKT', '05/kh-hdtdkt', '05/KH-HDTDKT', ' 05 /KH-HĐTĐKT ']) {
      expect(store.findByNumber(typed).map((d) => d.id)).toEqual([ID_A]);
    }
    expect(numberKey('05 / KH-HĐTĐKT')).toBe('05/kh-hdtdkt');
    expect(store.resolve(ID_A).map((d) => d.id)).toEqual([ID_A]);
    expect(store.resolve('aaaa').map((d) => d.id)).toEqual([ID_A]);
    expect(store.resolve('bbbb').map((d) => d.id)).toEqual([ID_B, ID_B2]);
    expect(store.resolve('12/KH-UBND').map((d) => d.id)).toEqual([ID_B]);
    expect(store.resolve('99/KH-UBND')).toEqual([]);
  });

  it('lists by date and filters by level, folded issuer, year, document date and ingestion time', async () => {
    const ids = (filters: Parameters<SqliteStore['listDocuments']>[0]) => store.listDocuments(filters).map((d) => d.id);
    expect(ids({})).toEqual([ID_B2, ID_A, ID_B]);
    expect(ids({ level: 'ward' })).toEqual([ID_B]);
    expect(ids({ issuer: 'hoang mai' })).toEqual([ID_A]);
    expect(ids({ issuer: 'Phường TƯƠNG Mai' })).toEqual([ID_B]);
    expect(ids({ year: 2024 })).toEqual([ID_A, ID_B]);
    expect(ids({ dateFrom: '2024-01-20' })).toEqual([ID_B]);
    expect(ids({ since: '2024-02-15' })).toEqual([ID_B2, ID_B]);
    expect(ids({ since: '2024-03-01T08:00:00Z', level: 'ward' })).toEqual([ID_B]);
    const summary = store.listDocuments({ level: 'ward' })[0]!;
    expect(summary).toMatchObject({ number: '12/KH-UBND', issuerLevel: 'ward', year: 2024, taskCount: 2, ingestedAt: '2024-03-01T08:00:00.000Z' });
  });

  it('iterates whole records with the same filters', async () => {
    const records = [...store.iterateRecords({ year: 2024 })];
    expect(records.map((r) => r.id)).toEqual([ID_A, ID_B]);
    expect(records[1]!.document.issuer.level).toBe('ward');
    expect([...store.iterateRecords({ since: '2030-01-01' })]).toEqual([]);
  });
});

describe('the store stage', () => {
  it('stores the record of a processed file, and nothing for a failed one', async () => {
    const sample = resolve(repoRoot, 'corpus/samples/hoang-mai-quan-2024-05-KH-HDTDKT.txt');
    const result = await processFile(sample, { after: [['store', createStoreStage(store)]] });
    expect(result.record).not.toBeNull();
    const stored = store.getRecord(result.sha256)!;
    expect(stored.id).toBe(result.record!.id);
    expect(stored.text.normalized).toBe(result.record!.text.normalized);
    expect(stored.tasks).toEqual(result.record!.tasks);
    expect(readFileSync(sample).length).toBeGreaterThan(0);

    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const failed = await processFile(empty, { after: [['store', createStoreStage(store)]] });
    expect(failed.status).toBe('failure');
    expect(store.count()).toBe(1);
  });

  it('reports a store that cannot be written as STORE_FAILED', async () => {
    const sample = resolve(repoRoot, 'corpus/samples/tuong-mai-phuong-2024-12-KH-UBND.txt');
    const locker = new Database(dbFile);
    const blocked = openStore(dbFile, { busyTimeoutMs: 20 });
    try {
      locker.exec('BEGIN EXCLUSIVE');
      const result = await processFile(sample, { after: [['store', createStoreStage(blocked)]] });
      expect(result.status).toBe('failure');
      expect(result.diagnostics.map((d) => d.code)).toContain('STORE_FAILED');
    } finally {
      locker.exec('ROLLBACK');
      locker.close();
      blocked.close();
    }
    expect(store.count()).toBe(0);
  });
});
