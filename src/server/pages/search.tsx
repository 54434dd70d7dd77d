/** `/search?q=`: results with highlighted snippets, facets (outlet, month) as links, pagination; empty and unmatched queries said helpfully. */
import type { Facets, SearchResult, SearchResultHit } from '../../app/index.js';
import { articleHref, count, day, entityHref, withQuery } from './format.js';
import { Layout, Pager } from './layout.js';

export const HITS_PER_PAGE = 10;

export interface SearchParams {
  q: string;
  source?: string;
  from?: string;
  to?: string;
  /** An entity's id (or a name): only the articles naming it; with no `q`, all of them, newest first. */
  entity?: string;
  page: number;
}

/** The snippet with its matches in <mark>: text pieces only, escaped by JSX. */
function Snippet(props: { hit: SearchResultHit }) {
  const { snippet, highlights } = props.hit;
  const parts = [];
  let at = 0;
  for (const h of highlights) {
    if (h.start < at) continue;
    parts.push(snippet.slice(at, h.start), <mark>{snippet.slice(h.start, h.end)}</mark>);
    at = h.end;
  }
  parts.push(snippet.slice(at));
  return <p class="snippet">{parts}</p>;
}

/** The last day of a `YYYY-MM` month. */
function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

function FacetLinks(props: { facets: Facets; params: SearchParams }) {
  const { facets, params } = props;
  const base = { q: params.q, source: params.source, from: params.from, to: params.to, entity: params.entity };
  return (
    <aside class="facets" aria-label="Lọc kết quả">
      <h2>Nguồn</h2>
      <ul>
        {params.source ? <li><a href={withQuery('/search', { ...base, source: undefined })}>Mọi nguồn</a></li> : null}
        {facets.byOutlet.slice(0, 12).map((o) => (
          <li><a href={withQuery('/search', { ...base, source: o.source })} aria-current={params.source === o.source ? 'true' : undefined}>{o.source}</a> <span class="muted">({o.count})</span></li>
        ))}
      </ul>
      <h2>Tháng</h2>
      <ul>
        {params.from || params.to ? <li><a href={withQuery('/search', { ...base, from: undefined, to: undefined })}>Mọi lúc</a></li> : null}
        {facets.byMonth.slice(0, 12).map((m) => (
          <li><a href={withQuery('/search', { ...base, from: `${m.month}-01`, to: monthEnd(m.month) })}>{m.month.slice(5)}/{m.month.slice(0, 4)}</a> <span class="muted">({m.count})</span></li>
        ))}
      </ul>
    </aside>
  );
}

export function SearchPage(props: { params: SearchParams; result?: SearchResult; facets?: Facets; error?: string }) {
  const { params, result, facets } = props;
  const title = params.q ? `Tìm “${params.q}”` : params.entity ? 'Các bài nhắc đến một tên' : 'Tìm kiếm';
  const pages = result ? Math.max(1, Math.ceil(result.total / HITS_PER_PAGE)) : 1;
  const link = (page: number) => withQuery('/search', { q: params.q, source: params.source, from: params.from, to: params.to, entity: params.entity, trang: page });
  return (
    <Layout title={title} query={params.q}>
      <h1>{title}</h1>
      {result?.entity ? <p class="meta">Chỉ các bài nhắc đến <a href={entityHref(result.entity)}>{result.entity}</a>{params.q ? '' : ', mới nhất trước'} · <a href={withQuery('/search', { q: params.q })}>bỏ lọc</a></p> : null}
      {!params.q && !params.entity ? <p>Gõ vài từ vào ô tìm kiếm, có dấu hay không dấu đều được: <a href="/search?q=tap+can+binh">tap can binh</a>, <a href="/search?q=%22Kim+Jong+Un%22">"Kim Jong Un"</a>.</p> : null}
      {props.error ? <p role="alert" class="error">{props.error}</p> : null}
      {result && result.total === 0 ? (
        <div role="status">
          <p>Không có bài nào {params.q ? <>khớp “{params.q}”</> : 'nhắc đến tên này'}{params.source ? <> trong {params.source}</> : null}{params.from || params.to ? ' trong khoảng thời gian này' : ''}.</p>
          {params.q ? <p>Thử bớt từ, bỏ dấu ngoặc kép, hoặc <a href={withQuery('/search', { q: params.q })}>bỏ bộ lọc</a>.</p> : null}
        </div>
      ) : null}
      {result && result.total > 0 ? (
        <div class="results-layout">
          <section aria-labelledby="ketqua">
            <h2 id="ketqua" role="status">{count(result.total, 'bài')}{result.together !== undefined && result.together > 0 ? <> · {result.together} bài có các từ liền nhau (xếp trước)</> : null} · trang {params.page}/{pages}</h2>
            <ol class="results" start={(params.page - 1) * HITS_PER_PAGE + 1}>
              {result.hits.map((h) => (
                <li>
                  <h3><a href={articleHref(h.id)}>{h.headline}</a></h3>
                  <p class="meta">{h.source ?? 'không rõ nguồn'}{h.publishedAt ? <> · <time datetime={h.publishedAt}>{day(h.publishedAt)}</time></> : null}{h.copies ? <> · +{h.copies} bản sao</> : null}</p>
                  <Snippet hit={h} />
                </li>
              ))}
            </ol>
            <Pager label="Các trang kết quả" {...(params.page > 1 ? { prev: link(params.page - 1) } : {})} {...(params.page < pages ? { next: link(params.page + 1) } : {})} />
          </section>
          {facets ? <FacetLinks facets={facets} params={params} /> : null}
        </div>
      ) : null}
    </Layout>
  );
}
