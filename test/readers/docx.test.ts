import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inflateChecked, inspectZip } from '../../pipeline/readers/zip-guard.js';
import { buildDocx } from '../fixtures/docx.js';
import { generateFixtures, type GeneratedFixtures } from '../fixtures/generate.js';
import { planTables } from '../fixtures/plan-blocks.js';
import { readAs, tsvRows } from './helpers.js';

const SEEDS = ['000_e33a46f756994b3d.txt', '002_11193dad341833c5.txt'];
const seedPath = (f: string) => resolve(import.meta.dirname, '../../../shared/seeds', f);
let dir: string;
const made: GeneratedFixtures[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-docx-'));
  for (const [i, f] of SEEDS.entries()) made.push(await generateFixtures(await readFile(seedPath(f), 'utf8'), dir, `seed${i}`, { pdf: false }));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('DOCX reader on generated plans', () => {
  it.each(SEEDS.map((s, i) => [s, i]))('%s: task tables come back as the source rows, as tables and as TSV', async (_s, i) => {
    const m = made[i as number]!;
    const { read, codes } = await readAs(m.docx, await readFile(m.docx));
    expect(codes).toEqual([]);
    expect(read?.format).toBe('docx');
    const expected = planTables(m.source);
    expect(expected.length).toBeGreaterThan(0);
    expect(read?.tables?.map((t) => t.rows)).toEqual(expected);
    expect(tsvRows(read!.text)).toEqual(expected.flat());
  });

  it.each(SEEDS.map((s, i) => [s, i]))('%s: paragraphs come back in order', async (_s, i) => {
    const m = made[i as number]!;
    const { read } = await readAs(m.docx, await readFile(m.docx));
    const paragraphs = (t: string) => t.split('\n').map((l) => l.trim()).filter((l) => l && !l.includes('\t'));
    expect(paragraphs(read!.text)).toEqual(paragraphs(m.source));
  });

  it.each(SEEDS.map((s, i) => [s, i]))('%s: the TCVN3 (.VnTime/.VnTimeH) DOCX reads as the Unicode one', async (_s, i) => {
    const m = made[i as number]!;
    const unicode = await readAs(m.docx, await readFile(m.docx));
    const legacy = await readAs(m.tcvn3Docx, await readFile(m.tcvn3Docx));
    expect(legacy.codes).toEqual(['LEGACY_ENCODING']);
    expect(legacy.read?.encoding).toBe('tcvn3');
    expect(legacy.read?.text).toBe(unicode.read?.text);
    expect(legacy.read?.tables).toEqual(unicode.read?.tables);
  });

  it('converts VNI-Times runs and leaves Unicode runs of the same document alone', async () => {
    const text = 'Kế hoạch thi đua năm 2024\tcủa Ủy ban nhân dân\nTT\tNội dung\tĐơn vị\n1.\tTổng kết phong trào\tPhòng Nội vụ';
    const vni = await readAs('vni.docx', await buildDocx(text, { encoding: 'vni' }));
    const unicode = await readAs('u.docx', await buildDocx(text));
    expect(vni.read?.encoding).toBe('vni');
    expect(vni.codes).toEqual(['LEGACY_ENCODING']);
    expect(vni.read?.text).toBe(unicode.read?.text);
    expect(unicode.read?.text).toContain('1.\tTổng kết phong trào\tPhòng Nội vụ');
  });
});

// --- bad input -------------------------------------------------------------------------------

async function zipWith(files: Record<string, string | Uint8Array>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Rewrite the uncompressed size one entry declares, in its local header and the central directory. */
function declareSize(zip: Buffer, size: number, entry = 'word/document.xml'): Buffer {
  const out = Buffer.from(zip);
  for (let i = 0; i + 46 <= out.length; i++) {
    const sig = out.readUInt32LE(i);
    const local = sig === 0x04034b50;
    if (!local && sig !== 0x02014b50) continue;
    const nameAt = i + (local ? 30 : 46);
    const nameLength = out.readUInt16LE(i + (local ? 26 : 28));
    if (out.toString('utf8', nameAt, nameAt + nameLength) === entry) out.writeUInt32LE(size, i + (local ? 22 : 24));
  }
  return out;
}

const DOCX_SHELL = {
  '[Content_Types].xml':
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  '_rels/.rels':
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
};
const bigXml = () => `<w:document>${'a'.repeat(8 * 1024 * 1024)}</w:document>`;

describe('DOCX bad input: one clear diagnostic each', () => {
  const cases: Array<[string, () => Promise<Uint8Array>, string[]]> = [
    ['empty file', async () => new Uint8Array(0), ['EMPTY_FILE']],
    ['not a zip', async () => Buffer.from([0x13, 0x37, 0x00, 0xff, 0x00, 0x01, 0x02, 0x90].flatMap((b) => Array(64).fill(b))), ['CORRUPT_FILE']],
    ['truncated zip', async () => (await buildDocx('Kế hoạch\nTT\tNội dung\tĐơn vị')).subarray(0, 900), ['CORRUPT_FILE']],
    ['declares a 4 GB entry', async () => declareSize(await zipWith({ ...DOCX_SHELL, 'word/document.xml': '<w:document/>' }), 0xfffffff0), ['ZIP_BOMB']],
    ['8 MB entry compressed ~1000×', async () => zipWith({ ...DOCX_SHELL, 'word/document.xml': bigXml() }), ['ZIP_BOMB']],
    ['entry larger than it declares', async () => declareSize(await zipWith({ ...DOCX_SHELL, 'word/document.xml': bigXml() }), 1000), ['ZIP_BOMB']],
    ['a zip that is not a Word document', async () => zipWith({ 'readme.txt': 'hello', 'data/a.csv': '1,2' }), ['UNSUPPORTED_FORMAT']],
    ['a valid DOCX with no text', async () => buildDocx(''), ['NO_TEXT']],
  ];
  it.each(cases)('%s', async (_name, make, expected) => {
    const { read, codes } = await readAs('plan.docx', await make());
    expect(codes).toEqual(expected);
    expect(read).toBeUndefined();
  });
});

describe('zip-guard', () => {
  it('reads the central directory of a real DOCX and inflates its parts within their sizes', async () => {
    const docx = await buildDocx('Kế hoạch thi đua');
    const check = inspectZip(docx);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.entries.map((e) => e.name)).toContain('word/document.xml');
    const inflated = inflateChecked(docx, check.entries);
    expect(inflated.ok && new TextDecoder().decode(inflated.files.get('word/document.xml'))).toContain('Kế hoạch thi đua');
  });
});
