/**
 * The activity tree (SN book §3.1): the organization is the root activity, its items the
 * descendants, leaves are what gets delivered. Static: it holds the definitions from the
 * manifest; what changes while the learner goes through it (tracking, current and suspended
 * activity, available children) lives in the sequencing state.
 */
import { launchUrl } from '../package/manifest/launch-url.js';
import type { HiddenLmsUi, Item, ManifestModel, Organization, Resource } from '../package/manifest/model.js';
import type { SequencingDefinition } from '../package/sequencing/model.js';

/** What delivering a leaf launches, and the launch values the LMS gives its content. */
export interface ActivityLaunch {
  readonly resource: Resource;
  /** Relative to the package root, with the item's parameters; an absolute URL for web content. */
  readonly url: string;
  readonly item: Item;
}

export interface Activity {
  /** The item's (or, for the root, the organization's) identifier, trimmed. */
  readonly id: string;
  readonly title: string;
  readonly parent: Activity | undefined;
  /** All children in manifest order; selection and randomization choose from these (SR.1, SR.2). */
  readonly children: readonly Activity[];
  /** Position in a preorder walk of the tree: the order flow navigation follows (SB.2.1). */
  readonly order: number;
  /** 0 for the root. */
  readonly depth: number;
  readonly sequencing: SequencingDefinition;
  readonly isVisible: boolean;
  readonly hideLmsUi: readonly HiddenLmsUi[];
  /** The manifest item; undefined for the root, which is the organization. */
  readonly item: Item | undefined;
  /**
   * What delivering the activity launches: a leaf with a launchable resource, or in SCORM 1.2 any
   * item with one (1.2 CAM lets an item with children launch too); undefined otherwise.
   */
  readonly launch: ActivityLaunch | undefined;
}

export class ActivityTree {
  readonly root: Activity;
  /** Every activity in preorder, the root first. */
  readonly activities: readonly Activity[];
  /**
   * The organization's adlseq:objectivesGlobalToSystem (CAM 4th ed., adlseq_v1p3.xsd): false scopes the
   * global objectives its maps name to the learner's attempt on this tree.
   */
  readonly objectivesGlobalToSystem: boolean;
  readonly #byId: ReadonlyMap<string, Activity>;

  constructor(root: Activity, activities: readonly Activity[], objectivesGlobalToSystem = true) {
    this.root = root;
    this.activities = activities;
    this.objectivesGlobalToSystem = objectivesGlobalToSystem;
    this.#byId = new Map(activities.map((activity) => [activity.id, activity]));
  }

  /** The activity with this identifier (compared case-sensitively, as CAM identifiers are). */
  get(id: string): Activity | undefined {
    return this.#byId.get(id);
  }
}

/** Whether `ancestor` is `activity` or one of its ancestors. */
export function isAncestorOrSelf(ancestor: Activity, activity: Activity): boolean {
  for (let current: Activity | undefined = activity; current !== undefined; current = current.parent) {
    if (current === ancestor) return true;
  }
  return false;
}

/** The activity path from the root to `activity`, both included (SN book §3.1.1 "activity path"). */
export function pathFromRoot(activity: Activity): Activity[] {
  const path: Activity[] = [];
  for (let current: Activity | undefined = activity; current !== undefined; current = current.parent) path.push(current);
  return path.reverse();
}

/** The deepest activity that is an ancestor (or self) of both (the SN book's "common ancestor"). */
export function commonAncestor(a: Activity, b: Activity): Activity {
  let first = a;
  let second = b;
  while (first.depth > second.depth) first = first.parent!;
  while (second.depth > first.depth) second = second.parent!;
  while (first !== second) {
    first = first.parent!;
    second = second.parent!;
  }
  return first;
}

/**
 * Builds the activity tree of an organization (the default one when none is named): CAM 4th
 * ed. §3.4 <organization> / <item>, SN book §3.1. Items keep their manifest order; a leaf
 * launches its resource at `launchUrl` (xml:base and parameters applied).
 */
export function buildActivityTree(manifest: ManifestModel, organizationId?: string): ActivityTree | undefined {
  const organization = organizationId === undefined
    ? manifest.defaultOrganization
    : manifest.organizations.find((candidate) => candidate.identifier === organizationId);
  if (organization === undefined) return undefined;
  const activities: Activity[] = [];
  const root = rootActivity(organization, activities);
  return new ActivityTree(root, activities, organization.objectivesGlobalToSystem);
}

interface MutableActivity extends Omit<Activity, 'children'> {
  children: Activity[];
}

function rootActivity(organization: Organization, activities: Activity[]): Activity {
  const root: MutableActivity = {
    id: organization.identifier,
    title: organization.title,
    parent: undefined,
    children: [],
    order: 0,
    depth: 0,
    sequencing: organization.sequencing,
    isVisible: true,
    hideLmsUi: [],
    item: undefined,
    launch: undefined,
  };
  activities.push(root);
  for (const item of organization.items) root.children.push(itemActivity(item, root, activities));
  return root;
}

function itemActivity(item: Item, parent: Activity, activities: Activity[]): Activity {
  const activity: MutableActivity = {
    id: item.identifier,
    title: item.title,
    parent,
    children: [],
    order: activities.length,
    depth: parent.depth + 1,
    sequencing: item.sequencing,
    isVisible: item.isVisible,
    hideLmsUi: item.hideLmsUi,
    item,
    launch: itemLaunch(item),
  };
  activities.push(activity);
  for (const child of item.items) activity.children.push(itemActivity(child, activity, activities));
  return activity;
}

/** The manifest model already keeps a resource only where the version lets the item launch. */
function itemLaunch(item: Item): ActivityLaunch | undefined {
  if (item.resource === undefined) return undefined;
  const url = launchUrl(item.resource, item);
  return url === undefined ? undefined : { resource: item.resource, url, item };
}
