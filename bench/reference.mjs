// A fixed CPU workload, independent of toancanh's code, timed beside the product in the same run so
// that a benchmark can report a ratio the machine's load affects less than a raw rate. It does what
// ingest does in kind (JSON in and out, regular expressions over Vietnamese text, string maps, a
// sort) on deterministic generated text. Never change it: ratios recorded in the README compare to
// it. Prints the milliseconds it took.
const SYLLABLES = ('chủ tịch trung quốc tập cận bình gửi điện chúc mừng lãnh đạo triều tiên kim jong un ' +
  'hợp tác đoàn kết hai nước tăng cường quan hệ hữu nghị bình nhưỡng bắc kinh hãng thông tấn kcna cho biết ' +
  'theo yonhap hôm thứ ba tuần trước thủ tướng việt nam hà nội kinh tế giá xăng bóng đá máy bay động đất').split(' ');

let seed = 12345;
function next() {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed;
}

function article(i) {
  const words = [];
  const n = 300 + (next() % 400);
  for (let k = 0; k < n; k++) words.push(SYLLABLES[next() % SYLLABLES.length]);
  for (let k = 20; k < words.length; k += 17 + (next() % 9)) words[k] += next() % 3 === 0 ? '.' : ',';
  return { id: `ref/${i}`, title: words.slice(0, 10).join(' '), body: words.join(' '), publishedAt: new Date(1.45e12 + i * 3.6e6).toISOString() };
}

const started = process.hrtime.bigint();
let checksum = 0;
const df = new Map();
for (let i = 0; i < 8000; i++) {
  const line = JSON.stringify(article(i));
  const a = JSON.parse(line);
  const text = a.body.normalize('NFC');
  const folded = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').toLowerCase();
  const sentences = text.split(/(?<=[.!?])\s+/);
  const tf = new Map();
  for (const m of folded.matchAll(/[\p{L}\p{N}]+/gu)) tf.set(m[0], (tf.get(m[0]) ?? 0) + 1);
  for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const top = [...tf.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 20);
  checksum = (checksum + sentences.length + top.length + JSON.stringify({ id: a.id, top }).length) >>> 0;
}
const ms = Number(process.hrtime.bigint() - started) / 1e6;
process.stdout.write(`${JSON.stringify({ ms, checksum, terms: df.size })}\n`);
