// Search: the query sanitiser (table-driven hostile input), diacritic/case/đ-insensitive
// matching, ranking, snippets whose offsets point into text.normalized, filters, and the seeds
// ingested through the real pipeline.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSearchQuery, rankingTiers, spellingVariants } from '../../corpus/query.js';
import { markSnippet, searchStore } from '../../corpus/search.js';
import { openStore, type SqliteStore } from '../../corpus/store.js';
import { rawConnection } from '../../corpus/store/sqlite-store.js';
import { foldVietnamese } from '../../normalizers/fold.js';
import { processFile } from '../../pipeline/run.js';
import { buildPlan } from './records.js';
import { main } from '../../pipeline/cli/main.js';
import type { CliIO } from '../../pipeline/cli/io.js';

const repoRoot = resolve(import.meta.dirname, '../..');

const HOSTILE = [
  '"',
  'AND',
  'OR',
  'NOT x',
  'NEAR(a b)',
  'NEAR("an toàn" "thực phẩm", 5)',
  '*',
  'an*',
  '(',
  ')',
  'a" OR "b',
  '"unbalanced phrase',
  'body:x',
  'doc_id:1',
  '{body}: x',
  '^x',
  '-x',
  '+x',
  "'; DROP TABLE documents; --",
  '\u0000\u0001\u0002',
  '“An toàn thực phẩm',
  'Đ'.repeat(10_000),
  'an toàn '.repeat(2_000),
  ':',
  '""',
  '"" AND ""',
];

describe('spellingVariants', () => {
  it.each([
    ['si', ['si', 'sy']],
    ['ky', ['ky', 'ki']],
    ['quy', ['quy', 'qui']],
    ['tay', ['tay']],
    ['y', ['y']],
    ['thi', ['thi']],
    ['li', ['li', 'ly']],
    ['dua', ['dua']],
  ])('%s → %j', async (word, variants) => {
    expect(spellingVariants(word)).toEqual(variants);
  });
});

describe('parseSearchQuery', () => {
  it.each(HOSTILE)('%j becomes quoted terms only', async (input) => {
    const q = parseSearchQuery(input);
    if (q.match === null) return expect(q.terms).toEqual([]);
    // Every term is a double-quoted run of folded letters/digits and spaces, joined by AND/OR.
    expect(q.match).toMatch(/^("[\p{Ll}\p{N} ]+"|\(|\)| AND | OR )+$/u);
  });

  it.each([
    ['An toàn thực phẩm', ['an', 'toan', 'thuc', 'pham']],
    ['AN TOÀN THỰC PHẨM', ['an', 'toan', 'thuc', 'pham']],
    ['an toan thuc pham', ['an', 'toan', 'thuc', 'pham']],
    ['Đức Giang', ['duc', 'giang']],
    ['hoà hòa', ['hoa']],
    ['"người tốt, việc tốt" khen', ['nguoi tot viec tot', 'khen']],
    ['05/KH-HĐTĐKT', ['05 kh hdtdkt']],
    ['a" OR "b', ['a', 'or', 'b']],
    ['  \t ', []],
    ['*** ((', []],
  ])('%j → %j', async (input, terms) => {
    expect(parseSearchQuery(input).terms.map((t) => t.words.join(' '))).toEqual(terms);
  });

  it('ranks by tiers: the words together in the title or movements, all there, together anywhere, anywhere', async () => {
    const tiers = rankingTiers(parseSearchQuery('an toàn "thực phẩm"').terms);
    expect(tiers).toEqual([
      { match: '"an toan thuc pham"', head: true, score: 4 },
      { match: '"an" AND "toan" AND "thuc pham"', head: true, score: 3 },
      { match: '"an toan thuc pham"', head: false, score: 2 },
      { match: '"an" AND "toan" AND "thuc pham"', head: false, score: 1 },
    ]);
    expect(rankingTiers(parseSearchQuery('khen').terms).map((t) => [t.head, t.score])).toEqual([[true, 4], [false, 2]]);
    expect(rankingTiers([])).toEqual([]);
  });

  it('folds NFD input like NFC', async () => {
    expect(parseSearchQuery('Thực phẩm'.normalize('NFD')).terms).toEqual(parseSearchQuery('Thực phẩm').terms);
  });

  it('caps the number of terms and says how many were dropped', async () => {
    const q = parseSearchQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '));
    expect(q.terms).toHaveLength(24);
    expect(q.dropped).toBe(16);
  });
});

