/** SN book 4th ed. SB.2.12 Sequencing Request Process. */
import type { SequencingRequest } from '../requests.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';
import { continueSequencingRequestProcess } from './sb-2-7-continue.js';
import { choiceSequencingRequestProcess } from './sb-2-9-choice.js';
import { exitSequencingRequestProcess } from './sb-2-11-exit.js';
import { jumpSequencingRequestProcess } from './sb-2-13-jump.js';
import { previousSequencingRequestProcess } from './sb-2-8-previous.js';
import { resumeAllSequencingRequestProcess } from './sb-2-6-resume-all.js';
import { retrySequencingRequestProcess } from './sb-2-10-retry.js';
import { startSequencingRequestProcess } from './sb-2-5-start.js';
import type { SequencingRequestResult } from './sequencing-request-result.js';

export type { SequencingRequestResult } from './sequencing-request-result.js';

/** SN SB.2.12 Sequencing Request Process: dispatches the request to its process. */
export function sequencingRequestProcess(ws: SequencingWorkspace, request: SequencingRequest): SequencingRequestResult {
  switch (request.type) {
    case 'start':
      return startSequencingRequestProcess(ws);
    case 'resumeAll':
      return resumeAllSequencingRequestProcess(ws);
    case 'exit':
      return exitSequencingRequestProcess(ws);
    case 'retry':
      return retrySequencingRequestProcess(ws);
    case 'continue':
      return continueSequencingRequestProcess(ws);
    case 'previous':
      return previousSequencingRequestProcess(ws);
    case 'choice':
      return choiceSequencingRequestProcess(ws, request.target);
    case 'jump':
      // The Navigation Request Process only issues a jump with its target; without one the request is not a valid one.
      return request.target === undefined ? { exception: 'SB.2.12-1' } : jumpSequencingRequestProcess(ws, request.target);
  }
}
