/** The queue's pure parts: what a job carries survives the trip as JSON, and the settings keep a killed worker's job retried within a minute. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromWire, ingestJob, toWire } from '../../src/app/jobs/payload.js';
import { DEFAULT_SETTINGS, jobError, queueSettings } from '../../src/app/jobs/queue.js';
import type { RawInput } from '../../src/doc/news-doc.js';

test('jobs › a raw input survives the trip through a job as JSON: bytes (any, not only UTF-8), sidecar, name, origin, encoding', () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x54, 0xe1, 0xba, 0xad, 0x70, 0x00, 0xff, 0x80, 0x0a]);
  const inputs: RawInput[] = [
    { format: 'text', bytes: bytes.subarray(1, 11), sidecar: '{"title":"Tập"}', name: 'seeds/000', origin: { path: '/x/seeds/000.txt' }, encoding: 'tcvn3' },
    { format: 'jsonl', bytes: new TextEncoder().encode('{"id":"a","body":"Hà Nội"}'), origin: { path: '/x/a.jsonl', line: 7 } },
    { format: 'feed-item', bytes: new Uint8Array(0), origin: { path: '/x/f.xml', item: 2 } },
  ];
  const wire = JSON.parse(JSON.stringify({ inputs: inputs.map(toWire) }));
  const back = ingestJob.parse(wire).inputs.map(fromWire);
  assert.deepEqual(back.map((i) => ({ ...i, bytes: [...i.bytes] })), inputs.map((i) => ({ ...i, bytes: [...i.bytes] })));
  assert.throws(() => ingestJob.parse({ inputs: [] }));
  assert.throws(() => ingestJob.parse({ inputs: [{ format: 'pdf', bytes: '' }] }));
});

test('jobs › settings: defaults retry a killed worker\'s job within 60 s; the environment sets them; nonsense is a usage error', () => {
  assert.ok(DEFAULT_SETTINGS.expireSeconds + DEFAULT_SETTINGS.maintenanceSeconds <= 60);
  assert.deepEqual(queueSettings({}), DEFAULT_SETTINGS);
  assert.deepEqual(queueSettings({ TOANCANH_JOB_EXPIRE_SECONDS: '4', TOANCANH_JOB_MAINTENANCE_SECONDS: '1', TOANCANH_JOB_POLL_SECONDS: '0.5', TOANCANH_JOB_RETRY_LIMIT: '0' }),
    { expireSeconds: 4, maintenanceSeconds: 1, pollSeconds: 0.5, retryLimit: 0 });
  assert.throws(() => queueSettings({ TOANCANH_JOB_EXPIRE_SECONDS: 'soon' }), /TOANCANH_JOB_EXPIRE_SECONDS must be a number/);
  assert.throws(() => queueSettings({ TOANCANH_JOB_POLL_SECONDS: '0.1' }), /≥ 0.5/);
});

test('jobs › a failed job\'s error: a thrown error\'s message, or pg-boss\'s expiry', () => {
  assert.equal(jobError({ message: '2 of 3 inputs rejected', stack: '…' }), '2 of 3 inputs rejected');
  assert.equal(jobError({ value: { message: 'job failed by timeout in active state' } }), 'job failed by timeout in active state');
  assert.equal(jobError(null), undefined);
});
