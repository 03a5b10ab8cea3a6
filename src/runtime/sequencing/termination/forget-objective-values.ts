import type { Activity } from '../activity-tree.js';
import { objectiveDefinitions, type SequencingWorkspace } from '../sequencing-workspace.js';

/** The values of an objective that can be made unknown again. */
export type ForgettableValue = 'satisfaction' | 'measure' | 'completion' | 'progressMeasure';

/**
 * Makes one value of an activity's objective unknown, locally and in every global objective the
 * objective writes that value to. Writing an unknown value is not part of the book's objective
 * maps (R's writeObjectiveMaps shares only known values), but ADL's reference run-time does it
 * when content sets a value back to unknown or an attempt is abandoned, and the CTS expects the
 * next reader to see unknown (OB-17a/b, SX-11b/c, SX-04a).
 */
export function forgetObjectiveValue(ws: SequencingWorkspace, activity: Activity, index: number, value: ForgettableValue): void {
  const definition = objectiveDefinitions(activity)[index];
  const local = ws.edit(activity).objectives[index];
  if (definition === undefined || local === undefined) return;
  switch (value) {
    case 'satisfaction':
      local.progressStatus = false;
      local.satisfiedStatus = false;
      for (const map of definition.mapInfo) if (map.writeSatisfiedStatus) ws.editGlobalObjective(map.targetObjectiveID).progressStatus = false;
      return;
    case 'measure':
      local.measureStatus = false;
      local.normalizedMeasure = 0;
      for (const map of definition.mapInfo) if (map.writeNormalizedMeasure) ws.editGlobalObjective(map.targetObjectiveID).measureStatus = false;
      return;
    case 'completion':
      local.completionStatus = 'unknown';
      for (const map of definition.extendedMapInfo) {
        if (map.writeCompletionStatus) ws.editGlobalObjective(map.targetObjectiveID).completionStatus = 'unknown';
      }
      return;
    case 'progressMeasure':
      local.progressMeasure = null;
      for (const map of definition.extendedMapInfo) {
        if (map.writeProgressMeasure) ws.editGlobalObjective(map.targetObjectiveID).progressMeasure = null;
      }
      return;
  }
}
