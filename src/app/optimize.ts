/**
 * `optimize`: search made faster on what is stored, no result changed (the store's own work:
 * PostgreSQL's posting blocks, SQLite's full-text merge; `Store.optimize`). `ingest` and the
 * queue's place jobs run the `auto` form after placement.
 */
import type { OptimizeOptions, OptimizeResult, Store } from '../store/store.js';

export function optimizeSearch(store: Store, options: OptimizeOptions = {}): Promise<OptimizeResult> {
  return store.optimize(options);
}
