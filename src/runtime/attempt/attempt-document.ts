import type { ActivityRecord, AttemptDocument } from './attempt-document-schema.js';
import { attemptDocumentJsonSchema } from './attempt-document.json-schema.js';
import { checkJsonSchema, type JsonSchema, type JsonSchemaViolation } from '../json-schema/json-schema.js';

export type { ActivityRecord, AttemptDocument };

/**
 * The attempt state of one registration (one learner taking one course): everything the LMS
 * must remember between launches. A versioned JSON document, validated when loaded so that a
 * corrupt or foreign save is named, not silently used.
 *
 * `runtime` holds each activity's run-time data in its version's own shape (validated by that
 * version's schema, see ScormVersionModel.loadStateSchema). The sequencer adds `sequencing`.
 * Its zod/mini schema is in attempt-document-schema.ts; loaded documents are checked against the
 * JSON Schema generated from it.
 */
export const attemptDocumentFormat = 'scorm-player/attempt' as const;
export const attemptDocumentVersion = 1 as const;

/** A saved document that cannot be used, with the path of what is wrong in it. */
export class AttemptDocumentError extends Error {
  override readonly name = 'AttemptDocumentError';
}

/**
 * Reads a loaded document, naming the first offending path when it is not one of ours, or not
 * of this package's SCORM version.
 * @throws AttemptDocumentError
 */
export function parseAttemptDocument(input: unknown, scorm: '1.2' | '2004', runtimeSchema: JsonSchema): AttemptDocument {
  const violation = checkJsonSchema(input, attemptDocumentJsonSchema);
  if (violation !== undefined) throw new AttemptDocumentError(describeViolation(violation));
  const document = input as AttemptDocument;
  if (document.scorm !== scorm) {
    throw new AttemptDocumentError(`The saved attempt of "${document.registrationId}" is SCORM ${document.scorm}, but this package is SCORM ${scorm}.`);
  }
  for (const [activityId, record] of Object.entries(document.activities)) {
    const runtime = checkJsonSchema(record.runtime, runtimeSchema, ['activities', activityId, 'runtime']);
    if (runtime !== undefined) throw new AttemptDocumentError(describeViolation(runtime));
  }
  return document;
}

function describeViolation(violation: JsonSchemaViolation): string {
  const path = violation.path.length === 0 ? '(root)' : violation.path.join('.');
  return `The saved attempt state is not valid at ${path}: ${violation.message}`;
}

/** Reads an activity's record without ever resolving inherited properties (`__proto__` …). */
export function getActivityRecord(document: AttemptDocument, activityId: string): ActivityRecord | undefined {
  return Object.hasOwn(document.activities, activityId) ? document.activities[activityId] : undefined;
}

/** Writes an activity's record as an own property, whatever the id. */
export function setActivityRecord(document: AttemptDocument, activityId: string, record: ActivityRecord): void {
  Object.defineProperty(document.activities, activityId, { value: record, enumerable: true, writable: true, configurable: true });
}
