/**
 * The page side of playing zipped packages: `servePackage` hands a zip (a Blob or a URL) to the
 * scorm-player service worker and gives back the URL its files are served under.
 *
 * A package already unzipped on a web server needs none of this: its folder URL is used
 * directly, from any URL, with no service worker.
 */
export { servePackage } from './serve-package.js';
export type { ServePackageOptions, ServedPackage } from './serve-package.js';
export { PackageHostError } from './package-host-error.js';
export type { PackageHostErrorCode } from './package-host-error.js';
