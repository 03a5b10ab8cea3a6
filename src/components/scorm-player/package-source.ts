/**
 * Where a player's package comes from, and how its files are reached: a folder on a web server
 * is read where it is; a zip (a URL ending in .zip, or a File or Blob) is handed to the service
 * worker, which serves its files under a folder URL of the page's origin (docs/serving-zips.md).
 * Either way the content is then loaded from `baseUrl`, and the manifest read from there.
 *
 * The worker answers requests of the frames it controls (those loaded under its scope), never
 * the page's own: so a zip's manifest is read through a hidden frame loaded in the package.
 */
import { servePackage } from '../package-host/index.js';
import { openPackage, urlPackageFiles, type OpenedPackage } from '../../runtime/package/index.js';

export type PackageSource = { readonly kind: 'folder'; readonly url: string } | { readonly kind: 'zip'; readonly source: Blob | string };

export type LoadingStage = 'preparing-zip' | 'reading-manifest';

/** A package ready to play: its files' folder URL and what its manifest says. */
export interface LoadedPackage {
  readonly baseUrl: string;
  readonly opened: OpenedPackage;
  /** Stops serving a zip; nothing to do for a folder. */
  release(): Promise<void>;
}

const MANIFEST = 'imsmanifest.xml';

/**
 * What `src` names, resolved against `baseUri`: a zip when its path ends in `.zip`, or when it is
 * a blob: URL (URL.createObjectURL of a File: a folder cannot be one), else a folder (a trailing
 * imsmanifest.xml names its folder too).
 */
export function packageSource(src: string, baseUri: string): PackageSource {
  const url = new URL(src, baseUri);
  if (url.protocol === 'blob:' || url.pathname.toLowerCase().endsWith('.zip')) return { kind: 'zip', source: url.href };
  url.hash = '';
  url.search = '';
  if (url.pathname.endsWith(`/${MANIFEST}`)) url.pathname = url.pathname.slice(0, -MANIFEST.length);
  else if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { kind: 'folder', url: url.href };
}

/**
 * Reads the package; rejects only with what servePackage rejects with (PackageHostError).
 * `onDownload` follows the worker's download of a zip whose server ignores ranges.
 */
export async function loadPackage(
  source: PackageSource,
  serviceWorkerUrl: string | undefined,
  readerHost: ParentNode,
  onStage: (stage: LoadingStage) => void,
  onDownload: (loaded: number, total: number | undefined) => void,
): Promise<LoadedPackage> {
  if (source.kind === 'folder') {
    onStage('reading-manifest');
    return { baseUrl: source.url, opened: await openPackage(urlPackageFiles(source.url)), release: () => Promise.resolve() };
  }
  onStage('preparing-zip');
  const served = await servePackage({
    source: source.source,
    ...(serviceWorkerUrl === undefined ? {} : { serviceWorkerUrl }),
    onProgress: onDownload,
  });
  onStage('reading-manifest');
  const reader = await controlledFrame(served.baseUrl, readerHost);
  try {
    const fetchInPackage: typeof fetch = (input, init) => reader.contentWindow!.fetch(input, init);
    return { baseUrl: served.baseUrl, opened: await openPackage(urlPackageFiles(served.baseUrl, fetchInPackage)), release: () => served.release() };
  } finally {
    reader.remove();
  }
}

/**
 * A hidden frame under the worker's scope, so a client of the worker, whose requests it answers.
 * It is loaded at the folder above the package, which the worker leaves to the network: a
 * package's missing file would get the worker's 404 page, whose Content-Security-Policy forbids
 * the frame any request. Sandboxed without scripts: whatever the server answers there (an app's
 * fallback page, say) must not run; the frame stays same-origin, so the page can fetch through it.
 */
function controlledFrame(baseUrl: string, host: ParentNode): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.hidden = true;
  frame.setAttribute('aria-hidden', 'true');
  frame.setAttribute('sandbox', 'allow-same-origin');
  return new Promise((resolve) => {
    frame.addEventListener('load', () => resolve(frame), { once: true });
    frame.src = new URL('..', baseUrl).href;
    host.append(frame);
  });
}
