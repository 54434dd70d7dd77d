/**
 * Named entities: exact-span F1 for PER, LOC, ORG, with offsets in UTF-16 code units into the input
 * line as given. A predicted entity counts only if its start, end and type all match a gold one.
 */
export interface EntitySpan {
  start: number;
  end: number;
  type: string;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

/** Micro-averaged exact-span F1 over lines; `types` limits which entity types are scored. */
export function scoreEntities(gold: EntitySpan[][], predicted: EntitySpan[][], types = ['PER', 'LOC', 'ORG']): PRF {
  if (gold.length !== predicted.length) throw new Error(`scoreEntities: ${gold.length} gold lines but ${predicted.length} predicted`);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const key = (e: EntitySpan): string => `${e.start}:${e.end}:${e.type}`;
  for (let i = 0; i < gold.length; i++) {
    const g = new Set(gold[i]!.filter((e) => types.includes(e.type)).map(key));
    const p = new Set(predicted[i]!.filter((e) => types.includes(e.type)).map(key));
    for (const k of p) if (g.has(k)) tp++;
    else fp++;
    for (const k of g) if (!p.has(k)) fn++;
  }
  return prf(tp, fp, fn);
}
