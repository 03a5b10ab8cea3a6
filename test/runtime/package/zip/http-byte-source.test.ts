// The HTTP byte source (src/runtime/package/zip/http-byte-source.ts) against a server on
// 127.0.0.1 started by each test: ranged reads where the server honours Range, one download
// otherwise, and the number of requests each way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { strFromU8, strToU8, zipSync } from 'fflate';
import { httpByteSource, openZip, ZipError } from '../../../../src/runtime/package/zip/index.js';

type Mode = 'ranges' | 'no-ranges' | 'no-head';

interface TestServer {
  url: string;
  /** Each request as "METHOD range", the range "" when none. */
  requests: string[];
  close(): Promise<void>;
}

const rangeHeader = /^bytes=(\d+)-(\d+)$/;

async function serve(file: Uint8Array, mode: Mode): Promise<TestServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const range = request.headers.range ?? '';
    requests.push(`${request.method} ${range}`);
    if (request.url !== '/course.zip') {
      response.writeHead(404, 'Not Found').end();
      return;
    }
    if (request.method === 'HEAD') {
      if (mode === 'no-head') response.writeHead(403, 'Forbidden').end();
      else response.writeHead(200, { 'Content-Length': file.length }).end();
      return;
    }
    const match = rangeHeader.exec(range);
    if (mode === 'no-ranges' || match === null) {
      response.writeHead(200, { 'Content-Length': file.length }).end(file);
      return;
    }
    const start = Number(match[1]);
    const end = Math.min(Number(match[2]), file.length - 1);
    response
      .writeHead(206, { 'Content-Length': end - start + 1, 'Content-Range': `bytes ${start}-${end}/${file.length}` })
      .end(file.subarray(start, end + 1));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/course.zip`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const manifest = '<manifest identifier="m"/>';
/** About 300 KB: its last 65,633 bytes (the first read) hold the central directory but not all entries. */
const bigZip = zipSync({
  'imsmanifest.xml': strToU8(manifest),
  'a.bin': [randomBytes(100_000), { level: 0 }],
  'b.bin': [randomBytes(100_000), { level: 0 }],
  'c.bin': [randomBytes(100_000), { level: 0 }],
  'index.html': strToU8('<p>last</p>'),
});
const smallZip = zipSync({ 'imsmanifest.xml': strToU8(manifest), 'index.html': strToU8('<p>small</p>') });

test('with ranges: opening costs a HEAD and one GET of the end of the file; each entry read one GET', async (t) => {
  const server = await serve(bigZip, 'ranges');
  t.after(() => server.close());
  const archive = await openZip(await httpByteSource(server.url));
  const tailStart = bigZip.length - 65_633;
  assert.deepEqual(server.requests, ['HEAD ', `GET bytes=${tailStart}-${bigZip.length - 1}`]);
  assert.equal(strFromU8(await archive.readEntry('imsmanifest.xml')), manifest);
  assert.equal(server.requests.length, 3);
  assert.match(server.requests[2]!, /^GET bytes=0-\d+$/);
  assert.equal((await archive.readEntry('b.bin')).length, 100_000);
  assert.equal(server.requests.length, 4);
});

test('with ranges: entries within the end of the file read without a request', async (t) => {
  const server = await serve(bigZip, 'ranges');
  t.after(() => server.close());
  const archive = await openZip(await httpByteSource(server.url));
  assert.equal(strFromU8(await archive.readEntry('index.html')), '<p>last</p>');
  assert.equal(server.requests.length, 2);
});

test('with ranges: a zip smaller than the first read costs a HEAD and one GET in all', async (t) => {
  const server = await serve(smallZip, 'ranges');
  t.after(() => server.close());
  const archive = await openZip(await httpByteSource(server.url));
  assert.equal(strFromU8(await archive.readEntry('imsmanifest.xml')), manifest);
  assert.equal(strFromU8(await archive.readEntry('index.html')), '<p>small</p>');
  assert.deepEqual(server.requests, ['HEAD ', `GET bytes=0-${smallZip.length - 1}`]);
});

test('without ranges: the whole zip is downloaded once and every read is served from memory', async (t) => {
  const server = await serve(bigZip, 'no-ranges');
  t.after(() => server.close());
  const source = await httpByteSource(server.url);
  assert.equal(source.size, bigZip.length);
  const archive = await openZip(source);
  assert.equal(strFromU8(await archive.readEntry('imsmanifest.xml')), manifest);
  assert.equal((await archive.readEntry('a.bin')).length, 100_000);
  assert.equal(server.requests.length, 2);
});

test('a server refusing HEAD, as signed URLs do, gets one whole download', async (t) => {
  const server = await serve(bigZip, 'no-head');
  t.after(() => server.close());
  const archive = await openZip(await httpByteSource(server.url));
  assert.equal((await archive.readEntry('c.bin')).length, 100_000);
  assert.deepEqual(server.requests, ['HEAD ', 'GET ']);
});

test('an HTTP error status is a zip.http-error naming the URL and the status', async (t) => {
  const server = await serve(smallZip, 'ranges');
  t.after(() => server.close());
  const missing = server.url.replace('course.zip', 'missing.zip');
  const error = await httpByteSource(missing).then(
    () => assert.fail('the source was created'),
    (reason: unknown) => reason as ZipError,
  );
  assert.ok(error instanceof ZipError);
  assert.equal(error.code, 'zip.http-error');
  assert.ok(error.message.includes(missing), error.message);
  assert.match(error.message, /404/);
});

test('a server that cannot be reached is a zip.http-error naming the URL', async () => {
  const server = await serve(smallZip, 'ranges');
  const url = server.url;
  await server.close();
  await assert.rejects(httpByteSource(url), (error: unknown) => error instanceof ZipError && error.code === 'zip.http-error' && error.message.includes(url));
});

test('the fetch option replaces the global fetch, and init is passed to every request', async () => {
  const calls: string[] = [];
  const fetchDouble = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(`${init?.method} ${String(input)} ${init?.credentials}`);
    return init?.method === 'HEAD' ? new Response(null, { status: 405 }) : new Response(smallZip, { status: 200 });
  }) as typeof fetch;
  const source = await httpByteSource('https://courses.example/course.zip', { fetch: fetchDouble, init: { credentials: 'include' } });
  const archive = await openZip(source);
  assert.equal(strFromU8(await archive.readEntry('index.html')), '<p>small</p>');
  assert.deepEqual(calls, ['HEAD https://courses.example/course.zip include', 'GET https://courses.example/course.zip include']);
});
