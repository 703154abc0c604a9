// The app on a real socket (@hono/node-server): started on the settings' host and port, the
// port the system chose when asked for 0, and a close that waits for the socket to be released.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import type { ServeDeps } from './deps.js';

export interface RunningServer {
  /** The address to open: http://HOST:PORT/ (IPv6 in brackets). */
  url: string;
  port: number;
  close(): Promise<void>;
}

export function startServer(deps: ServeDeps): Promise<RunningServer> {
  const app = createApp(deps);
  return new Promise((started, failed) => {
    const server = serve({ fetch: app.fetch, hostname: deps.settings.host, port: deps.settings.port }, (info: AddressInfo) => {
      server.off('error', failed);
      const host = info.family === 'IPv6' || deps.settings.host.includes(':') ? `[${deps.settings.host.replace(/^\[|\]$/g, '')}]` : deps.settings.host;
      started({
        url: `http://${host}:${info.port}/`,
        port: info.port,
        close: () =>
          new Promise<void>((closed) => {
            server.close(() => closed());
            // Keep-alive connections would hold close() open until they time out.
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', failed);
  });
}
