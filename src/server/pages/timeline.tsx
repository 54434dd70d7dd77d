/**
 * A story's timeline (its dated events, `StoryDetail.timeline`, in calendar order): an SVG time
 * axis, each event a dot linked to its sentence in its article, and the same events as an ordered
 * list with their sentences, so that it reads without the picture. No script, no inline style (the
 * CSP allows the one stylesheet only): positions are attributes, in percent of the width so that
 * text keeps its size on a phone; the date labels come in two sets, for wide and narrow screens,
 * one shown by the stylesheet.
 */
import type { StoredEvent, StoryArticle } from '../../app/index.js';
import { articleHref, count, DATETIME, timeAnchor, when } from './format.js';

const DAY_MS = 86_400_000;
/** Dots stacked on one day at most; more are counted in a label. */
const STACK = 8;
const DOT_GAP = 13;
const PAD = 3; // percent of the width, either side
/** Widths (px) the label sets are laid out for: above and below the stylesheet's 40rem break. */
const NOMINAL = { wide: 720, narrow: 340 } as const;
/** Columns at least this far apart (px), so that dots and their counts never overlap. */
const MIN_COLUMN_PX = 14;
/** The widths (px) an SVG may ask for at least (a stylesheet class each), scrolling sideways on a narrower screen. */
const MIN_WIDTHS = [480, 640, 800, 960, 1280] as const;
/** A gap longer than this between two dates is drawn dashed: the axis is compressed there. */
const BREAK_DAYS = 365;

const PRECISE = new Set(['day', 'instant']);
const epochDay = (day: string): number => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
const pct = (x: number): string => `${x.toFixed(2)}%`;

/** A short label for a date on the axis, from the finest value of its column: `23/3/2021`, `6/2016`, `2016`. */
function label(events: StoredEvent[]): string {
  const e = events.find((x) => PRECISE.has(x.granularity)) ?? events[0]!;
  const first = e.value.split('/')[0]!;
  const [y, m, d] = e.day.split('-');
  if (e.granularity === 'year' || /^\d{4}$/.test(first)) return y!;
  if (e.granularity === 'month' || /^\d{4}-\d{2}$/.test(first)) return `${Number(m)}/${y}`;
  return `${Number(d)}/${Number(m)}/${y}`;
}

interface Column { day: string; x: number; events: StoredEvent[] }

/**
 * Columns in calendar order, placed on a compressed scale: the distance between two dates grows
 * with the logarithm of the days between them, so that a story of last week with one event of 1890
 * stays readable.
 */
export function layout(events: StoredEvent[]): { columns: Column[]; breaks: boolean[]; minWidth: number } {
  const columns: Column[] = [];
  for (const e of events) {
    const last = columns[columns.length - 1];
    if (last && last.day === e.day) last.events.push(e);
    else columns.push({ day: e.day, x: 0, events: [e] });
  }
  const raw = [0];
  const breaks: boolean[] = [];
  for (let i = 1; i < columns.length; i++) {
    const gap = Math.max(0, epochDay(columns[i]!.day) - epochDay(columns[i - 1]!.day));
    raw.push(raw[i - 1]! + 2 + Math.log2(1 + gap));
    breaks.push(gap > BREAK_DAYS);
  }
  const span = raw[raw.length - 1]!;
  columns.forEach((c, i) => { c.x = span === 0 ? 50 : PAD + (raw[i]! / span) * (100 - 2 * PAD); });
  // the narrowest width at which the closest columns are still MIN_COLUMN_PX apart
  let closest = 100;
  for (let i = 1; i < columns.length; i++) closest = Math.min(closest, columns[i]!.x - columns[i - 1]!.x);
  const needed = (MIN_COLUMN_PX / closest) * 100;
  const minWidth = columns.length < 2 ? 0 : MIN_WIDTHS.find((w) => w >= needed) ?? (needed > 340 ? MIN_WIDTHS[MIN_WIDTHS.length - 1] : 0);
  return { columns, breaks, minWidth: needed <= 340 ? 0 : minWidth };
}

/** The columns labelled at a width: greedily from the left, the last always, none overlapping. */
function labelled(columns: Column[], width: number): number[] {
  const w = (i: number): number => label(columns[i]!.events).length * 7.5 + 10;
  const fits = (a: number, b: number): boolean => ((columns[b]!.x - columns[a]!.x) / 100) * width >= (w(a) + w(b)) / 2;
  const out: number[] = [];
  for (let i = 0; i < columns.length; i++) if (out.length === 0 || fits(out[out.length - 1]!, i)) out.push(i);
  const last = columns.length - 1;
  if (out[out.length - 1] !== last) {
    while (out.length > 1 && !fits(out[out.length - 1]!, last)) out.pop();
    if (out.length === 1 && !fits(out[0]!, last)) out.pop();
    out.push(last);
  }
  return out;
}

function Labels(props: { columns: Column[]; width: number; cls: string; y: number }) {
  const { columns } = props;
  const last = columns.length - 1;
  return (
    <g class={props.cls}>
      {labelled(columns, props.width).map((i) => {
        const c = columns[i]!;
        const anchor = columns.length === 1 ? 'middle' : i === 0 ? 'start' : i === last ? 'end' : 'middle';
        // the edge labels start and end a little outside their dot, as a dot sits PAD% in
        return <text x={pct(anchor === 'start' ? c.x - PAD / 2 : anchor === 'end' ? c.x + PAD / 2 : c.x)} y={props.y} text-anchor={anchor}>{label(c.events)}</text>;
      })}
    </g>
  );
}

