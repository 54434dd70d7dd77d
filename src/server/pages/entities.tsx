/**
 * `/entities`: the people, places, organisations and other names of the articles, most mentioned
 * first, by type and page; `/entities/{id}`: one entity with its aliases, articles by month (chart),
 * co-occurring entities (linked), stories and articles.
 */
import type { EntityDetail, EntityRow } from '../../app/index.js';
import { articleHref, count, day, entityHref, storyHref, withQuery } from './format.js';
import { Layout, Pager } from './layout.js';
import { MonthChart } from './month-chart.js';

export const ENTITIES_PER_PAGE = 50;

/** Each type's name, and the heading of its list. */
export const TYPE_NAMES: Record<string, string> = { PER: 'Người', LOC: 'Nơi chốn', ORG: 'Tổ chức', MISC: 'Tên khác' };

function EntityName(props: { e: EntityRow }) {
  const e = props.e;
  return <><a href={entityHref(e.id)}>{e.name}</a>{e.en && e.en !== e.name ? <span class="muted"> ({e.en})</span> : null}</>;
}

export function EntitiesPage(props: { entities: EntityRow[]; total: number; articles: number; type?: string; page: number }) {
  const { entities, total, type, page } = props;
  const pages = Math.max(1, Math.ceil(total / ENTITIES_PER_PAGE));
  const link = (p: number) => withQuery('/entities', { loai: type, trang: p });
  const title = type ? `${TYPE_NAMES[type] ?? type} trong các bài` : 'Nhân vật, nơi chốn, tổ chức';
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <nav aria-label="Lọc theo loại" class="filters">
        <ul>
          <li><a href="/entities" aria-current={!type ? 'page' : undefined}>Tất cả</a></li>
          {Object.entries(TYPE_NAMES).map(([k, name]) => <li><a href={withQuery('/entities', { loai: k })} aria-current={type === k ? 'page' : undefined}>{name}</a></li>)}
        </ul>
      </nav>
      {total === 0 ? <p role="status">Chưa có tên nào: các bài chưa được nhận diện tên riêng.</p> : (
        <>
          <p class="meta" role="status">{count(total, 'tên')} trong {count(props.articles, 'bài')}, nhắc đến nhiều nhất trước · trang {page}/{pages}</p>
          <div class="table-wrap">
            <table class="entities">
              <thead><tr><th scope="col">#</th><th scope="col">Tên</th><th scope="col">Loại</th><th scope="col" class="num">Số bài</th><th scope="col" class="num">Lần nhắc</th></tr></thead>
              <tbody>
                {entities.map((e, i) => (
                  <tr>
                    <td class="num">{(page - 1) * ENTITIES_PER_PAGE + i + 1}</td>
                    <td><EntityName e={e} />{e.linked ? null : <span class="muted"> · chưa có trong cơ sở tri thức</span>}</td>
                    <td>{TYPE_NAMES[e.type] ?? e.type}</td>
                    <td class="num">{e.articles}</td>
                    <td class="num">{e.mentions}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager label="Các trang" {...(page > 1 ? { prev: link(page - 1) } : {})} {...(page < pages ? { next: link(page + 1) } : {})} />
        </>
      )}
    </Layout>
  );
}

export function EntityPage(props: { detail: EntityDetail }) {
  const d = props.detail;
  const e = d.entity;
  return (
    <Layout title={e.name}>
      <nav aria-label="Vị trí" class="crumbs"><a href="/entities">Nhân vật, nơi chốn, tổ chức</a> › {e.name}</nav>
      <h1>{e.name}{e.en && e.en !== e.name ? <span class="muted"> ({e.en})</span> : null}</h1>
      <dl class="facts">
        <dt>Loại</dt><dd>{TYPE_NAMES[e.type] ?? e.type}</dd>
        <dt>Mã</dt><dd><code>{e.id}</code>{e.linked ? ' (cơ sở tri thức)' : ' (chưa có trong cơ sở tri thức)'}</dd>
        <dt>Nhắc đến</dt><dd>{count(e.mentions, 'lần')} trong {count(e.articles, 'bài')} · <a href={withQuery('/search', { entity: e.id })}>mọi bài, mới nhất trước</a></dd>
      </dl>
      <form class="search inline" role="search" action="/search" method="get">
        <input type="hidden" name="entity" value={e.id} />
        <label for="q-entity">Tìm trong các bài nhắc đến {e.name}</label>
        <input id="q-entity" name="q" type="search" maxlength={500} />
        <button type="submit">Tìm</button>
      </form>
      <section aria-labelledby="cachviet">
        <h2 id="cachviet">Cách viết</h2>
        <p>{d.surfaces.map((s, i) => <>{i > 0 ? ' · ' : ''}{s.text} <span class="muted">({s.count})</span></>)}</p>
      </section>
      <section aria-labelledby="theothang">
        <h2 id="theothang">Số bài theo tháng</h2>
        <MonthChart months={d.months} name={e.name} />
      </section>
      {d.cooccurring.length > 0 ? (
        <section aria-labelledby="cungxuathien">
          <h2 id="cungxuathien">Thường được nhắc cùng</h2>
          <ul class="cols">{d.cooccurring.map((o) => <li><EntityName e={o} /> <span class="muted">· {TYPE_NAMES[o.type] ?? o.type} · {count(o.together, 'bài')} chung</span></li>)}</ul>
        </section>
      ) : null}
      {d.stories.length > 0 ? (
        <section aria-labelledby="cauchuyen">
          <h2 id="cauchuyen">Câu chuyện</h2>
          <ul>{d.stories.map((s) => <li><a href={storyHref(s.id)}>{s.headline || s.id}</a> <span class="muted">· {count(s.articles, 'bài')} nhắc đến</span></li>)}</ul>
        </section>
      ) : null}
      <section aria-labelledby="baibao">
        <h2 id="baibao">Các bài nhắc đến nhiều nhất</h2>
        <ol>{d.articles.map((a) => <li><a href={articleHref(a.id)}>{a.title || a.id}</a> <span class="meta">{a.publishedAt ? <>· <time datetime={a.publishedAt}>{day(a.publishedAt)}</time> </> : null}· {count(a.mentions, 'lần')}</span></li>)}</ol>
      </section>
      <p class="muted"><a href={`/api/entities/${encodeURIComponent(e.id)}`}>Dữ liệu JSON</a></p>
    </Layout>
  );
}
