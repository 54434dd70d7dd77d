/**
 * What story placement reads of an article's entities. Apart from the entity rows
 * (src/app/entity-rows.ts) because it needs the shipped knowledge base's kinds, which loads the
 * knowledge base's schema (zod): a command that only reads rows (`search`, `entity`) loads none of it.
 */
import type { NewsDoc } from '../doc/news-doc.js';
import { shippedSubtypes } from '../nlp/ner/kb/index.js';
import type { ClusterEntity } from '../stories/index.js';
import { entityIdOf, entityOf } from './entity-rows.js';

/**
 * Knowledge-base kinds that frame the news rather than act in it: news agencies and media (who
 * reports), the state's standing institutions and parties (`Quốc hội`, `Chính phủ`, `Đảng Cộng sản
 * Việt Nam`). Two stories that both name them are not related for that.
 */
const GENERIC_SUBTYPES = new Set(['agency', 'media', 'institution', 'institution-kind', 'party']);

/**
 * What the story clusterer reads of an article's entities (`ClusterInput.entities`): each entity
 * once, with its mentions in the title and in the rest of the text; a ROLE counts for its holder;
 * the credit (`Theo Yonhap`) is left out (it says who wrote, not what happened); an entity of a
 * generic kind (`GENERIC_SUBTYPES`, in the shipped knowledge base) is flagged. Undefined when the
 * stage did not run on the article: it is then clustered as before entities existed.
 */
export function clusterEntities(doc: Pick<NewsDoc, 'entities' | 'blocks'>): ClusterEntity[] | undefined {
  if (!doc.entities) return undefined;
  const title = (doc.blocks ?? []).find((b) => b.kind === 'title');
  const byId = new Map<string, ClusterEntity>();
  for (const m of doc.entities) {
    if (m.in === 'credit') continue;
    const id = entityIdOf(m);
    if (id === undefined) continue;
    let c = byId.get(id);
    if (!c) {
      const e = entityOf(m)!;
      byId.set(id, (c = { id, type: e.type as ClusterEntity['type'], name: e.name, count: 0 }));
      if (e.linked && GENERIC_SUBTYPES.has(shippedSubtypes().get(e.id) ?? '')) c.generic = true;
    }
    if (title && m.start >= title.start && m.end <= title.end) c.title = (c.title ?? 0) + 1;
    else c.count++;
  }
  return [...byId.values()];
}
