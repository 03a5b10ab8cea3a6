/**
 * The state one run of the sequencing processes works on: a copy-on-write overlay over a saved
 * SequencingState. Reads fall through to the base; the first edit of a record copies it into the
 * overlay. A run that is only looking ahead (is this request valid?) is thrown away with its
 * overlay and costs only what it touched; a run that is carried out is committed into a new
 * SequencingState that shares every record it did not change.
 *
 * The processes receive the workspace and never see the base state, so the same code serves
 * both. It also carries the injected clock and random source (SR.1, SR.2): nothing in the
 * sequencer reads the system's.
 */
import type { Clock } from '../clock.js';
import type { ObjectiveDefinition } from '../package/sequencing/model.js';
import type { Activity, ActivityTree } from './activity-tree.js';
import {
  copyActivityTracking,
  initialActivityTracking,
  initialObjectiveProgress,
  type ActivityTracking,
  type ObjectiveProgress,
  type SequencingState,
} from './tracking-model.js';

/** A source of numbers in [0, 1), as Math.random. */
export type RandomSource = () => number;

export interface SequencingEnvironment {
  readonly clock: Clock;
  readonly random: RandomSource;
}

/** The objectives of an activity in tracking order: the primary objective first, then the others. */
export function objectiveDefinitions(activity: Activity): readonly ObjectiveDefinition[] {
  const { primaryObjective, objectives } = activity.sequencing;
  return objectives.length === 0 ? [primaryObjective] : [primaryObjective, ...objectives];
}

/** Frozen initial records by objective count: what an activity never touched reads as. */
const untouchedRecords = new Map<number, Readonly<ActivityTracking>>();

function untouchedTracking(objectiveCount: number): Readonly<ActivityTracking> {
  let record = untouchedRecords.get(objectiveCount);
  if (record === undefined) {
    const initial = initialActivityTracking(objectiveCount);
    for (const objective of initial.objectives) Object.freeze(objective);
    Object.freeze(initial.objectives);
    record = Object.freeze(initial);
    untouchedRecords.set(objectiveCount, record);
  }
  return record;
}

export class SequencingWorkspace {
  readonly tree: ActivityTree;
  readonly environment: SequencingEnvironment;
  readonly #base: SequencingState;
  /** Records read or edited in this run, by activity order (copies once edited). */
  readonly #records = new Map<number, ActivityTracking>();
  readonly #edited = new Set<number>();
  readonly #globals = new Map<string, ObjectiveProgress>();
  #currentActivity: Activity | undefined;
  #suspendedActivity: Activity | undefined;

  constructor(tree: ActivityTree, base: SequencingState, environment: SequencingEnvironment) {
    this.tree = tree;
    this.environment = environment;
    this.#base = base;
    this.#currentActivity = base.currentActivity === null ? undefined : tree.get(base.currentActivity);
    this.#suspendedActivity = base.suspendedActivity === null ? undefined : tree.get(base.suspendedActivity);
  }

  get currentActivity(): Activity | undefined {
    return this.#currentActivity;
  }

  set currentActivity(activity: Activity | undefined) {
    this.#currentActivity = activity;
  }

  get suspendedActivity(): Activity | undefined {
    return this.#suspendedActivity;
  }

  set suspendedActivity(activity: Activity | undefined) {
    this.#suspendedActivity = activity;
  }

  /** The activity's tracking record, read only. */
  tracking(activity: Activity): Readonly<ActivityTracking> {
    const record = this.#records.get(activity.order);
    if (record !== undefined) return record;
    const saved = Object.hasOwn(this.#base.activities, activity.id) ? this.#base.activities[activity.id] : undefined;
    // An activity never touched reads as the shared initial record: reading makes nothing, only edit() does.
    const found = saved ?? untouchedTracking(1 + activity.sequencing.objectives.length);
    this.#records.set(activity.order, found);
    return found;
  }

  /** The activity's tracking record, to change: copied into this run's overlay on first use. */
  edit(activity: Activity): ActivityTracking {
    const record = this.tracking(activity) as ActivityTracking;
    if (this.#edited.has(activity.order)) return record;
    const copy = copyActivityTracking(record);
    this.#records.set(activity.order, copy);
    this.#edited.add(activity.order);
    return copy;
  }

  /**
   * The children the sequencer works with (SN §4.2.4 Available Children): the result of
   * selection and randomization, or all children in manifest order.
   */
  availableChildren(activity: Activity): readonly Activity[] {
    const ids = this.tracking(activity).availableChildren;
    if (ids === null) return activity.children;
    const children: Activity[] = [];
    for (const id of ids) {
      const child = this.tree.get(id);
      if (child !== undefined && child.parent === activity) children.push(child);
    }
    return children;
  }

  /** A global (shared) objective, or undefined when nothing has created it yet. */
  globalObjective(targetObjectiveId: string): Readonly<ObjectiveProgress> | undefined {
    const edited = this.#globals.get(targetObjectiveId);
    if (edited !== undefined) return edited;
    return Object.hasOwn(this.#base.globalObjectives, targetObjectiveId)
      ? this.#base.globalObjectives[targetObjectiveId]
      : undefined;
  }

  /** A global objective to change, created with nothing known when it does not exist yet. */
  editGlobalObjective(targetObjectiveId: string): ObjectiveProgress {
    const edited = this.#globals.get(targetObjectiveId);
    if (edited !== undefined) return edited;
    const saved = this.globalObjective(targetObjectiveId);
    const copy = saved === undefined ? initialObjectiveProgress() : { ...saved };
    this.#globals.set(targetObjectiveId, copy);
    return copy;
  }

  /** The state after this run: the base with every edit applied, unchanged records shared. */
  commit(): SequencingState {
    let activities = this.#base.activities;
    if (this.#edited.size > 0) {
      const merged: Record<string, ActivityTracking> = { ...activities };
      for (const order of this.#edited) {
        const activity = this.tree.activities[order]!;
        Object.defineProperty(merged, activity.id, {
          value: this.#records.get(order)!,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      activities = merged;
    }
    let globalObjectives = this.#base.globalObjectives;
    if (this.#globals.size > 0) {
      const merged: Record<string, ObjectiveProgress> = { ...globalObjectives };
      for (const [id, objective] of this.#globals) {
        Object.defineProperty(merged, id, { value: objective, enumerable: true, writable: true, configurable: true });
      }
      globalObjectives = merged;
    }
    return {
      ...this.#base,
      currentActivity: this.#currentActivity?.id ?? null,
      suspendedActivity: this.#suspendedActivity?.id ?? null,
      activities,
      globalObjectives,
    };
  }
}
