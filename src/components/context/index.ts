/**
 * What <scorm-player> shares with <scorm-toc> and <scorm-debugger>, and what another host
 * provides to use them without the player.
 */
export { scormPlayerContext } from './scorm-player-context.js';
export { PlayerConnection } from './player-connection.js';
export { MemoryPlayerController } from './memory-player-controller.js';
export type { MemoryPlayerControllerOptions } from './memory-player-controller.js';
export { activityStatusFromTracking, sequencingStateOf, trackingOf } from './activity-status.js';
export { isControllerHost, unknownActivityStatus } from './scorm-player-controller.js';
export type {
  ActivityLaunchValues,
  ActivityStatus,
  RuntimeSource,
  ScormPlayerChange,
  ScormPlayerChangeListener,
  ScormPlayerController,
  ScormPlayerControllerHost,
} from './scorm-player-controller.js';
export { ScormChooseEvent } from './scorm-choose-event.js';
export type { ScormChooseDetail } from './scorm-choose-event.js';
