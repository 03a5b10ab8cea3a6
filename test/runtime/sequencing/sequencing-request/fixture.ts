// Test fixture shared by the request, check and selection tests: activity trees from small
// manifests written in the tests, and workspaces over them with a fixed clock and random source.
import assert from 'node:assert/strict';
import type { Activity, ActivityTree } from '../../../../src/runtime/sequencing/activity-tree.js';
import { SequencingWorkspace, type RandomSource } from '../../../../src/runtime/sequencing/sequencing-workspace.js';
import { emptySequencingState, type SequencingState } from '../../../../src/runtime/sequencing/tracking-model.js';

import { treeOf } from '../manifest-fixture.js';

export { cluster, leaf, seq, treeOf } from '../manifest-fixture.js';

/** A controlMode element. */
export function controlMode(attributes: string): string {
  return `<imsss:controlMode ${attributes}/>`;
}

/** A pre-condition rule with one condition, e.g. preRule('skip', 'satisfied'), preRule('skip', 'satisfied', 'not'). */
export function preRule(action: string, condition: string, operator = 'noOp'): string {
  return `<imsss:sequencingRules><imsss:preConditionRule><imsss:ruleConditions>` +
    `<imsss:ruleCondition condition="${condition}" operator="${operator}"/></imsss:ruleConditions>` +
    `<imsss:ruleAction action="${action}"/></imsss:preConditionRule></imsss:sequencingRules>`;
}

export interface Fixture {
  readonly tree: ActivityTree;
  readonly ws: SequencingWorkspace;
  readonly clock: { time: number; now(): number };
  /** The activity with this identifier (fails the test when there is none). */
  readonly get: (id: string) => Activity;
}

/** A workspace over `tree`, at clock time `time`, with a random source that yields `randoms` in turn (then 0). */
export function fixture(tree: ActivityTree, options: { state?: SequencingState; time?: number; randoms?: readonly number[] } = {}): Fixture {
  const clock = { time: options.time ?? Date.UTC(2026, 0, 1), now() { return this.time; } };
  const randoms = [...(options.randoms ?? [])];
  const random: RandomSource = () => randoms.shift() ?? 0;
  const ws = new SequencingWorkspace(tree, options.state ?? emptySequencingState(tree.root.id), { clock, random });
  const get = (id: string): Activity => {
    const activity = tree.get(id);
    assert.ok(activity, `no activity ${id}`);
    return activity;
  };
  return { tree, ws, clock, get };
}

/** Marks an activity as attempted `count` times and ended (not active). */
export function attempted(fx: Fixture, id: string, count = 1): void {
  const tracking = fx.ws.edit(fx.get(id));
  tracking.activityProgressStatus = true;
  tracking.activityAttemptCount = count;
}

/** Sets an activity's primary objective satisfaction as known. */
export function satisfied(fx: Fixture, id: string, value: boolean): void {
  const objective = fx.ws.edit(fx.get(id)).objectives[0]!;
  objective.progressStatus = true;
  objective.satisfiedStatus = value;
}

/** Sets an activity's attempt completion as known. */
export function completed(fx: Fixture, id: string, value: boolean): void {
  const tracking = fx.ws.edit(fx.get(id));
  tracking.activityProgressStatus = true;
  tracking.attemptProgressStatus = true;
  tracking.attemptCompletionStatus = value;
}

/** Makes `id` the Current Activity, its attempt over (as after an exit), and its ancestors active. */
export function currentAt(fx: Fixture, id: string): void {
  const activity = fx.get(id);
  fx.ws.currentActivity = activity;
  attempted(fx, id);
  for (let ancestor = activity.parent; ancestor !== undefined; ancestor = ancestor.parent) {
    const tracking = fx.ws.edit(ancestor);
    tracking.isActive = true;
    tracking.activityProgressStatus = true;
    tracking.activityAttemptCount = Math.max(1, tracking.activityAttemptCount);
  }
}
