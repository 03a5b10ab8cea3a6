/**
 * scorm-player run-time: the SCORM 1.2 and 2004 4th edition APIs, their data models and the
 * attempt state, with no DOM. The same entry serves the page, workers, the harness and the
 * benchmarks.
 *
 * @example
 * const runtime = createRuntime({ scorm: '2004', learner: { id: 'u1', name: 'Doe, Jane' } });
 * const session = await runtime.launch({ activityId: 'intro' });
 * window.API_1484_11 = session.api;
 */
export { createRuntime, Runtime, Session, LaunchValueError } from './runtime.js';
export type { RuntimeOptions, LaunchOptions, ScormVersion, ApiFor } from './runtime.js';
export { Scorm2004Api } from './api/scorm2004-api.js';
export { Scorm12Api } from './api/scorm12-api.js';
export { Scorm2004Error, Scorm12Error, scorm2004ErrorStrings, scorm12ErrorStrings } from './api/error-codes.js';
export type { Clock } from './clock.js';
export { systemClock } from './clock.js';
export type {
  RuntimeEvent,
  RuntimeEventListener,
  ApiCallEvent,
  CommitEvent,
  SessionStartEvent,
  SessionEndEvent,
} from './events.js';
export type {
  LeniencyOptions,
  DataModelLimits,
  SessionOutcome,
  SharedDataBucket,
  NavigationValidity,
  NavValidity,
  RuntimeDataModel,
  DataModelResult,
} from './datamodel/data-model.js';
export type { PersistenceAdapter, SaveReason } from './adapters/persistence-adapter.js';
export { MemoryAdapter, memoryAdapter } from './adapters/memory-adapter.js';
export { StorageAdapter, storageAdapter } from './adapters/storage-adapter.js';
export type { KeyValueStorage, StorageAdapterOptions } from './adapters/storage-adapter.js';
export { AttemptDocumentError, attemptDocumentFormat, attemptDocumentVersion } from './attempt/attempt-document.js';
export type { AttemptDocument, ActivityRecord } from './attempt/attempt-document.js';
