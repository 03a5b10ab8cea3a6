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

/** A fetch for https://courses.example/course.zip answering HEAD as `head` says and every GET with the whole file in parts of `partLength` bytes. */
function wholeFileFetch(file: Uint8Array, { head, contentLength, partLength }: { head: 'size' | 'refused'; contentLength: boolean; partLength: number }) {
  const requests: string[] = [];
  const fetchDouble = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(`${init?.method} ${new Headers(init?.headers).get('Range') ?? ''}`);
    if (init?.method === 'HEAD') {
      return head === 'refused' ? new Response(null, { status: 405 }) : new Response(null, { headers: { 'Content-Length': String(file.length) } });
    }
    let offset = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= file.length) controller.close();
        else controller.enqueue(file.slice(offset, (offset += partLength)));
      },
    });
    return new Response(body, { headers: contentLength ? { 'Content-Length': String(file.length) } : {} });
  }) as typeof fetch;
  return { fetch: fetchDouble, requests };
}

test('without ranges: onProgress follows the download part by part, from 0 to the announced size', async () => {
  const server = wholeFileFetch(bigZip, { head: 'size', contentLength: true, partLength: 100_000 });
  const progress: Array<[number, number | undefined]> = [];
  const source = await httpByteSource('https://courses.example/course.zip', {
    fetch: server.fetch,
    onProgress: (loaded, total) => progress.push([loaded, total]),
  });
  const parts = Math.ceil(bigZip.length / 100_000);
  assert.deepEqual(progress, [0, ...Array.from({ length: parts }, (_, i) => Math.min((i + 1) * 100_000, bigZip.length))].map((loaded) => [loaded, bigZip.length]));
  assert.deepEqual(server.requests, ['HEAD ', `GET bytes=${bigZip.length - 65_633}-${bigZip.length - 1}`]);
  assert.deepEqual(await source.read(0, bigZip.length), bigZip);
});

test('without ranges or a HEAD size: onProgress gets the size from the download\'s Content-Length', async () => {
  const server = wholeFileFetch(smallZip, { head: 'refused', contentLength: true, partLength: 50 });
  const progress: Array<[number, number | undefined]> = [];
  const archive = await openZip(await httpByteSource('https://courses.example/course.zip', {
    fetch: server.fetch,
    onProgress: (loaded, total) => progress.push([loaded, total]),
  }));
  assert.equal(strFromU8(await archive.readEntry('index.html')), '<p>small</p>');
  assert.deepEqual(progress.at(-1), [smallZip.length, smallZip.length]);
  assert.ok(progress.every(([, total]) => total === smallZip.length));
});

test('without any announced size: onProgress gets an undefined total until the last call, which gives the size', async () => {
  const server = wholeFileFetch(bigZip, { head: 'refused', contentLength: false, partLength: 64 * 1024 });
  const progress: Array<[number, number | undefined]> = [];
  const archive = await openZip(await httpByteSource('https://courses.example/course.zip', {
    fetch: server.fetch,
    onProgress: (loaded, total) => progress.push([loaded, total]),
  }));
  assert.equal((await archive.readEntry('c.bin')).length, 100_000);
  assert.deepEqual(progress[0], [0, undefined]);
  assert.deepEqual(progress.at(-2), [bigZip.length, undefined]);
  assert.deepEqual(progress.at(-1), [bigZip.length, bigZip.length]);
  assert.ok(progress.slice(0, -1).every(([, total]) => total === undefined));
});

test('a download longer than its Content-Length (compressed in transit) goes on with an unknown total', async () => {
  const announced = 1000;
  const fetchDouble = (async (_input: RequestInfo | URL, init?: RequestInit) =>
    init?.method === 'HEAD'
      ? new Response(null, { status: 405 })
      : new Response(bigZip as Uint8Array<ArrayBuffer>, { headers: { 'Content-Length': String(announced) } })) as typeof fetch;
  const progress: Array<[number, number | undefined]> = [];
  const source = await httpByteSource('https://courses.example/course.zip', {
    fetch: fetchDouble,
    onProgress: (loaded, total) => progress.push([loaded, total]),
  });
  assert.equal(source.size, bigZip.length);
  assert.deepEqual(await source.read(0, bigZip.length), bigZip);
  assert.deepEqual(progress[0], [0, announced]);
  assert.deepEqual(progress.at(-2), [bigZip.length, undefined]);
  assert.deepEqual(progress.at(-1), [bigZip.length, bigZip.length]);
});

test('a download that breaks off midway is a zip.http-error naming the URL', async () => {
  const fetchDouble = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    if (init?.method === 'HEAD') return new Response(null, { status: 405 });
    let sent = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) controller.error(new TypeError('connection reset'));
        else controller.enqueue(smallZip.slice(0, 10));
        sent = true;
      },
    });
    return new Response(body);
  }) as typeof fetch;
  await assert.rejects(
    httpByteSource('https://courses.example/course.zip', { fetch: fetchDouble, onProgress: () => undefined }),
    (error: unknown) => error instanceof ZipError && error.code === 'zip.http-error' && /broke off.*connection reset/.test(error.message),
  );
});

test('with ranges: onProgress is never called, there being no download to wait for', async (t) => {
  const server = await serve(bigZip, 'ranges');
  t.after(() => server.close());
  const progress: number[] = [];
  const archive = await openZip(await httpByteSource(server.url, { onProgress: (loaded) => progress.push(loaded) }));
  assert.equal((await archive.readEntry('b.bin')).length, 100_000);
  assert.deepEqual(progress, []);
});

test('with a real server ignoring ranges: onProgress ends with the whole size', async (t) => {
  const server = await serve(bigZip, 'no-ranges');
  t.after(() => server.close());
  const progress: Array<[number, number | undefined]> = [];
  await httpByteSource(server.url, { onProgress: (loaded, total) => progress.push([loaded, total]) });
  assert.deepEqual(progress[0], [0, bigZip.length]);
  assert.deepEqual(progress.at(-1), [bigZip.length, bigZip.length]);
  assert.ok(progress.length > 2, `${progress.length} reports`);
});
