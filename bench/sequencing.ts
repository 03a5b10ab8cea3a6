/**
 * The sequencing engine at scale (issue 4 targets, Node): a navigation request (continue,
 * choice) on a 5,000-activity tree at most 2 ms; a full rollup of that tree (every cluster, as a
 * change of a global objective all leaves read triggers) at most 10 ms, and the usual rollup an
 * ending attempt triggers (RB.1.5 from the leaf to the root); look-ahead for every table-of-contents entry of a
 * 500-activity tree at most 20 ms.
 * Each figure is the median of its runs, measured from the same saved state every time.
 */
import { halfWay, passedReport, sequencingTree } from './sequencing-tree.js';
import { overallRollupProcess } from '../src/runtime/sequencing/rollup/rb-1-5-overall-rollup.js';
import { createSequencer, sequence } from '../src/runtime/sequencing/sequencer.js';
import { SequencingWorkspace, type SequencingEnvironment } from '../src/runtime/sequencing/sequencing-workspace.js';
import { medianMilliseconds } from './median.js';

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
console.log(`  overall rollup from the current leaf:      ${rollup.toFixed(2)} ms`);
// A full rollup: the first leaf writes a global objective every leaf reads, so its status change
// makes every cluster of the tree roll up (RB.1.5 with ADL's shared-objective reach), each once.
const shared = sequencingTree(50, 10, 9, true);
const sharedSequencer = createSequencer(shared, environment);
sharedSequencer.navigate({ type: 'start' });
sharedSequencer.reportRuntime(passedReport(sharedSequencer.currentActivity!.id));
const writer = shared.get(sharedSequencer.state.currentActivity!)!;
const fullRollup = medianMilliseconds(21, () => overallRollupProcess(new SequencingWorkspace(shared, sharedSequencer.state, environment), writer));
console.log(`  full rollup, all ${shared.activities.filter((activity) => activity.children.length > 0).length} clusters:       ${target(fullRollup, 10)}`);

const small = sequencingTree(10, 5, 9);
const smallState = halfWay(small, environment);
const sequencer = createSequencer(small, { ...environment, state: smallState });
const toc = medianMilliseconds(21, () => sequencer.tocAvailability());
console.log(`  look-ahead, all ${small.activities.length} TOC entries:           ${target(toc, 20)}`);
