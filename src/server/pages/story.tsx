/** `/stories/{id}`: a story's articles by time, copies folded under their originals, and related stories. */
import type { StoryArticle, StoryDetail } from '../../app/index.js';
import { articleHref, count, day, span, storyHref } from './format.js';
import { Layout } from './layout.js';

/** Originals by time (undated last), each with the articles in the story that copy it. */
export function foldCopies(articles: StoryArticle[]): { article: StoryArticle; copies: StoryArticle[] }[] {
  const ids = new Set(articles.map((a) => a.id));
  const byTime = [...articles].sort((a, b) => (a.publishedAt ?? '\uffff').localeCompare(b.publishedAt ?? '\uffff') || a.id.localeCompare(b.id));
  const groups = new Map<string, { article: StoryArticle; copies: StoryArticle[] }>();
  for (const a of byTime) if (!a.copyOf || !ids.has(a.copyOf)) groups.set(a.id, { article: a, copies: [] });
  for (const a of byTime) {
    if (!a.copyOf || !ids.has(a.copyOf)) continue;
    // a copy of a copy goes under the first original up its chain
    let root = a.copyOf;
    const seen = new Set<string>();
    while (!groups.has(root) && !seen.has(root)) {
      seen.add(root);
      root = articles.find((x) => x.id === root)?.copyOf ?? root;
    }
    (groups.get(root) ?? groups.values().next().value)?.copies.push(a);
  }
  return [...groups.values()];
}

function ArticleLine(props: { a: StoryArticle }) {
  const a = props.a;
  return (
    <>
      <a href={articleHref(a.id)}>{a.title || a.id}</a>
      <span class="meta"> · {a.source ?? 'không rõ nguồn'}{a.publishedAt ? <> · <time datetime={a.publishedAt}>{day(a.publishedAt)}</time></> : null}</span>
    </>
  );
}

export function StoryPage(props: { story: StoryDetail }) {
  const s = props.story;
  const groups = foldCopies(s.articles);
  return (
    <Layout title={s.headline || s.id}>
      <nav aria-label="Vị trí" class="crumbs"><a href="/">Câu chuyện</a> › {s.id}</nav>
      <h1>{s.headline || s.id}</h1>
      <p class="meta">
        {count(s.articleCount, 'bài')} · {s.outlets.length > 0 ? count(s.outlets.length, 'nguồn') : 'không rõ nguồn'}{s.copies > 0 ? <> · {count(s.copies, 'bản sao')}</> : null}
        {s.first ? <> · <time datetime={s.first}>{span(s.first, s.last)}</time></> : null}
      </p>
      {s.outlets.length > 0 ? <p><span class="muted">Nguồn:</span> {s.outlets.join(', ')}</p> : null}
      {s.entities.length > 0 ? <p class="tags"><span class="muted">Nhân vật, nơi chốn:</span> {s.entities.join(' · ')}</p> : null}
      <section aria-labelledby="bai">
        <h2 id="bai">Các bài, theo thời gian</h2>
        <ol class="timeline">
          {groups.map((g) => (
            <li>
              <ArticleLine a={g.article} />
              {g.copies.length > 0 ? (
                <details>
                  <summary>{count(new Set(g.copies.map((c) => c.source ?? c.id)).size, 'nguồn')} đăng lại bài này</summary>
                  <ul>{g.copies.map((c) => <li><ArticleLine a={c} /></li>)}</ul>
                </details>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
      {s.related.length > 0 ? (
        <section aria-labelledby="lienquan">
          <h2 id="lienquan">Câu chuyện liên quan</h2>
          <ul>
            {s.related.map((r) => (
              <li><a href={storyHref(r.story)}>{r.headline || r.story}</a>{r.shared.length > 0 ? <span class="meta"> · chung: {r.shared.join(', ')}</span> : null}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}
