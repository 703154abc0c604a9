// What the browser tests share: Debian's chromium driven by playwright-core (nothing is
// downloaded), a store built from the seed plans through the CLI in-process, the real server
// (createApp on @hono/node-server, port 0), and a watch on each page for console errors, CSP
// violations and uncaught exceptions.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openStore, type Store } from '../../corpus/store.js';
import { main } from '../../pipeline/cli/main.js';
import { startServer, type RunningServer } from '../../pipeline/serve/server.js';
import { repoRoot } from '../helpers/cli.js';
import { memoryIO } from '../helpers/memory-io.js';

export const CHROMIUM = '/usr/bin/chromium';
export const SEEDS = resolve(repoRoot, '../shared/seeds');
export const ARTIFACTS = resolve(repoRoot, 'test/browser/artifacts');

/** Why the browser tests cannot run here; null when they can. */
export function skipReason(): string | null {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is not installed (apt-get install chromium)`;
  if (!existsSync(SEEDS)) return `the seed plans are not at ${SEEDS}`;
  return null;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A `kehoach` command run in-process; its exit code and what it printed. */
export async function kehoach(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIO(cwd, { KEHOACH_AUTHOR: 'browser-test' });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

export interface Site {
  dir: string;
  /** The copies of the seed plans the store was built from (tests may add files beside them). */
  seeds: string;
  db: string;
  store: Store;
  server: RunningServer;
  /** The server's address without the trailing slash. */
  base: string;
  token: string;
  close(): Promise<void>;
}

/**
 * Copies the seeds (or what `prepare` writes into the folder instead), ingests them into a new
 * store and serves it.
 */
export async function startSite(prepare: (seeds: string) => Promise<void> | void = (seeds) => cpSync(SEEDS, seeds, { recursive: true })): Promise<Site> {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-browser-'));
  const seeds = join(dir, 'seeds');
  mkdirSync(seeds);
  await prepare(seeds);
  const db = join(dir, 'plans.db');
  const ingest = await kehoach(['ingest', seeds, '--db', db], dir);
  if (ingest.code !== 0) throw new Error(`ingest failed: ${ingest.err}`);
  const store = openStore(db);
  const token = 'browser-test-token-0123456789';
  const server = await startServer({ store, settings: { host: '127.0.0.1', port: 0, token, author: 'reviewer', maxBodyBytes: 0 } });
  return {
    dir,
    seeds,
    db,
    store,
    server,
    base: server.url.replace(/\/$/, ''),
    token,
    close: async () => {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What went wrong on a page while a test used it: console errors (CSP violations among them) and exceptions. */
export async function watchPage(page: Page): Promise<{ problems: string[] }> {
  const problems: string[] = [];
  // Every CSP violation as the document sees it, whether or not the browser also logs it.
  await page.addInitScript({
    content: "document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));",
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || (message.type() === 'warning' && /Content Security Policy|Refused to/i.test(message.text()))) {
      problems.push(`${message.type()}: ${message.text()} (${page.url()})`);
    }
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message} (${page.url()})`));
  return { problems };
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });
}
