import * as z from 'zod/mini';
import type { SchemaResult, StateSchema } from '../datamodel/data-model.js';
import { AttemptDocumentError, attemptDocumentFormat, attemptDocumentVersion } from './attempt-document.js';

/**
 * The zod/mini schema of the attempt document (see attempt-document.ts), in a module of its own:
 * the run-time loads it only when a saved document is read back, and backends can import it to
 * check what they store (`scorm-player/runtime/schemas`).
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


/**
 * Reads a loaded document, naming the first offending path when it is not one of ours.
 * @throws AttemptDocumentError
 */
export function parseAttemptDocument(input: unknown, scorm: '1.2' | '2004', runtimeSchema: StateSchema<unknown>): AttemptDocument {
  const parsed = attemptDocumentSchema.safeParse(input);
  if (!parsed.success) throw new AttemptDocumentError(describeFailure('', parsed));
  if (parsed.data.scorm !== scorm) {
    throw new AttemptDocumentError(`The saved attempt of "${parsed.data.registrationId}" is SCORM ${parsed.data.scorm}, but this package is SCORM ${scorm}.`);
  }
  for (const [activityId, record] of Object.entries(parsed.data.activities)) {
    const runtime = runtimeSchema.safeParse(record.runtime);
    if (!runtime.success) throw new AttemptDocumentError(describeFailure(`activities.${activityId}.runtime`, runtime));
  }
  return parsed.data;
}

function describeFailure(prefix: string, result: SchemaResult<unknown>): string {
  const issue = result.success ? undefined : result.error.issues[0];
  if (issue === undefined) return 'The saved attempt state is not valid.';
  const path = [prefix, ...issue.path.map(String)].filter((part) => part !== '').join('.');
  return `The saved attempt state is not valid at ${path === '' ? '(root)' : path}: ${issue.message}`;
}

