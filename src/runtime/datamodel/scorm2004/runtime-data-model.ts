import type { DataModelOptions, RuntimeDataModel } from '../data-model.js';
import { getValue, setValue } from './dot-notation.js';
import type { Scorm2004State } from './state.js';
import type { ModelContext } from './tree.js';

/**
 * The SCORM 2004 data model over one attempt's state: GetValue / SetValue as the SCO sees them,
 * and lmsSetValue for the LMS side, which may also write read-only elements (RTE §4.2 "LMS
 * behavior": the LMS initializes credit, mode, launch_data, thresholds …).
 */
export function createScorm2004DataModel(state: Scorm2004State, options: DataModelOptions): RuntimeDataModel<Scorm2004State> {
  const sco: ModelContext = { state, options, byLms: false };
  const lms: ModelContext = { state, options, byLms: true };
  return {
    state,
    getValue: (element) => getValue(element, sco),
    setValue: (element, value) => setValue(element, value, sco),
    lmsSetValue: (element, value) => setValue(element, value, lms),
  };
}
