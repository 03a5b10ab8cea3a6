/**
 * What the SCORM 1.2 navigator remembers: each launchable item's progress as its SCO last
 * reported it, the item being delivered and the item a later session resumes. Kept immutable so
 * a request can be tried (isValid, the table of contents) without changing anything; saved as JSON.
 */
import type { Activity, ActivityTree } from '../sequencing/activity-tree.js';
import { lessonStatusOf, type LessonStatus } from './lesson-status.js';

/** SCORM 1.2 RTE §3.4.4: what the navigator keeps of an item's cmi.core data. */
export interface ItemProgress {
  readonly lessonStatus: LessonStatus;
  /** cmi.core.exit as the SCO last left it ("suspend", "logout", "time-out" or ""). */
  readonly exit: string;
  /** cmi.core.score.raw / min / max, when set. */
  readonly scoreRaw: number | undefined;
  readonly scoreMin: number | undefined;
  readonly scoreMax: number | undefined;
}

export interface Navigation12State {
  /** The item delivered in this session, until the session ends. */
  readonly current: Activity | undefined;
  /** The item the next session resumes at (start and resumeAll deliver it). */
  readonly suspended: Activity | undefined;
  /** Progress of the items that reported or were delivered; absent = not attempted. */
  readonly progress: ReadonlyMap<Activity, ItemProgress>;
}

export const NOT_ATTEMPTED: ItemProgress = {
  lessonStatus: 'not attempted',
  exit: '',
  scoreRaw: undefined,
  scoreMin: undefined,
  scoreMax: undefined,
};

export const INITIAL_STATE: Navigation12State = { current: undefined, suspended: undefined, progress: new Map() };

export const savedStateFormat = 'scorm-player/navigation12';
export const savedStateVersion = 1;

/** The saved form: identifiers for activities, items as a list (never an object keyed by identifier). */
export interface SavedNavigation12State {
  readonly format: typeof savedStateFormat;
  readonly version: typeof savedStateVersion;
  /** The organization (root activity) the state belongs to. */
  readonly organization: string;
  readonly current?: string;
  readonly suspended?: string;
  readonly items: readonly SavedItemProgress[];
}

export interface SavedItemProgress {
  readonly id: string;
  readonly lessonStatus: LessonStatus;
  readonly exit: string;
  readonly scoreRaw?: number;
  readonly scoreMin?: number;
  readonly scoreMax?: number;
}

/** A saved state refused because it is not one or does not fit the course's activity tree. */
export class Navigation12StateError extends Error {
  override readonly name = 'Navigation12StateError';
}

export function saveNavigation12State(tree: ActivityTree, state: Navigation12State): SavedNavigation12State {
  const items: SavedItemProgress[] = [];
  for (const [activity, progress] of state.progress) {
    items.push({
      id: activity.id,
      lessonStatus: progress.lessonStatus,
      exit: progress.exit,
      ...(progress.scoreRaw === undefined ? {} : { scoreRaw: progress.scoreRaw }),
      ...(progress.scoreMin === undefined ? {} : { scoreMin: progress.scoreMin }),
      ...(progress.scoreMax === undefined ? {} : { scoreMax: progress.scoreMax }),
    });
  }
  return {
    format: savedStateFormat,
    version: savedStateVersion,
    organization: tree.root.id,
    ...(state.current === undefined ? {} : { current: state.current.id }),
    ...(state.suspended === undefined ? {} : { suspended: state.suspended.id }),
    items,
  };
}

/**
 * Loads a saved state, whole or not at all. A state saved while an item was being delivered
 * belongs to a session that is over (the page was closed): that item becomes the one to resume.
 */
export function restoreNavigation12State(tree: ActivityTree, saved: unknown): Navigation12State {
  const record = objectOrUndefined(saved);
  if (record === undefined) refuse('it is not an object');
  if (record.format !== savedStateFormat || record.version !== savedStateVersion) {
    refuse(`its format is not "${savedStateFormat}" version ${savedStateVersion}`);
  }
  if (record.organization !== tree.root.id) refuse(`it belongs to organization ${JSON.stringify(record.organization)}, not "${tree.root.id}"`);
  const current = optionalItem(tree, record.current, 'current');
  const suspended = optionalItem(tree, record.suspended, 'suspended');
  if (!Array.isArray(record.items)) refuse('"items" is not a list');
  const progress = new Map<Activity, ItemProgress>();
  for (const entry of record.items as unknown[]) {
    const item = objectOrUndefined(entry);
    if (item === undefined) refuse('an entry of "items" is not an object');
    const activity = launchableItem(tree, item.id, 'an entry of "items"');
    if (progress.has(activity)) refuse(`item "${activity.id}" is listed twice`);
    const lessonStatus = typeof item.lessonStatus === 'string' ? lessonStatusOf(item.lessonStatus) : undefined;
    if (lessonStatus === undefined) refuse(`item "${activity.id}" has lesson status ${JSON.stringify(item.lessonStatus)}`);
    if (typeof item.exit !== 'string') refuse(`item "${activity.id}" has no exit`);
    progress.set(activity, {
      lessonStatus,
      exit: item.exit,
      scoreRaw: optionalNumber(item.scoreRaw, activity, 'scoreRaw'),
      scoreMin: optionalNumber(item.scoreMin, activity, 'scoreMin'),
      scoreMax: optionalNumber(item.scoreMax, activity, 'scoreMax'),
    });
  }
  return { current: undefined, suspended: current ?? suspended, progress };
}

function refuse(reason: string): never {
  throw new Navigation12StateError(`The saved SCORM 1.2 navigation state cannot be used: ${reason}.`);
}

function objectOrUndefined(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function optionalItem(tree: ActivityTree, id: unknown, field: string): Activity | undefined {
  return id === undefined ? undefined : launchableItem(tree, id, `"${field}"`);
}

function launchableItem(tree: ActivityTree, id: unknown, where: string): Activity {
  const activity = typeof id === 'string' ? tree.get(id) : undefined;
  if (activity?.launch === undefined) refuse(`${where} names ${JSON.stringify(id)}, which is no launchable item of this course`);
  return activity;
}

function optionalNumber(value: unknown, activity: Activity, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) refuse(`item "${activity.id}" has ${field} ${JSON.stringify(value)}`);
  return value;
}
