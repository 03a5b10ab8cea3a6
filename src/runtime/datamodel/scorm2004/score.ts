import { Scorm2004Error } from '../../api/error-codes.js';
import { checkReal } from './checks.js';
import { field } from './leaves.js';
import type { ScoreState } from './state.js';
import { nodes, readWrite, type Group, type Requirement } from './tree.js';

const scoreElements = nodes<ScoreState>({
  scaled: field({
    access: readWrite,
    read: (score) => score.scaled,
    store: (score, value) => (score.scaled = value),
    check: (value) => checkReal(value, { min: -1, max: 1 }),
  }),
  raw: field({
    access: readWrite,
    read: (score) => score.raw,
    store: (score, value) => (score.raw = value),
    check: (value) => checkReal(value),
  }),
  min: field({
    access: readWrite,
    read: (score) => score.min,
    store: (score, value) => (score.min = value),
    check: (value) => checkReal(value),
  }),
  max: field({
    access: readWrite,
    read: (score) => score.max,
    store: (score, value) => (score.max = value),
    check: (value) => checkReal(value),
  }),
});

/**
 * RTE §4.2.20 cmi.score and §4.2.17 cmi.objectives.n.score: scaled is a real in [-1, 1];
 * raw, min and max are reals without a range (the book only advises min ≤ raw ≤ max).
 * None has a default: each answers 403 until set.
 */
export function scoreGroup<P>(select: (parent: P) => ScoreState, requires?: Requirement<P>): Group<P, ScoreState> {
  return {
    kind: 'group',
    ...(requires === undefined ? {} : { requires }),
    select,
    children: scoreElements,
    childrenKeyword: 'scaled,raw,min,max',
    missingKeywordError: Scorm2004Error.GeneralGetFailure,
  };
}
