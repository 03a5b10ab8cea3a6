import * as z from 'zod/mini';
import { attemptDocumentFormat, attemptDocumentVersion } from './attempt-document.js';

/**
 * The zod/mini schema of the attempt document (see attempt-document.ts): the description of what
 * the run-time saves. Backends import it to check what they store
 * (`scorm-player/runtime/schemas`); the run-time itself checks loaded documents against its
 * generated JSON Schema form (attempt-document.json-schema.ts), which costs far fewer bytes.
 */

export const activityRecordSchema = z.object({
  /** The activity's run-time data (the CMI data model's state). */
  runtime: z.unknown(),
  /** The last session ended suspended (exit=suspend, or suspendAll). */
  suspended: z.boolean(),
  /** How many sessions (launches that reached Initialize) this activity has had. */
  sessions: z.number().check(z.int(), z.nonnegative()),
});

export const attemptDocumentSchema = z.object({
  format: z.literal(attemptDocumentFormat),
  version: z.literal(attemptDocumentVersion),
  scorm: z.enum(['1.2', '2004']),
  registrationId: z.string(),
  learner: z.object({ id: z.string(), name: z.string() }),
  /** Per activity (SCO) id. */
  activities: z.record(z.string(), activityRecordSchema),
  /** SCORM 2004 adl.data stores by bucket id (sharedDataGlobalToSystem). */
  sharedData: z.record(z.string(), z.string()),
  /** The sequencer's state (SCORM 2004 sequencing, 1.2 navigation); absent until it runs. */
  sequencing: z.optional(z.unknown()),
  /** ISO 8601 time of the last save. */
  savedAt: z.string(),
});

export type ActivityRecord = z.infer<typeof activityRecordSchema>;
export type AttemptDocument = z.infer<typeof attemptDocumentSchema>;
