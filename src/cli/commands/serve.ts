import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { openStore } from '../../app/index.js';
import { listen } from '../../server/listen.js';
import type { Command } from '../command.js';
import { int, str } from '../command.js';
import { dbTarget, write } from '../context.js';
import { AppError, EXIT } from '../errors.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export const serveCommand: Command = {
  name: 'serve',
  usage: 'toancanh serve [--db FILE] [--port 8080] [--host 127.0.0.1] [--token-file FILE]',
  help: `Serves the web pages (/, /stories/ID, /articles/ID, /search?q=, /outlets) and the JSON API
(/api/..., described by /api/openapi.json) over the database, until interrupted (Ctrl-C).

Options:
  --port N            port (default 8080; 0 picks a free one)
  --host ADDRESS      address to listen on (default 127.0.0.1: this machine only; 0.0.0.0 for
                      every interface, behind a proxy you trust)
  --token-file FILE   allow writes (POST /api/articles, DELETE /api/articles/ID) with the token in
                      FILE, sent as "Authorization: Bearer TOKEN"; TOANCANH_TOKEN does the same.
                      Without a token, writes are off.
  --db FILE           database (default: $TOANCANH_DB or ./toancanh.db)

Example: npx toancanh demo && npx toancanh serve   # then open http://127.0.0.1:8080`,
  options: { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, 'token-file': { type: 'string' } },
  allowPositionals: false,
  async run(args, ctx) {
    const port = int(args, 'port', 8080);
    if (port > 65535) throw new AppError('E_USAGE', `--port must be at most 65535, got ${port}`);
    const host = str(args, 'host') ?? '127.0.0.1';
    if (host !== 'localhost' && !isIP(host)) throw new AppError('E_USAGE', `--host must be an IP address or localhost, got "${host}"`);
    const tokenFile = str(args, 'token-file');
    let token = ctx.env.TOANCANH_TOKEN?.trim() || undefined;
    if (tokenFile) {
      try {
        token = readFileSync(tokenFile, 'utf8').trim();
      } catch (e) {
        throw new AppError('E_UNREADABLE', `cannot read --token-file ${tokenFile}: ${(e as Error).message}`);
      }
      if (!token) throw new AppError('E_USAGE', `--token-file ${tokenFile} is empty`);
    }
    const store = await openStore(dbTarget(ctx, str(args, 'db')), 'read');
    let server;
    try {
      server = await listen(store, { host, port }, token ? { token } : {});
    } catch (e) {
      await store.close();
      throw new AppError('E_USAGE', `cannot listen on ${host}:${port}: ${(e as Error).message}`);
    }
    write(ctx.stderr, `toancanh: serving ${server.url} (writes ${token ? 'on, with the token' : 'off'})${LOOPBACK.has(host) ? '' : '; listening beyond this machine'}; Ctrl-C stops`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.close();
    await store.close();
    return EXIT.ok;
  },
};
