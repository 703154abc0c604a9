// kehoach restore [file|-]: restore diacritics (and repair OCR noise) in plain text, printing the
// result line for line; reads standard input for '-' or no argument.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { getRestorer } from '../../../normalizers/diacritics/index.js';
import { parseOptions } from '../../options.js';
import { PipelineServices } from '../../../output/services.js';
import { UsageError } from '../../../output/errors.js';
import { STATUS_MESSAGES, USAGE_MESSAGES } from '../help.js';
import { EXIT, type Command } from '../io.js';
import { printable, oneLine } from '../printable.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export const run: Command = async ({ values, positionals }, io) => {
  if (positionals.length > 1) throw new UsageError(USAGE_MESSAGES.expectsAtMostOneFile);
  const options = parseOptions({ tones: values.tones });
  const source = positionals[0];
  let text: string;
  if (!source || source === '-') text = await readStdin();
  else {
    try {
      text = await readFile(resolve(io.cwd, source), 'utf8');
    } catch (error) {
      io.stderr.write(`${STATUS_MESSAGES.cannotRead('restore', oneLine(source), oneLine((error as Error).message))}\n`);
      return EXIT.failed;
    }
  }
  const services = new PipelineServices(options);
  try {
    const restorer = await getRestorer({ services });
    const result = restorer.restore(text.normalize('NFC').replace(/\r\n?/g, '\n'), { tones: options.tones });
    io.stdout.write(printable(result.text.endsWith('\n') || result.text === '' ? result.text : `${result.text}\n`));
    if (values.changes) for (const c of result.changes) io.stderr.write(`${c.span.start}-${c.span.end} ${c.kind} ${JSON.stringify(c.original)} → ${JSON.stringify(c.replacement)} ${c.confidence}\n`);
  } finally {
    await services.close();
  }
  return EXIT.ok;
};
