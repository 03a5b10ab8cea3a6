// The SCORM 1.2 navigator on real multi-SCO packages: Rustici's Golf samples for SCORM 1.2
// (../shared/corpus/golf), opened as the player opens them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { directoryPackageFiles } from '../../../src/harness/node-package-files.js';
import { openPackage } from '../../../src/runtime/package/open-package.js';
import { buildActivityTree, type ActivityTree } from '../../../src/runtime/sequencing/activity-tree.js';
import { createScorm12Navigator } from '../../../src/runtime/navigation12/index.js';
import { report12 } from './course12.js';

const golf = resolve(process.cwd(), '../shared/corpus/golf');
const skip = (await stat(golf).then(() => true, () => false)) ? false : `the corpus is absent (${golf})`;

async function golfTree(name: string): Promise<ActivityTree> {
  const opened = await openPackage(await directoryPackageFiles(join(golf, name)));
  assert.ok(opened.manifest, name);
  return buildActivityTree(opened.manifest)!;
}

test('Golf one-file-per-SCO (1.2): start, then continue through every SCO in manifest order to the end', { skip }, async () => {
  const tree = await golfTree('ContentPackagingOneFilePerSCO_SCORM12');
  const launchable = tree.activities.filter((a) => a.launch !== undefined).map((a) => a.id);
  assert.ok(launchable.length > 10, `${launchable.length} SCOs`);
  const navigator = createScorm12Navigator(tree);
  assert.deepEqual(navigator.findings, []);
  const visited = [navigator.navigate({ type: 'start' }).deliver?.id];
  for (;;) {
    navigator.reportRuntime(report12(navigator.currentActivity!.id, 'completed'));
    const result = navigator.navigate({ type: 'continue' });
    assert.equal(result.exception, undefined);
    if (result.endSession) break;
    visited.push(result.deliver?.id);
  }
  assert.deepEqual(visited, launchable);
  assert.equal(navigator.suspendedActivity, undefined);
});

test('Golf one-file-per-SCO (1.2): every SCO is enabled in the table of contents, the aggregations disabled', { skip }, async () => {
  const tree = await golfTree('ContentPackagingOneFilePerSCO_SCORM12');
  const toc = createScorm12Navigator(tree).tocAvailability();
  for (const activity of tree.activities) {
    assert.equal(toc.get(activity.id), activity.launch === undefined ? 'disabled' : 'enabled', activity.id);
  }
});

test('Golf single-SCO (1.2): start delivers the SCO; suspend all and start again resume it', { skip }, async () => {
  const tree = await golfTree('ContentPackagingSingleSCO_SCORM12');
  const navigator = createScorm12Navigator(tree);
  const first = navigator.navigate({ type: 'start' }).deliver;
  assert.ok(first?.launch);
  navigator.reportRuntime(report12(first.id, 'incomplete', { exit: 'suspend' }));
  navigator.navigate({ type: 'suspendAll' });
  const again = createScorm12Navigator(tree, { state: navigator.saveState() });
  assert.equal(again.navigate({ type: 'start' }).deliver, first);
});