describe('searchStore on hand-built plans', () => {
  let store: SqliteStore;
  const foodDistrict = buildPlan({
    name: 'food-district',
    number: '05/KH-HĐTĐKT',
    date: '2024-01-19',
    issuer: 'Hội đồng Thi đua - Khen thưởng quận Hoàng Mai',
    level: 'district',
    locality: 'Hoàng Mai',
    title: 'Kế hoạch thi đua “An toàn thực phẩm” năm 2024',
    body: ['I. MỤC ĐÍCH\n\nĐẩy mạnh tuyên truyền về an toàn thực phẩm tại các chợ đầu mối.'],
    movements: [{ name: 'An toàn thực phẩm' }],
  });
  const foodWard = buildPlan({
    name: 'food-ward',
    number: '12/KH-UBND',
    date: '2023-02-01',
    issuer: 'Ủy ban nhân dân phường Đức Giang',
    level: 'ward',
    locality: 'Đức Giang',
    title: 'Công tác thi đua năm 2023',
    body: ['Phối hợp kiểm tra bếp ăn tập thể; an toàn lao động và thực phẩm sạch.'],
    tasks: [{ content: 'Kiểm tra an toàn thực phẩm tại trường học', lead: ['Trạm Y tế'] }],
  });
  const other = buildPlan({
    name: 'other',
    number: '03/KH-HĐTĐKT',
    date: '2024-01-10',
    issuer: 'Hội đồng Thi đua - Khen thưởng quận Long Biên',
    level: 'district',
    locality: 'Long Biên',
    title: 'Kiểm tra công tác thi đua',
    body: ['Đoàn kiểm tra làm việc với các phường.'],
  });

  beforeAll(async () => {
    store = openStore(':memory:');
    for (const r of [foodDistrict, foodWard, other]) store.saveRecord(r);
  });
  afterAll(() => store.close());

  const ids = async (query: string, options = {}) => (await searchStore(store, query, options)).hits.map((h) => h.id);

  it('finds the same plans with and without diacritics, in any case, with đ or d', async () => {
    const expected = (await ids('An toàn thực phẩm'));
    expect(expected).toEqual(expect.arrayContaining([foodDistrict.id, foodWard.id]));
    expect(expected).not.toContain(other.id);
    expect((await ids('an toan thuc pham'))).toEqual(expected);
    expect((await ids('AN TOÀN THỰC PHẨM'))).toEqual(expected);
    expect((await ids('Duc Giang'))).toEqual((await ids('ĐỨC GIANG')));
    expect((await ids('duc giang'))).toEqual([foodWard.id]);
  });

  it('ranks a match in the title and movements above one in the running text', async () => {
    expect((await ids('an toàn thực phẩm'))[0]).toBe(foodDistrict.id);
    const scores = Object.fromEntries((await searchStore(store, 'an toàn thực phẩm')).hits.map((h) => [h.id, h.score]));
    // The district has the words together in its title; the ward only in a task.
    expect(scores).toEqual({ [foodDistrict.id]: 4, [foodWard.id]: 2 });
    // "an toàn … thực phẩm": all words in the ward's text, never together in its title.
    expect((await searchStore(store, 'an toàn lao động')).hits.map((h) => [h.id, h.score])).toEqual([[foodWard.id, 2]]);
    expect((await searchStore(store, 'thực phẩm lao động')).hits.map((h) => [h.id, h.score])).toEqual([[foodWard.id, 1]]);
  });

  it('--rank bm25 finds the same plans, ordered by weighted bm25 (title and movements count most)', async () => {
    const hits = (await searchStore(store, 'an toan thuc pham', { rank: 'bm25' })).hits;
    expect(hits.map((h) => h.id).sort()).toEqual((await ids('an toàn thực phẩm')).sort());
    expect(hits[0]!.id).toBe(foodDistrict.id);
    // Scores are the negated bm25: positive, best first, and snippets still point at the match.
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    expect(hits[0]!.snippets.length).toBeGreaterThan(0);
  });

  it('--rank bm25 scores a plan the same with or without a movement filter it passes', async () => {
    const all = (await searchStore(store, 'an toàn thực phẩm', { rank: 'bm25' })).hits;
    const filtered = (await searchStore(store, 'an toàn thực phẩm', { rank: 'bm25', movement: 'an toan thuc pham' })).hits;
    expect(filtered.map((h) => h.id)).toEqual([foodDistrict.id]);
    expect(filtered[0]!.score).toBe(all.find((h) => h.id === foodDistrict.id)!.score);
  });

  it('finds and highlights the query in a row stored without its one-byte fold', async () => {
    const local = openStore(':memory:');
    try {
      local.saveRecord(foodDistrict);
      rawConnection(local).prepare("UPDATE document_content SET text_folded = x''").run();
      const snippet = (await searchStore(local, 'tuyen truyen')).hits[0]!.snippets[0]!;
      expect(snippet.highlights.map((h) => snippet.text.slice(h.start, h.end))).toEqual(['tuyên truyền']);
    } finally {
      local.close();
    }
  });

  it('a quoted phrase needs its words together', async () => {
    // The ward's running text has the words apart ("an toàn lao động và thực phẩm"); its task has the phrase.
    const hits = (await searchStore(store, '"toàn thực phẩm"')).hits;
    const ward = hits.find((h) => h.id === foodWard.id)!;
    expect(ward.snippets.length).toBeGreaterThan(0);
    for (const s of ward.snippets) {
      for (const h of s.highlights) expect(foldVietnamese(s.text.slice(h.start, h.end))).toBe('toan thuc pham');
    }
  });

  it('cuts snippets from the normalised text, with highlights and offsets that point at the match', async () => {
    const hit = (await searchStore(store, 'an toan thuc pham')).hits.find((h) => h.id === foodDistrict.id)!;
    expect(hit.snippets.length).toBeGreaterThan(0);
    for (const s of hit.snippets) {
      expect(s.highlights.length).toBeGreaterThan(0);
      for (const h of s.highlights) expect(foldVietnamese(s.text.slice(h.start, h.end))).toMatch(/an|toan|thuc|pham/);
      for (const m of s.matches) expect(foldVietnamese(foodDistrict.text.normalized.slice(m.start, m.end))).toMatch(/^(an|toan|thuc|pham|an toan thuc pham)$/);
    }
    const text = hit.snippets.find((s) => s.part === 'text')!;
    expect(markSnippet(text)).toContain('«an toàn thực phẩm»');
    expect(text.section).toBe(null);
    const title = hit.snippets.find((s) => s.part === 'title');
    expect(title?.text).toContain('An toàn thực phẩm');
  });

  it('filters by level, issuer, year, type and movement', async () => {
    expect((await ids('thi đua', { level: 'ward' }))).toEqual([foodWard.id]);
    expect((await ids('thi đua', { issuer: 'long bien' }))).toEqual([other.id]);
    expect((await ids('thi đua', { year: 2023 }))).toEqual([foodWard.id]);
    expect((await ids('thi đua', { type: 'QĐ' }))).toEqual([]);
    expect((await ids('thi đua', { movement: 'an toan thuc pham' }))).toEqual([foodDistrict.id]);
  });

  it.each([
    // The words of a movement name, in order, folded; other words of the name may stand around them.
    [{ movement: 'AN TOÀN' }, ['foodDistrict']],
    [{ movement: 'thực phẩm' }, ['foodDistrict']],
    [{ movement: 'thuc pham an toan' }, []],
    [{ movement: 'an toan lao dong' }, []],
    // No word to look for: the plans that carry a movement.
    [{ movement: '“ ”' }, ['foodDistrict']],
    // Query syntax in a filter is words too.
    [{ movement: '"an toan' }, ['foodDistrict']],
    [{ movement: 'an OR toan' }, []],
    [{ movement: 'NEAR(an toan)' }, []],
    [{ movement: 'movements:an toan' }, []],
    [{ type: 'kh' }, ['foodDistrict', 'foodWard', 'other']],
    [{ type: 'QĐ', year: 2024 }, []],
    [{ type: 'KH', level: 'ward' as const }, ['foodWard']],
  ])('filter %j lets through %j', async (filters, expected) => {
    const names: Record<string, string> = { [foodDistrict.id]: 'foodDistrict', [foodWard.id]: 'foodWard', [other.id]: 'other' };
    expect((await ids('thi đua', filters)).map((id) => names[id]).sort()).toEqual(expected);
  });

  it.each(HOSTILE)('hostile query %j never raises', async (input) => {
    await expect(searchStore(store, input)).resolves.toHaveProperty('hits');
  });

  it('reports the section a match sits in, and a task\'s own section', async () => {
    const plan = buildPlan({
      name: 'sections',
      title: 'Kế hoạch công tác năm 2024',
      body: ['I. MỤC ĐÍCH', 'Tuyên truyền về hội thi cắm hoa.', 'II. NỘI DUNG', 'Tổ chức hội thi cắm hoa cấp phường.'],
      tasks: [{ content: 'Tổng kết hội thi cắm hoa', section: 'QUÝ IV' }],
    });
    const text = plan.text.normalized;
    const section = (number: string, heading: string) => {
      const start = text.indexOf(`${number} ${heading}`);
      return { number, heading, level: 1, span: { start, end: start + number.length + 1 + heading.length } };
    };
    plan.sections = [section('I.', 'MỤC ĐÍCH'), section('II.', 'NỘI DUNG')];
    const local = openStore(':memory:');
    try {
      local.saveRecord(plan);
      const hit = (await searchStore(local, 'hoi thi cam hoa', { snippets: 5 })).hits[0]!;
      const paragraph = (needle: string) => {
        const at = text.indexOf(needle);
        const end = text.indexOf('\n', at);
        return [at, end < 0 ? text.length : end] as const;
      };
      const cases: Array<[string, string, string]> = [
        ['Tuyên truyền', 'text', 'I. MỤC ĐÍCH'],
        ['Tổ chức', 'text', 'II. NỘI DUNG'],
        ['Tổng kết', 'task', 'QUÝ IV'],
      ];
      expect(hit.chunks).toBe(3);
      expect(hit.snippets).toHaveLength(3);
      for (const [needle, part, section] of cases) {
        const [from, to] = paragraph(needle);
        const snippet = hit.snippets.find((s) => s.part === part && s.section === section);
        expect(snippet, `${part} ${section}`).toBeDefined();
        expect(snippet!.matches.some((m) => m.start >= from && m.end <= to)).toBe(true);
      }
      for (const s of hit.snippets) {
        for (const m of s.matches) expect(foldVietnamese(text.slice(m.start, m.end))).toBe('hoi thi cam hoa');
        expect(s.highlights).toHaveLength(s.matches.length);
      }
    } finally {
      local.close();
    }
  });

  it('does not take a word inside a longer word for a match', async () => {
    // "an" is searched; "toàn", "an toàn" contain it only as a whole word once per phrase.
    const hit = (await searchStore(store, 'an')).hits.find((h) => h.id === foodWard.id)!;
    for (const s of hit.snippets) for (const h of s.highlights) expect(foldVietnamese(s.text.slice(h.start, h.end))).toBe('an');
  });

  it('finds a syllable spelt with i or y either way (sĩ/sỹ, qui/quy), not tai for tay', async () => {
    const local = openStore(':memory:');
    try {
      const soldier = buildPlan({ name: 'sy', title: 'Khen thưởng Chiến sỹ thi đua cơ sở', body: ['Thực hiện đúng quy định.'] });
      const hand = buildPlan({ name: 'tay', title: 'Hội thi bàn tay vàng', body: ['Thi tay nghề.'] });
      for (const r of [soldier, hand]) local.saveRecord(r);
      const found = async (q: string) => (await searchStore(local, q)).hits.map((h) => h.id);
      expect((await found('chiến sĩ thi đua'))).toEqual([soldier.id]);
      expect((await found('"chien si"'))).toEqual([soldier.id]);
      expect((await found('qui định'))).toEqual([soldier.id]);
      expect((await found('tai nghe'))).toEqual([]);
      const snippet = (await searchStore(local, 'chiến sĩ')).hits[0]!.snippets[0]!;
      expect(snippet.highlights.map((h) => snippet.text.slice(h.start, h.end))).toEqual(['Chiến sỹ']);
    } finally {
      local.close();
    }
  });

  it('highlights a query that repeats a word ("người tốt, việc tốt") as one phrase', async () => {
    const local = openStore(':memory:');
    try {
      const plan = buildPlan({ name: 'ntvt', title: 'Kế hoạch khen thưởng', body: ['Đẩy mạnh phong trào “Người tốt, việc tốt” trong nhân dân.'] });
      local.saveRecord(plan);
      expect(parseSearchQuery('nguoi tot viec tot')).toMatchObject({ phrase: ['nguoi', 'tot', 'viec', 'tot'] });
      const snippet = (await searchStore(local, 'nguoi tot viec tot')).hits[0]!.snippets[0]!;
      expect(snippet.highlights.map((h) => snippet.text.slice(h.start, h.end))).toEqual(['Người tốt, việc tốt']);
    } finally {
      local.close();
    }
  });

  it.each([
    // Found in the stored one-byte fold (text_folded): ASCII and Latin-1 words.
    ['đoàn kiểm tra', 'Đoàn kiểm tra'],
    ['strasse', 'Strasse'],
    ['größe', 'Größe'],
    // A word beyond U+00FF cannot be held by that fold: the hit's text is folded at query time.
    ['москва', 'Москва'],
    ['αθήνα', 'Αθήνα'],
  ])('highlights %j in a text that mixes scripts, dashes and quotes', async (query, shown) => {
    const local = openStore(':memory:');
    try {
      const body = `Đoàn kiểm tra – “Москва” — Größe, Αθήνα… Strasse ${'ꙮ'}đoàn${'ꙮ'} xem.`;
      const plan = buildPlan({ name: 'scripts', title: 'Kế hoạch giao lưu', body: [body] });
      local.saveRecord(plan);
      const hit = (await searchStore(local, query)).hits[0]!;
      expect(hit?.id).toBe(plan.id);
      const shownWords = hit.snippets.flatMap((s) => s.highlights.map((h) => s.text.slice(h.start, h.end)));
      // "ꙮđoànꙮ" is one token: "đoàn" inside it is no match.
      expect(shownWords).toEqual([shown]);
      for (const s of hit.snippets) for (const m of s.matches) expect(plan.text.normalized.slice(m.start, m.end)).toBe(shown);
    } finally {
      local.close();
    }
  });

  it('an empty query yields no terms and no hits', async () => {
    expect((await searchStore(store, '   '))).toMatchObject({ terms: [], hits: [] });
  });
});

