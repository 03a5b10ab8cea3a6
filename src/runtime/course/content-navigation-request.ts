/**
 * adl.nav.request as the content leaves it at Terminate (RTE 4th ed. §4.4 SCORM Navigation Data
 * Model; SN 4th ed. §4.4.1 navigation requests): the request the LMS processes once the content's
 * session has ended, or undefined for `_none_`.
 */
import type { NavigationRequest } from '../sequencing/requests.js';

const PLAIN: ReadonlyMap<string, NavigationRequest> = new Map<string, NavigationRequest>([
  ['continue', { type: 'continue' }],
  ['previous', { type: 'previous' }],
  ['exit', { type: 'exit' }],
  ['exitAll', { type: 'exitAll' }],
  ['abandon', { type: 'abandon' }],
  ['abandonAll', { type: 'abandonAll' }],
  ['suspendAll', { type: 'suspendAll' }],
]);

const TARGET_OPENING = '{target=';

/** The data model only stores valid values, so anything else (`_none_`) is no request. */
export function contentNavigationRequest(value: string): NavigationRequest | undefined {
  const plain = PLAIN.get(value);
  if (plain !== undefined) return plain;
  if (!value.startsWith(TARGET_OPENING)) return undefined;
  const close = value.indexOf('}');
  if (close < 0) return undefined;
  const target = value.slice(TARGET_OPENING.length, close);
  const type = value.slice(close + 1);
  return type === 'choice' || type === 'jump' ? { type, target } : undefined;
}
