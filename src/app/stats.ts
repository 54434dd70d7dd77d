/** Counts over the store: articles, copies, revisions, languages, dates, outlets, who republishes whom. */
import type { Store, StoreStats } from '../store/store.js';

export async function stats(store: Store): Promise<StoreStats> {
  return store.stats();
}
