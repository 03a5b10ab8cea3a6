import type { NavigationRequest } from '../../runtime/sequencing/requests.js';

export interface ScormChooseDetail {
  /** The request the learner made: a choice of `target` from the table of contents. */
  readonly request: NavigationRequest;
}

/**
 * Fired on the element the learner used (a <scorm-toc>) before its navigation request is handed
 * to the player. Cancelable: `preventDefault()` keeps the request from being made (to confirm
 * first, for instance). The player's `scorm-navigate` then reports the outcome.
 */
export class ScormChooseEvent extends CustomEvent<ScormChooseDetail> {
  static readonly eventName = 'scorm-choose';

  constructor(detail: ScormChooseDetail) {
    super(ScormChooseEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'scorm-choose': ScormChooseEvent;
  }
}
