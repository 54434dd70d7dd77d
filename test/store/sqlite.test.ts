import { after } from 'node:test';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { tempDir } from '../helpers.js';
import { storeContract } from './contract/index.js';

const tmp = tempDir();
after(tmp.cleanup);
let n = 0;
storeContract('sqlite store', async () => SqliteStore.open(join(tmp.dir, `store-${n++}.db`)));
