/**
 * A publication instant written in UTC (`2020-05-02T02:54:29Z`), put back on the day the page itself
 * gives. A page in New York that publishes at 22:54 on 1 May writes `02:54Z` on 2 May in its meta tags
 * and `May 1` in its URL or date line; its day of publication is 1 May. What the page says, in order:
 *   1. another time it writes in its own zone (`10:00-04:00`): the same instant in that zone;
 *   2. a wall time without a zone that is the same instant in a real zone (`May 1, 2020 10:54 PM` beside
 *      `02:54Z`: -04:00);
 *   3. a time zone its scripts or meta tags declare (`"timezone": {"long": "America/New_York"}`);
 * A day the page writes without a time (the URL's `/2020/05/01/`, a date line `1 May 2020`), when
 * a zone between -12:00 and +14:00 allows it (the UTC day, the day before or the day after), wins over
 * the declared zone (a site's settings may name its reader's zone: `"tz": "Australia/Sydney"` on an
 * American story the page dates 28 October) and stands where the page gives no zone at all.
 * Otherwise the instant stays as written.
 */
import { toEpochMs, type DateValue } from '../../text/dates/index.js';
import type { DomDocument } from './dom.js';

/** A candidate as src/ingest/html/pubdate.ts ranks it (lower is surer). */
interface Ranked {
  value: DateValue;
  rank: number;
}

/** The same instant written in another zone. */
export function inZone(v: DateValue, offset: number): DateValue {
  const d = new Date(toEpochMs(v) + offset * 60_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), offset };
}

/** Zones on Earth: -12:00 (Baker Island) to +14:00 (Line Islands), in quarter hours. */
const isRealOffset = (minutes: number) => minutes >= -720 && minutes <= 840 && minutes % 15 === 0;

/** Minutes of a wall time since the epoch, its zone aside. */
const wallMinutes = (v: DateValue) => Date.UTC(v.year, v.month - 1, v.day, v.hour ?? 0, v.minute ?? 0) / 60_000;

/**
 * `best`, a UTC instant, in the page's own zone or on the page's own day (see the file's comment).
 * `written` are the other candidates; `localRank` the least sure rank whose bare day may stand for
 * the page's day; `zone` a time zone the page declares (see `declaredZone`).
 */
export function onPageDay(best: DateValue, written: readonly Ranked[], localRank: number, zone?: string): DateValue {
  if (best.offset !== 0 || best.hour === undefined) return best;
  const shown = inWrittenZone(best, written);
  if (shown) return shown;
  const declared = zone === undefined ? undefined : offsetIn(zone, toEpochMs(best));
  const converted = declared === undefined ? undefined : inZone(best, declared);
  // the surest day written without a time, when a zone allows it: the same day, the day before (the page
  // is west of UTC, so the UTC time is before noon) or the day after (east, after 10:00)
  const local = written.filter((c) => c.value.hour === undefined && c.rank <= localRank).sort((a, b) => a.rank - b.rank)[0]?.value;
  const days = local ? (dayMs(local) - dayMs(best)) / 86_400_000 : NaN;
  const possible = days === 0 || (days === -1 && best.hour < 12) || (days === 1 && best.hour >= 10);
  if (!local || !possible) return converted ?? best;
  // the day as written wins over a declared zone that would put the instant on another day
  if (converted && dayMs(converted) === dayMs(local)) return converted;
  return days === 0 ? best : { year: local.year, month: local.month, day: local.day };
}

/** The instant in the zone the page writes its other times in, or shows it in (1 and 2 above). */
function inWrittenZone(best: DateValue, written: readonly Ranked[]): DateValue | undefined {
  const own = written.find((c) => c.value.offset !== undefined && c.value.offset !== 0 && c.value.hour !== undefined)?.value.offset;
  if (own !== undefined) return inZone(best, own);
  // the same instant as a wall time without a zone (`10:54 PM` for `02:54Z`): the difference is the zone
  for (const c of written) {
    if (c.value.hour === undefined || c.value.offset !== undefined || c.value.minute !== best.minute) continue;
    const diff = wallMinutes(c.value) - wallMinutes(best);
    if (diff !== 0 && isRealOffset(diff)) return inZone(best, diff);
  }
  return undefined;
}

const dayMs = (v: DateValue) => Date.UTC(v.year, v.month - 1, v.day);

/** The offset of an IANA time zone at an instant, in minutes east of UTC; undefined for a name not known. */
export function offsetIn(zone: string, epochMs: number): number | undefined {
  let name: string | undefined;
  try {
    name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(epochMs).find((p) => p.type === 'timeZoneName')?.value;
  } catch {
    return undefined; // not a zone name
  }
  if (name === 'GMT') return 0;
  const m = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name ?? '');
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : undefined;
}

/**
 * The IANA zone a page declares for itself in its scripts' settings or its meta tags
 * (`"timezone":{"short":"ET","long":"America/New_York"}`, `"timeZone": "Europe/Berlin"`,
 * `<meta name="timezone" content="...">`); undefined when it declares none, or several. `html` is the
 * page as served: the document no longer holds its scripts (src/ingest/html/guard.ts drops them).
 */
export function declaredZone(doc: DomDocument, html?: string): string | undefined {
  const found = new Set<string>();
  if (html && /time_?zone|["']tz["']/i.test(html)) {
    for (const m of html.matchAll(ZONE_SETTING)) {
      found.add(m[1]!.replace(/\\u002f/gi, '/'));
      if (found.size > 1) return undefined;
    }
  }
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const key = (metas[i]!.getAttribute('name') ?? metas[i]!.getAttribute('property') ?? '').toLowerCase();
    const content = metas[i]!.getAttribute('content') ?? '';
    if (/time_?zone$/.test(key) && ZONE_NAME.test(content)) found.add(content);
  }
  if (found.size !== 1) return undefined;
  const [zone] = found;
  return offsetIn(zone!, 0) === undefined ? undefined : zone;
}

/** A zone name of the IANA database, by its area (`America/New_York`, `America/Indiana/Indianapolis`). */
const ZONE_NAME = /^(?:America|Europe|Asia|Africa|Australia|Pacific|Atlantic|Indian|Antarctica)\/[A-Za-z_]+(?:\/[A-Za-z_]+)?$/;

/** A setting named for the time zone whose value (or a value in the object it opens) is a zone name; JSON may write `/` as `\u002F`. */
const ZONE_SETTING = /["']?(?:time_?zone(?:_?(?:name|id|string))?|tz)["']?\s*[:=]\s*(?:\{[^{}]{0,200}?)?["']((?:America|Europe|Asia|Africa|Australia|Pacific|Atlantic|Indian|Antarctica)(?:\/|\\u002[fF])[A-Za-z_]+(?:(?:\/|\\u002[fF])[A-Za-z_]+)?)["']/gi;
