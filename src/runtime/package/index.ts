/**
 * scorm-player/package: reading SCORM content packages — folders on a web server (a zip served by
 * the player's service worker is one), files in memory — into the manifest model, with a
 * validation report of findings. No DOM: browsers, workers, Node and Deno. Zips read in place:
 * scorm-player/package/zip.
 */
export { openPackage } from './open-package.js';
export type { OpenedPackage } from './open-package.js';
export { memoryPackageFiles, urlPackageFiles } from './package-files.js';
export type { PackageFiles } from './package-files.js';
export { launchUrl } from './manifest/launch-url.js';
export type * from './manifest/model.js';
export type * from './sequencing/model.js';
export type { Finding, Severity } from './findings.js';
