// A CliIO that keeps what a command prints, for running commands in-process.
import { Writable } from 'node:stream';
import type { CliIO } from '../../pipeline/cli/io.js';

export interface MemoryIO extends CliIO {
  out(): string;
  err(): string;
}

export function memoryIO(cwd: string, env: NodeJS.ProcessEnv = {}): MemoryIO {
  const sink = () => {
    const chunks: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        chunks.push(String(chunk));
        done();
      },
    });
    return { stream, text: () => chunks.join('') };
  };
  const stdout = sink();
  const stderr = sink();
  return { stdout: stdout.stream, stderr: stderr.stream, env, cwd, out: stdout.text, err: stderr.text };
}
