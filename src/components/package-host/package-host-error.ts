import type { WorkerFailureCode } from '../../service-worker/messages.js';
import type { ZipErrorCode } from '../../runtime/package/zip/index.js';

/**
 * Why a zipped package cannot be served. The codes are stable; the message says what to do.
 * A zip the worker refuses keeps the zip reader's code (`zip.not-a-zip`, `zip.bomb` …).
 */
export type PackageHostErrorCode =
  /** The page was opened from a file (file://), where browsers allow no service worker. */
  | 'service-worker.file-url'
  /** The page is on plain http from a host other than localhost. */
  | 'service-worker.insecure-context'
  /** The browser offers no service workers to this page (private windows of Firefox before 138,
   * a policy, a sandboxed frame). */
  | 'service-worker.unavailable'
  /** The worker script could not be registered: not found, wrong type, scope not allowed. */
  | 'service-worker.registration-failed'
  /** The worker script was fetched but failed to install or to start. */
  | 'service-worker.install-failed'
  | WorkerFailureCode
  | ZipErrorCode;

export class PackageHostError extends Error {
  readonly code: PackageHostErrorCode;

  constructor(code: PackageHostErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PackageHostError';
    this.code = code;
  }
}
