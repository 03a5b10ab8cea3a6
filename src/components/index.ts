/**
 * One import registers the three elements: <scorm-player>, <scorm-toc> and <scorm-debugger>.
 * Each is also importable on its own (`src/components/<element>/index.js`).
 */
export * from './scorm-player/index.js';
export * from './scorm-toc/index.js';
export * from './scorm-debugger/index.js';
// The persistence adapters a page hands the player, so that a page loading the one-file bundle
// (dist/scorm-player.js) has them from the same module.
export { memoryAdapter, storageAdapter } from '../runtime/index.js';
export type { PersistenceAdapter } from '../runtime/index.js';
