/**
 * The Store contract and the ranking contract against a real PostgreSQL (test/store/postgres-server.ts),
 * each test in a schema of its own; skipped, with a message, where PostgreSQL is not installed.
 */
import { test } from 'node:test';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { storeContract } from './contract/index.js';
import { bm25Contract } from './bm25-contract.js';
import { postgresServer } from './postgres-server.js';

const server = await postgresServer();
if (server) {
  let n = 0;
  storeContract('postgres store', async () => PostgresStore.open(server.url, { schema: `store_${n++}` }));
  bm25Contract('postgres store', async () => PostgresStore.open(server.url, { schema: `bm25_${n++}` }));
} else {
  test('postgres store › the contract suite (SKIPPED: PostgreSQL is not installed)', { skip: 'PostgreSQL is not installed: apt-get install postgresql' }, () => {});
}
