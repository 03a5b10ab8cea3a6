import { createContext } from '@lit/context';
import type { ScormPlayerController } from './scorm-player-controller.js';

/**
 * The context <scorm-player> provides to the elements nested in it (the @lit/context protocol,
 * so any provider works). A global symbol: two copies of this module still share the key.
 */
export const scormPlayerContext = createContext<ScormPlayerController | undefined>(Symbol.for('scorm-player/controller'));
