/**
 * `/articles/{id}`: the clean text by block (title, lead, body, captions), metadata, outlet, credit,
 * the original's link, the story, copies; the names in it (people, places, organisations) marked as
 * links to their entity pages, and listed by type. Article text is untrusted: it only ever goes in
 * as JSX text or attribute values, which Hono escapes.
 */
import type { Child } from 'hono/jsx';
import { displayTitle, entityOf, type ArticleView, type EntityMention, type StoryDetail, type TimeMention } from '../../app/index.js';
import { TYPE_NAMES } from './entities.js';
import { articleHref, DATETIME, day, entityHref, reasonText, safeUrl, storyHref, timeAnchor, when } from './format.js';
import { Layout } from './layout.js';

/** A name marked in the text: a link to its entity's page. */
export interface EntityMark {
  start: number;
  end: number;
  id: string;
  type: string;
}

/** The marks of an article's names in its text (the credit, which is not in it, left out; a role naming nobody too). */
export function entityMarks(mentions: readonly EntityMention[] | undefined): EntityMark[] {
  return (mentions ?? []).flatMap((m) => {
    const e = m.in === 'credit' ? undefined : entityOf(m);
    return e ? [{ start: m.start, end: m.end, id: e.id, type: e.type }] : [];
  });
}

/** One time expression, marked: focusable, its resolution (or why there is none) in `title` and in a tip shown on hover and focus, read by screen readers too. */
function TimeMark(props: { t: TimeMention }) {
  const { t } = props;
  if (t.value === null) {
    const why = reasonText(t.reason);
    return <span class="when unresolved" id={timeAnchor(t.start)} tabindex={0} title={`Chưa xác định được ngày: ${why}`}>{t.text}<span class="tip"> (chưa xác định: {why})</span></span>;
  }
  const shown = when(t.value);
  const attrs = { class: 'when', id: timeAnchor(t.start), tabindex: 0, title: `${t.text} = ${shown} (${t.value})` };
  const body = <>{t.text}<span class="tip"> ({shown})</span></>;
  return DATETIME.test(t.value) ? <time {...attrs} datetime={t.value}>{body}</time> : <span {...attrs}>{body}</span>;
}

/**
 * `text[start, end)` with the time expressions and the names inside it marked (where two overlap,
 * the one starting first); the pieces are JSX text, escaped.
 */
export function marked(text: string, start: number, end: number, times: TimeMention[], names: EntityMark[] = []): Child[] {
  const marks = [
    ...times.map((t) => ({ start: t.start, end: t.end, node: () => <TimeMark t={t} /> })),
    ...names.map((n) => ({ start: n.start, end: n.end, node: () => <a class={`ent ent-${n.type.toLowerCase()}`} href={entityHref(n.id)}>{text.slice(n.start, n.end)}</a> })),
  ].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Child[] = [];
  let at = start;
  for (const m of marks) {
    if (m.start < at || m.end > end || m.start >= m.end) continue;
    if (m.start > at) out.push(text.slice(at, m.start));
    out.push(m.node());
    at = m.end;
  }
  if (at < end) out.push(text.slice(at, end));
  return out;
}

/** The names of the article by type, each once, most mentioned first: what the marks say, visible. */
function NamesInArticle(props: { mentions: readonly EntityMention[] }) {
  const byType = new Map<string, Map<string, { id: string; name: string; n: number }>>();
  for (const m of props.mentions) {
    const e = entityOf(m);
    if (!e) continue;
    let names = byType.get(e.type);
    if (!names) byType.set(e.type, (names = new Map()));
    const x = names.get(e.id) ?? { id: e.id, name: e.linked ? e.name : m.text, n: 0 };
    x.n++;
    names.set(e.id, x);
  }
  if (byType.size === 0) return null;
  return (
    <section aria-labelledby="tenrieng">
      <h2 id="tenrieng">Tên riêng trong bài</h2>
      <dl class="facts names">
        {Object.keys(TYPE_NAMES).filter((t) => byType.has(t)).map((t) => (
          <>
            <dt>{TYPE_NAMES[t]}</dt>
            <dd>{[...byType.get(t)!.values()].sort((a, b) => b.n - a.n || a.name.localeCompare(b.name, 'vi')).map((x, i) => <>{i > 0 ? ', ' : ''}<a href={entityHref(x.id)}>{x.name}</a>{x.n > 1 ? <span class="muted"> ({x.n})</span> : null}</>)}</dd>
          </>
        ))}
      </dl>
    </section>
  );
}

