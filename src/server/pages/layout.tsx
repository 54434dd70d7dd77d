/** The frame of every page: header with the search form, navigation, main, footer. No script. */
import type { Child } from 'hono/jsx';

export function Layout(props: { title: string; query?: string; children?: Child }) {
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title} · Toàn cảnh</title>
        <link rel="stylesheet" href="/static/style.css" />
      </head>
      <body>
        <a class="skip" href="#main">Bỏ qua, đến nội dung chính</a>
        <header class="site">
          <a class="brand" href="/">Toàn cảnh</a>
          <nav aria-label="Mục chính">
            <ul>
              <li><a href="/">Câu chuyện mới</a></li>
              <li><a href="/entities">Nhân vật</a></li>
              <li><a href="/outlets">Các nguồn báo</a></li>
            </ul>
          </nav>
          <form class="search" role="search" action="/search" method="get">
            <label for="q">Tìm bài báo</label>
            <input id="q" name="q" type="search" value={props.query ?? ''} maxlength={500} placeholder="ví dụ: tap can binh" />
            <button type="submit">Tìm</button>
          </form>
        </header>
        <main id="main" tabindex={-1}>
          {props.children}
        </main>
        <footer class="site">
          <p>Toàn cảnh: tin tức tiếng Việt, gom theo câu chuyện. Mã nguồn mở (MIT).</p>
        </footer>
      </body>
    </html>
  );
}

/** Links to the previous and next pages, when there are. */
export function Pager(props: { prev?: string; next?: string; label: string }) {
  if (!props.prev && !props.next) return null;
  return (
    <nav class="pager" aria-label={props.label}>
      {props.prev ? <a href={props.prev} rel="prev">← Trang trước</a> : <span />}
      {props.next ? <a href={props.next} rel="next">Trang sau →</a> : <span />}
    </nav>
  );
}

export function NotFound(props: { message: string }) {
  return (
    <Layout title="Không tìm thấy">
      <h1>Không tìm thấy</h1>
      <p>{props.message}</p>
      <p><a href="/">Về trang đầu</a> hoặc tìm bài báo bằng ô tìm kiếm ở trên.</p>
    </Layout>
  );
}

export function ErrorPage(_props: Record<string, never>) {
  return (
    <Layout title="Lỗi">
      <h1>Có lỗi xảy ra</h1>
      <p>Máy chủ gặp lỗi khi dựng trang này. Thử lại sau, hoặc <a href="/">về trang đầu</a>.</p>
    </Layout>
  );
}
