import type { Session } from '../runtime.js';
import type { Activity } from '../sequencing/activity-tree.js';

/** One launch of one activity's content (SN 4th ed. DB.2 Content Delivery Environment Process). */
export interface Delivery {
  readonly activity: Activity;
  /** The resource to load, relative to the package root, with the item's parameters. */
  readonly url: string;
  /** The run-time session the content's API object belongs to (`session.api`). */
  readonly session: Session;
  /**
   * Set by the host: called when the course takes this content away (a navigation request from
   * the player's controls, the end of the course), before its session is ended for it. A page
   * removes the content's frame here, which runs the content's unload handlers: calls they make
   * (Terminate included) still reach the API. Its adl.nav.request is then not processed: the
   * learner's request is.
   */
  onUnload: (() => void) | undefined;
}
