/** Registers <scorm-debugger>. */
import { ScormDebugger } from './scorm-debugger.js';

if (!customElements.get('scorm-debugger')) customElements.define('scorm-debugger', ScormDebugger);

export { ScormDebugger };
export type { DebuggerTab } from './scorm-debugger.js';
export { defaultDebuggerStrings } from './debugger-strings.js';
export type { DebuggerStrings } from './debugger-strings.js';
export { TraceRecorder, navigationStep } from './trace-recorder.js';
export type { TraceExport, TraceMode } from './trace-recorder.js';
export { readTrace } from './trace-reader.js';
export type { TraceDocument, TraceStep } from './trace-document.js';
