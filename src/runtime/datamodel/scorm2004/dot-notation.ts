import { Scorm2004Error } from '../../api/error-codes.js';
import type { DataModelResult } from '../data-model.js';
import { directLeaves, rootGroup, type DirectLeaf } from './elements.js';
import { isTargetedValidity, readTargetedValidity, writeTargetedValidity } from './nav.js';
import type { Collection, EntryPosition, Failure, Group, Leaf, ModelContext, Node } from './tree.js';

/**
 * GetValue and SetValue on the data model tree: the element name is dot-notation (RTE §3.1.7.6,
 * §4.1.1), walked one name at a time. The errors and their order are those of ADL's SampleRTE
 * (SCORM_2004_DM.findElement / SCORM_2004_DMElement.processRequest), which ADL's CTS checks:
 * unknown names 401; keywords a node lacks 301; array index past _count 301 on get, past
 * the next free entry 351 on set; a dependency not yet set 408.
 * A failed SetValue changes nothing: a new array entry is added only once its value is stored.
 */

const E = Scorm2004Error;

const keywords = new Set(['_children', '_count', '_version']);

const setSucceeded: DataModelResult = Object.freeze({ error: 0, value: '', diagnostic: '' });

export function getValue(element: string, context: ModelContext): DataModelResult {
  if (element === '') return { error: E.GeneralGetFailure, value: '', diagnostic: 'GetValue needs a data model element name' };
  const steps = compiled(element);
  const first = steps[0]!;
  if (first.kind === 'direct') return readLeaf(first.direct.leaf, first.direct.select(context.state, context), element, context);
  if (first.kind === 'targeted') {
    const targeted = readTargetedValidity(element, context)!;
    return typeof targeted === 'string' ? { error: 0, value: targeted, diagnostic: '' } : failed(element, targeted);
  }
  const found = resolve(element, steps, context, false);
  switch (found.kind) {
    case 'failure':
      return failed(element, found.failure);
    case 'keyword':
      return { error: 0, value: found.value, diagnostic: '' };
    case 'leaf':
      return readLeaf(found.leaf, found.record, element, context);
  }
}

export function setValue(element: string, value: string, context: ModelContext): DataModelResult {
  if (element === '') return { error: E.GeneralSetFailure, value: '', diagnostic: 'SetValue needs a data model element name' };
  const steps = compiled(element);
  const first = steps[0]!;
  if (first.kind === 'direct') {
    return writeLeaf(first.direct.leaf, first.direct.select(context.state, context), value, element, context, undefined, undefined);
  }
  if (first.kind === 'targeted') return failed(element, writeTargetedValidity(element)!);
  const found = resolve(element, steps, context, true);
  switch (found.kind) {
    case 'failure':
      return failed(element, found.failure);
    case 'keyword':
      return failed(element, { error: E.DataModelElementIsReadOnly, reason: 'keywords (_children, _count, _version) are read-only' });
    case 'leaf':
      return writeLeaf(found.leaf, found.record, value, element, context, found.entry, found.addEntry);
  }
}

/** RTE §3.1.7.6 403 / 405: GetValue of a leaf. */
function readLeaf(leaf: Leaf<unknown>, record: unknown, element: string, context: ModelContext): DataModelResult {
  if (!leaf.access(record, context).readable) {
    return failed(element, { error: E.DataModelElementIsWriteOnly, reason: 'the element is write-only' });
  }
  const value = leaf.read(record, context);
  if (value === undefined) {
    return failed(element, { error: E.DataModelElementValueNotInitialized, reason: 'no value was set and the element has no default' });
  }
  return { error: 0, value, diagnostic: '' };
}

/** RTE §3.1.7.6 404 and the leaf's own checks: SetValue of a leaf. */
function writeLeaf(
  leaf: Leaf<unknown>,
  record: unknown,
  value: string,
  element: string,
  context: ModelContext,
  entry: EntryPosition<unknown, unknown> | undefined,
  addEntry: (() => void) | undefined,
): DataModelResult {
  if (!context.byLms && !leaf.access(record, context).writable) {
    return failed(element, { error: E.DataModelElementIsReadOnly, reason: 'the element is read-only' });
  }
  const limit = context.options.limits.maxValueLength;
  if (value.length > limit) {
    return failed(element, {
      error: E.GeneralSetFailure,
      reason: `the value is ${value.length} characters long; this player stores at most ${limit} (limits.maxValueLength)`,
    });
  }
  const failure = leaf.write(record, value, context, entry);
  if (failure !== undefined) return failed(element, failure);
  addEntry?.();
  return setSucceeded;
}

/** ADL's CTS accepts diagnostics shorter than 255 characters (TestCaseEvaluator). */
const DIAGNOSTIC_LENGTH = 254;

function failed(element: string, failure: Failure): DataModelResult {
  const name = element.length > 100 ? `${element.slice(0, 100)}…` : element;
  const diagnostic = `${name}: ${failure.reason}`;
  const clipped = diagnostic.length > DIAGNOSTIC_LENGTH ? `${diagnostic.slice(0, DIAGNOSTIC_LENGTH - 1)}…` : diagnostic;
  return { error: failure.error, value: '', diagnostic: clipped };
}

