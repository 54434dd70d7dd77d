/**
 * A SQLite database whose entity rows were written a row per mention (schema 10: `entity_mentions`
 * beside the aliases) is upgraded by migration 11 to aliases alone, and every entity read answers as
 * before. The old schema is made here from a database ingested now: the mention rows put back as
 * the code before migration 11 wrote them (from the stored documents' mentions), the entity index
 * as it was, the version set back to 10.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { entityOf } from '../../src/app/entity-rows.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { cli, SEEDS, tempDir } from '../helpers.js';

const XI = 'per:xi-jinping';

async function answers(path: string): Promise<unknown> {
  const s = await SqliteStore.open(path);
  try {
    const page = await s.entities({ limit: 1000, offset: 0 });
    const ids = page.entities.map((e) => e.id);
    return {
      page,
      detail: await Promise.all(ids.slice(0, 12).map((id) => s.entity(id, { limit: 20 }))),
      named: await s.entityIdsNamed('tap can binh'),
      like: (await s.entityIdsLike('tap can binhh')).map((x) => `${x.id} ${x.key}`).sort(),
      naming: await s.entityArticles({ entity: XI, limit: 100, offset: 0 }),
    };
  } finally {
    await s.close();
  }
}

test('store › a SQLite database with a row per entity mention (schema 10) answers every entity read as before after migration 11', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'x.db');
    assert.equal((await cli(['ingest', SEEDS, '--db', path, '--quiet'], dir)).code, 0);
    const now = await answers(path);
    assert.ok(((now as { page: { total: number } }).page.total) > 20);
    // back to schema 10
    const s = await SqliteStore.open(path);
    const ids = (await s.entities({ limit: 1000, offset: 0 })).entities.map((e) => e.id);
    assert.ok(ids.includes(XI));
    const stored = [];
    for await (const b of s.dumpArticles()) stored.push(...b.map((d) => d.article));
    await s.close();
    const db = new Database(path);
    db.exec(`CREATE TABLE entity_mentions (article_id TEXT NOT NULL, ord INTEGER NOT NULL, entity_id TEXT NOT NULL, start INTEGER NOT NULL,
        end INTEGER NOT NULL, type TEXT NOT NULL, credit INTEGER NOT NULL, PRIMARY KEY (article_id, ord)) WITHOUT ROWID;
      CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id, article_id);
      DROP INDEX entity_aliases_entity;
      CREATE INDEX entity_aliases_entity ON entity_aliases(entity_id);`);
    const insert = db.prepare('INSERT INTO entity_mentions VALUES (?, ?, ?, ?, ?, ?, ?)');
    let rows = 0;
    for (const a of stored) {
      let ord = 0;
      for (const m of a.doc.entities ?? []) {
        const e = entityOf(m);
        if (e) insert.run(a.id, ord++, e.id, m.start, m.end, m.type, m.in === 'credit' ? 1 : 0), rows++;
      }
    }
    assert.ok(rows > 50, String(rows));
    db.pragma('user_version = 10');
    db.close();
    // migrated on opening: the mention rows gone, the answers the same
    assert.deepEqual(await answers(path), now);
    const after = new Database(path, { readonly: true });
    assert.equal(after.pragma('user_version', { simple: true }), 11);
    assert.equal((after.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'entity_mentions'").get() as { n: number }).n, 0);
    after.close();
  } finally {
    cleanup();
  }
});
