import {
  readRegisterProgress,
  registerPackageType,
  releasePackageType,
  type PackageHostMessage,
  type RegisterProgress,
  type WorkerReply,
} from '../../service-worker/messages.js';
import { packageUrlPrefix, packageUrlSegment } from '../../service-worker/package-route.js';
import { PackageHostError, type PackageHostErrorCode } from './package-host-error.js';
import { serviceWorkerContainer } from './service-worker-container.js';

export interface ServePackageOptions {
  /** The zip: a Blob or File, or its URL (relative to the page), read with HTTP range requests. */
  readonly source: Blob | string;
  /** Where the page's copy of dist/scorm-player-sw.js is; `scorm-player-sw.js` next to the page by default. */
  readonly serviceWorkerUrl?: string;
  /** The worker's scope: by default the `__scorm-player__/` folder next to its script, so that
   * it controls package files only, never the host's own pages. */
  readonly scope?: string;
  /** Log what the worker does with this package to the worker's console. */
  readonly debug?: boolean;
  /**
   * Follows the download of a zip given by URL from a server that ignores ranges, which the
   * worker then downloads whole: called with the bytes received and the zip's size (undefined
   * while the server has not announced it): with 0 first, then a few times a second, and last
   * with `loaded` equal to `total`. Not called otherwise: a Blob, or a server that honours
   * ranges, leaves nothing to wait for.
   */
  readonly onProgress?: (loaded: number, total: number | undefined) => void;
}

export interface ServedPackage {
  readonly packageId: string;
  /** The URL of the package's root folder, ending with "/": its files are at `baseUrl + href`. */
  readonly baseUrl: string;
  /** Stops serving the package and deletes the worker's copy of the zip. */
  release(): Promise<void>;
}

const defaultServiceWorkerUrl = 'scorm-player-sw.js';

/**
 * Serves the zipped package `source` through the scorm-player service worker: registers the
 * worker (or finds it registered), waits until it is active, hands it the zip, and resolves
 * with the URL its files are served under. The page need not be controlled by the worker: the
 * frame that loads `baseUrl` is. Rejects with a PackageHostError.
 */
export async function servePackage(options: ServePackageOptions): Promise<ServedPackage> {
  const container = serviceWorkerContainer();
  const scriptUrl = new URL(options.serviceWorkerUrl ?? defaultServiceWorkerUrl, document.baseURI).href;
  const scope =
    options.scope === undefined ? new URL(`${packageUrlSegment}/`, scriptUrl).href : new URL(options.scope, document.baseURI).href;
  const registration = await registerWorker(container, scriptUrl, scope);
  const worker = await activatedWorker(registration, scriptUrl);
  const packageId = crypto.randomUUID();
  const source = typeof options.source === 'string' ? { url: new URL(options.source, document.baseURI).href } : options.source;
  const { onProgress } = options;
  const register = { type: registerPackageType, packageId, source, debug: options.debug === true, reportProgress: onProgress !== undefined } as const;
  await ask(worker, register, onProgress);
  return {
    packageId,
    baseUrl: `${packageUrlPrefix(registration.scope)}${packageId}/`,
    release: async () => {
      // A worker replaced or unregistered since has nothing of this package to release.
      const active = registration.active;
      if (active !== null && active.state !== 'redundant') await ask(active, { type: releasePackageType, packageId });
    },
  };
}

/**
 * Service Workers, "Register" algorithm: a registration that exists for this scope and script
 * is returned as it is, with no update check. Registered as a classic script: the built worker imports nothing, and
 * classic workers run in every browser with service workers.
 */
async function registerWorker(container: ServiceWorkerContainer, scriptUrl: string, scope: string): Promise<ServiceWorkerRegistration> {
  try {
    return await container.register(scriptUrl, { scope });
  } catch (error) {
    const why =
      error instanceof DOMException && error.name === 'SecurityError'
        ? `A service worker controls only URLs under its own folder, unless the server sends a Service-Worker-Allowed ` +
          `header with the script naming a wider path; and it must come from the page's own origin.`
        : `Check that scorm-player-sw.js was copied there from the scorm-player package's dist folder and that the server ` +
          `sends it with a JavaScript content type.`;
    throw new PackageHostError(
      'service-worker.registration-failed',
      `The service worker ${scriptUrl} could not be registered for ${scope} (${String(error)}). ${why}`,
      { cause: error },
    );
  }
}

/** The registration's worker once it is activated (Service Workers, ServiceWorker.state): only then does it answer fetches. */
function activatedWorker(registration: ServiceWorkerRegistration, scriptUrl: string): Promise<ServiceWorker> {
  const worker = registration.active ?? registration.waiting ?? registration.installing;
  if (worker === null) return Promise.reject(installFailed(scriptUrl));
  if (worker.state === 'activated') return Promise.resolve(worker);
  return new Promise((resolve, reject) => {
    worker.addEventListener('statechange', function onStateChange() {
      if (worker.state !== 'activated' && worker.state !== 'redundant') return;
      worker.removeEventListener('statechange', onStateChange);
      if (worker.state === 'activated') resolve(worker);
      else reject(installFailed(scriptUrl));
    });
  });
}

function installFailed(scriptUrl: string): PackageHostError {
  return new PackageHostError(
    'service-worker.install-failed',
    `The service worker ${scriptUrl} did not install: the file may be damaged or of another program. Copy it again from the scorm-player package.`,
  );
}

/**
 * Sends `message` to the worker and waits for its reply on a MessageChannel of its own, where
 * the progress of a registration comes before the reply.
 */
function ask(worker: ServiceWorker, message: PackageHostMessage, onProgress?: (loaded: number, total: number | undefined) => void): Promise<void> {
  const { port1, port2 } = new MessageChannel();
  return new Promise((resolve, reject) => {
    port1.onmessage = ({ data }: MessageEvent<WorkerReply | RegisterProgress>) => {
      const progress = readRegisterProgress(data);
      if (progress !== undefined) {
        onProgress?.(progress.loaded, progress.total);
        return;
      }
      const reply = data as WorkerReply;
      port1.close();
      if (reply.ok) resolve();
      else reject(new PackageHostError(reply.code as PackageHostErrorCode, reply.message));
    };
    worker.postMessage(message, [port2]);
  });
}
