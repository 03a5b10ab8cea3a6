/** Registers <scorm-toc>. */
import { ScormToc } from './scorm-toc.js';

if (!customElements.get('scorm-toc')) customElements.define('scorm-toc', ScormToc);

export { ScormToc };
export { defaultTocStrings } from './toc-strings.js';
export type { TocStrings } from './toc-strings.js';
export type { TocStatus } from './toc-model.js';
