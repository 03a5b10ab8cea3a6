// The worker's packages (src/service-worker/package-registry.ts): registered from a Blob or a
// URL, kept in the Cache API across restarts of the worker, served file by file, released.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { registerPackageType, type WorkerReply } from '../../src/service-worker/messages.js';
import { PackageRegistry } from '../../src/service-worker/package-registry.js';
import { packageUrlPrefix, routePackageRequest } from '../../src/service-worker/package-route.js';
import { cachePackageStore, type PackageSource } from '../../src/service-worker/package-store.js';
import { fakeCacheStorage, type FakeCacheStorage } from './fake-cache-storage.js';

const scope = 'https://lms.example/player/';
const prefix = packageUrlPrefix(scope);
const zipUrl = 'https://cdn.example/course.zip';

const courseFiles: Zippable = {
  'index.html': strToU8('<script src="js/app.js"></script>'),
  'js/app.js': strToU8('window.ran = true;'),
  'sub/index.html': strToU8('<p>sub</p>'),
  'media/clip.mp4': [Uint8Array.from({ length: 256 }, (_, i) => i), { level: 0 }],
};
const courseZip = zipSync(courseFiles);

interface World {
  caches: FakeCacheStorage;
  openClients: Set<string>;
  log: string[];
  /** A worker over the same storage, as after the browser stopped the previous one. */
  restart(): PackageRegistry;
  registry: PackageRegistry;
}

function world(fetchFunction?: typeof fetch): World {
  const caches = fakeCacheStorage();
  const openClients = new Set(['page-1']);
  const log: string[] = [];
  const restart = () =>
    new PackageRegistry({
      store: cachePackageStore(caches, scope),
      isClientOpen: async (id) => openClients.has(id),
      log: (message) => log.push(message),
      ...(fetchFunction === undefined ? {} : { fetch: fetchFunction }),
    });
  return { caches, openClients, log, restart, registry: restart() };
}

function register(registry: PackageRegistry, packageId: string, source: PackageSource, debug = false, owner = 'page-1'): Promise<WorkerReply> {
  return registry.register({ type: registerPackageType, packageId, source, debug }, owner);
}

async function serve(registry: PackageRegistry, rest: string, init?: RequestInit): Promise<Response> {
  const request = new Request(prefix + rest, init);
  const route = routePackageRequest(request.url, prefix);
  assert.ok(route !== undefined, rest);
  return registry.respond(request, route);
}

/** A server for zipUrl that honours HEAD and single ranges, and can be down. */
function zipServer(bytes: Uint8Array) {
  const server = {
    down: false,
    fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (server.down) throw new TypeError('network down');
      if (String(input) !== zipUrl) return new Response(null, { status: 404 });
      if (init?.method === 'HEAD') return new Response(null, { headers: { 'Content-Length': String(bytes.length) } });
      const range = /^bytes=(\d+)-(\d+)$/.exec(new Headers(init?.headers).get('Range') ?? '');
      if (range === null) return new Response(bytes as Uint8Array<ArrayBuffer>);
      const first = Number(range[1]);
      const last = Math.min(Number(range[2]), bytes.length - 1);
      return new Response(bytes.slice(first, last + 1), {
        status: 206,
        headers: { 'Content-Range': `bytes ${first}-${last}/${bytes.length}` },
      });
    }) as typeof fetch,
  };
  return server;
}

test('a registered Blob is served file by file with its content types', async () => {
  const { registry } = world();
  assert.deepEqual(await register(registry, 'p1', new Blob([courseZip])), { ok: true });
  const script = await serve(registry, 'p1/js/app.js');
  assert.equal(script.status, 200);
  assert.equal(script.headers.get('Content-Type'), 'text/javascript; charset=utf-8');
  assert.equal(await script.text(), 'window.ran = true;');
});

test('the package root and a folder with a final slash serve their index.html', async () => {
  const { registry } = world();
  await register(registry, 'p1', new Blob([courseZip]));
  assert.equal(await (await serve(registry, 'p1/')).text(), '<script src="js/app.js"></script>');
  assert.equal(await (await serve(registry, 'p1/sub/')).text(), '<p>sub</p>');
});

test('a folder named without its final slash, or the package id alone, is redirected to it', async () => {
  const { registry } = world();
  await register(registry, 'p1', new Blob([courseZip]));
  const folder = await serve(registry, 'p1/sub?x=1');
  assert.equal(folder.status, 301);
  assert.equal(folder.headers.get('Location'), `${prefix}p1/sub/?x=1`);
  assert.equal((await serve(registry, 'p1')).headers.get('Location'), `${prefix}p1/`);
});

test('a missing file is answered 404 naming its path', async () => {
  const { registry } = world();
  await register(registry, 'p1', new Blob([courseZip]));
  const response = await serve(registry, 'p1/img/missing.png');
  assert.equal(response.status, 404);
  assert.match(await response.text(), /img\/missing\.png/);
  assert.equal((await serve(registry, 'p1/js/')).status, 404, 'a folder without index.html');
  assert.equal((await serve(registry, 'p1/__proto__')).status, 404);
});

