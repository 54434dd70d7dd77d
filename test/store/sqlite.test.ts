import { after } from 'node:test';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { tempDir } from '../helpers.js';
import { storeContract } from './contract/index.js';
import { bm25Contract } from './bm25-contract.js';

const tmp = tempDir();
after(tmp.cleanup);
let n = 0;
storeContract('sqlite store', async () => SqliteStore.open(join(tmp.dir, `store-${n++}.db`)));
bm25Contract('sqlite store', async () => SqliteStore.open(join(tmp.dir, `bm25-${n++}.db`)), {
  statisticsTodo: 'the FTS5 index is contentless: a replaced or deleted entry leaves its terms in the totals BM25 normalises by',
});
