/**
 * The table of contents as data: which entries show, how each is offered, its status, and what
 * a key does (WAI-ARIA APG tree view pattern). No DOM: the element renders it.
 */
import type { Activity, ActivityTree } from '../../runtime/sequencing/activity-tree.js';
import type { TocAvailability } from '../../runtime/sequencing/navigator.js';
import type { ActivityStatus } from '../context/scorm-player-controller.js';

/** One word per entry, most telling first: what the learner is in, then the outcome, then progress. */
export type TocStatus = 'current' | 'suspended' | 'failed' | 'passed' | 'completed' | 'incomplete' | 'not-attempted';

export interface TocNode {
  readonly activity: Activity;
  /** Shown entries only: look-ahead's `hidden` removes an entry with everything under it. */
  readonly availability: 'enabled' | 'disabled';
  readonly status: TocStatus;
  readonly children: readonly TocNode[];
}

export function tocStatus(status: ActivityStatus, isCurrent: boolean): TocStatus {
  if (isCurrent) return 'current';
  if (status.suspended) return 'suspended';
  if (status.success !== 'unknown') return status.success;
  if (status.completion !== 'unknown') return status.completion;
  return status.attempted ? 'incomplete' : 'not-attempted';
}

/**
 * The shown entries of the tree, as look-ahead decides (SN book 4th ed. §3.4 and the
 * `hiddenFromChoice` / `disabled` precondition actions): `hidden` entries and their descendants
 * are left out, `disabled` ones shown but not selectable. Without availability (no navigator yet)
 * nothing is selectable; an activity the map leaves out is not offered either.
 */
export function tocNodes(
  tree: ActivityTree,
  availability: ReadonlyMap<string, TocAvailability> | undefined,
  statusOf: (activityId: string) => ActivityStatus,
  currentActivityId: string | undefined,
): TocNode[] {
  const build = (activity: Activity): TocNode | undefined => {
    const offered = availability?.get(activity.id) ?? 'disabled';
    if (offered === 'hidden') return undefined;
    const children: TocNode[] = [];
    for (const child of activity.children) {
      const node = build(child);
      if (node !== undefined) children.push(node);
    }
    return {
      activity,
      availability: offered,
      status: tocStatus(statusOf(activity.id), activity.id === currentActivityId),
      children,
    };
  };
  const root = build(tree.root);
  return root === undefined ? [] : [root];
}

/** The entries a user can move between: every shown entry whose ancestors are all expanded. */
export function visibleOrder(nodes: readonly TocNode[], collapsed: ReadonlySet<string>): TocNode[] {
  const order: TocNode[] = [];
  const walk = (list: readonly TocNode[]): void => {
    for (const node of list) {
      order.push(node);
      if (!collapsed.has(node.activity.id)) walk(node.children);
    }
  };
  walk(nodes);
  return order;
}

export type TocKeyAction =
  | { readonly type: 'focus'; readonly id: string }
  | { readonly type: 'expand'; readonly id: string }
  | { readonly type: 'collapse'; readonly id: string }
  | { readonly type: 'choose'; readonly id: string };

/**
 * What a key does on the focused entry, as the WAI-ARIA APG tree view pattern says: Down/Up the
 * next/previous visible entry; Right expands a closed parent or enters an open one; Left
 * collapses an open parent or goes to the parent; Home/End the first/last; Enter and Space choose.
 * Undefined: the key is not the tree's.
 */
export function keyAction(
  key: string,
  order: readonly TocNode[],
  collapsed: ReadonlySet<string>,
  focusedId: string,
): TocKeyAction | undefined {
  const index = order.findIndex((node) => node.activity.id === focusedId);
  const node = order[index];
  if (node === undefined) return undefined;
  const focus = (target: TocNode | undefined): TocKeyAction | undefined =>
    target === undefined ? undefined : { type: 'focus', id: target.activity.id };
  const id = node.activity.id;
  switch (key) {
    case 'ArrowDown':
      return focus(order[index + 1]);
    case 'ArrowUp':
      return focus(order[index - 1]);
    case 'Home':
      return focus(order[0]);
    case 'End':
      return focus(order[order.length - 1]);
    case 'ArrowRight':
      if (node.children.length === 0) return undefined;
      return collapsed.has(id) ? { type: 'expand', id } : focus(node.children[0]);
    case 'ArrowLeft': {
      if (node.children.length > 0 && !collapsed.has(id)) return { type: 'collapse', id };
      const parentId = node.activity.parent?.id;
      return focus(order.find((candidate) => candidate.activity.id === parentId));
    }
    case 'Enter':
    case ' ':
      return { type: 'choose', id };
    default:
      return undefined;
  }
}
