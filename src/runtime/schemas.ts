/**
 * scorm-player/runtime/schemas: the zod/mini schemas of what the run-time saves, for backends
 * that check what they store and for tools that read saved attempts. The run-time itself loads
 * them on demand, so importing `scorm-player/runtime` does not bring them in.
 *
 * @example
 * const result = attemptDocumentSchema.safeParse(await request.json());
 */
export { attemptDocumentSchema, activityRecordSchema, parseAttemptDocument } from './attempt/attempt-document-schema.js';
export { scorm2004StateSchema } from './datamodel/scorm2004/state-schema.js';
export { scorm12StateSchema } from './datamodel/scorm12/state-schema.js';
