/**
 * <scorm-player>: importing this module defines the element (once, whoever imports it first).
 */
import { ScormPlayer } from './scorm-player.js';

export { ScormPlayer };
export { defaultStrings } from './strings.js';
export type { PlayerStrings } from './strings.js';
export type {
  ScormPlayerEventMap,
  ScormLaunchDetail,
  ScormInitializeDetail,
  ScormCommitDetail,
  ScormStatusChangeDetail,
  ScormScoreChangeDetail,
  ScormNavigateDetail,
  ScormSessionEndDetail,
  ScormErrorDetail,
} from './player-events.js';

if (!customElements.get('scorm-player')) customElements.define('scorm-player', ScormPlayer);
