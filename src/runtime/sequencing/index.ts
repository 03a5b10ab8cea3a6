/** The SCORM 2004 sequencing engine's public surface. */
export { createSequencer, sequence, Sequencer, type SequencerOptions } from './sequencer.js';
export { isRequestValid, tocAvailability } from './look-ahead.js';
export { applyRuntimeReport } from './runtime-report.js';
export { sequencingStateMismatch } from './sequencing-state-check.js';
export { SequencingWorkspace, type RandomSource, type SequencingEnvironment } from './sequencing-workspace.js';
export type { Navigator, NavigationResult, RuntimeReport, RuntimeObjectiveReport, TocAvailability } from './navigator.js';
export type { NavigationRequest, NavigationRequestType, SequencingException } from './requests.js';
export type { ActivityTracking, ObjectiveProgress, SequencingState } from './tracking-model.js';
export { ActivityTree, buildActivityTree, type Activity } from './activity-tree.js';
