/**
 * `npm run bench`: our run-time side by side with scorm-again (npm) in one process, each in its
 * own worker thread (own heap, own compiled code), in blocks of rounds that alternate between
 * them.
 * Prints the median round of each as operations per second and the ratio ours / theirs.
 * Target (issue 2): at least 5x on each scenario.
 */
import { Worker } from 'node:worker_threads';
import { scenarios } from './scenarios.js';

type Name = 'scorm-player' | 'scorm-again';

function startWorker(contender: Name): Worker {
  return new Worker(new URL('./worker.js', import.meta.url), { workerData: { contender } });
}

type Sample = { ms: number; ops: number };

function block(worker: Worker, scenario: number, warmUpRounds: number, rounds: number): Promise<Sample[]> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    worker.once('error', onError);
    worker.once('message', (samples: Sample[]) => {
      worker.off('error', onError);
      resolve(samples);
    });
    worker.postMessage({ scenario, warmUpRounds, rounds });
  });
}

function median(samples: Sample[]): Sample {
  return [...samples].sort((a, b) => a.ms - b.ms)[Math.floor(samples.length / 2)]!;
}

const format = (n: number) => Math.round(n).toLocaleString('en-US');
const workers: Record<Name, Worker> = { 'scorm-player': startWorker('scorm-player'), 'scorm-again': startWorker('scorm-again') };
const names: Name[] = ['scorm-player', 'scorm-again'];
const blocks = 3;

console.log(`SCORM 2004 run-time: scorm-player vs scorm-again, median round, Node ${process.version}\n`);
let belowTarget = 0;
for (const [index, scenario] of scenarios.entries()) {
  const samples: Record<Name, Sample[]> = { 'scorm-player': [], 'scorm-again': [] };
  // Blocks alternate between the contenders, so a slow spell of the machine hits both; within
  // a block a contender runs alone, so the other's background work does not land in its rounds.
  for (let b = 0; b < blocks; b++) {
    for (const name of names) {
      const warmUp = b === 0 ? scenario.warmUpRounds : 2;
      samples[name].push(...(await block(workers[name], index, warmUp, scenario.rounds)));
    }
  }
  const rate = (name: Name) => {
    const m = median(samples[name]);
    return (m.ops / m.ms) * 1000;
  };
  const ours = rate('scorm-player');
  const theirs = rate('scorm-again');
  const ratio = ours / theirs;
  if (ratio < 5) belowTarget++;
  console.log(scenario.title);
  console.log(`  scorm-player ${format(ours)} ${scenario.unit}   scorm-again ${format(theirs)} ${scenario.unit}   ratio ${ratio.toFixed(1)}x${ratio < 5 ? '  (below the 5x target)' : ''}\n`);
}
console.log(belowTarget === 0 ? 'Every scenario is at or above 5x.' : `${belowTarget} scenario(s) below 5x.`);
for (const worker of Object.values(workers)) await worker.terminate();
