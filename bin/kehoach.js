#!/usr/bin/env node
// The installed command. The project is TypeScript run through tsx's loader (no build step),
// so `npm ci` is all a fresh clone needs.
import { register } from 'tsx/esm/api';

register();
// `kehoach … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import('../pipeline/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
