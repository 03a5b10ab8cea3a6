/**
 * SCORM 2004 4th ed. RTE §4.2.9.1 and §4.2.9.2: the interaction values that are short
 * identifiers or lists of them (choice, sequencing, likert). Checks as ADL's SampleRTE makes
 * them (InteractionValidator), confirmed by ADL's CTS (DMI).
 */

import { isShortIdentifier } from './identifier.js';

const COMMA = '[,]';

/**
 * choice: `""` (no choice is correct) or `[,]`-separated short identifiers, none repeated
 * (DMI: `a[,]…[,]a` fails). A pattern and a learner response share the syntax. The book's limit
 * of 36 identifiers is an SPM: ADL warns past it.
 */
export function isChoiceValue(value: string): boolean {
  if (value === '') return true;
  const choices = value.split(COMMA);
  return choices.every(isShortIdentifier) && new Set(choices).size === choices.length;
}

/**
 * sequencing: one or more `[,]`-separated short identifiers; an identifier may recur, as a step
 * may. `""` and `[,]` fail (DMI).
 */
export function isSequencingValue(value: string): boolean {
  return value.split(COMMA).every(isShortIdentifier);
}

/** likert: a single short identifier (DMI: `uri.uri.uri[.]abcd[,]testuri` fails). */
export function isLikertValue(value: string): boolean {
  return isShortIdentifier(value);
}

/** Two choice patterns are the same when they name the same set of choices (ADL's compare). */
export function sameChoices(a: string, b: string): boolean {
  const first = new Set(a.split(COMMA));
  const second = b.split(COMMA);
  return new Set(second).size === first.size && second.every((choice) => first.has(choice));
}
