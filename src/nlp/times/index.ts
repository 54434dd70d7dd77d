/** Vietnamese time expressions resolved to the calendar, and the `times` stage that finds them in articles. */
export { findTimes, type TimeExpression, type TimeOptions } from './find.js';
export type { Granularity } from './grammar.js';
export { timesStage } from './stage.js';
export { firstDay } from './calendar.js';
