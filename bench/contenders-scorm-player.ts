import { createRuntime, type ScormVersion, type Session } from '../src/runtime/index.js';

/** Our run-time through its public entry, exactly as the player and the harness use it. */
export async function launchScormPlayer<V extends ScormVersion>(scorm: V): Promise<Session<V>> {
  const runtime = createRuntime({ scorm, learner: { id: 'bench', name: 'Bench, Mark' } });
  return runtime.launch({ activityId: 'sco' });
}

export function createRuntimeForCycles<V extends ScormVersion>(scorm: V) {
  return createRuntime({ scorm, learner: { id: 'bench', name: 'Bench, Mark' } });
}