type Resolution =
  | { readonly kind: 'failure'; readonly failure: Failure }
  | { readonly kind: 'keyword'; readonly value: string }
  | {
      readonly kind: 'leaf';
      readonly leaf: Leaf<unknown>;
      readonly record: unknown;
      readonly entry: EntryPosition<unknown, unknown> | undefined;
      /** Adds the array entry this SetValue creates, once its value is stored. */
      readonly addEntry: (() => void) | undefined;
    };

function failure(error: number, reason: string): Resolution {
  return { kind: 'failure', failure: { error, reason } };
}

/**
 * An element name compiled against the static tree: the nodes it passes through, in order, and
 * where it goes wrong structurally (an unknown name, a keyword in the wrong place). Only the
 * checks that depend on the state (dependencies, indexes against _count) are left for the walk,
 * and they keep their place in the order, so the errors are exactly those of a name-by-name walk.
 */
type Step =
  /** An element without an array index: its record follows from the state alone. */
  | { readonly kind: 'direct'; readonly direct: DirectLeaf }
  /** adl.nav.request_valid.choice / jump, whose target may hold dots: answered by nav.ts. */
  | { readonly kind: 'targeted' }
  | { readonly kind: 'child'; readonly node: Node<unknown> }
  | { readonly kind: 'index'; readonly collection: Collection<unknown, unknown>; readonly name: string; readonly index: number; readonly next: string | undefined }
  | { readonly kind: 'keyword'; readonly node: Group<unknown, unknown> | Collection<unknown, unknown>; readonly name: string }
  | { readonly kind: 'leaf'; readonly leaf: Leaf<unknown> }
  | { readonly kind: 'fail'; readonly failure: Failure };

/**
 * Content sets the same indexed names again and again (every interaction's fields), so their
 * compiled steps are kept; the cache is emptied when it fills, so hostile content that invents
 * names cannot make it grow without bound.
 */
const compiledNames = new Map<string, readonly Step[]>();
const COMPILED_NAMES_KEPT = 4096;

function compiled(element: string): readonly Step[] {
  let steps = compiledNames.get(element);
  if (steps === undefined) {
    steps = compile(element);
    if (compiledNames.size >= COMPILED_NAMES_KEPT) compiledNames.clear();
    compiledNames.set(element, steps);
  }
  return steps;
}

function fail(error: number, reason: string): Step {
  return { kind: 'fail', failure: { error, reason } };
}

/** An array index: decimal digits only (ADL parses "01" as 1, so leading zeros are allowed). */
function isIndex(name: string): boolean {
  if (name.length === 0) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Follows `element` name by name through the tree, as RTE §4.1.1 dot-notation reads it. */
function compile(element: string): Step[] {
  const direct = directLeaves.get(element);
  if (direct !== undefined) return [{ kind: 'direct', direct }];
  if (isTargetedValidity(element)) return [{ kind: 'targeted' }];
  const names = element.split('.');
  const steps: Step[] = [];
  let node: Node<unknown> = rootGroup as Group<unknown, unknown>;
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (node.kind === 'leaf') {
      steps.push(keywords.has(name)
        ? fail(E.GeneralGetFailure, `${name} is not defined on an element that holds a value`)
        : fail(E.UndefinedDataModelElement, `${JSON.stringify(name)} is not defined under an element that holds a value`));
      return steps;
    }
    if (keywords.has(name)) {
      steps.push(i !== names.length - 1
        ? fail(E.UndefinedDataModelElement, `nothing is defined under ${name}`)
        : { kind: 'keyword', node, name });
      return steps;
    }
    if (node.kind === 'group') {
      const child: Node<unknown> | undefined = node.children.get(name);
      if (child === undefined) {
        steps.push(fail(E.UndefinedDataModelElement, `${JSON.stringify(name)} is not a data model element here`));
        return steps;
      }
      steps.push({ kind: 'child', node: child });
      node = child;
      continue;
    }
    if (!isIndex(name)) {
      steps.push(fail(E.UndefinedDataModelElement, `an array index is expected, not ${JSON.stringify(name)}`));
      return steps;
    }
    steps.push({ kind: 'index', collection: node, name, index: Number(name), next: names[i + 1] });
    node = entryGroup(node);
  }
  steps.push(node.kind === 'leaf'
    ? { kind: 'leaf', leaf: node }
    : fail(E.UndefinedDataModelElement, 'the name stops short of an element that holds a value'));
  return steps;
}

