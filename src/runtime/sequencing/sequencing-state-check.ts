/**
 * Checks that a saved SequencingState belongs to an activity tree before a Sequencer takes it:
 * a state from another organization, another version of the package or another program is
 * refused as a whole, never half loaded.
 */
import type { ActivityTree } from './activity-tree.js';
import { objectiveDefinitions } from './sequencing-workspace.js';
import type { SequencingState } from './tracking-model.js';

/** Why the state does not fit the tree, or undefined when it does. */
export function sequencingStateMismatch(tree: ActivityTree, state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null) return 'the saved sequencing state is not an object';
  const candidate = state as Partial<Record<keyof SequencingState, unknown>>;
  if (candidate.format !== 'scorm-player/sequencing' || candidate.version !== 1) {
    return 'the saved sequencing state is not in the scorm-player/sequencing version 1 format';
  }
  if (candidate.organizationId !== tree.root.id) {
    return `the saved sequencing state belongs to organization "${String(candidate.organizationId)}", not "${tree.root.id}"`;
  }
  for (const key of ['currentActivity', 'suspendedActivity'] as const) {
    const id = candidate[key];
    if (id !== null && (typeof id !== 'string' || tree.get(id) === undefined)) {
      return `the saved ${key} "${String(id)}" is not an activity of this tree`;
    }
  }
  const activities = candidate.activities;
  if (typeof activities !== 'object' || activities === null) return 'the saved sequencing state has no activity records';
  for (const [id, record] of Object.entries(activities)) {
    const activity = tree.get(id);
    if (activity === undefined) return `the saved sequencing state has a record for "${id}", which is not an activity of this tree`;
    if (typeof record !== 'object' || record === null || !Array.isArray((record as { objectives?: unknown }).objectives)) {
      return `the saved record of "${id}" is malformed`;
    }
    const { objectives, availableChildren } = record as { objectives: unknown[]; availableChildren?: unknown };
    if (objectives.length !== objectiveDefinitions(activity).length) {
      return `the saved record of "${id}" has ${objectives.length} objectives where the activity defines ${objectiveDefinitions(activity).length}`;
    }
    if (availableChildren !== null && availableChildren !== undefined) {
      if (!Array.isArray(availableChildren)) return `the saved available children of "${id}" are malformed`;
      for (const child of availableChildren) {
        if (typeof child !== 'string' || tree.get(child)?.parent !== activity) {
          return `the saved available children of "${id}" name "${String(child)}", which is not one of its children`;
        }
      }
    }
  }
  if (typeof candidate.globalObjectives !== 'object' || candidate.globalObjectives === null) {
    return 'the saved sequencing state has no global objectives record';
  }
  return undefined;
}
