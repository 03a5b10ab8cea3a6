/**
 * Which CTS SCO a delivered activity is, and how it behaves. ADL's SCOs read who they are from
 * their launch parameters (`?tc=CM-01&act=3`: the case title and ADL's activity name), and the
 * SCO depot page an item launches decides when the SCO calls Terminate.
 */
import type { Activity } from '../../runtime/sequencing/activity-tree.js';

export interface ScoIdentity {
  /** `tc`: the title of the case the SCO belongs to. */
  readonly testCase: string;
  /** `act`: ADL's activity name, what a visit key names (`Act3V1` → `3`). */
  readonly activity: string;
}

/**
 * When ADL's SCO terminates:
 * - `afterCommands`: once its commands have run (SequencingTest.htm and most pages);
 * - `onUnload`: only when the LMS takes it away (SequencingTestSingleDoTerminate.htm), so the
 *   visit's end event comes while it is still running.
 */
export type TerminateTiming = 'afterCommands' | 'onUnload';

export function scoIdentity(activity: Activity): ScoIdentity | undefined {
  const parameters = activity.launch?.item.parameters;
  if (parameters === undefined) return undefined;
  const query = new URLSearchParams(parameters.startsWith('?') ? parameters.slice(1) : parameters);
  const testCase = query.get('tc');
  const act = query.get('act');
  return testCase === null || act === null ? undefined : { testCase, activity: act };
}

export function terminateTiming(activity: Activity): TerminateTiming {
  const href = activity.launch?.resource.href ?? '';
  return href.endsWith('SequencingTestSingleDoTerminate.htm') ? 'onUnload' : 'afterCommands';
}
