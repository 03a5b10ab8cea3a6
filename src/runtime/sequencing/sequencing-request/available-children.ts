/**
 * The book's traversals step through "the activity's parent's list of Available Children" (SN
 * §4.2.4). Finding an activity's place in that list by scanning it would make a flow over many
 * skipped siblings quadratic, so each list is indexed once and the index is kept for as long as
 * the list itself lives: the manifest's children array, or the identifiers array that selection
 * and randomization stored in the tracking record (a new array whenever it changes). These
 * WeakMaps only memoize; they hold no sequencing state.
 */
import type { Activity, ActivityTree } from '../activity-tree.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';

export interface ChildList {
  readonly tree: ActivityTree;
  readonly children: readonly Activity[];
  /** Each available child's index in `children`. */
  readonly positions: ReadonlyMap<Activity, number>;
}

const byManifestChildren = new WeakMap<readonly Activity[], ChildList>();
const byAvailableIds = new WeakMap<readonly string[], ChildList>();

/** The activity's Available Children, indexed. */
export function availableChildList(ws: SequencingWorkspace, activity: Activity): ChildList {
  const ids = ws.tracking(activity).availableChildren;
  if (ids === null) {
    let list = byManifestChildren.get(activity.children);
    if (list === undefined) {
      list = indexed(ws.tree, activity.children);
      byManifestChildren.set(activity.children, list);
    }
    return list;
  }
  let list = byAvailableIds.get(ids);
  // The same identifiers name the same children only within one tree.
  if (list === undefined || list.tree !== ws.tree) {
    list = indexed(ws.tree, ws.availableChildren(activity));
    byAvailableIds.set(ids, list);
  }
  return list;
}

function indexed(tree: ActivityTree, children: readonly Activity[]): ChildList {
  const positions = new Map<Activity, number>();
  for (let index = 0; index < children.length; index++) positions.set(children[index]!, index);
  return { tree, children, positions };
}

/** The activity's index among its parent's Available Children; undefined for the root or an activity not available. */
export function availablePosition(ws: SequencingWorkspace, activity: Activity): number | undefined {
  return activity.parent === undefined ? undefined : availableChildList(ws, activity.parent).positions.get(activity);
}

/** Whether the activity has Available Children (a cluster whose list is empty counts as having none). */
export function hasAvailableChildren(ws: SequencingWorkspace, activity: Activity): boolean {
  return activity.children.length > 0 && availableChildList(ws, activity).children.length > 0;
}

/**
 * Whether `activity` is the last activity of a forward preorder traversal of the activity tree
 * as its Available Children order it: itself without available children, and the last available
 * child of each of its ancestors.
 */
export function isLastInPreorder(ws: SequencingWorkspace, activity: Activity): boolean {
  if (hasAvailableChildren(ws, activity)) return false;
  for (let walk = activity; walk.parent !== undefined; walk = walk.parent) {
    const siblings = availableChildList(ws, walk.parent).children;
    if (siblings[siblings.length - 1] !== walk) return false;
  }
  return true;
}

/**
 * Whether `activity` comes after `reference` in a forward preorder traversal of the activity
 * tree as Available Children order it (an ancestor comes before its descendents).
 */
export function isForwardOf(ws: SequencingWorkspace, activity: Activity, reference: Activity): boolean {
  if (activity === reference) return false;
  let a = activity;
  let b = reference;
  while (a.depth > b.depth) {
    if (a.parent === b) return true;
    a = a.parent!;
  }
  while (b.depth > a.depth) {
    if (b.parent === a) return false;
    b = b.parent!;
  }
  while (a.parent !== b.parent) {
    a = a.parent!;
    b = b.parent!;
  }
  const positions = availableChildList(ws, a.parent!).positions;
  const pa = positions.get(a);
  const pb = positions.get(b);
  // An activity left out of the Available Children has no place in them: manifest order decides.
  return pa === undefined || pb === undefined ? a.order > b.order : pa > pb;
}
