import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/ingest/html/extract.js';
import { FeedError, parseFeed } from '../../src/ingest/feed/index.js';
import { decodeAny } from '../../src/text/legacy.js';

// A small deterministic generator of broken markup: random tags, attributes, unclosed and stray
// closing tags, comments, entities, scripts, Vietnamese text.
function* pages(seed: number, count: number): Generator<string> {
  let x = seed >>> 0 || 1;
  const rnd = (n: number) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x % n;
  };
  const tags = ['div', 'p', 'span', 'a', 'article', 'section', 'ul', 'li', 'table', 'td', 'figure', 'figcaption', 'script', 'style', 'h1', 'h2', 'nav', 'aside', 'b', 'br', 'img', 'iframe', 'svg', 'form', 'blockquote'];
  const classes = ['content', 'sapo', 'related', 'share', 'caption', 'author', 'date', 'Image', 'ads', 'detail', 'body', 'tin-lien-quan'];
  const words = ['Tập', 'Cận', 'Bình', 'Xem thêm:', 'Ảnh:', '&amp;', '&nbsp;', '&#7879;', '&bogus;', '<', '>', '"', "'", '\u0000', '\uFEFF', 'Theo', 'Yonhap', '23/3/2021', 'ngày', 'người'];
  for (let c = 0; c < count; c++) {
    let s = rnd(3) === 0 ? '' : '<!DOCTYPE html><html><head><title>Tiêu đề</title></head><body>';
    const n = 20 + rnd(300);
    for (let i = 0; i < n; i++) {
      const k = rnd(10);
      const tag = tags[rnd(tags.length)]!;
      if (k < 3) s += `<${tag}${rnd(2) ? ` class="${classes[rnd(classes.length)]}"` : ''}${rnd(4) === 0 ? ' style="display:none"' : ''}>`;
      else if (k < 5) s += `</${tag}>`;
      else if (k === 5) s += rnd(2) ? '<!-- chú thích ' : ' -->';
      else s += ` ${words[rnd(words.length)]}`;
    }
    yield s;
  }
}

test('naughty input › broken HTML never throws and gives well-formed results', () => {
  for (const html of pages(12345, 300)) {
    const a = extractArticle(html);
    assert.ok(Array.isArray(a.paragraphs) && Array.isArray(a.captions) && Array.isArray(a.warnings));
    assert.equal(typeof a.bestEffort, 'boolean');
    // the tag-stripping fallback is a last resort: broken markup must go through the real path
    assert.ok(!a.warnings.some((w) => w.startsWith('extraction failed')), `${a.warnings.join('; ')}\n${html.slice(0, 300)}`);
    for (const p of a.paragraphs) {
      assert.ok(p.length > 0 && p === p.trim(), JSON.stringify(p));
      assert.ok(!/<script|<style/i.test(p));
    }
  }
});

test('naughty input › a feed parser given anything throws only FeedError', () => {
  for (const html of pages(999, 150)) {
    for (const doc of [html, `<rss><channel><item>${html}</item></channel></rss>`, `<feed>${html}</feed>`]) {
      try {
        const f = parseFeed(doc);
        assert.ok(Array.isArray(f.items));
      } catch (e) {
        assert.ok(e instanceof FeedError, String(e));
      }
    }
  }
});

test('naughty input › decodeAny never throws on random bytes', () => {
  let x = 42;
  for (let c = 0; c < 200; c++) {
    const bytes = new Uint8Array(1 + (c * 37) % 500);
    for (let i = 0; i < bytes.length; i++) {
      x = (x * 1664525 + 1013904223) >>> 0;
      bytes[i] = x >>> 24;
    }
    const r = decodeAny(bytes);
    assert.equal(typeof r.ok, 'boolean');
    assert.ok(r.confidence >= 0 && r.confidence <= 1);
  }
});
