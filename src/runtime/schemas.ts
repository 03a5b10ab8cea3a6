/**
 * scorm-player/runtime/schemas: the zod/mini schemas of what the run-time saves, and their JSON
 * Schema form (for backends in any language), for backends that check what they store and for
 * tools that read saved attempts. The run-time itself ships only the JSON Schema form, so
 * importing `scorm-player/runtime` does not bring zod in.
 *
 * @example
 * const result = attemptDocumentSchema.safeParse(await request.json());
 */
export { attemptDocumentSchema, activityRecordSchema } from './attempt/attempt-document-schema.js';
export { attemptDocumentJsonSchema } from './attempt/attempt-document.json-schema.js';
export { scorm2004StateJsonSchema } from './datamodel/scorm2004/state.json-schema.js';
export { scorm12StateJsonSchema } from './datamodel/scorm12/state.json-schema.js';
export { scorm2004StateSchema } from './datamodel/scorm2004/state-schema.js';
export { scorm12StateSchema } from './datamodel/scorm12/state-schema.js';
