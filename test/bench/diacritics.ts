// Bench section "diacritics": model load time, restoration speed (syllables/s, one core, after
// loading) on the marked seeds stripped of their marks and on the real OCR seed 001, and RSS.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';
import { stripMarks } from '../eval/diacritics.js';
import { median, printRow, timeRuns, type BenchArgs } from './harness.js';

const SEEDS = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../shared/seeds');

export async function bench(args: BenchArgs): Promise<void> {
  const loads = await timeRuns(args.runs, async () => void loadModel());
  printRow('model load (median ms)', median(loads).toFixed(0));
  const restorer = new Restorer(loadModel());
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  const texts = files.map((f) => {
    const text = readFileSync(resolve(SEEDS, f), 'utf8').normalize('NFC');
    return f.startsWith('001') ? text : stripMarks(text);
  });
  const restoreAll = () => texts.reduce((n, t) => n + restorer.restore(t).restoredSyllables, 0);
  // Warm-up, three passes: the candidate caches fill and the decoder's loops reach the optimising compiler.
  const syllables = restoreAll();
  restoreAll();
  restoreAll();
  // CPU time beside wall time: on a shared machine wall time also counts other processes' turns.
  const cpu: number[] = [];
  const times = await timeRuns(args.runs, async () => {
    const before = process.cpuUsage();
    restoreAll();
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  });
  printRow(`restore ${syllables} syllables (median ms)`, median(times).toFixed(0));
  printRow('syllables/s (median, wall)', Math.round((syllables / median(times)) * 1000).toLocaleString('en'));
  printRow('syllables/s (median, CPU time)', Math.round((syllables / median(cpu)) * 1000).toLocaleString('en'));
  printRow('RSS with model loaded (MB)', (process.memoryUsage().rss / 1048576).toFixed(0));
}
