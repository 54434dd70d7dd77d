/** `/`: the latest stories, newest first: headline, lead, articles and outlets, time span, key entities. */
import type { StoryRow } from '../../app/index.js';
import { count, span, storyHref, withQuery } from './format.js';
import { Layout, Pager } from './layout.js';

export const STORIES_PER_PAGE = 20;

export function HomePage(props: { stories: StoryRow[]; total: number; page: number; leads: Map<string, string> }) {
  const { stories, total, page } = props;
  const pages = Math.max(1, Math.ceil(total / STORIES_PER_PAGE));
  return (
    <Layout title="Câu chuyện mới nhất">
      <h1>Câu chuyện mới nhất</h1>
      <p class="muted">{count(total, 'câu chuyện')}, mới nhất trước · trang {page}/{pages}</p>
      {stories.length === 0 ? <p>Chưa có câu chuyện nào: hãy nạp bài báo (<code>toancanh ingest</code>).</p> : null}
      <ol class="cards">
        {stories.map((s) => (
          <li>
            <article class="card">
              <h2><a href={storyHref(s.id)}>{s.headline || s.id}</a></h2>
              {s.headlineId && props.leads.get(s.headlineId) ? <p class="lead">{props.leads.get(s.headlineId)}</p> : null}
              <p class="meta">
                {count(s.articleCount, 'bài')} · {s.outlets.length > 0 ? count(s.outlets.length, 'nguồn') : 'không rõ nguồn'}
                {s.outlets.length > 0 ? <> ({s.outlets.slice(0, 4).join(', ')}{s.outlets.length > 4 ? ', …' : ''})</> : null}
                {s.first ? <> · <time datetime={s.first}>{span(s.first, s.last)}</time></> : null}
              </p>
              {s.entities.length > 0 ? <p class="tags"><span class="muted">Nhân vật, nơi chốn:</span> {s.entities.slice(0, 5).join(' · ')}</p> : null}
            </article>
          </li>
        ))}
      </ol>
      <Pager label="Các trang câu chuyện" {...(page > 1 ? { prev: withQuery('/', { trang: page - 1 }) } : {})} {...(page < pages ? { next: withQuery('/', { trang: page + 1 }) } : {})} />
    </Layout>
  );
}
