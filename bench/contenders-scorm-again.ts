import { Scorm2004API } from 'scorm-again';
import type { Api2004 } from './scenarios.js';

/**
 * scorm-again set up to do the same work as ours: its commit renders the CMI and hands it to an
 * in-memory "backend" that serialises it to JSON, as our memory adapter does. Logging off.
 */
export function createScormAgain(): Api2004 {
  const settings = {
    logLevel: 5,
    lmsCommitUrl: 'memory://commit',
    httpService: {
      processHttpRequest(_url: string, params: unknown) {
        savedPayload = JSON.stringify(params);
        return { result: 'true', errorCode: 0 };
      },
      updateSettings() {},
    },
  };
  // Their settings type is stricter than what they accept at run time (httpService as an object).
  return new Scorm2004API(settings as never);
}

/** Kept so the serialisation is not optimised away. */
export let savedPayload = '';
