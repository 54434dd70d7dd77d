/**
 * The shape of one evaluation: what data it needs under ../shared/data, and the scores it returns.
 * `npm run eval` runs every registered evaluation whose data is present and says which it skipped.
 */
export interface Evaluation {
  /** Short name, e.g. `segment`, `cluster`, `html-body`. */
  name: string;
  /** What it measures, one line. */
  description: string;
  /** Paths relative to the data directory (../shared/data) that must exist. */
  requires: string[];
  /** Runs the evaluation; `dataDir` is the absolute path of the data directory. */
  run(dataDir: string): Promise<EvalResult>;
}

export interface EvalResult {
  /** Metric name -> value (F1 etc. in 0..1, speeds in their unit named in the key). */
  metrics: Record<string, number>;
  /** Metric name -> the pinned floor it must not fall below (trafilatura's eval gate). */
  floors?: Record<string, number>;
  /** Free text lines printed under the scores (per-corpus breakdown, worst cases). */
  notes?: string[];
}
