import type { LeniencyOptions } from '../data-model.js';
import type { Scorm12State } from './state.js';

/**
 * The SCORM 1.2 data model as a tree the resolver walks: groups (cmi.core), arrays
 * (cmi.objectives) and elements (cmi.core.lesson_location). Each group file builds its part.
 */

/** SCORM 1.2 RTE §3.4.4 "SCO Accessibility" of an element. */
export type Access = 'read-only' | 'write-only' | 'read-write';

/** Who is writing, and under which leniency. Built once per data model, so a set allocates nothing. */
export interface WriteContext {
  /** The LMS side (launch data, manifest values) rather than the content. */
  readonly byLms: boolean;
  readonly leniency: LeniencyOptions;
}

export interface ElementNode {
  readonly kind: 'element';
  /** The book's name for the element, indices written n and m: "cmi.objectives.n.id". */
  readonly name: string;
  readonly access: Access;
  /**
   * The element's data type: a value it refuses is "405 Incorrect data type". `n` is the first
   * array index of the element (-1 outside arrays), for types that depend on their entry.
   */
  readonly accepts: (value: string, context: WriteContext, state: Scorm12State, n: number) => boolean;
  /** The stored value; called only for entries that exist. */
  readonly read: (state: Scorm12State, n: number, m: number) => string;
  /** Stores the value, creating the entries at n (and m) when they are the next ones. */
  readonly write: (state: Scorm12State, n: number, m: number, value: string) => void;
}

export interface GroupNode {
  readonly kind: 'group';
  readonly name: string;
  readonly members: ReadonlyMap<string, ModelNode>;
  /** What `_children` answers: the member names, where the book defines `_children` here. */
  readonly children: string | undefined;
}

export interface ArrayNode {
  readonly kind: 'array';
  readonly name: string;
  /** The shape of one entry, reached through an index: cmi.objectives.n. */
  readonly entry: GroupNode;
  /** What `_children` answers, where the book defines `_children` here. */
  readonly children: string | undefined;
  /**
   * How many entries there are (`_count`). `n` is the index of the entry holding this array
   * (-1 for a top-level array); an entry that does not exist holds none.
   */
  readonly length: (state: Scorm12State, n: number) => number;
}

export type ModelNode = ElementNode | GroupNode | ArrayNode;

export function element(definition: Omit<ElementNode, 'kind'>): ElementNode {
  return { kind: 'element', ...definition };
}

/**
 * A group of named members. With `listsChildren`, `_children` answers the member names in the
 * order given, which is the book's order.
 */
export function group(
  name: string,
  members: Readonly<Record<string, ModelNode>>,
  options: { listsChildren: boolean },
): GroupNode {
  const names = Object.keys(members);
  return {
    kind: 'group',
    name,
    members: new Map(names.map((key) => [key, members[key] as ModelNode])),
    children: options.listsChildren ? names.join(',') : undefined,
  };
}

/** An array of entries shaped like `entry`; with `listsChildren`, `_children` lists the entry's members. */
export function array(
  name: string,
  entry: GroupNode,
  options: { listsChildren: boolean; length: ArrayNode['length'] },
): ArrayNode {
  return {
    kind: 'array',
    name,
    entry,
    children: options.listsChildren ? [...entry.members.keys()].join(',') : undefined,
    length: options.length,
  };
}
