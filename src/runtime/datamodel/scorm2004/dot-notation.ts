import { Scorm2004Error } from '../../api/error-codes.js';
import type { DataModelResult } from '../data-model.js';
import { directLeaves, rootGroup } from './elements.js';
import { readTargetedValidity, writeTargetedValidity } from './nav.js';
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

/** An array index: decimal digits (ADL parses "01" as 1, so leading zeros are allowed). */
const INDEX = /^\d+$/;

const setSucceeded: DataModelResult = Object.freeze({ error: 0, value: '', diagnostic: '' });

export function getValue(element: string, context: ModelContext): DataModelResult {
  const direct = directLeaves.get(element);
  if (direct !== undefined) return readLeaf(direct.leaf, direct.select(context.state, context), element, context);
  if (element === '') return { error: E.GeneralGetFailure, value: '', diagnostic: 'GetValue needs a data model element name' };
  const targeted = readTargetedValidity(element, context);
  if (typeof targeted === 'string') return { error: 0, value: targeted, diagnostic: '' };
  if (targeted !== undefined) return failed(element, targeted);
  const found = resolve(element, context, false);
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
  const direct = directLeaves.get(element);
  if (direct !== undefined) {
    return writeLeaf(direct.leaf, direct.select(context.state, context), value, element, context, undefined, undefined);
  }
  if (element === '') return { error: E.GeneralSetFailure, value: '', diagnostic: 'SetValue needs a data model element name' };
  const targeted = writeTargetedValidity(element);
  if (targeted !== undefined) return failed(element, targeted);
  const found = resolve(element, context, true);
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

/** Walks `element` from the root to a leaf or a keyword. */
function resolve(element: string, context: ModelContext, forSet: boolean): Resolution {
  const names = element.split('.');
  let node: Node<unknown> = rootGroup as Group<unknown, unknown>;
  let record: unknown = context.state;
  let entry: EntryPosition<unknown, unknown> | undefined;
  let addEntry: (() => void) | undefined;

  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (node.kind === 'leaf') {
      return keywords.has(name)
        ? failure(E.GeneralGetFailure, `${name} is not defined on an element that holds a value`)
        : failure(E.UndefinedDataModelElement, `${JSON.stringify(name)} is not defined under an element that holds a value`);
    }
    if (keywords.has(name)) {
      if (i !== names.length - 1) return failure(E.UndefinedDataModelElement, `nothing is defined under ${name}`);
      return keyword(node, name, record, context);
    }
    if (node.kind === 'group') {
      const child: Node<unknown> | undefined = node.children.get(name);
      if (child === undefined) return failure(E.UndefinedDataModelElement, `${JSON.stringify(name)} is not a data model element here`);
      if (forSet && child.requires !== undefined && !child.requires.isMet(record)) {
        return failure(E.DataModelDependencyNotEstablished, `set ${child.requires.element} first`);
      }
      if (child.kind === 'group') {
        record = child.select(record, context);
        entry = undefined;
      }
      node = child;
      continue;
    }
    if (!INDEX.test(name)) return failure(E.UndefinedDataModelElement, `an array index is expected, not ${JSON.stringify(name)}`);
    const entries = node.entries(record, context);
    const index = Number(name);
    if (index < entries.length) {
      entry = { owner: record, siblings: entries, index };
      record = entries[index];
    } else if (!forSet) {
      return failure(E.GeneralGetFailure, `index ${name} is past the end: the array has ${entries.length} entries`);
    } else {
      const created = newEntry(node, names[i + 1], index, record, entries, context);
      if (created.kind === 'failure') return created;
      entry = { owner: record, siblings: entries, index };
      record = created.entry;
      addEntry = created.add;
    }
    node = entryGroup(node);
  }

  if (node.kind !== 'leaf') return failure(E.UndefinedDataModelElement, 'the name stops short of an element that holds a value');
  return { kind: 'leaf', leaf: node, record, entry, addEntry };
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