export function ArticlePage(props: { view: ArticleView; story?: StoryDetail }) {
  const { view, story } = props;
  const a = view.article;
  const m = a.meta;
  const blocks = (a.doc.blocks ?? []).filter((b) => b.kind !== 'title');
  const title = displayTitle({ meta: m, text: a.text });
  // times by position (the stage gives them in text order); the title's are marked when the title shown is the title block
  const times = [...(view.times ?? [])].sort((x, y) => x.start - y.start);
  const titleBlock = (a.doc.blocks ?? []).find((b) => b.kind === 'title');
  const markedTitle = titleBlock && a.text.slice(titleBlock.start, titleBlock.end) === title ? marked(a.text, titleBlock.start, titleBlock.end, times) : title;
  const resolved = times.filter((t) => t.value !== null).length;
  const names = entityMarks(a.doc.entities);
  const credit = (a.doc.entities ?? []).find((x) => x.in === 'credit');
  const creditEntity = credit ? entityOf(credit) : undefined;
  const url = safeUrl(m.url);
  // near-duplicates, as its story placed them: the articles republishing this one, and the one it republishes
  const placed = story?.articles.find((x) => x.id === a.id);
  const republishedFrom = placed?.copyOf && placed.copyOf !== a.copyOf ? story!.articles.find((x) => x.id === placed.copyOf) : undefined;
  const republished = (story?.articles ?? []).filter((x) => x.copyOf === a.id && !view.copies.includes(x.id));
  return (
    <Layout title={title}>
      <article class="article" lang={a.lang === 'und' ? undefined : a.lang}>
        <header>
          <h1>{markedTitle}</h1>
          <dl class="facts">
            {m.source ? <><dt>Nguồn</dt><dd>{m.source}</dd></> : null}
            {m.publishedAt ? <><dt>Ngày đăng</dt><dd><time datetime={m.publishedAt}>{day(m.publishedAt)}</time></dd></> : null}
            {m.author ? <><dt>Tác giả</dt><dd>{m.author}</dd></> : null}
            {m.credit ? <><dt>Theo</dt><dd>{creditEntity ? <a href={entityHref(creditEntity.id)}>{m.credit}</a> : m.credit}</dd></> : null}
            {url ? <><dt>Bài gốc</dt><dd><a href={url} rel="noopener noreferrer nofollow">{url}</a></dd></> : m.url ? <><dt>Bài gốc</dt><dd>{m.url}</dd></> : null}
            {view.story ? <><dt>Câu chuyện</dt><dd><a href={storyHref(view.story)}>{story?.headline || view.story}</a></dd></> : null}
            {a.copyOf ? <><dt>Bản sao của</dt><dd><a href={articleHref(a.copyOf)}>{a.copyOf}</a></dd></> : null}
            {republishedFrom ? <><dt>Đăng lại từ</dt><dd><a href={articleHref(republishedFrom.id)}>{republishedFrom.title || republishedFrom.id}</a>{republishedFrom.source ? ` (${republishedFrom.source})` : ''}</dd></> : null}
            <dt>Mã bài</dt><dd><code>{a.id}</code></dd>
            {names.length > 0 ? <><dt>Tên riêng</dt><dd>{names.length} lần nhắc <span class="muted">(gạch chân trong bài, mỗi tên dẫn đến trang của nó; <a href="#tenrieng">danh sách theo loại</a>)</span></dd></> : null}
            {times.length > 0 ? <><dt>Mốc thời gian</dt><dd>{resolved} đã xác định{times.length > resolved ? `, ${times.length - resolved} chưa` : ''} <span class="muted">(được đánh dấu trong bài; rê chuột hoặc Tab đến để xem ngày)</span></dd></> : null}
          </dl>
        </header>
        {blocks.length === 0 ? <p>{marked(a.text, 0, a.text.length, times, names)}</p> : blocks.map((b) => {
          const t = marked(a.text, b.start, b.end, times, names);
          if (b.kind === 'lead') return <p class="lead">{t}</p>;
          if (b.kind === 'caption') return <p class="caption"><span class="visually-hidden">Chú thích ảnh: </span>{t}</p>;
          return <p>{t}</p>;
        })}
      </article>
      {a.doc.entities ? <NamesInArticle mentions={a.doc.entities} /> : null}
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
