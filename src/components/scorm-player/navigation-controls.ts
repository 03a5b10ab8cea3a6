/**
 * Which of the player's navigation controls show and which can be used, for the activity being
 * delivered. Shown unless the activity's adlnav:hideLMSUI hides it (CAM 4th ed. §5.1.3,
 * <adlnav:hideLMSUI>: the LMS must not offer a hidden request's control while the activity is
 * delivered); usable when the navigator's look-ahead says the request would be carried out now
 * (SN 4th ed. §3.4: an LMS should only offer valid requests).
 *
 * "Exit" ends the whole course (exitAll) and "Suspend" suspends it (suspendAll): exiting just
 * the current activity leaves the learner with nothing delivered, which a player button should
 * not do. So they answer to the hideLMSUI tokens exitAll and suspendAll.
 */
import type { HiddenLmsUi } from '../../runtime/package/index.js';
import type { Navigator } from '../../runtime/sequencing/navigator.js';
import type { NavigationRequest } from '../../runtime/sequencing/requests.js';

export type ControlName = 'previous' | 'continue' | 'exit' | 'suspend';

export interface ControlState {
  readonly name: ControlName;
  readonly request: NavigationRequest;
  readonly hidden: boolean;
  readonly enabled: boolean;
}

interface Control {
  readonly name: ControlName;
  readonly request: NavigationRequest;
  readonly hiddenBy: HiddenLmsUi;
}

export const controls: readonly Control[] = [
  { name: 'previous', request: { type: 'previous' }, hiddenBy: 'previous' },
  { name: 'continue', request: { type: 'continue' }, hiddenBy: 'continue' },
  { name: 'exit', request: { type: 'exitAll' }, hiddenBy: 'exitAll' },
  { name: 'suspend', request: { type: 'suspendAll' }, hiddenBy: 'suspendAll' },
];

/** The controls' states now; all disabled when nothing is delivered. */
export function controlStates(navigator: Navigator | undefined): readonly ControlState[] {
  const activity = navigator?.currentActivity;
  return controls.map(({ name, request, hiddenBy }) => {
    const hidden = activity?.hideLmsUi.includes(hiddenBy) ?? false;
    const enabled = navigator !== undefined && activity !== undefined && !hidden && navigator.isValid(request);
    return { name, request, hidden, enabled };
  });
}
