import { PackageHostError } from './package-host-error.js';

const folderAdvice = 'Unzip the package and give the URL of its folder instead: folders need no service worker.';

/**
 * The page's service worker container, or a PackageHostError naming why there is none.
 * Browsers offer service workers to secure contexts only (Service Workers: navigator.serviceWorker
 * is [SecureContext]; https, or http on localhost), never to pages from file://, and not to frames
 * sandboxed without allow-same-origin, nor, in Firefox, in private windows before version 138
 * or when history is not kept.
 */
export function serviceWorkerContainer(): ServiceWorkerContainer {
  if (location.protocol === 'file:') {
    throw new PackageHostError(
      'service-worker.file-url',
      `Zipped packages are served by a service worker, and browsers allow none on pages opened from a file (${location.href}). ` +
        `Serve the page over http://localhost or https. ${folderAdvice}`,
    );
  }
  if (!isSecureContext) {
    throw new PackageHostError(
      'service-worker.insecure-context',
      `Zipped packages are served by a service worker, and browsers allow service workers on https and http://localhost only, ` +
        `not on this page (${location.origin}). Serve the page over https. ${folderAdvice}`,
    );
  }
  let container: ServiceWorkerContainer | undefined;
  try {
    container = navigator.serviceWorker;
  } catch (error) {
    // Reading the property throws in frames sandboxed without allow-same-origin.
    throw new PackageHostError('service-worker.unavailable', `This page may not use service workers (${String(error)}). ${folderAdvice}`, {
      cause: error,
    });
  }
  if (container === undefined) {
    throw new PackageHostError(
      'service-worker.unavailable',
      'This browser offers no service workers to this page: a private window of Firefox before 138, Firefox set never ' +
        `to remember history, or a policy. ${folderAdvice}`,
    );
  }
  return container;
}
