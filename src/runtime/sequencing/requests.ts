/**
 * The requests the sequencing processes pass to each other, in the SN book's vocabulary
 * (SN 4th ed. §4.4 navigation requests, §4.6 termination requests, §4.7 sequencing requests,
 * §4.8 delivery requests), and the exception codes the processes end with.
 */
import type { Activity } from './activity-tree.js';

/** Navigation requests (SN §4.4.1, Table 4.4.1a), the target identifier carried by choice and jump. */
export type NavigationRequest =
  | { readonly type: 'start' }
  | { readonly type: 'resumeAll' }
  | { readonly type: 'continue' }
  | { readonly type: 'previous' }
  | { readonly type: 'forward' }
  | { readonly type: 'backward' }
  | { readonly type: 'choice'; readonly target: string }
  | { readonly type: 'jump'; readonly target: string }
  | { readonly type: 'exit' }
  | { readonly type: 'exitAll' }
  | { readonly type: 'abandon' }
  | { readonly type: 'abandonAll' }
  | { readonly type: 'suspendAll' };

export type NavigationRequestType = NavigationRequest['type'];

/** Termination requests (SN §4.6). */
export type TerminationRequest = 'exit' | 'exitParent' | 'exitAll' | 'suspendAll' | 'abandon' | 'abandonAll';

/** Sequencing requests (SN §4.7), `retryAll` only as a post-condition result handled by TB.2.3. */
export type SequencingRequestType = 'start' | 'resumeAll' | 'continue' | 'previous' | 'choice' | 'jump' | 'retry' | 'exit';

export interface SequencingRequest {
  readonly type: SequencingRequestType;
  /** The target activity of choice and jump. */
  readonly target?: Activity;
}

/**
 * An exception a process ends with, named as the book names it: the process id and the number
 * of the exception in its table, e.g. `NB.2.1-2` ("current activity not defined"), `SB.2.9-4`.
 */
export type SequencingException = `${'OP' | 'NB' | 'TB' | 'SB' | 'DB' | 'UP'}.${string}`;
