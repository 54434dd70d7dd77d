/**
 * Articles per month as an inline SVG bar chart (no script), every month between the first and the
 * last shown (months without articles as gaps), undated articles said apart; the same numbers as a
 * table beside it, so that nothing is only in the picture.
 */

/** `2021-03` → the month after. */
function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Every month from the first to the last of `months` (at most `max`: the latest kept), with its count. */
export function monthSeries(months: Record<string, number>, max = 240): { month: string; count: number }[] {
  const dated = Object.keys(months).filter((m) => /^\d{4}-\d{2}$/.test(m)).sort();
  if (dated.length === 0) return [];
  const out: { month: string; count: number }[] = [];
  for (let m = dated[0]!; m <= dated[dated.length - 1]!; m = nextMonth(m)) out.push({ month: m, count: months[m] ?? 0 });
  return out.slice(-max);
}

const label = (month: string): string => `${Number(month.slice(5))}/${month.slice(0, 4)}`;

export function MonthChart(props: { months: Record<string, number>; name: string }) {
  const series = monthSeries(props.months);
  const undated = props.months.undated ?? 0;
  if (series.length === 0) return <p class="muted">Không bài nào có ngày đăng{undated ? ` (${undated} bài không rõ ngày)` : ''}.</p>;
  const top = Math.max(...series.map((s) => s.count));
  const W = 640;
  const H = 160;
  const pad = { left: 28, bottom: 22, top: 8 };
  const bw = (W - pad.left) / series.length;
  const y = (n: number): number => pad.top + (H - pad.top - pad.bottom) * (1 - n / top);
  // a label every few months, so that they never overlap
  const every = Math.max(1, Math.ceil(series.length / 8));
  const title = `Số bài nhắc đến ${props.name} theo tháng`;
  return (
    <figure class="months">
      <svg class="bars" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="bieudo-tieude" width="100%">
        <title id="bieudo-tieude">{title}, {label(series[0]!.month)} – {label(series[series.length - 1]!.month)}, nhiều nhất {top} bài một tháng</title>
        <line class="axis" x1={pad.left} y1={H - pad.bottom} x2={W} y2={H - pad.bottom} />
        <text x={pad.left - 4} y={y(top) + 4} text-anchor="end">{top}</text>
        <text x={pad.left - 4} y={H - pad.bottom} text-anchor="end">0</text>
        {series.map((s, i) => (s.count > 0
          ? <rect x={pad.left + i * bw + bw * 0.1} y={y(s.count)} width={Math.max(1, bw * 0.8)} height={H - pad.bottom - y(s.count)}><title>{label(s.month)}: {s.count} bài</title></rect>
          : null))}
        {series.map((s, i) => (i % every === 0 ? <text x={pad.left + i * bw + bw / 2} y={H - 6} text-anchor="middle">{label(s.month)}</text> : null))}
      </svg>
      <figcaption>
        {title}{undated ? `; ${undated} bài không rõ ngày` : ''}.
        <details>
          <summary>Xem số liệu</summary>
          <div class="table-wrap">
            <table>
              <thead><tr><th scope="col">Tháng</th><th scope="col" class="num">Số bài</th></tr></thead>
              <tbody>{series.filter((s) => s.count > 0).map((s) => <tr><td>{label(s.month)}</td><td class="num">{s.count}</td></tr>)}</tbody>
            </table>
          </div>
        </details>
      </figcaption>
    </figure>
  );
}
