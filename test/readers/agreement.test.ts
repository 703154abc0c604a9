// The same plan as .txt, .docx and text-layer PDF must give the same header facts and the same
// number of tasks: the readers differ, the record must not. (Needs the header and task
// extractors; written against processFile so it tracks the whole pipeline.)
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processFile } from '../../pipeline/run.js';
import { generateFixtures, type GeneratedFixtures } from '../fixtures/generate.js';

const SEEDS = ['000_e33a46f756994b3d.txt', '002_11193dad341833c5.txt', '003_c48f5550e49a9653.txt'];
let dir: string;
const made: GeneratedFixtures[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kehoach-agree-'));
  for (const [i, f] of SEEDS.entries()) {
    const text = await readFile(resolve(import.meta.dirname, '../../../shared/seeds', f), 'utf8');
    made.push(await generateFixtures(text, dir, `seed${i}`));
  }
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function facts(path: string) {
  const result = await processFile(path);
  const r = result.record;
  return {
    status: result.status === 'failure' ? 'failure' : 'ok',
    number: r?.document.number ?? null,
    date: r?.document.date ?? null,
    issuer: r?.document.issuer.name ?? null,
    tasks: r?.tasks.length ?? 0,
  };
}

describe('the same plan as text, DOCX and text PDF', () => {
  const cases = SEEDS.map((s, i) => [s, i] as const);
  it.each(cases)('%s: DOCX and TCVN3 DOCX agree with the text', async (_seed, i) => {
    const m = made[i]!;
    const txt = await facts(m.txt);
    expect(txt.status).toBe('ok');
    expect(await facts(m.docx)).toEqual(txt);
    expect(await facts(m.tcvn3Docx)).toEqual(txt);
  });

  it.each(cases)('%s: the text-layer PDF agrees with the text', async (_seed, i) => {
    const m = made[i]!;
    expect(await facts(m.textPdf)).toEqual(await facts(m.txt));
  });
});
