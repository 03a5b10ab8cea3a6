import type { ActivityRecord, AttemptDocument } from './attempt-document-schema.js';

export type { ActivityRecord, AttemptDocument };

/**
 * The attempt state of one registration (one learner taking one course): everything the LMS
 * must remember between launches. A versioned JSON document, validated when loaded so that a
 * corrupt or foreign save is named, not silently used.
 *
 * `runtime` holds each activity's run-time data in its version's own shape (validated by that
 * version's schema, see ScormVersionModel.loadStateSchema). The sequencer adds `sequencing`.
 * Its zod/mini schema is in attempt-document-schema.ts, loaded only when a saved document is read.
 */
export const attemptDocumentFormat = 'scorm-player/attempt' as const;
export const attemptDocumentVersion = 1 as const;

/** A saved document that cannot be used, with the path of what is wrong in it. */
export class AttemptDocumentError extends Error {
  override readonly name = 'AttemptDocumentError';
}

/** Reads an activity's record without ever resolving inherited properties (`__proto__` …). */
export function getActivityRecord(document: AttemptDocument, activityId: string): ActivityRecord | undefined {
  return Object.hasOwn(document.activities, activityId) ? document.activities[activityId] : undefined;
}

/** Writes an activity's record as an own property, whatever the id. */
export function setActivityRecord(document: AttemptDocument, activityId: string, record: ActivityRecord): void {
  Object.defineProperty(document.activities, activityId, { value: record, enumerable: true, writable: true, configurable: true });
}
