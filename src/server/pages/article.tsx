/**
 * `/articles/{id}`: the clean text by block (title, lead, body, captions), metadata, outlet, credit,
 * the original's link, the story, copies. Article text is untrusted: it only ever goes in as JSX
 * text or attribute values, which Hono escapes.
 */
import { displayTitle, type ArticleView, type StoryDetail } from '../../app/index.js';
import { articleHref, day, safeUrl, storyHref } from './format.js';
import { Layout } from './layout.js';

export function ArticlePage(props: { view: ArticleView; story?: StoryDetail }) {
  const { view, story } = props;
  const a = view.article;
  const m = a.meta;
  const blocks = (a.doc.blocks ?? []).filter((b) => b.kind !== 'title');
  const title = displayTitle({ meta: m, text: a.text });
  const url = safeUrl(m.url);
  // near-duplicates, as its story placed them: the articles republishing this one, and the one it republishes
  const placed = story?.articles.find((x) => x.id === a.id);
  const republishedFrom = placed?.copyOf && placed.copyOf !== a.copyOf ? story!.articles.find((x) => x.id === placed.copyOf) : undefined;
  const republished = (story?.articles ?? []).filter((x) => x.copyOf === a.id && !view.copies.includes(x.id));
  return (
    <Layout title={title}>
      <article class="article" lang={a.lang === 'und' ? undefined : a.lang}>
        <header>
          <h1>{title}</h1>
          <dl class="facts">
            {m.source ? <><dt>Nguồn</dt><dd>{m.source}</dd></> : null}
            {m.publishedAt ? <><dt>Ngày đăng</dt><dd><time datetime={m.publishedAt}>{day(m.publishedAt)}</time></dd></> : null}
            {m.author ? <><dt>Tác giả</dt><dd>{m.author}</dd></> : null}
            {m.credit ? <><dt>Theo</dt><dd>{m.credit}</dd></> : null}
            {url ? <><dt>Bài gốc</dt><dd><a href={url} rel="noopener noreferrer nofollow">{url}</a></dd></> : m.url ? <><dt>Bài gốc</dt><dd>{m.url}</dd></> : null}
            {view.story ? <><dt>Câu chuyện</dt><dd><a href={storyHref(view.story)}>{story?.headline || view.story}</a></dd></> : null}
            {a.copyOf ? <><dt>Bản sao của</dt><dd><a href={articleHref(a.copyOf)}>{a.copyOf}</a></dd></> : null}
            {republishedFrom ? <><dt>Đăng lại từ</dt><dd><a href={articleHref(republishedFrom.id)}>{republishedFrom.title || republishedFrom.id}</a>{republishedFrom.source ? ` (${republishedFrom.source})` : ''}</dd></> : null}
            <dt>Mã bài</dt><dd><code>{a.id}</code></dd>
          </dl>
        </header>
        {blocks.length === 0 ? <p>{a.text}</p> : blocks.map((b) => {
          const t = a.text.slice(b.start, b.end);
          if (b.kind === 'lead') return <p class="lead">{t}</p>;
          if (b.kind === 'caption') return <p class="caption"><span class="visually-hidden">Chú thích ảnh: </span>{t}</p>;
          return <p>{t}</p>;
        })}
      </article>
      {view.copies.length > 0 ? (
        <section aria-labelledby="bansao">
          <h2 id="bansao">Bản sao ({view.copies.length})</h2>
          <p class="muted">Cùng nội dung, đăng dưới mã khác:</p>
          <ul>{view.copies.map((id) => <li><a href={articleHref(id)}>{id}</a></li>)}</ul>
        </section>
      ) : null}
      {republished.length > 0 ? (
        <section aria-labelledby="danglai">
          <h2 id="danglai">Bài đăng lại ({republished.length})</h2>
          <p class="muted">Gần như cùng nội dung, ở nguồn khác:</p>
          <ul>{republished.map((x) => <li><a href={articleHref(x.id)}>{x.title || x.id}</a>{x.source ? <span class="meta"> · {x.source}</span> : null}</li>)}</ul>
        </section>
      ) : null}
      <p class="muted"><a href={`/api/articles/${encodeURIComponent(a.id)}`}>Dữ liệu JSON</a></p>
    </Layout>
  );
}
