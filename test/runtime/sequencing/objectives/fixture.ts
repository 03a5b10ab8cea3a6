// Test fixture of the objective and rollup tests: activity trees from small manifests written
// in the tests, workspaces over them with a settable clock, and setters for tracking values.
import assert from 'node:assert/strict';
import type { Activity, ActivityTree } from '../../../../src/runtime/sequencing/activity-tree.js';
import { SequencingWorkspace } from '../../../../src/runtime/sequencing/sequencing-workspace.js';
import { emptySequencingState, type ActivityTracking, type ObjectiveProgress } from '../../../../src/runtime/sequencing/tracking-model.js';

import { treeOf } from '../manifest-fixture.js';

export { cluster, leaf, seq, treeOf } from '../manifest-fixture.js';

/** One rollup rule; `conditions` as condition or not:condition. */
export function rollupRule(action: string, conditions: readonly string[], attributes = '', combination = 'any'): string {
  const inner = conditions
    .map((condition) => condition.startsWith('not:')
      ? `<imsss:rollupCondition condition="${condition.slice(4)}" operator="not"/>`
      : `<imsss:rollupCondition condition="${condition}"/>`)
    .join('');
  return `<imsss:rollupRule ${attributes}><imsss:rollupConditions conditionCombination="${combination}">${inner}` +
    `</imsss:rollupConditions><imsss:rollupAction action="${action}"/></imsss:rollupRule>`;
}

/** A mutable clock for tests. */
export class TestClock {
  time = Date.UTC(2026, 0, 1);
  now(): number {
    return this.time;
  }
}

export interface Fixture {
  readonly tree: ActivityTree;
  readonly ws: SequencingWorkspace;
  readonly clock: TestClock;
  get(id: string): Activity;
}

export function fixture(body: string): Fixture {
  const tree = treeOf(body);
  const clock = new TestClock();
  const ws = new SequencingWorkspace(tree, emptySequencingState(tree.root.id), { clock, random: () => 0 });
  return {
    tree,
    ws,
    clock,
    get(id: string): Activity {
      const activity = tree.get(id);
      assert.ok(activity, `no activity ${id}`);
      return activity;
    },
  };
}

/** Changes an activity's tracking record. */
export function track(f: Fixture, id: string, values: Partial<ActivityTracking>): void {
  Object.assign(f.ws.edit(f.get(id)), values);
}

/** Changes one objective (0: primary) of an activity. */
export function objective(f: Fixture, id: string, values: Partial<ObjectiveProgress>, index = 0): void {
  Object.assign(f.ws.edit(f.get(id)).objectives[index]!, values);
}

/** An attempted activity: activity progress known, one attempt. */
export function attempted(f: Fixture, id: string): void {
  track(f, id, { activityProgressStatus: true, activityAttemptCount: 1 });
}

/** The primary objective is known satisfied (true) or not satisfied (false). */
export function satisfied(f: Fixture, id: string, value: boolean): void {
  attempted(f, id);
  objective(f, id, { progressStatus: true, satisfiedStatus: value });
}

/** The attempt is known completed (true) or incomplete (false). */
export function completed(f: Fixture, id: string, value: boolean): void {
  attempted(f, id);
  track(f, id, { attemptProgressStatus: true, attemptCompletionStatus: value });
}
