import type { ScormVersionModel } from '../data-model.js';
import { Scorm12DataModel } from './data-model.js';
import { beginSession, endSession } from './lifecycle.js';
import { newScorm12State, type Scorm12State } from './state.js';
import { scorm12StateJsonSchema } from './state.json-schema.js';

export type { Scorm12State } from './state.js';
export { Scorm12DataModel, SCORM12_DATA_MODEL_VERSION } from './data-model.js';

/** SCORM 1.2: the data model of SCORM 1.2 RTE §3.4 and the LMS side of the book. */
export const scorm12Model: ScormVersionModel<Scorm12State> = {
  version: '1.2',
  stateJsonSchema: scorm12StateJsonSchema,
  newAttemptState: newScorm12State,
  beginSession,
  createDataModel: (state, options) => new Scorm12DataModel(state, options),
  endSession,
};
