import type { NavigationRequest } from '../../runtime/sequencing/requests.js';

export interface ScormNavigateRequestDetail {
  /** The request the learner made: a choice of `target` from the table of contents. */
  readonly request: NavigationRequest;
}

/**
 * Fired on the element the learner used (a <scorm-toc>) before its navigation request is handed
 * to the player. Cancelable: `preventDefault()` keeps the request from being made (to confirm
 * first, for instance). It does not bubble: listeners above hear the player's own
 * `scorm-navigate`, which reports the outcome, once per request.
 */
export class ScormNavigateEvent extends CustomEvent<ScormNavigateRequestDetail> {
  static readonly eventName = 'scorm-navigate';

  constructor(detail: ScormNavigateRequestDetail) {
    super(ScormNavigateEvent.eventName, { detail, bubbles: false, composed: false, cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'scorm-navigate': ScormNavigateEvent;
  }
}