describe('kehoach search (CLI, in process)', () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kehoach-search-'));
    db = join(dir, 'k.db');
    const store = openStore(db);
    store.saveRecord(buildPlan({ name: 'cli', number: '01/KH-UBND', title: 'An toàn thực phẩm', level: 'ward' }));
    store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = async (...args: string[]) => {
    let stdout = '';
    let stderr = '';
    const io: CliIO = {
      stdout: { write: (s: string) => ((stdout += s), true) } as never,
      stderr: { write: (s: string) => ((stderr += s), true) } as never,
      env: {},
      cwd: dir,
    };
    const code = await main(['search', ...args, '--db', db], io);
    return { code, stdout, stderr };
  };

  it('prints JSON with hits and terms', async () => {
    const r = await run('an toan', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.terms).toEqual(['an', 'toan']);
    expect(out.hits).toHaveLength(1);
  });

  it.each([
    [[''], /expects a query/],
    [['"*"'], /no words to search for/],
    [['x', '--limit', '0'], /--limit/],
    [['x', '--level', 'village'], /--level/],
    [['x', '--year', '21'], /--year/],
    [['x', '--movement', '“ - ”'], /--movement has no words/],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('the seeds through the real pipeline', () => {
  let store: SqliteStore;
  const records: Array<{ id: string; folded: string }> = [];
  beforeAll(async () => {
    store = openStore(':memory:');
    for (const name of ['000_e33a46f756994b3d', '001_fed481ad4cf1acdd', '002_11193dad341833c5', '003_c48f5550e49a9653', '004_642cb17b6a89c38d']) {
      const result = await processFile(resolve(repoRoot, '../shared/seeds', `${name}.txt`));
      if (!result.record) continue;
      store.saveRecord(result.record);
      records.push({ id: result.record.id, folded: foldVietnamese(result.record.text.normalized).replace(/\s+/g, ' ') });
    }
  });
  afterAll(() => store.close());

  const ids = async (q: string) => (await searchStore(store, q, { limit: 50 })).hits.map((h) => h.id).sort();

  it.each([
    ['an toan thuc pham', 'An toàn thực phẩm', 'AN TOÀN THỰC PHẨM'],
    ['nguoi tot viec tot', 'Người tốt, việc tốt', 'NGƯỜI TỐT, VIỆC TỐT'],
    ['hoi dong thi dua khen thuong', 'Hội đồng thi đua khen thưởng', 'HỘI ĐỒNG THI ĐUA KHEN THƯỞNG'],
    ['duc giang', 'Đức Giang', 'ĐỨC GIANG'],
  ])('%s: the same plans however it is written', async (plain, marked, upper) => {
    const expected = (await ids(plain));
    // Every seed whose normalised text holds the phrase is found.
    const holding = records.filter((r) => r.folded.includes(plain)).map((r) => r.id);
    expect(holding.length).toBeGreaterThan(0);
    expect(expected).toEqual(expect.arrayContaining(holding));
    expect((await ids(marked))).toEqual(expected);
    expect((await ids(upper))).toEqual(expected);
  });

  it.each(HOSTILE)('hostile query %j never raises', async (input) => {
    await expect(searchStore(store, input)).resolves.toHaveProperty('hits');
  });
});
