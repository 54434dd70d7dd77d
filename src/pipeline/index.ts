/** The pipeline: stages as data (spec.ts), run here (pipeline.ts) or on worker threads (pool.ts). */
export { Pipeline, type RunResult } from './pipeline.js';
export { buildPipeline, defaultPipeline, defaultSpec, STAGE_NAMES, type PipelineOptions, type PipelineSpec, type StageSpec } from './spec.js';
export { PipelinePool, type PoolOptions } from './pool.js';
