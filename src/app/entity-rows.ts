/**
 * An article's entity rows (`ArticleInput.entities`), from the mentions the `entities` stage left on
 * it: each entity once, each form it was written in with its count (the mentions counted). The
 * store keeps them as told (src/store/entity-types.ts).
 *
 * An entity linked to the knowledge base is its KB id (`per:xi-jinping`); an unknown name is keyed
 * by its type and folded form (`PER~nguyen thanh son`), the same in every article, so that it has a
 * stable id in the store; a ROLE mention counts for its holder (a PER), the credit for the entity it
 * names; a ROLE naming nobody is no row.
 */
import type { EntityMention, NewsDoc } from '../doc/news-doc.js';
import type { AliasInput, ArticleEntities, EntityInput } from '../store/store.js';
import { fold } from '../text/fold.js';

const keys = new Map<string, string>();
const KEYS_LIMIT = 50_000;

/** A name as looked up: folded (no case, no marks, đ → d), spaces collapsed. Remembered (news repeats its names). */
export function nameKey(name: string): string {
  let k = keys.get(name);
  if (k === undefined) {
    k = fold(name).replace(/\s+/g, ' ').trim();
    if (keys.size >= KEYS_LIMIT) keys.clear();
    keys.set(name, k);
  }
  return k;
}

/** The entity a mention names, or undefined for a mention that names nobody (a ROLE unresolved). */
export function entityOf(m: EntityMention): EntityInput | undefined {
  if (m.entity) {
    return { id: m.entity.id, type: m.type === 'ROLE' ? 'PER' : m.type, name: m.entity.name, ...(m.entity.en ? { en: m.entity.en } : {}), linked: true, key: nameKey(m.entity.name) };
  }
  if (m.type === 'ROLE') return undefined;
  const key = nameKey(m.text);
  return { id: `${m.type}~${key}`, type: m.type, name: m.text, linked: false, key };
}

/** The id of the entity a mention names (as `entityOf` gives it), without building its row. */
export function entityIdOf(m: EntityMention): string | undefined {
  return m.entity ? m.entity.id : m.type === 'ROLE' ? undefined : `${m.type}~${nameKey(m.text)}`;
}

/** The rows of an article's entities; undefined when the stage did not run on it (no rows kept). */
export function articleEntities(doc: Pick<NewsDoc, 'entities'>): ArticleEntities | undefined {
  if (!doc.entities) return undefined;
  const entities = new Map<string, EntityInput>();
  /** Per entity id, its forms so far (an article names each entity a few times, in a few forms). */
  const forms = new Map<string, Map<string, AliasInput>>();
  const aliases: AliasInput[] = [];
  for (const m of doc.entities) {
    // most mentions name an entity met before in the article: its row is built once
    const id = entityIdOf(m);
    if (id === undefined) continue;
    let byText = forms.get(id);
    if (!byText) {
      entities.set(id, entityOf(m)!);
      forms.set(id, (byText = new Map()));
    }
    const a = byText.get(m.text);
    if (a) a.count++;
    else {
      const alias: AliasInput = { entity: id, text: m.text, key: nameKey(m.text), count: 1 };
      byText.set(m.text, alias);
      aliases.push(alias);
    }
  }
  // entities in id order: concurrent writers of the same new entities take their row locks in one order
  return { entities: [...entities.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), aliases };
}
