import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unicodeToTcvn3, unicodeToVni } from '../../normalizers/legacy/index.js';
import { decodeBytes } from '../../pipeline/readers/text.js';
import { guessUtf16 } from '../../pipeline/readers/utf16.js';
import { encodeUtf16 } from '../fixtures/encodings.js';
import { generateFixtures, type GeneratedFixtures } from '../fixtures/generate.js';
import { readAs } from './helpers.js';

const seed = resolve(import.meta.dirname, '../../../shared/seeds/002_11193dad341833c5.txt');
let dir: string;
let made: GeneratedFixtures;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-text-'));
  made = await generateFixtures(await readFile(seed, 'utf8'), dir, 'plan', { pdf: false });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('text reader on generated encodings', () => {
  it.each([
    ['txt', 'utf-8', []],
    ['utf16Txt', 'utf-16le', []],
    ['utf16NoBomTxt', 'utf-16le', []],
    ['windows1258Txt', 'windows-1258', ['LEGACY_ENCODING']],
    ['vniTxt', 'vni', ['LEGACY_ENCODING']],
  ] as const)('%s reads back the Unicode source as %s', async (key, encoding, codes) => {
    const { read, codes: got } = await readAs(made[key], await readFile(made[key]));
    expect(read?.encoding).toBe(encoding);
    expect(read?.text).toBe(made.source);
    expect(got).toEqual(codes);
  });
});

describe('decodeBytes', () => {
  const text = 'Kế hoạch công tác thi đua, khen thưởng năm 2024 của Ủy ban nhân dân phường';

  it('reads UTF-16 big-endian with and without BOM', () => {
    expect(decodeBytes(encodeUtf16(text, { bigEndian: true }))).toMatchObject({ text, encoding: 'utf-16be' });
    expect(decodeBytes(encodeUtf16(text, { bigEndian: true, bom: false }))).toMatchObject({ text, encoding: 'utf-16be' });
  });

  it('strips a UTF-8 BOM', () => {
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])).text).toBe(text);
  });

  it('converts TCVN3 mojibake saved as UTF-8 (text pasted from a .VnTime document)', () => {
    const decoded = decodeBytes(Buffer.from(unicodeToTcvn3(text.toLowerCase())));
    expect(decoded).toEqual({ text: text.toLowerCase(), encoding: 'tcvn3', converted: true });
  });

  it('reads TCVN3 bytes (an 8-bit file from DOS/Windows 3.1)', () => {
    const decoded = decodeBytes(Buffer.from(unicodeToTcvn3(text.toLowerCase()), 'latin1'));
    expect(decoded.encoding).toBe('tcvn3');
    expect(decoded.text).toBe(text.toLowerCase());
  });

  it('leaves VNI detection off when asked', () => {
    const vni = unicodeToVni(text);
    expect(decodeBytes(Buffer.from(vni), { detectLegacy: false }).text).toBe(vni);
  });

  it('does not take ASCII or Vietnamese UTF-8 for UTF-16', () => {
    expect(guessUtf16(Buffer.from(text))).toBeNull();
    expect(guessUtf16(Buffer.from('plain ascii text'))).toBeNull();
  });
});
