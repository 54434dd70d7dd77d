/**
 * The servers' test store: the bundled demo sample (data/demo, stories placed) plus one hostile
 * article whose title and body hold markup, built once per test file; `copy()` gives a private
 * copy of the database for tests that write.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_INPUTS, ingestBody, ingestPaths, openStore, type Store } from '../../src/app/index.js';
import { createServer, type ServerOptions } from '../../src/server/app.js';
import { tempDir } from '../helpers.js';

export const HOSTILE_ID = 'hostile/1';
export const HOSTILE = {
  id: HOSTILE_ID,
  title: 'Tin giả <script>window.__pwned = "title"</script> về Tập Cận Bình',
  body: [
    'Hà Nội hôm nay có mưa <img src=x onerror="window.__pwned = \'body\'"> ở nhiều nơi, theo Trung tâm Dự báo khí tượng thủy văn quốc gia.',
    'Người dân được khuyên <script>document.title = "pwned"</script> hạn chế ra đường vào giờ cao điểm buổi chiều.',
  ].join('\n\n'),
  url: 'javascript:alert(1)',
  source: 'Báo <b>Thử</b>',
  publishedAt: '2021-04-01T08:00:00+07:00',
};

export interface Fixture {
  dir: string;
  db: string;
  /** A private copy of the database, opened; closed and removed by `cleanup`. */
  copy(): Promise<Store>;
  cleanup(): Promise<void>;
}

export async function buildFixture(): Promise<Fixture> {
  const { dir, cleanup } = tempDir();
  const db = join(dir, 'demo.db');
  const store = await openStore(db, 'write');
  await ingestPaths(store, { paths: DEMO_INPUTS });
  await ingestBody(store, { kind: 'records', records: [HOSTILE] });
  await store.close();
  const opened: Store[] = [];
  let n = 0;
  return {
    dir,
    db,
    async copy() {
      const file = join(dir, `copy-${n++}.db`);
      copyFileSync(db, file);
      const s = await openStore(file, 'read');
      opened.push(s);
      return s;
    },
    async cleanup() {
      for (const s of opened) await s.close();
      cleanup();
    },
  };
}

/** A server over a store, for `app.request()`. */
export function server(store: Store, options: ServerOptions = {}) {
  return createServer(store, options);
}
