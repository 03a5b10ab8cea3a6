// Launch values from the manifest (RTE 4th ed. §4.2) and real numbers written as data model text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatReal, scorm2004LaunchValues } from '../../../src/runtime/course/launch-values.js';
import { buildActivityTree } from '../../../src/runtime/sequencing/activity-tree.js';
import { manifestOf, scorm2004Namespaces, threeScos } from './course-fixture.js';

test('reals are written without exponents (real(10,7))', () => {
  assert.equal(formatReal(0.8), '0.8');
  assert.equal(formatReal(1), '1');
  assert.equal(formatReal(1e-7), '0.0000001');
  assert.equal(formatReal(-3e-7), '-0.0000003');
});

test('a completion threshold without completedByMeasure gives no cmi.completion_threshold', () => {
  const tree = buildActivityTree(manifestOf(`<manifest identifier="M" ${scorm2004Namespaces}>
    <organizations default="O"><organization identifier="O"><title>C</title>
      <item identifier="A" identifierref="R"><title>A</title><adlcp:completionThreshold progressWeight="0.5"/></item>
    </organization></organizations>
    <resources><resource identifier="R" type="webcontent" adlcp:scormType="sco" href="a.html"/></resources></manifest>`))!;
  assert.deepEqual(scorm2004LaunchValues(tree.get('A')!).initialValues, {});
});

test('adlcp:data maps become the SCO\'s adl.data buckets', () => {
  const tree = buildActivityTree(manifestOf(threeScos))!;
  assert.deepEqual(scorm2004LaunchValues(tree.get('A2')!).sharedDataBuckets, []);
  const withData = buildActivityTree(manifestOf(`<manifest identifier="M" ${scorm2004Namespaces}>
    <organizations default="O"><organization identifier="O"><title>C</title>
      <item identifier="A" identifierref="R"><title>A</title>
        <adlcp:data><adlcp:map targetID="bucket" readSharedData="true" writeSharedData="true"/></adlcp:data></item>
    </organization></organizations>
    <resources><resource identifier="R" type="webcontent" adlcp:scormType="sco" href="a.html"/></resources></manifest>`))!;
  assert.deepEqual(scorm2004LaunchValues(withData.get('A')!).sharedDataBuckets, [{ id: 'bucket', readSharedData: true, writeSharedData: true }]);
});
