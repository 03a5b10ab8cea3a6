/**
 * One contender in its own worker thread (its own V8 isolate and heap): its garbage, its
 * compiled code and its inline caches are its own, as they would be on a page of its own.
 * The main thread asks for one block of rounds at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { scenarios, type Launch } from './scenarios.js';
import { createScormAgain } from './contenders-scorm-again.js';
import { createRuntime } from '../src/runtime/index.js';

const contender = (workerData as { contender: 'scorm-player' | 'scorm-again' }).contender;

/** A fresh attempt each time (launch), or the next launch of one attempt (relaunch). */
function launchers(): { launch: Launch; relaunch: Launch } {
  if (contender === 'scorm-again') {
    const fresh = () => createScormAgain();
    return { launch: fresh, relaunch: fresh };
  }
  const learner = { id: 'bench', name: 'Bench, Mark' };
  const attempt = createRuntime({ scorm: '2004', learner });
  return {
    launch: async () => (await createRuntime({ scorm: '2004', learner }).launch()).api,
    relaunch: async () => (await attempt.launch()).api,
  };
}

const { launch, relaunch } = launchers();
const rounds = new Map<number, () => Promise<number> | number>();

/** Runs one block: warm-up rounds, then measured rounds back to back; answers the measured ones. */
parentPort!.on('message', async ({ scenario, warmUpRounds, rounds: measured }: { scenario: number; warmUpRounds: number; rounds: number }) => {
  let round = rounds.get(scenario);
  if (round === undefined) {
    round = await scenarios[scenario]!.prepare(launch, relaunch);
    rounds.set(scenario, round);
  }
  for (let i = 0; i < warmUpRounds; i++) await round();
  const samples: { ms: number; ops: number }[] = [];
  for (let i = 0; i < measured; i++) {
    const start = performance.now();
    const ops = await round();
    samples.push({ ms: performance.now() - start, ops });
  }
  parentPort!.postMessage(samples);
});
