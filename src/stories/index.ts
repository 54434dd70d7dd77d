/**
 * Stories: near-duplicate detection and incremental story clustering. What the store and CLI use.
 */
export {
  StoryClusterer,
  clusterAll,
  publicationOrder,
  parseTime,
  type Assignment,
  type ClusterInput,
  type ClustererJSON,
  type ClustererOptions,
  type StoryMember,
  type StorySummary,
} from './cluster.js';
export { DuplicateIndex, DEFAULT_DEDUP_PARAMS, type DedupParams, type DedupInput, type DedupResult } from './dedup.js';
export { DEFAULT_CLUSTER_PARAMS, clusterParams, type ClusterParams } from './params.js';
