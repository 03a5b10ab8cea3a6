// Flow over many skipped siblings is linear (one step per activity): a continue across a
// 5,000-activity course whose activities are all skipped but the last stays within budget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { continueSequencingRequestProcess } from '../../../../src/runtime/sequencing/sequencing-request/sb-2-7-continue.js';
import { controlMode, currentAt, fixture, leaf, preRule, seq, treeOf } from './fixture.js';

test('SB.2.2: continue past 4,998 skipped siblings takes well under the 2 ms budget per step', () => {
  const count = 5000;
  let items = leaf('A0');
  for (let index = 1; index < count - 1; index++) items += leaf(`A${index}`, seq(preRule('skip', 'always')));
  items += leaf(`A${count - 1}`);
  const tree = treeOf(items + seq(controlMode('flow="true"')));
  const times: number[] = [];
  for (let run = 0; run < 15; run++) {
    const fx = fixture(tree);
    currentAt(fx, 'A0');
    const started = performance.now();
    const result = continueSequencingRequestProcess(fx.ws);
    times.push(performance.now() - started);
    assert.equal(result.deliveryRequest, tree.get(`A${count - 1}`));
  }
  times.sort((a, b) => a - b);
  // A generous bound against a slow test machine; the point is that it is not quadratic (that takes seconds).
  assert.ok(times[7]! < 50, `median ${times[7]} ms`);
});
