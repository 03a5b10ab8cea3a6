/**
 * One import registers the three elements: <scorm-player>, <scorm-toc> and <scorm-debugger>.
 * Each is also importable on its own (`src/components/<element>/index.js`).
 */
export * from './scorm-player/index.js';
export * from './scorm-toc/index.js';
export * from './scorm-debugger/index.js';