test('a path above the package root is answered 404', async () => {
  const { registry } = world();
  await register(registry, 'p1', new Blob([courseZip]));
  const response = await serve(registry, 'p1/..%2Fp2/index.html');
  assert.equal(response.status, 404);
});

test('a Range request is answered 206 with those bytes', async () => {
  const { registry } = world();
  await register(registry, 'p1', new Blob([courseZip]));
  const response = await serve(registry, 'p1/media/clip.mp4', { headers: { Range: 'bytes=16-19' } });
  assert.equal(response.status, 206);
  assert.equal(response.headers.get('Content-Range'), 'bytes 16-19/256');
  assert.deepEqual([...new Uint8Array(await response.arrayBuffer())], [16, 17, 18, 19]);
});

test('writing to the package is answered 405', async () => {
  const { registry } = world();
  await register(registry, 'p1', new Blob([courseZip]));
  assert.equal((await serve(registry, 'p1/index.html', { method: 'POST', body: 'x' })).status, 405);
});

test('a package never registered is answered 404 naming it', async () => {
  const { registry } = world();
  const response = await serve(registry, 'nope/index.html');
  assert.equal(response.status, 404);
  assert.match(await response.text(), /No package &quot;nope&quot;/);
});

test('a restarted worker serves the Blob package from the Cache API', async () => {
  const { registry, restart } = world();
  await register(registry, 'p1', new Blob([courseZip]));
  const response = await serve(restart(), 'p1/sub/index.html');
  assert.equal(response.status, 200);
  assert.equal(await response.text(), '<p>sub</p>');
});

test('a URL package is read with range requests, and reopened from its URL after a restart', async () => {
  const server = zipServer(courseZip);
  const { registry, restart, caches } = world(server.fetch);
  assert.deepEqual(await register(registry, 'p1', { url: zipUrl }), { ok: true });
  assert.equal(await (await serve(registry, 'p1/js/app.js')).text(), 'window.ran = true;');
  const [stored] = caches.stored.get('scorm-player-packages')!.values();
  assert.equal((await stored!.clone().arrayBuffer()).byteLength, 0, 'only the URL is stored');
  assert.equal(await (await serve(restart(), 'p1/sub/index.html')).text(), '<p>sub</p>');
});

test('a URL package from a server that ignores ranges reports its download to onProgress', async () => {
  const fetchWhole = (async (input: RequestInfo | URL, init?: RequestInit) =>
    String(input) !== zipUrl
      ? new Response(null, { status: 404 })
      : new Response(init?.method === 'HEAD' ? null : (courseZip as Uint8Array<ArrayBuffer>), { headers: { 'Content-Length': String(courseZip.length) } })) as typeof fetch;
  const { registry } = world(fetchWhole);
  const progress: Array<[number, number | undefined]> = [];
  const reply = await registry.register({ type: registerPackageType, packageId: 'p1', source: { url: zipUrl } }, 'page-1', (loaded, total) =>
    progress.push([loaded, total]),
  );
  assert.deepEqual(reply, { ok: true });
  assert.deepEqual(progress.at(0), [0, courseZip.length]);
  assert.deepEqual(progress.at(-1), [courseZip.length, courseZip.length]);
  assert.equal(await (await serve(registry, 'p1/js/app.js')).text(), 'window.ran = true;');
});

test('a URL package from a server that honours ranges, or a Blob, reports no progress', async () => {
  const { registry } = world(zipServer(courseZip).fetch);
  const progress: number[] = [];
  const onProgress = (loaded: number) => progress.push(loaded);
  assert.deepEqual(await registry.register({ type: registerPackageType, packageId: 'p1', source: { url: zipUrl } }, 'page-1', onProgress), { ok: true });
  assert.deepEqual(await registry.register({ type: registerPackageType, packageId: 'p2', source: new Blob([courseZip]) }, 'page-1', onProgress), { ok: true });
  assert.deepEqual(progress, []);
});

test('a source that fails to open after a restart is answered 500, and tried again next time', async () => {
  const server = zipServer(courseZip);
  const { registry, restart } = world(server.fetch);
  await register(registry, 'p1', { url: zipUrl });
  const restarted = restart();
  server.down = true;
  const failed = await serve(restarted, 'p1/index.html');
  assert.equal(failed.status, 500);
  assert.match(await failed.text(), /network down/);
  server.down = false;
  assert.equal((await serve(restarted, 'p1/index.html')).status, 200);
});

