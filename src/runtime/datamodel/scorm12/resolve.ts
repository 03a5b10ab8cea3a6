import { Scorm12Error } from '../../api/error-codes.js';
import { comments, commentsFromLms } from './comments.js';
import { coreGroup } from './core.js';
import { group, type ArrayNode, type ElementNode, type GroupNode, type ModelNode } from './element.js';
import { interactionsArray } from './interactions.js';
import { objectivesArray } from './objectives.js';
import { studentDataGroup } from './student-data.js';
import { studentPreferenceGroup } from './student-preference.js';
import { launchData, suspendData } from './suspend-and-launch-data.js';

/**
 * SCORM 1.2 RTE §3.4.4: the whole `cmi` data model. The book defines no `cmi._children`, only
 * `cmi._version`.
 */
export const cmiRoot: GroupNode = group(
  'cmi',
  {
    core: coreGroup,
    suspend_data: suspendData,
    launch_data: launchData,
    comments,
    comments_from_lms: commentsFromLms,
    objectives: objectivesArray,
    student_data: studentDataGroup,
    student_preference: studentPreferenceGroup,
    interactions: interactionsArray,
  },
  { listsChildren: false },
);

export type Keyword = '_children' | '_count' | '_version';

/** What a dot-notation name designates. Indices are -1 where the name has none. */
export type Resolution =
  | {
      readonly kind: 'element';
      readonly element: ElementNode;
      /** The arrays passed through, outermost first, with the index taken in each: n, then m. */
      readonly arrays: readonly ArrayNode[];
      readonly n: number;
      readonly m: number;
    }
  | {
      readonly kind: 'keyword';
      readonly keyword: Keyword;
      /** The node the keyword is asked of: `cmi.core` for `cmi.core._children`. */
      readonly owner: ModelNode;
      readonly arrays: readonly ArrayNode[];
      readonly n: number;
      readonly m: number;
    }
  | { readonly kind: 'undefined'; readonly error: number; readonly diagnostic: string };

/**
 * Which code a name outside the data model gets. The 1.2 book defines 201 "Invalid argument
 * error" (the argument is not a valid data model element, or is otherwise incorrect) and 401
 * "Not implemented error" (a valid element this LMS does not implement); real LMSs answer either.
 * We implement every element, so the choice only concerns names that are not elements, and we
 * answer as ADL's 1.2 validators (org.adl.datamodels.cmi) do, since ADL's tests were written
 * against them:
 * - 401 for a name outside the model's structure: not under `cmi.`, an unknown category
 *   (`cmi.bogus`, `cmi.__proto__`), a name that stops at a group (`cmi.core`, `cmi.objectives.0`),
 *   an index that is not a plain decimal integer (`cmi.objectives.x.id`), or a name that goes on
 *   past an element or an unknown member (`cmi.core.lesson_status.x`, `cmi.core.bogus.x`);
 * - 201 for an unknown last name inside a known group (`cmi.core.bogus`, `cmi.core.constructor`)
 *   and for array indices out of order (decided against the state, see the data model);
 * - 201 for the empty name, which names nothing at all.
 */
function undefinedElement(error: number, diagnostic: string): Resolution {
  return { kind: 'undefined', error, diagnostic };
}

const { NotImplementedError: NOT_IMPLEMENTED, InvalidArgumentError: INVALID_ARGUMENT } = Scorm12Error;

const NO_ARRAYS: readonly ArrayNode[] = [];

/**
 * Resolves a dot-notation name to what it designates, without looking at the state.
 * Names without array indices come from a table built once; the others are walked token by token.
 */
export function resolve(name: string): Resolution {
  return staticResolutions.get(name) ?? walk(name);
}

function walk(name: string): Resolution {
  if (name === '') return undefinedElement(INVALID_ARGUMENT, 'The element name is empty.');
  let end = name.indexOf('.');
  if ((end === -1 ? name : name.slice(0, end)) !== 'cmi') {
    return undefinedElement(NOT_IMPLEMENTED, `${name} is not a SCORM 1.2 data model element.`);
  }
  let node: ModelNode = cmiRoot;
  const arrays: ArrayNode[] = [];
  let n = -1;
  let m = -1;
  while (end !== -1) {
    const start = end + 1;
    end = name.indexOf('.', start);
    const isLast = end === -1;
    const token = isLast ? name.slice(start) : name.slice(start, end);
    if (token === '_children' || token === '_count' || token === '_version') {
      if (!isLast) return undefinedElement(NOT_IMPLEMENTED, `${name} goes on past ${token}.`);
      return { kind: 'keyword', keyword: token, owner: node, arrays, n, m };
    }
    if (node.kind === 'element') {
      return undefinedElement(NOT_IMPLEMENTED, `${node.name} is an element; it has no "${token}".`);
    }
    if (node.kind === 'array') {
      const index = parseIndex(token);
      if (index === -1) {
        return undefinedElement(NOT_IMPLEMENTED, `"${token}" is not an index of ${node.name}.`);
      }
      if (arrays.length === 0) n = index;
      else m = index;
      arrays.push(node);
      node = node.entry;
      continue;
    }
    const member = node.members.get(token);
    if (member === undefined) {
      const outsideStructure = node === cmiRoot || !isLast;
      return undefinedElement(
        outsideStructure ? NOT_IMPLEMENTED : INVALID_ARGUMENT,
        `${node.name} has no element "${token}".`,
      );
    }
    node = member;
  }
  if (node.kind !== 'element') {
    return undefinedElement(NOT_IMPLEMENTED, `${node.name} is a group, not an element.`);
  }
  return { kind: 'element', element: node, arrays: arrays.length === 0 ? NO_ARRAYS : arrays, n, m };
}

/** A plain decimal index ("0", "12"; not "01", "+1", "1.0"), or -1. */
function parseIndex(token: string): number {
  if (token.length === 0 || token.length > 9) return -1;
  if (token.length > 1 && token.charCodeAt(0) === 0x30) return -1;
  let index = 0;
  for (let i = 0; i < token.length; i++) {
    const digit = token.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    index = index * 10 + digit;
  }
  return index;
}

/**
 * Every name reachable without an array index (elements and the keywords of groups and arrays),
 * resolved once, so GetValue / SetValue of cmi.core.lesson_location or cmi.suspend_data is one
 * Map lookup.
 */
const staticResolutions: ReadonlyMap<string, Resolution> = (() => {
  const names: string[] = ['cmi._version', 'cmi._children', 'cmi._count'];
  const collect = (node: ModelNode, name: string): void => {
    names.push(name);
    if (node.kind === 'element') return;
    names.push(`${name}._children`, `${name}._count`);
    if (node.kind === 'group') for (const [key, member] of node.members) collect(member, `${name}.${key}`);
  };
  for (const [key, member] of cmiRoot.members) collect(member, `cmi.${key}`);
  return new Map(names.map((name) => [name, walk(name)]));
})();