/** Walks `element`'s compiled steps over the state to a leaf or a keyword. */
function resolve(element: string, steps: readonly Step[], context: ModelContext, forSet: boolean): Resolution {
  let record: unknown = context.state;
  let entry: EntryPosition<unknown, unknown> | undefined;
  let addEntry: (() => void) | undefined;

  for (const step of steps) {
    switch (step.kind) {
      case 'direct':
      case 'targeted':
        // compile() makes these the only step; getValue and setValue answer them first.
        break;
      case 'fail':
        return { kind: 'failure', failure: step.failure };
      case 'keyword':
        return keyword(step.node, step.name, record, context);
      case 'leaf':
        return { kind: 'leaf', leaf: step.leaf, record, entry, addEntry };
      case 'child': {
        const child = step.node;
        if (forSet && child.requires !== undefined && !child.requires.isMet(record)) {
          return failure(E.DataModelDependencyNotEstablished, `set ${child.requires.element} first`);
        }
        if (child.kind === 'group') {
          record = child.select(record, context);
          entry = undefined;
        }
        break;
      }
      case 'index': {
        const entries = step.collection.entries(record, context);
        const index = step.index;
        if (index < entries.length) {
          entry = { owner: record, siblings: entries, index };
          record = entries[index];
        } else if (!forSet) {
          return failure(E.GeneralGetFailure, `index ${step.name} is past the end: the array has ${entries.length} entries`);
        } else {
          const created = newEntry(step.collection, step.next, index, record, entries, context);
          if (created.kind === 'failure') return created;
          entry = { owner: record, siblings: entries, index };
          record = created.entry;
          addEntry = created.add;
        }
        break;
      }
    }
  }
  // compile() always ends with a leaf, a keyword or a failure.
  throw new Error(`the name ${element} compiled to no final step`);
}

type Creation =
  | { readonly kind: 'failure'; readonly failure: Failure }
  | { readonly kind: 'entry'; readonly entry: unknown; readonly add: () => void };

/**
 * SetValue at index `_count` creates an entry (RTE §4.1.1: arrays are filled in order). As in
 * ADL's SampleRTE the entry must be creatable through the named element: an element with a
 * dependency (everything but the id) is 408, a read-only one 404. The entry is only added once
 * the value is stored.
 */
function newEntry(
  collection: Collection<unknown, unknown>,
  childName: string | undefined,
  index: number,
  owner: unknown,
  entries: readonly unknown[],
  context: ModelContext,
): Creation {
  const fail = (error: number, reason: string): Creation => ({ kind: 'failure', failure: { error, reason } });
  if (index > entries.length) {
    const count = entries.length;
    return fail(E.GeneralSetFailure, `index ${index} skips entries: the array has ${count}, so the next new entry is ${count}`);
  }
  const growth = collection.growth;
  if (growth === undefined) {
    return fail(E.GeneralSetFailure, `the array has ${entries.length} entries, which the manifest defines; none can be added`);
  }
  const maximum = growth.maximum?.(owner);
  if (maximum !== undefined && entries.length >= maximum) {
    return fail(E.GeneralSetFailure, `the array holds at most ${maximum} entries here`);
  }
  const cap = context.options.limits.maxArrayEntries;
  if (entries.length >= cap) {
    return fail(E.GeneralSetFailure, `the array already has ${cap} entries, the most this player keeps (limits.maxArrayEntries)`);
  }
  const child = childName === undefined ? undefined : collection.entry.get(childName);
  if (child === undefined) return fail(E.UndefinedDataModelElement, 'name an element of the new entry');
  if (child.requires !== undefined) {
    return fail(E.DataModelDependencyNotEstablished, `the entry does not exist yet: set its ${child.requires.element} first`);
  }
  const created = growth.create();
  if (child.kind === 'leaf' && !context.byLms && !child.access(created, context).writable) {
    return fail(E.DataModelElementIsReadOnly, 'the element is read-only');
  }
  return { kind: 'entry', entry: created, add: () => growth.add(owner, created) };
}

/** Answers a keyword (RTE §4.1: _version, _children, _count) at `node`. */
function keyword(
  node: Group<unknown, unknown> | Collection<unknown, unknown>,
  name: string,
  record: unknown,
  context: ModelContext,
): Resolution {
  if (node.kind === 'collection') {
    if (name === '_count') return { kind: 'keyword', value: String(node.entries(record, context).length) };
    if (name === '_children' && node.childrenKeyword !== undefined) return { kind: 'keyword', value: node.childrenKeyword };
    return failure(E.GeneralGetFailure, `this array has no ${name}`);
  }
  const value = name === '_children' ? node.childrenKeyword : name === '_version' ? node.version : undefined;
  if (value !== undefined) return { kind: 'keyword', value };
  return failure(node.missingKeywordError, `this element has no ${name}`);
}

/** The entries of a collection, walked like a group (ADL answers an entry's _children too). */
const entryGroups = new WeakMap<Collection<unknown, unknown>, Group<unknown, unknown>>();

function entryGroup(collection: Collection<unknown, unknown>): Group<unknown, unknown> {
  let group = entryGroups.get(collection);
  if (group === undefined) {
    group = {
      kind: 'group',
      select: (record) => record,
      children: collection.entry,
      ...(collection.childrenKeyword === undefined ? {} : { childrenKeyword: collection.childrenKeyword }),
      missingKeywordError: E.GeneralGetFailure,
    };
    entryGroups.set(collection, group);
  }
  return group;
}
