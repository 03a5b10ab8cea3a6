// The answers the worker gives (src/service-worker/responses.ts): 200, 206 and 416 with their
// headers (RFC 9110 §14–15), HEAD without a body, redirects adding a slash, escaped messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addSlashResponse, fileResponse, messageResponse, methodNotAllowedResponse } from '../../src/service-worker/responses.js';

const url = 'https://lms.example/__scorm-player__/p/media/clip.mp4';
const content = Uint8Array.from({ length: 100 }, (_, i) => i);
const get = (headers: Record<string, string> = {}) => new Request(url, { headers });
const bytes = async (response: Response) => [...new Uint8Array(await response.arrayBuffer())];

test('a GET without Range is answered 200 with the whole file, its type and length', async () => {
  const response = fileResponse(get(), 'media/clip.mp4', content);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('Content-Type'), 'video/mp4');
  assert.equal(response.headers.get('Content-Length'), '100');
  assert.equal(response.headers.get('Accept-Ranges'), 'bytes');
  assert.equal(response.headers.get('Content-Range'), null);
  assert.deepEqual(await bytes(response), [...content]);
});

test('a single range is answered 206 with Content-Range and those bytes only', async () => {
  const response = fileResponse(get({ Range: 'bytes=10-13' }), 'media/clip.mp4', content);
  assert.equal(response.status, 206);
  assert.equal(response.headers.get('Content-Range'), 'bytes 10-13/100');
  assert.equal(response.headers.get('Content-Length'), '4');
  assert.equal(response.headers.get('Accept-Ranges'), 'bytes');
  assert.deepEqual(await bytes(response), [10, 11, 12, 13]);
});

test('a suffix range is answered with the last bytes', async () => {
  const response = fileResponse(get({ Range: 'bytes=-3' }), 'media/clip.mp4', content);
  assert.equal(response.headers.get('Content-Range'), 'bytes 97-99/100');
  assert.deepEqual(await bytes(response), [97, 98, 99]);
});

test('an unsatisfiable range is answered 416 with the size in Content-Range', async () => {
  const response = fileResponse(get({ Range: 'bytes=100-' }), 'media/clip.mp4', content);
  assert.equal(response.status, 416);
  assert.equal(response.headers.get('Content-Range'), 'bytes */100');
  assert.deepEqual(await bytes(response), []);
});

test('a Range with If-Range is ignored, as there is no validator to match', async () => {
  const response = fileResponse(get({ Range: 'bytes=0-1', 'If-Range': '"x"' }), 'media/clip.mp4', content);
  assert.equal(response.status, 200);
  assert.equal((await bytes(response)).length, 100);
});

test('a HEAD is answered with the headers of a GET and no body', async () => {
  const response = fileResponse(new Request(url, { method: 'HEAD', headers: { Range: 'bytes=0-9' } }), 'media/clip.mp4', content);
  assert.equal(response.status, 206);
  assert.equal(response.headers.get('Content-Length'), '10');
  assert.equal(response.body, null);
});

test('the slash redirect adds "/" to the path and keeps the query', () => {
  const response = addSlashResponse('https://lms.example/__scorm-player__/p/sub?lang=fr');
  assert.equal(response.status, 301);
  assert.equal(response.headers.get('Location'), 'https://lms.example/__scorm-player__/p/sub/?lang=fr');
  assert.equal(addSlashResponse('https://lms.example/__scorm-player__/p').headers.get('Location'), 'https://lms.example/__scorm-player__/p/');
});

test('messages are escaped HTML pages that may run nothing', async () => {
  const response = messageResponse(404, 'Not Found', 'The package has no file "<script>alert(1)</script>".');
  assert.equal(response.status, 404);
  assert.equal(response.headers.get('Content-Type'), 'text/html; charset=utf-8');
  assert.equal(response.headers.get('Content-Security-Policy'), "default-src 'none'");
  const html = await response.text();
  assert.ok(html.includes('&quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;'), html);
  assert.ok(!html.includes('<script>'));
});

test('other methods than GET and HEAD are answered 405 with Allow', () => {
  const response = methodNotAllowedResponse('PUT');
  assert.equal(response.status, 405);
  assert.equal(response.headers.get('Allow'), 'GET, HEAD');
});
