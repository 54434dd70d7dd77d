/** `/outlets`: every outlet with its articles per year (a small SVG bar chart each), and who republishes whom. */
import type { OutletsOverview, StoreStats } from '../../app/index.js';
import { count } from './format.js';
import { Layout } from './layout.js';

/** The outlets charted; the rest are named in one line (an archive has hundreds, most with a few articles). */
const SHOWN = 50;
const BAR = 14;
const GAP = 4;
const HEIGHT = 36;

/** Bars per year on one scale for every outlet, so rows compare; the numbers are in the SVG's title and the table. */
function YearBars(props: { byYear: Record<string, number>; years: string[]; max: number; label: string }) {
  const { years, max } = props;
  const width = years.length * (BAR + GAP);
  return (
    <svg class="bars" width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={props.label}>
      <title>{props.label}</title>
      {years.map((y, i) => {
        const n = props.byYear[y] ?? 0;
        const h = n === 0 ? 0 : Math.max(2, Math.round((n / max) * (HEIGHT - 2)));
        return <rect x={i * (BAR + GAP)} y={HEIGHT - h} width={BAR} height={h}><title>{`${y}: ${n}`}</title></rect>;
      })}
    </svg>
  );
}

export function OutletsPage(props: { overview: OutletsOverview; stats: StoreStats }) {
  const { overview, stats } = props;
  const { years } = overview;
  const max = Math.max(1, ...overview.outlets.flatMap((o) => Object.values(o.byYear)));
  return (
    <Layout title="Các nguồn báo">
      <h1>Các nguồn báo</h1>
      <p class="muted">{count(overview.outlets.length, 'nguồn')}, {count(stats.articles, 'bài')}{years.length > 0 ? <>, từ {years[0]} đến {years[years.length - 1]}</> : null}. Mỗi cột là một năm.</p>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">Số bài của mỗi nguồn, theo năm</caption>
          <thead><tr><th scope="col">Nguồn</th><th scope="col">Số bài</th><th scope="col">Theo năm{years.length > 0 ? ` (${years[0]}–${years[years.length - 1]})` : ''}</th></tr></thead>
          <tbody>
            {overview.outlets.slice(0, SHOWN).map((o) => (
              <tr>
                <th scope="row">{o.source === '(unknown)' ? 'không rõ nguồn' : o.source}</th>
                <td class="num">{o.count.toLocaleString('vi-VN')}</td>
                <td><YearBars byYear={o.byYear} years={years} max={max} label={`${o.source}: ${years.map((y) => `${y}: ${o.byYear[y] ?? 0}`).join(', ')}`} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {overview.outlets.length > SHOWN ? (
        <p class="muted">Và {overview.outlets.length - SHOWN} nguồn khác, ít bài hơn: {overview.outlets.slice(SHOWN).map((o) => `${o.source === '(unknown)' ? 'không rõ nguồn' : o.source} (${o.count})`).join(', ')}.</p>
      ) : null}
      <section aria-labelledby="danglai">
        <h2 id="danglai">Ai đăng lại bài của ai</h2>
        {stats.republished.length === 0 ? <p>Chưa thấy nguồn nào đăng lại bài của nguồn khác.</p> : (
          <table>
            <thead><tr><th scope="col">Nguồn đăng lại</th><th scope="col">Bài gốc của</th><th scope="col">Số bài</th></tr></thead>
            <tbody>
              {stats.republished.map((r) => (
                <tr><td>{r.outlet}</td><td>{r.from}</td><td class="num">{r.count}</td></tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </Layout>
  );
}