test('a file that is not a zip is refused with the zip reader\'s code, and not stored', async () => {
  const { registry, caches } = world();
  const reply = await register(registry, 'p1', new Blob(['<html>not a zip</html>']));
  assert.equal(reply.ok, false);
  assert.equal(!reply.ok && reply.code, 'zip.not-a-zip');
  assert.equal(caches.stored.get('scorm-player-packages')?.size ?? 0, 0);
  assert.equal((await serve(registry, 'p1/index.html')).status, 404);
});

test('a zip the Cache API will not keep is refused with package.storage-failed', async () => {
  const { registry, caches } = world();
  caches.failNextPut = true;
  const reply = await register(registry, 'p1', new Blob([courseZip]));
  assert.equal(!reply.ok && reply.code, 'package.storage-failed');
  assert.equal((await serve(registry, 'p1/index.html')).status, 404);
});

test('a released package is answered 404, also by a restarted worker', async () => {
  const { registry, restart } = world();
  await register(registry, 'p1', new Blob([courseZip]));
  await serve(registry, 'p1/index.html');
  await registry.release('p1');
  assert.equal((await serve(registry, 'p1/index.html')).status, 404);
  assert.equal((await serve(restart(), 'p1/index.html')).status, 404);
});

test('registering an id again serves the new zip', async () => {
  const { registry } = world();
  await register(registry, 'p1', new Blob([courseZip]));
  await serve(registry, 'p1/js/app.js');
  await register(registry, 'p1', new Blob([zipSync({ 'js/app.js': strToU8('v2') })]));
  assert.equal(await (await serve(registry, 'p1/js/app.js')).text(), 'v2');
});

test('packages whose registering page has closed are released, the others kept', async () => {
  const { registry, openClients } = world();
  openClients.add('page-2');
  await register(registry, 'p1', new Blob([courseZip]), false, 'page-1');
  await register(registry, 'p2', new Blob([courseZip]), false, 'page-2');
  openClients.delete('page-1');
  await registry.releaseOrphans();
  assert.equal((await serve(registry, 'p1/index.html')).status, 404);
  assert.equal((await serve(registry, 'p2/index.html')).status, 200);
});

test('a damaged file is answered 500 saying so; the other files are still served', async () => {
  const zip = zipSync({ 'a.txt': [strToU8('hello world'), { level: 0 }], 'b.txt': strToU8('fine') });
  const at = Buffer.from(zip).indexOf('hello world');
  zip[at] = 'j'.charCodeAt(0);
  const { registry } = world();
  await register(registry, 'p1', new Blob([zip]));
  const response = await serve(registry, 'p1/a.txt');
  assert.equal(response.status, 500);
  assert.match(await response.text(), /CRC-32/);
  assert.equal(await (await serve(registry, 'p1/b.txt')).text(), 'fine');
});

test('nothing is logged unless the package was registered with debug', async () => {
  const quiet = world();
  await register(quiet.registry, 'p1', new Blob([courseZip]));
  await serve(quiet.registry, 'p1/index.html');
  await register(quiet.registry, 'p2', new Blob(['not a zip']));
  assert.deepEqual(quiet.log, []);

  const chatty = world();
  await register(chatty.registry, 'p1', new Blob([courseZip]), true);
  await serve(chatty.registry, 'p1/index.html');
  assert.ok(chatty.log.some((line) => line.includes('GET index.html') && line.includes('200')), chatty.log.join('\n'));
});

test('a Range request for a large stored video reads only that part of the zip', async () => {
  const video = Uint8Array.from({ length: 6 * 1024 * 1024 }, (_, i) => (i * 7) % 256);
  const bytes = zipSync({ 'index.html': strToU8('<video src="v.mp4">'), 'v.mp4': [video, { level: 0 }] });
  const server = zipServer(bytes);
  const requested: string[] = [];
  const fetching = (async (input: RequestInfo | URL, init?: RequestInit) => {
    requested.push(new Headers(init?.headers).get('Range') ?? init?.method ?? 'GET');
    return server.fetch(input, init);
  }) as typeof fetch;
  const { registry } = world(fetching);
  assert.deepEqual(await register(registry, 'p1', { url: zipUrl }), { ok: true });
  requested.length = 0;
  const response = await serve(registry, 'p1/v.mp4', { headers: { Range: 'bytes=3000000-3000009' } });
  assert.equal(response.status, 206);
  assert.equal(response.headers.get('Content-Range'), `bytes 3000000-3000009/${video.length}`);
  assert.equal(response.headers.get('Content-Type'), 'video/mp4');
  assert.deepEqual([...new Uint8Array(await response.arrayBuffer())], [...video.subarray(3_000_000, 3_000_010)]);
  const ranges = requested.map((range) => /^bytes=(\d+)-(\d+)$/.exec(range)).filter((m) => m !== null);
  const fetched = ranges.reduce((sum, m) => sum + Number(m![2]) - Number(m![1]) + 1, 0);
  assert.ok(fetched < 64 * 1024, `fetched ${fetched} bytes of the zip for 10 bytes of video`);
});