/** One event's words: its date, and its sentence with the expression that dates it marked. */
function sentenceWithMark(e: StoredEvent) {
  const a = e.start - e.sentenceStart;
  const b = e.end - e.sentenceStart;
  if (a < 0 || b > e.sentence.length || a >= b) return <>{e.sentence}</>;
  return <>{e.sentence.slice(0, a)}<mark>{e.sentence.slice(a, b)}</mark>{e.sentence.slice(b)}</>;
}

const eventHref = (e: StoredEvent): string => `${articleHref(e.articleId)}#${timeAnchor(e.start)}`;

export function Timeline(props: { events: StoredEvent[]; articles: StoryArticle[] }) {
  const { events } = props;
  if (events.length === 0) return null;
  const byId = new Map(props.articles.map((a) => [a.id, a]));
  const { columns, breaks, minWidth } = layout(events);
  const tallest = Math.min(STACK, Math.max(...columns.map((c) => c.events.length)));
  const axisY = 22 + tallest * DOT_GAP;
  const height = axisY + 30;
  const first = when(events[0]!.value);
  const last = when(events[events.length - 1]!.value);
  const articleCount = new Set(events.map((e) => e.articleId)).size;
  const desc = `${count(events.length, 'sự kiện')} từ ${count(articleCount, 'bài')}, từ ${first} đến ${last}, trên một trục thời gian nén: mỗi chấm là một câu có mốc thời gian, chấm đặc là một ngày hay giờ cụ thể, chấm rỗng là một tuần, tháng, năm hay một khoảng; các ngày cùng lúc xếp chồng lên nhau. Danh sách bên dưới ghi đủ các sự kiện này.`;
  return (
    <section aria-labelledby="dongthoigian">
      <h2 id="dongthoigian">Dòng thời gian</h2>
      <figure class="tl">
 {/* a timeline wider than a phone scrolls sideways in its frame, which takes keyboard focus to be scrolled */}
        <div class="tl-scroll" {...(minWidth > 0 ? { tabindex: 0, role: 'region', 'aria-label': 'Dòng thời gian (cuộn ngang)' } : {})}>
          <svg class={minWidth > 0 ? `tl tl-min-${minWidth}` : 'tl'} width="100%" height={height} role="img" aria-labelledby="tl-title tl-desc">
            <title id="tl-title">{`Dòng thời gian của câu chuyện: ${count(events.length, 'sự kiện')}, ${first} – ${last}`}</title>
            <desc id="tl-desc">{desc}</desc>
            {columns.slice(1).map((c, i) => (
              <line class={breaks[i] ? 'axis break' : 'axis'} x1={pct(columns[i]!.x)} x2={pct(c.x)} y1={axisY} y2={axisY} />
            ))}
            {columns.length === 1 ? <line class="axis" x1={pct(PAD)} x2={pct(100 - PAD)} y1={axisY} y2={axisY} /> : null}
            {columns.map((c) => (
              <g>
                <line class="tick" x1={pct(c.x)} x2={pct(c.x)} y1={axisY - 3} y2={axisY + 3} />
                {c.events.slice(0, STACK).map((e, k) => {
                  const a = byId.get(e.articleId);
                  return (
                    <a href={eventHref(e)} tabindex={-1}>
                      <circle class={PRECISE.has(e.granularity) ? 'dot' : 'dot coarse'} cx={pct(c.x)} cy={axisY - 10 - k * DOT_GAP} r={4.5}>
                        <title>{`${when(e.value)} (“${e.text}”): ${e.sentence}${a ? ` — ${a.title || a.id}${a.source ? `, ${a.source}` : ''}` : ''}`}</title>
                      </circle>
                    </a>
                  );
                })}
                {c.events.length > STACK ? <text class="more" x={pct(c.x)} y={axisY - 10 - STACK * DOT_GAP + 2} text-anchor="middle">{`+${c.events.length - STACK}`}</text> : null}
              </g>
            ))}
            <Labels columns={columns} width={Math.max(NOMINAL.wide, minWidth)} cls="labels wide" y={axisY + 20} />
            <Labels columns={columns} width={Math.max(NOMINAL.narrow, minWidth)} cls="labels narrow" y={axisY + 20} />
          </svg>
        </div>
        <figcaption class="muted">Mỗi chấm là một câu có mốc thời gian, trỏ đến câu đó trong bài (chấm đặc: ngày, giờ cụ thể; chấm rỗng: tuần, tháng, năm hay một khoảng). Trục được nén{breaks.some(Boolean) ? ': nét đứt là quãng dài hơn một năm' : ''}.{minWidth > 0 ? ' Trên màn hình hẹp, cuộn ngang để xem hết.' : ''}</figcaption>
      </figure>
      <ol class="events">
        {events.map((e) => {
          const a = byId.get(e.articleId);
          return (
            <li>
              <p class="event-when">{DATETIME.test(e.value) ? <time datetime={e.value}>{when(e.value)}</time> : when(e.value)}</p>
              <p class="event-text">{sentenceWithMark(e)}</p>
              <p class="meta"><a href={eventHref(e)}>{a?.title || e.articleId}</a>{a?.source ? ` · ${a.source}` : ''}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
