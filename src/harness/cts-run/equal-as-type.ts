/**
 * ADL's evaluator compares a GetValue answer with the expected value as values of the element's
 * data-model type (TestCaseEvaluator through DMElement.equals): `0.50` equals `0.5`,
 * `PT2H20S` equals `PT2H0M20S`. The element's type is told by its name, as RTE 4th ed. §4.2
 * gives it; interaction patterns and responses by the interaction's type (`!TY.x`).
 */
import { parseDuration } from '../matchers.js';

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Elements of type real(10,7) (RTE §4.2: scores, measures, thresholds, weighting, preferences). */
const REAL_ELEMENT = /(?:\.score\.(?:scaled|raw|min|max)|progress_measure|completion_threshold|scaled_passing_score|\.weighting|audio_level|delivery_speed)$/;

/** Elements of type timeinterval (second,10,2). */
const DURATION_ELEMENT = /(?:total_time|max_time_allowed|\.latency)$/;

/** Elements of type time (second,10,0): ISO 8601 date-times. */
const TIME_ELEMENT = /\.timestamp$/;

/** Elements whose value is an interaction pattern or response. */
const RESPONSE_ELEMENT = /(?:\.pattern|\.learner_response)$/;

export function equalAsType(element: string, expected: string, actual: string, interactionType: string | undefined): boolean {
  if (expected === actual) return true;
  if (element.endsWith('._children')) return sameMembers(expected, actual);
  if (REAL_ELEMENT.test(element)) return sameDecimal(expected, actual);
  if (DURATION_ELEMENT.test(element)) return sameDuration(expected, actual);
  if (TIME_ELEMENT.test(element)) return sameTime(expected, actual);
  if (RESPONSE_ELEMENT.test(element)) {
    const left = delimited(expected);
    const right = delimited(actual);
    if (left.delimiters !== right.delimiters) return false;
    return left.rest === right.rest || (interactionType === 'numeric' && sameNumericRange(left.rest, right.rest));
  }
  return false;
}

/** One leading delimiter: `{order_matters=true}`, `{case_matters=false}`, `{lang=en}`. */
const LEADING_DELIMITER = /^\{(order_matters|case_matters|lang)=([^}]*)\}/;

/** What each delimiter means when it is absent (RTE 4th ed. §4.2.9.1). */
const DELIMITER_DEFAULTS: ReadonlyMap<string, string> = new Map([['order_matters', 'true'], ['case_matters', 'false']]);

/**
 * A pattern as its type compares it (RTE 4th ed. §4.2.9.1): its leading delimiters as a set, in
 * any order, leaving out those that state their default, then the rest. ADL's evaluator finds
 * `{order_matters=true}a[,]b` equal to `a[,]b`, and `{lang=eng}{case_matters=true}x` equal to
 * `{case_matters=true}{lang=eng}x`.
 */
function delimited(value: string): { delimiters: string; rest: string } {
  const found: string[] = [];
  let rest = value;
  for (let match = LEADING_DELIMITER.exec(rest); match !== null; match = LEADING_DELIMITER.exec(rest)) {
    if (DELIMITER_DEFAULTS.get(match[1]!) !== match[2]) found.push(`${match[1]}=${match[2]}`);
    rest = rest.slice(match[0].length);
  }
  return { delimiters: found.sort().join(','), rest };
}

/** A `_children` list names the same elements, in any order. */
function sameMembers(expected: string, actual: string): boolean {
  const left = expected.split(',').sort();
  const right = actual.split(',').sort();
  return left.length === right.length && left.every((name, index) => name === right[index]);
}

function sameDecimal(expected: string, actual: string): boolean {
  return DECIMAL.test(expected) && DECIMAL.test(actual) && Number(expected) === Number(actual);
}

function sameDuration(expected: string, actual: string): boolean {
  const left = parseDuration(expected);
  const right = parseDuration(actual);
  return left !== undefined && right !== undefined && left.months === right.months && left.hundredths === right.hundredths;
}

/** The same instant; a time without a zone is compared as written (both read in the same zone). */
function sameTime(expected: string, actual: string): boolean {
  const left = Date.parse(expected);
  const right = Date.parse(actual);
  return !Number.isNaN(left) && left === right;
}

/** A numeric pattern `min[:max]` or response: each bound equal as a decimal. */
function sameNumericRange(expected: string, actual: string): boolean {
  const left = expected.split('[:]');
  const right = actual.split('[:]');
  return left.length === right.length && left.every((bound, index) => bound === right[index] || sameDecimal(bound, right[index]!));
}
