/**
 * Stories: near-duplicate detection and incremental story clustering. What the store and CLI use.
 */
export { StoryClusterer } from './cluster.js';
export { clusterAll, publicationOrder } from './batch.js';
export { parseTime } from './time.js';
export type { ClustererJSON } from './codec.js';
export type { Assignment, ClusterEntity, ClusterInput, ClustererOptions, StoryMember, StorySummary } from './types.js';
export { DuplicateIndex, DEFAULT_DEDUP_PARAMS, type DedupParams, type DedupInput, type DedupResult } from './dedup.js';
export { DEFAULT_CLUSTER_PARAMS, clusterParams, type ClusterParams } from './params.js';
export { STATE_PARTS, type ClustererDelta, type ClustererRows, type StatePart, type StateRow } from './rows.js';
