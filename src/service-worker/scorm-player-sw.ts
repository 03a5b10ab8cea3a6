/**
 * The scorm-player service worker: serves the files of zipped SCORM packages, registered by the
 * page (src/components/package-host), under `<scope>__scorm-player__/<packageId>/`, so that the
 * content's relative links, scripts and media work as on a web server, with no server-side
 * unpacking. Built into one file, dist/scorm-player-sw.js, that users copy next to their page
 * (docs/serving-zips.md).
 */
import { readPackageHostMessage, registerPackageType, registerProgressType, type RegisterProgress, type WorkerReply } from './messages.js';
import { PackageRegistry } from './package-registry.js';
import { packageUrlPrefix, routePackageRequest } from './package-route.js';
import { cachePackageStore } from './package-store.js';
import { throttledProgress } from './progress-throttle.js';
import type { ServiceWorkerGlobal, WorkerClient } from './service-worker-global.js';

const worker = globalThis as unknown as ServiceWorkerGlobal;
const { scope } = worker.registration;
const prefix = packageUrlPrefix(scope);

const registry = new PackageRegistry({
  store: cachePackageStore(worker.caches, scope),
  isClientOpen: async (clientId) => clientId !== '' && (await worker.clients.get(clientId)) !== undefined,
  // Reached only for packages registered with `debug: true`.
  log: (message) => console.debug(`[scorm-player-sw] ${message}`),
});

// A new version of the worker takes over at once: the packages live in the Cache API, not in
// the old worker's memory, so nothing is lost.
worker.addEventListener('install', (event) => event.waitUntil(worker.skipWaiting()));

worker.addEventListener('fetch', (event) => {
  const route = routePackageRequest(event.request.url, prefix);
  // Anything else under the scope goes to the network as if there were no worker.
  if (route !== undefined) event.respondWith(registry.respond(event.request, route));
});

worker.addEventListener('message', (event) => {
  const [port] = event.ports;
  const message = readPackageHostMessage(event.data);
  const reply = (answer: WorkerReply) => port?.postMessage(answer);
  if (message === undefined) {
    reply({ ok: false, code: 'package.bad-message', message: 'The service worker does not understand this message: is it the same version as the page?' });
    return;
  }
  if (message.type === registerPackageType) {
    const ownerClientId = isClient(event.source) ? event.source.id : '';
    const onProgress = message.reportProgress === true
      ? throttledProgress((loaded, total) => port?.postMessage({ type: registerProgressType, loaded, total } satisfies RegisterProgress))
      : undefined;
    event.waitUntil(
      registry.register(message, ownerClientId, onProgress).then(async (answer) => {
        reply(answer);
        // Housekeeping: a failure here harms no one and is tried again at the next registration.
        if (answer.ok) await registry.releaseOrphans().catch(() => undefined);
      }),
    );
  } else {
    event.waitUntil(
      registry.release(message.packageId).then(
        () => reply({ ok: true }),
        (error: unknown) => reply({ ok: false, code: 'package.storage-failed', message: `The zip could not be deleted (${String(error)}).` }),
      ),
    );
  }
});

function isClient(source: unknown): source is WorkerClient {
  return typeof source === 'object' && source !== null && typeof (source as Partial<WorkerClient>).id === 'string';
}
