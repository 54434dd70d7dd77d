/**
 * The evaluation gate: every pinned floor is checked against the metric of its name. A floor whose
 * metric is missing, or is not a finite number, fails (a renamed or dropped metric must not lose its
 * floor silently); a metric below its floor fails; a metric without a floor is only printed.
 */

export interface FloorFailure {
  metric: string;
  floor: number;
  /** Undefined when the evaluation returned no such metric. */
  value: number | undefined;
  reason: 'below floor' | 'without metric';
}

export interface GateResult {
  failures: FloorFailure[];
  /** What to print: a `FLOOR WITHOUT METRIC: name` line per floor without a usable metric, then every metric. */
  lines: string[];
}

export function checkFloors(metrics: Readonly<Record<string, number>>, floors: Readonly<Record<string, number>> = {}): GateResult {
  const failures: FloorFailure[] = [];
  const lines: string[] = [];
  for (const [metric, floor] of Object.entries(floors)) {
    const value = Object.hasOwn(metrics, metric) ? metrics[metric] : undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      failures.push({ metric, floor, value, reason: 'without metric' });
      lines.push(`FLOOR WITHOUT METRIC: ${metric} (floor ${floor}, ${value === undefined ? 'no such metric' : `value ${value}`})`);
    } else if (!(value >= floor)) {
      failures.push({ metric, floor, value, reason: 'below floor' });
    }
  }
  const failed = new Map(failures.map((f) => [f.metric, f]));
  for (const [metric, value] of Object.entries(metrics)) {
    const floor = Object.hasOwn(floors, metric) ? floors[metric] : undefined;
    const shown = Number.isInteger(value) ? String(value) : typeof value === 'number' ? value.toFixed(4) : String(value);
    const reason = failed.get(metric)?.reason;
    const verdict = floor === undefined ? '' : `   floor ${floor}  ${reason === undefined ? 'ok' : reason === 'below floor' ? 'BELOW FLOOR' : 'NOT A FINITE NUMBER'}`;
    lines.push(`${metric.padEnd(42)} ${shown.padStart(10)}${verdict}`);
  }
  return { failures, lines };
}
