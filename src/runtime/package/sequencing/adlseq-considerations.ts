import type { XmlElement } from '../xml/xml-tree.js';
import { readBoolean, readBooleans, readToken, type ParseContext } from './attribute-values.js';
import {
  DEFAULT_CONSTRAINED_CHOICE_CONSIDERATIONS,
  DEFAULT_ROLLUP_CONSIDERATIONS as ROLLUP_DEFAULTS,
  type ConstrainedChoiceConsiderations,
  type RollupConsideration,
  type RollupConsiderations,
} from './model.js';

/** CAM 4th ed. §5 <adlseq:constrainedChoiceConsiderations> (adlseq_v1p3.xsd), SN book §3 Constrain Choice Controls. */
export function parseConstrainedChoiceConsiderations(
  element: XmlElement | undefined,
  context: ParseContext,
): ConstrainedChoiceConsiderations {
  return element === undefined
    ? DEFAULT_CONSTRAINED_CHOICE_CONSIDERATIONS
    : readBooleans(element, DEFAULT_CONSTRAINED_CHOICE_CONSIDERATIONS, context);
}

/** adlseq_v1p3.xsd rollupConsiderationType. */
const CONSIDERATIONS: ReadonlySet<RollupConsideration> = new Set(['always', 'ifAttempted', 'ifNotSkipped', 'ifNotSuspended']);

/** CAM 4th ed. §5 <adlseq:rollupConsiderations> (adlseq_v1p3.xsd), SN book §3 Rollup Considerations. */
export function parseRollupConsiderations(element: XmlElement | undefined, context: ParseContext): RollupConsiderations {
  if (element === undefined) return ROLLUP_DEFAULTS;
  const required = (name: keyof RollupConsiderations & `requiredFor${string}`): RollupConsideration =>
    readToken(element, name, CONSIDERATIONS, ROLLUP_DEFAULTS[name], context);
  return {
    requiredForSatisfied: required('requiredForSatisfied'),
    requiredForNotSatisfied: required('requiredForNotSatisfied'),
    requiredForCompleted: required('requiredForCompleted'),
    requiredForIncomplete: required('requiredForIncomplete'),
    measureSatisfactionIfActive: readBoolean(
      element,
      'measureSatisfactionIfActive',
      ROLLUP_DEFAULTS.measureSatisfactionIfActive,
      context,
    ),
  };
}
