/**
 * SCORM 2004 4th ed. RTE §4.2.9.1 and §4.2.9.2: the interaction values made of `[,]`-separated
 * records of two `[.]`-separated parts (matching, performance). Checks as ADL's SampleRTE makes
 * them (InteractionValidator), confirmed by ADL's CTS (DMI). The book's 36 pairs / 125 steps
 * and 250-character step answers are SPMs: ADL warns past them.
 */

import { isCharacterString } from './characterstring.js';
import { isShortIdentifier } from './identifier.js';
import { isBooleanDelimiter, readDelimiters } from './interaction-delimiters.js';
import { isNumericRange } from './interaction-response-numeric.js';

const COMMA = '[,]';
const DOT = '[.]';
const RANGE = '[:]';
const PERFORMANCE_PATTERN_DELIMITERS = ['order_matters'] as const;

/**
 * matching pattern: `source[.]target` pairs of short identifiers joined by `[,]`; pairs may
 * recur. DMI: `z` (no target), `a[.]` (empty target), a leading `[,]` or `[.]` fail.
 */
export function isMatchingPattern(pattern: string): boolean {
  return !isBlank(pattern) && pattern.split(COMMA).every(isMatchingPair);
}

/** matching response: the pattern syntax, or blank (ADL lets a learner match nothing). */
export function isMatchingResponse(response: string): boolean {
  return isBlank(response) || response.split(COMMA).every(isMatchingPair);
}

/**
 * performance pattern: an optional `{order_matters=true|false}`, then performance steps
 * (DMI: `{order_matters=invalid}…` fails).
 */
export function isPerformancePattern(pattern: string): boolean {
  const { values, rest } = readDelimiters(pattern, PERFORMANCE_PATTERN_DELIMITERS);
  return values.every(isBooleanDelimiter) && isPerformanceResponse(rest);
}

/**
 * performance response: one or more `step_name[.]step_answer` records joined by `[,]`. Either
 * part may be empty, not both (DMI: `[.]answer` and `name[.]` pass). A step name is a short
 * identifier; a step answer holding `[:]` is a numeric range `min[:]max`, any other answer is
 * free text. `""` fails.
 */
export function isPerformanceResponse(response: string): boolean {
  return response.split(COMMA).every(isPerformanceStep);
}

function isMatchingPair(pair: string): boolean {
  const separator = pair.indexOf(DOT);
  if (separator <= 0 || pair.includes(DOT, separator + DOT.length)) return false;
  const target = pair.slice(separator + DOT.length);
  return target !== '' && isShortIdentifier(pair.slice(0, separator)) && isShortIdentifier(target);
}

function isPerformanceStep(step: string): boolean {
  const separator = step.indexOf(DOT);
  if (separator < 0 || step.includes(DOT, separator + DOT.length)) return false;
  const name = step.slice(0, separator);
  const answer = step.slice(separator + DOT.length);
  if (name === '' && answer === '') return false;
  if (name !== '' && !isShortIdentifier(name)) return false;
  return answer.includes(RANGE) ? isNumericRange(answer) : isCharacterString(answer);
}

/** ADL's `trim().length() == 0`: empty, or only spaces and control characters. */
function isBlank(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    if (value.charCodeAt(i) > 0x20) return false;
  }
  return true;
}
