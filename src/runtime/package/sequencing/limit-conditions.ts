import type { XmlElement } from '../xml/xml-tree.js';
import { readNonNegativeInteger, readTime, type ParseContext } from './attribute-values.js';
import { DEFAULT_LIMIT_CONDITIONS, type LimitConditions } from './model.js';

/** XML Schema Part 2 §3.2.6 duration, without the sign: a negative limit means nothing. */
const DURATION = /^P(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/;
/** XML Schema Part 2 §3.2.7 dateTime. */
const DATE_TIME = /^-?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)?$/;

const A_DURATION = 'a duration such as PT1H30M';
const A_DATE_TIME = 'a date and time such as 2024-05-01T08:00:00Z';

/**
 * CAM 4th ed. §5 <imsss:limitConditions> (imsss_v1p0limit.xsd), SN book §3 Limit Conditions.
 * An attemptLimit of 0 is no limit, as ADL's reference implementation reads it
 * (SeqActivity.setAttemptLimit: only a positive value turns the limit's control on).
 */
export function parseLimitConditions(element: XmlElement | undefined, context: ParseContext): LimitConditions {
  if (element === undefined) return DEFAULT_LIMIT_CONDITIONS;
  const attemptLimit = readNonNegativeInteger(element, 'attemptLimit', undefined, context);
  const duration = (name: string): string | undefined => readTime(element, name, DURATION, A_DURATION, context);
  return {
    attemptLimit: attemptLimit === 0 ? undefined : attemptLimit,
    attemptAbsoluteDurationLimit: duration('attemptAbsoluteDurationLimit'),
    attemptExperiencedDurationLimit: duration('attemptExperiencedDurationLimit'),
    activityAbsoluteDurationLimit: duration('activityAbsoluteDurationLimit'),
    activityExperiencedDurationLimit: duration('activityExperiencedDurationLimit'),
    beginTimeLimit: readTime(element, 'beginTimeLimit', DATE_TIME, A_DATE_TIME, context),
    endTimeLimit: readTime(element, 'endTimeLimit', DATE_TIME, A_DATE_TIME, context),
  };
}
