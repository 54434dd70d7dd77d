/** Starting the server on a port (Node's http, through @hono/node-server), and stopping it. */
import { serve, type ServerType } from '@hono/node-server';
import type { Store } from '../app/index.js';
import { createServer, type ServerOptions } from './app.js';

export interface Listening {
  url: string;
  close(): Promise<void>;
}

/** Serves the API and pages over `store` on `host:port` (port 0: any free port). */
export async function listen(store: Store, where: { host: string; port: number }, options: ServerOptions = {}): Promise<Listening> {
  const app = createServer(store, options);
  let server: ServerType | undefined;
  const port = await new Promise<number>((resolve, reject) => {
    server = serve({ fetch: app.fetch, hostname: where.host, port: where.port }, (info) => resolve(info.port));
    server.once('error', reject);
  });
  const host = where.host.includes(':') ? `[${where.host}]` : where.host;
  return {
    url: `http://${host}:${port}`,
    close: () => new Promise<void>((resolve) => {
      server!.close(() => resolve());
      (server as { closeAllConnections?: () => void }).closeAllConnections?.();
    }),
  };
}
