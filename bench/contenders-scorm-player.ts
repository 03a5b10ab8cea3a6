import { createRuntime, type Session } from '../src/runtime/index.js';

/** Our run-time through its public entry, exactly as the player and the harness use it. */
export async function launchScormPlayer(scorm: '1.2' | '2004'): Promise<Session> {
  const runtime = createRuntime({ scorm, learner: { id: 'bench', name: 'Bench, Mark' } });
  return runtime.launch({ activityId: 'sco' });
}

export function createRuntimeForCycles(scorm: '1.2' | '2004') {
  return createRuntime({ scorm, learner: { id: 'bench', name: 'Bench, Mark' } });
}
