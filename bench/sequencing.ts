/**
 * The sequencing engine at scale (issue 4 targets, Node): a navigation request (continue,
 * choice) on a 5,000-activity tree at most 2 ms; the rollup an ending attempt triggers (RB.1.5
 * from the leaf to the root) at most 10 ms; look-ahead for every table-of-contents entry of a
 * 500-activity tree at most 20 ms.
 * Each figure is the median of its runs, measured from the same saved state every time.
 */
import { sequencingTree } from './sequencing-tree.js';
import { overallRollupProcess } from '../src/runtime/sequencing/rollup/rb-1-5-overall-rollup.js';
import type { RuntimeReport } from '../src/runtime/sequencing/navigator.js';
import { createSequencer, sequence } from '../src/runtime/sequencing/sequencer.js';
import { SequencingWorkspace, type SequencingEnvironment } from '../src/runtime/sequencing/sequencing-workspace.js';
import type { ActivityTree } from '../src/runtime/sequencing/activity-tree.js';
import type { SequencingState } from '../src/runtime/sequencing/tracking-model.js';

function medianMilliseconds(runs: number, work: () => void): number {
  for (let i = 0; i < 3; i++) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

function report(activityId: string): RuntimeReport {
  return {
    activityId, completionStatus: 'completed', successStatus: 'passed', completionStatusSet: true, successStatusSet: true,
    scoreScaled: 0.9, scoreRaw: undefined, scoreMin: undefined, scoreMax: undefined, progressMeasure: undefined,
    objectives: [], sessionTime: 60_000, exit: '',
  };
}

/** A learner half way through: every leaf before the middle one passed, the middle one delivered. */
function halfWay(tree: ActivityTree, environment: SequencingEnvironment): SequencingState {
  const sequencer = createSequencer(tree, environment);
  sequencer.navigate({ type: 'start' });
  const leaves = tree.activities.filter((activity) => activity.children.length === 0).length;
  for (let visited = 1; visited < leaves / 2; visited++) {
    sequencer.reportRuntime(report(sequencer.currentActivity!.id));
    sequencer.navigate({ type: 'continue' });
  }
  sequencer.reportRuntime(report(sequencer.currentActivity!.id));
  return sequencer.state;
}

function target(ms: number, limit: number): string {
  return `${ms.toFixed(2)} ms${ms <= limit ? '' : `  (above the ${limit} ms target)`}`;
}

const environment: SequencingEnvironment = { clock: { now: () => 1_700_000_000_000 }, random: () => 0.5 };
const large = sequencingTree(50, 10, 9);
const state = halfWay(large, environment);
const far = large.activities.at(-1)!;
console.log(`Sequencing, ${large.activities.length.toLocaleString('en-US')} activities, half way through (Node ${process.version}, medians)`);
const continued = medianMilliseconds(51, () => {
  if (sequence(large, state, { type: 'continue' }, environment).result.deliver === undefined) throw new Error('continue failed');
});
console.log(`  continue (exit, rollup, flow, delivery):    ${target(continued, 2)}`);
const chosen = medianMilliseconds(51, () => {
  if (sequence(large, state, { type: 'choice', target: far.id }, environment).result.deliver === undefined) throw new Error('choice failed');
});
console.log(`  choice of the last activity:               ${target(chosen, 2)}`);
const current = large.get(state.currentActivity!)!;
const rollup = medianMilliseconds(51, () => overallRollupProcess(new SequencingWorkspace(large, state, environment), current));
console.log(`  overall rollup from the current leaf:      ${target(rollup, 10)}`);
// For scale, the whole tree: RB.1.5 from each of the lowest clusters, so that every cluster rolls
// up, the upper ones once per lowest cluster below them (RB.1.5 always walks up to the root).
const lowest = large.activities.filter((activity) => activity.children.length > 0 && activity.children[0]!.children.length === 0);
const fullRollup = medianMilliseconds(21, () => {
  const ws = new SequencingWorkspace(large, state, environment);
  for (const cluster of lowest) overallRollupProcess(ws, cluster);
});
console.log(`  for scale, RB.1.5 from all ${lowest.length} lowest clusters: ${fullRollup.toFixed(2)} ms`);

const small = sequencingTree(10, 5, 9);
const smallState = halfWay(small, environment);
const sequencer = createSequencer(small, { ...environment, state: smallState });
const toc = medianMilliseconds(21, () => sequencer.tocAvailability());
console.log(`  look-ahead, all ${small.activities.length} TOC entries:           ${target(toc, 20)}`);
