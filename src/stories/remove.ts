/**
 * Removing an article (deleted, or changed and to be placed again): it leaves its story, its
 * evidence leaves the centroids when still held, and its copies get a new original.
 */
import { signatureSimilarity } from './dedup.js';
import type { ClustererParts, StoryMember } from './types.js';

/**
 * Takes an article out of the clusterer; true when it was in a story in memory. What changes is
 * reported by `takeMoves`, as for settling: its story (touched, or emptied and dropped), and its
 * copies, which the earliest of them now copies (`copyOf`). An article of an archived story leaves
 * the archive entry (false). An unknown id changes nothing (false).
 */
export function removeArticle({ pool, settler, splitter, moves }: ClustererParts, id: string): boolean {
  const story = pool.articleStory.get(id);
  if (!story) {
    removeArchived(pool, id, moves);
    return false;
  }
  const member = story.members.find((m) => m.id === id)!;
  // Its evidence, when still held (for splitting, or to be settled): out of the centroids and entity counts.
  const pending = settler.forget(id);
  const evidence = member.placed ?? (pending?.story === story ? pending : undefined);
  if (evidence) pool.takeOut(story, evidence);
  splitter.forget(member);
  pool.leave(story, [member]);
  pool.articleStory.delete(id);
  pool.dedup.remove(id);
  moves.forget(id);
  // Its copies: the earliest becomes the original of the others.
  const copies = story.members.filter((m) => m.copyOf === id);
  const root = copies[0];
  if (root) {
    delete root.copyOf;
    pool.dedup.reroot(root.id, root.id);
    moves.move(root, story, false, 1);
    const signature = pool.dedup.entry(root.id)?.signature;
    for (const c of copies.slice(1)) {
      c.copyOf = root.id;
      pool.dedup.reroot(c.id, root.id);
      const other = pool.dedup.entry(c.id)?.signature;
      moves.move(c, story, false, signature && other ? signatureSimilarity(signature, other) : 1);
    }
  }
  if (story.members.length === 0) {
    pool.drop(story);
    moves.dropped(story.id);
  } else moves.left(story.id);
  return true;
}

/** An article of an archived story leaves its entry (the headline and the copies' original follow; an empty entry is dropped). */
function removeArchived(pool: ClustererParts['pool'], id: string, moves: ClustererParts['moves']): void {
  for (const a of pool.archive.values()) {
    if (!a.articles.some((m) => m.id === id)) continue;
    pool.archiveChanged(a.id);
    const left = a.articles.filter((m) => m.id !== id);
    if (left.length === 0) {
      pool.unarchive(a.id);
      moves.dropped(a.id);
      return;
    }
    const root = left.find((m) => m.copyOf === id);
    a.articles = left.map((m): StoryMember => {
      if (m.copyOf !== id) return m;
      const { copyOf: _old, ...rest } = m;
      const copyOf = m === root ? undefined : root!.id;
      moves.record({ id: m.id, story: a.id, ...(copyOf ? { copyOf } : {}), newStory: false, similarity: 1, dated: m.publishedAt !== undefined });
      return copyOf ? { ...rest, copyOf } : rest;
    });
    if (a.headlineId === id) {
      const h = a.articles.find((m) => m.title.trim() !== '') ?? a.articles[0]!;
      a.headline = h.title;
      a.headlineId = h.id;
    }
    return;
  }
}
