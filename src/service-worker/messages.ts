import { isPackageId } from './package-route.js';
import type { PackageSource } from './package-store.js';

/**
 * What a page says to the worker (postMessage, with a MessagePort for the reply), and what the
 * worker answers. The page side is src/components/package-host.
 */
export const registerPackageType = 'scorm-player/register-package';
export const releasePackageType = 'scorm-player/release-package';
export const registerProgressType = 'scorm-player/register-progress';

/** Serve the zip in `source` under `<scope>__scorm-player__/<packageId>/`. */
export interface RegisterPackageMessage {
  readonly type: typeof registerPackageType;
  readonly packageId: string;
  readonly source: PackageSource;
  /** Log what the worker does with this package to the worker's console. */
  readonly debug?: boolean;
  /** Send RegisterProgress messages on the reply port while the zip is downloaded whole. */
  readonly reportProgress?: boolean;
}

/** Stop serving the package and forget its zip. */
export interface ReleasePackageMessage {
  readonly type: typeof releasePackageType;
  readonly packageId: string;
}

export type PackageHostMessage = RegisterPackageMessage | ReleasePackageMessage;

/** Why the worker could not do what it was asked, besides the zip reader's own ZipError codes. */
export type WorkerFailureCode =
  /** The message is not one of the above: a page and a worker of different versions? */
  | 'package.bad-message'
  /** The zip could not be opened for a reason other than a ZipError. */
  | 'package.open-failed'
  /** The zip could not be kept for the worker's restarts (the Cache API refused it: quota). */
  | 'package.storage-failed';

export type WorkerReply = { readonly ok: true } | { readonly ok: false; readonly code: string; readonly message: string };

/**
 * How much of a registered zip the worker has downloaded, sent on the reply port before the
 * reply, at most every few tenths of a second. Only for a zip given by URL from a server that
 * ignores ranges: otherwise there is no download to wait for.
 */
export interface RegisterProgress {
  readonly type: typeof registerProgressType;
  readonly loaded: number;
  /** The zip's size, when the server announced it. */
  readonly total: number | undefined;
}

/** `data` as a RegisterProgress, or undefined: what the page reads on its reply port. */
export function readRegisterProgress(data: unknown): RegisterProgress | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, loaded, total } = data as Partial<Record<string, unknown>>;
  if (type !== registerProgressType || !isByteCount(loaded) || !(total === undefined || isByteCount(total))) return undefined;
  return { type, loaded, total };
}

function isByteCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** `data` as a message the worker understands, or undefined. Messages come from any page of the origin. */
export function readPackageHostMessage(data: unknown): PackageHostMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, packageId } = data as Partial<Record<string, unknown>>;
  if (!isPackageId(packageId)) return undefined;
  if (type === releasePackageType) return { type, packageId };
  if (type !== registerPackageType) return undefined;
  const { source, debug, reportProgress } = data as Partial<Record<string, unknown>>;
  if (reportProgress !== undefined && typeof reportProgress !== 'boolean') return undefined;
  const flags = { debug: debug === true, reportProgress: reportProgress === true };
  if (source instanceof Blob) return { type, packageId, source, ...flags };
  if (typeof source !== 'object' || source === null) return undefined;
  const { url } = source as Partial<Record<string, unknown>>;
  if (typeof url !== 'string' || !isAbsoluteUrl(url)) return undefined;
  return { type, packageId, source: { url }, ...flags };
}

// Not URL.canParse: Safari has it from 17 only.
function isAbsoluteUrl(url: string): boolean {
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}
