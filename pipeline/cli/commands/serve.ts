// kehoach serve [--db PATH] [--host 127.0.0.1] [--port 8080] [--token T] [--author NAME]: the
// store as web pages and a JSON API (pipeline/serve/). Prints the address on one line of
// standard output (with --port 0, the port chosen); the token, when generated, on standard
// error. SIGINT and SIGTERM close the server and the store.
import { openStore, type Store } from '../../../corpus/store.js';
import { UsageError } from '../../../output/errors.js';
import { DEFAULT_MAX_BODY_BYTES } from '../../serve/app.js';
import { generateToken } from '../../serve/security.js';
import { startServer } from '../../serve/server.js';
import { dbPath } from '../flags.js';
import { STATUS_MESSAGES, USAGE_MESSAGES } from '../help.js';
import { EXIT, type Command } from '../io.js';
import { oneLine } from '../printable.js';
import { authorOf } from './correct.js';

const DEFAULT_HOST = '127.0.0.1';
const DEFAULT_PORT = 8080;

export const run: Command = async ({ values, positionals }, io) => {
  if (positionals.length) throw new UsageError(USAGE_MESSAGES.takesNoArguments);
  const host = values.host?.trim() || DEFAULT_HOST;
  let port = DEFAULT_PORT;
  if (values.port !== undefined) {
    if (!/^\d{1,5}$/.test(values.port) || Number(values.port) > 65535) throw new UsageError(USAGE_MESSAGES.portRange(values.port));
    port = Number(values.port);
  }
  const given = values.token ?? (io.env.KEHOACH_TOKEN?.trim() || undefined);
  if (given !== undefined && given.trim().length < 16) throw new UsageError(USAGE_MESSAGES.tokenTooShort);
  // Every write needs a token, so a server always has one.
  const token = given?.trim() ?? generateToken();
  const store: Store = openStore(dbPath(values.db, io), { mustExist: true });
  try {
    let server;
    try {
      server = await startServer({ store, settings: { host, port, token, author: authorOf(values.author, io), maxBodyBytes: DEFAULT_MAX_BODY_BYTES } });
    } catch (error) {
      // A port in use or an address this machine does not have: the user's to change.
      io.stderr.write(`${STATUS_MESSAGES.cannotListen(`${host}:${port}`, oneLine(error instanceof Error ? error.message : String(error)))}\n`);
      return EXIT.failed;
    }
    io.stdout.write(`${server.url}\n`);
    if (given === undefined) io.stderr.write(`${STATUS_MESSAGES.serveToken(token, server.url)}\n`);
    await stopSignal();
    await server.close();
    io.stderr.write(`${STATUS_MESSAGES.serveStopped}\n`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
};

/** Resolves on the first SIGINT or SIGTERM, and stops listening for either. */
function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((stop) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      stop(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}
