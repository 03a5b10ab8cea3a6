/**
 * Our sequencing engine side by side with scorm-again's (npm), each in its own worker thread
 * (bench/sequencing-contenders.ts), on the same generated tree (modules × lessons × pages, flow
 * and choice on clusters, a `satisfied → skip` pre-condition on leaves, default rollup) brought
 * to the same state: half way through, every leaf before the middle one completed and passed,
 * the middle one current and reported so.
 *
 * Before anything is timed, both engines must give the same answer to each operation (the
 * activity a request delivers, the statuses rollup leaves on the activity path); a request that
 * delivers different activities stops the bench. Blocks of runs alternate between the engines;
 * each figure is the median run.
 */
import { Worker } from 'node:worker_threads';
import { LARGE, SMALL, type Answers, type Operation } from './sequencing-contenders.js';

type Name = 'scorm-player' | 'scorm-again';
const names: Name[] = ['scorm-player', 'scorm-again'];

function startWorker(contender: Name): { worker: Worker; answers: Promise<Answers> } {
  const worker = new Worker(new URL('./sequencing-contenders.js', import.meta.url), { workerData: { contender } });
  const answers = new Promise<Answers>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (message: { answers: Answers }) => {
      worker.off('error', reject);
      resolve(message.answers);
    });
  });
  return { worker, answers };
}

function block(worker: Worker, operation: Operation, warmUpRuns: number, runs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (times: number[]) => {
      worker.off('error', reject);
      resolve(times);
    });
    worker.postMessage({ operation, warmUpRuns, runs });
  });
}

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
const size = ([modules, lessons, pages]: readonly number[]) => (1 + modules! * (1 + lessons! * (1 + pages!))).toLocaleString('en-US');

interface Measurement {
  readonly operation: Operation;
  readonly title: string;
  readonly runs: number;
  /** Why the two figures are not a ratio of like work, when they are not. */
  unlike?: string;
}

const REFRESH =
  "scorm-again's delivery also refreshes adl.nav.request_valid, validating a choice and a jump to each of the " +
  `${size(LARGE)} activities; ours does not in a request (its look-ahead is separate, as below)`;
const measurements: Measurement[] = [
  { operation: 'continue', title: `continue (termination, rollup, flow, delivery), ${size(LARGE)} activities, as each engine ships`, runs: 11, unlike: REFRESH },
  { operation: 'continueAlone', title: "continue, scorm-again without its adl.nav.request_valid refresh", runs: 11 },
  { operation: 'choice', title: `choice of the last activity, ${size(LARGE)} activities, as each engine ships`, runs: 11, unlike: REFRESH },
  { operation: 'choiceAlone', title: "choice of the last activity, scorm-again without its adl.nav.request_valid refresh", runs: 11 },
  { operation: 'rollup', title: `overall rollup from the current leaf, ${size(LARGE)} activities`, runs: 101 },
  {
    operation: 'toc',
    title: `look-ahead, every choice target, ${size(SMALL)} activities`,
    runs: 21,
    unlike:
      "scorm-again's look-ahead (NavigationLookAhead) checks each target with its choice constraints, " +
      'canDeliver and pre-condition rules, without the termination or the choice sequencing request ' +
      '(SB.2.9 traversal, DB.1.1) that ours runs for each target',
  },
];

const workers = Object.fromEntries(names.map((name) => [name, startWorker(name)])) as Record<Name, ReturnType<typeof startWorker>>;
const answers = { 'scorm-player': await workers['scorm-player'].answers, 'scorm-again': await workers['scorm-again'].answers };

for (const operation of ['continue', 'continueAlone', 'choice', 'choiceAlone'] as const) {
  const ours = answers['scorm-player'][operation];
  const theirs = answers['scorm-again'][operation];
  if (ours !== theirs || ours === 'none') throw new Error(`${operation}: scorm-player delivers ${ours}, scorm-again ${theirs}`);
}
// Rollup and look-ahead answers are compared and reported, not required: where they differ the
// engines are not doing the same work and no ratio is claimed.
for (const operation of ['rollup', 'toc'] as const) {
  if (answers['scorm-player'][operation] === answers['scorm-again'][operation]) continue;
  const measurement = measurements.find((m) => m.operation === operation)!;
  const differ = `the engines' answers differ (scorm-player: ${abbreviate(answers['scorm-player'][operation])}; scorm-again: ${abbreviate(answers['scorm-again'][operation])})`;
  measurement.unlike = measurement.unlike === undefined ? differ : `${measurement.unlike}; ${differ}`;
}

function abbreviate(answer: string): string {
  const words = answer.split(' ').filter((word) => word !== '');
  return words.length <= 4 ? answer : `${words.length} entries: ${words.slice(0, 3).join(' ')} …`;
}

console.log(`SCORM 2004 sequencing: scorm-player vs scorm-again, half way through, median run, Node ${process.version}`);
console.log(`  continue delivers ${answers['scorm-player'].continue} in both; choice delivers ${answers['scorm-player'].choice} in both\n`);
const blocks = 3;
for (const measurement of measurements) {
  const times: Record<Name, number[]> = { 'scorm-player': [], 'scorm-again': [] };
  // Blocks alternate between the engines, so a slow spell of the machine hits both.
  for (let b = 0; b < blocks; b++) {
    for (const name of names) times[name].push(...(await block(workers[name].worker, measurement.operation, b === 0 ? 5 : 2, measurement.runs)));
  }
  const ours = median(times['scorm-player']);
  const theirs = median(times['scorm-again']);
  console.log(measurement.title);
  const figures = `  scorm-player ${ours.toFixed(3)} ms   scorm-again ${theirs.toFixed(3)} ms`;
  if (measurement.unlike === undefined) console.log(`${figures}   ratio ${(theirs / ours).toFixed(1)}x\n`);
  else console.log(`${figures}   no ratio: not like work: ${measurement.unlike}\n`);
}
for (const { worker } of Object.values(workers)) await worker.terminate();
