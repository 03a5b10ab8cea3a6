import type { DataModelOptions } from '../data-model.js';
import type { Scorm2004State } from './state.js';

/**
 * The SCORM 2004 data model as a tree of nodes, walked by dot-notation (RTE §3.1.7.6, §4.1):
 * groups (`cmi`, `cmi.score` …), collections (arrays such as `cmi.objectives`, addressed by
 * index) and leaves (the elements that hold values). Each node works on the plain record that
 * holds its values; the tree itself is static and shared by every data model instance.
 */

/** Who may read and write an element (the RO / WO / RW of RTE §4.2). */
export interface Access {
  readonly readable: boolean;
  readonly writable: boolean;
}

export const readOnly: Access = { readable: true, writable: false };
export const writeOnly: Access = { readable: false, writable: true };
export const readWrite: Access = { readable: true, writable: true };
export const noAccess: Access = { readable: false, writable: false };

/** Everything a node may need besides its record. */
export interface ModelContext {
  readonly state: Scorm2004State;
  readonly options: DataModelOptions;
  /** The LMS side is writing (lmsSetValue): read-only elements accept values, still type-checked. */
  readonly byLms: boolean;
}

/** Why a SetValue failed: a SCORM 2004 error code and a reason for GetDiagnostic. */
export interface Failure {
  readonly error: number;
  readonly reason: string;
}

/** Where an array entry sits: the array, its owner, and the entry's index. */
export interface EntryPosition<R, O> {
  /** The record the array belongs to (the interaction, for its correct_responses). */
  readonly owner: O;
  readonly siblings: readonly R[];
  /** siblings.length for the entry a SetValue is creating. */
  readonly index: number;
}

/**
 * A data model dependency (RTE §4.2: e.g. "cmi.interactions.n.id must be set before …"): the
 * node can be set only once the named sibling element holds a value; otherwise SetValue answers
 * 408. A new array entry holds nothing yet, so every node with a requirement answers 408 there.
 */
export interface Requirement<R> {
  readonly element: string;
  isMet(record: R): boolean;
}

/** An element that holds a value. */
export interface Leaf<R, O = unknown> {
  readonly kind: 'leaf';
  readonly requires?: Requirement<R>;
  access(record: R, context: ModelContext): Access;
  /** The value, or undefined while it is not initialized (GetValue answers 403). */
  read(record: R, context: ModelContext): string | undefined;
  /** Checks `value` and stores it; on failure nothing changes. */
  write(record: R, value: string, context: ModelContext, entry: EntryPosition<R, O> | undefined): Failure | undefined;
}

/** A named element with children, e.g. cmi.score; `select` finds its record in the parent's. */
export interface Group<P, R> {
  readonly kind: 'group';
  readonly requires?: Requirement<P>;
  select(parent: P, context: ModelContext): R;
  readonly children: ReadonlyMap<string, Node<R>>;
  /** What `_children` answers; absent: GetValue of `_children` fails. */
  readonly childrenKeyword?: string;
  /** What `_version` answers (cmi only). */
  readonly version?: string;
  /**
   * The error for a keyword this group does not have: 301 (RTE §3.1.7.6 General Get Failure),
   * or 401 at the data model roots, where ADL's SampleRTE looks keywords up as element names.
   */
  readonly missingKeywordError: number;
}

/** An array element (RTE §4.1.1 "collection"), e.g. cmi.objectives, whose entries are records. */
export interface Collection<P, E> {
  readonly kind: 'collection';
  readonly requires?: Requirement<P>;
  entries(parent: P, context: ModelContext): readonly E[];
  /** The elements of one entry, keyed by name. */
  readonly entry: ReadonlyMap<string, Node<E, P>>;
  /** What `_children` answers; absent: GetValue of `_children` fails (RTE §4.2.9 arrays). */
  readonly childrenKeyword?: string;
  /** How SetValue adds an entry; absent where only the LMS defines the entries (adl.data). */
  readonly growth?: CollectionGrowth<P, E>;
}

export interface CollectionGrowth<P, E> {
  create(): E;
  add(parent: P, entry: E): void;
  /** The most entries the element can ever hold (a book maximum, not an SPM), if any. */
  maximum?(parent: P): number | undefined;
}

export type Node<R, O = unknown> = Leaf<R, O> | Group<R, unknown> | Collection<R, unknown>;

/** Builds a name → node map, the shape groups and collections keep their children in. */
export function nodes<R, O = unknown>(entries: Record<string, Node<R, O>>): ReadonlyMap<string, Node<R, O>> {
  return new Map(Object.entries(entries));
}
