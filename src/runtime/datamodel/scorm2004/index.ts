import type { ScormVersionModel } from '../data-model.js';
import { beginSession, endSession } from './lifecycle.js';
import { createScorm2004DataModel } from './runtime-data-model.js';
import { newAttemptState, type Scorm2004State } from './state.js';
import { scorm2004StateJsonSchema } from './state.json-schema.js';

/** SCORM 2004 4th edition: the run-time data model and the LMS side of its sessions. */
export const scorm2004Model: ScormVersionModel<Scorm2004State> = {
  version: '2004',
  stateJsonSchema: scorm2004StateJsonSchema,
  newAttemptState,
  beginSession,
  createDataModel: createScorm2004DataModel,
  endSession,
};

export { evaluateCompletionStatus, evaluateSuccessStatus } from './evaluation.js';
export type { CmiState, InteractionState, ObjectiveState, Scorm2004State } from './state.js';
