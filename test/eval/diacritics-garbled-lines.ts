// `node --import tsx test/eval/diacritics-garbled-lines.ts --part N`: each line of one part of the garbled
// gold with its line state, the OCR, our output and the gold, for looking at a tuning part only.
import { loadModel } from '../../normalizers/diacritics/lm.js';
import { Restorer } from '../../normalizers/diacritics/restorer.js';
import { HELD_OUT_PARTS, garbledGroups } from './diacritics-real.js';

const partArg = process.argv.indexOf('--part');
const part = partArg > 0 ? Number(process.argv[partArg + 1]) : 7;
const restorer = new Restorer(loadModel());
if (HELD_OUT_PARTS.has(part)) throw new Error(`part ${part} is held out: only its aggregate score is read`);
for (const group of garbledGroups().filter((g) => g.part === part)) {
  const states = restorer.lineStates(group.ocr);
  const out = restorer.restore(group.ocr.join('\n')).text.split('\n');
  group.ocr.forEach((ocr, i) => {
    process.stdout.write(`[${states[i]}] ${ocr}\n   ours: ${out[i]}\n   gold: ${group.gold[i]}\n`);
  });
}
