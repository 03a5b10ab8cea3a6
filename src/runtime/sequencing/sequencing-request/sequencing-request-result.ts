import type { Activity } from '../activity-tree.js';
import type { SequencingException } from '../requests.js';

/** What a sequencing request process ends with (SN book 4th ed. SB.2.5–SB.2.13). */
export interface SequencingRequestResult {
  /** The activity identified for delivery. */
  readonly deliveryRequest?: Activity;
  /** The sequencing session ends (the flow walked off the tree, or the root was exited). */
  readonly endSequencingSession?: boolean;
  readonly exception?: SequencingException;
}
