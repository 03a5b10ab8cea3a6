// The CTS runner with a navigator of the tests' own (leaves in order), on ADL's cases of one SCO
// and on a delivery out of order. Skips when the third-party corpus is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRuntime } from '../../../src/runtime/index.js';
import { CourseSession } from '../../../src/runtime/course/course-session.js';
import { buildActivityTree } from '../../../src/runtime/sequencing/activity-tree.js';
import type { CourseOpening } from '../../../src/harness/cts-run/cts-case-runner.js';
import { runCtsSuite } from '../../../src/harness/cts-run/cts-suite.js';
import { LeafNavigator } from '../../runtime/course/course-fixture.js';

const CTS = resolve(process.cwd(), '../shared/corpus/adl-cts-2004-4ed');
const skip = existsSync(join(CTS, 'TestCases')) ? false : `ADL CTS corpus not found at ${CTS}`;

/** A course session over LeafNavigator; with `startAtSecond`, Start delivers the second leaf. */
function leafCourse(startAtSecond = false) {
  return async (opening: CourseOpening): Promise<CourseSession> => {
    const tree = buildActivityTree(opening.package.manifest!)!;
    const navigator = new LeafNavigator(tree);
    if (startAtSecond) {
      const navigate = navigator.navigate.bind(navigator);
      navigator.navigate = (request) => (request.type === 'start' ? navigate({ type: 'choice', target: 'activity_2' }) : navigate(request));
    }
    const runtime = createRuntime({ scorm: '2004', adapter: opening.adapter, registrationId: opening.registrationId, learner: opening.learner, clock: opening.clock });
    return new CourseSession(runtime, navigator);
  };
}

test('the single-SCO run-time cases pass with any navigator that delivers their SCO (API, DMB)', { skip }, async () => {
  const results = await runCtsSuite(CTS, { caseIds: ['API', 'DMB'], openCourse: leafCourse() });
  assert.deepEqual(results.map((r) => [r.id, r.passed, r.reason]), [['API', true, undefined], ['DMB', true, undefined]]);
});

test('a delivery out of order fails the case at that visit, naming both activities', { skip }, async () => {
  const [result] = await runCtsSuite(CTS, { caseIds: ['CM-01'], openCourse: leafCourse(true) });
  assert.equal(result?.passed, false);
  assert.equal(result?.reason, 'expected Act1V1, but activity_2 (act=2 tc=CM-01) was delivered');
  assert.equal(result?.visitsRun, 1);
});
