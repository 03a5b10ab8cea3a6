import { contentDeliveryEnvironmentProcess } from '../delivery/db-2-content-delivery-environment.js';
import { deliveryRequestProcess } from '../delivery/db-1-1-delivery-request.js';
import { navigationRequestProcess } from '../navigation/nb-2-1-navigation-request.js';
import { clearCourseAttemptObjectives } from '../objectives/course-attempt-objectives.js';
import type { NavigationResult } from '../navigator.js';
import type { NavigationRequest, SequencingException, SequencingRequest } from '../requests.js';
import { sequencingRequestProcess } from '../sequencing-request/sb-2-12-sequencing-request.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';
import { terminationRequestProcess } from '../termination/tb-2-3-termination-request.js';

const failed = (exception: SequencingException): NavigationResult => ({ exception, deliver: undefined, endSession: false });

const NOTHING_DELIVERED: NavigationResult = Object.freeze({ exception: undefined, deliver: undefined, endSession: false });
const SESSION_ENDED: NavigationResult = Object.freeze({ exception: undefined, deliver: undefined, endSession: true });

/**
 * Overall Sequencing Process — SN book 4th ed. OP.1, for one navigation request: navigation,
 * termination, sequencing and delivery, each process's outcome deciding whether the next runs.
 * A result with an exception leaves the workspace in whatever state the processes reached; the
 * caller decides whether to keep it (the Sequencer does not: a refused request changes nothing).
 */
export function overallSequencingProcess(ws: SequencingWorkspace, request: NavigationRequest): NavigationResult {
  // 1.1, 1.2
  const navigation = navigationRequestProcess(ws, request);
  if (!navigation.valid) return failed(navigation.exception);
  let sequencingRequest: SequencingRequest | undefined =
    navigation.sequencingRequest === undefined ? undefined : { type: navigation.sequencingRequest, target: navigation.target };
  // 1.3
  if (navigation.terminationRequest !== undefined) {
    const termination = terminationRequestProcess(ws, navigation.terminationRequest);
    if (!termination.valid) return failed(termination.exception);
    // 1.3.3 A request from the termination (post conditions, exit all) replaces the pending one.
    if (termination.sequencingRequest !== undefined) sequencingRequest = { type: termination.sequencingRequest };
    // The root is to be retried: its course attempt's global objectives start afresh.
    if (sequencingRequest?.type === 'retry' && ws.currentActivity === ws.tree.root) clearCourseAttemptObjectives(ws);
  }
  // 1.4
  if (sequencingRequest === undefined) return NOTHING_DELIVERED;
  const sequencing = sequencingRequestProcess(ws, sequencingRequest);
  if (sequencing.exception !== undefined) return failed(sequencing.exception);
  // 1.4.3 The session is over: nothing is current until the next session begins. Unless the
  // root is suspended, so is the attempt on the course, and its global objectives with it.
  if (sequencing.endSequencingSession === true) {
    ws.currentActivity = undefined;
    if (!ws.tracking(ws.tree.root).isSuspended) clearCourseAttemptObjectives(ws);
    return SESSION_ENDED;
  }
  const target = sequencing.deliveryRequest;
  if (target === undefined) return NOTHING_DELIVERED;
  // 1.5
  const delivery = deliveryRequestProcess(ws, target);
  if (!delivery.valid) return failed(delivery.exception);
  // 1.6
  const content = contentDeliveryEnvironmentProcess(ws, target);
  if (!content.valid) return failed(content.exception);
  return { exception: undefined, deliver: target, endSession: false };
}
