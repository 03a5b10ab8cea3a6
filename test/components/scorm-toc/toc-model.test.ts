import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keyAction, tocNodes, tocStatus, visibleOrder, type TocNode } from '../../../src/components/scorm-toc/toc-model.js';
import { unknownActivityStatus, type ActivityStatus } from '../../../src/components/context/scorm-player-controller.js';
import type { TocAvailability } from '../../../src/runtime/sequencing/navigator.js';
import { courseTree } from '../context/course-fixture.js';

const status = (change: Partial<ActivityStatus>): ActivityStatus => ({ ...unknownActivityStatus, ...change });

function nodes(availability?: Record<string, TocAvailability>, currentId?: string): TocNode[] {
  const map = availability === undefined ? undefined : new Map(Object.entries(availability));
  return tocNodes(courseTree(), map, () => unknownActivityStatus, currentId);
}

const allEnabled = { ORG: 'enabled', M1: 'enabled', A: 'enabled', B: 'enabled', C: 'enabled' } as const;
const ids = (list: readonly TocNode[]) => list.map((node) => node.activity.id);

test('the current activity shows as current whatever its tracking says', () => {
  assert.equal(tocStatus(status({ completion: 'completed', suspended: true }), true), 'current');
});

test('statuses rank suspended, then success, then completion, then attempted', () => {
  assert.equal(tocStatus(status({ suspended: true, success: 'passed' }), false), 'suspended');
  assert.equal(tocStatus(status({ success: 'failed', completion: 'completed' }), false), 'failed');
  assert.equal(tocStatus(status({ success: 'passed', completion: 'incomplete' }), false), 'passed');
  assert.equal(tocStatus(status({ completion: 'completed' }), false), 'completed');
  assert.equal(tocStatus(status({ attempted: true }), false), 'incomplete');
  assert.equal(tocStatus(unknownActivityStatus, false), 'not-attempted');
});

test('every entry shows in tree order when all are enabled', () => {
  assert.deepEqual(ids(visibleOrder(nodes(allEnabled), new Set())), ['ORG', 'M1', 'A', 'B', 'C']);
});

test('a hidden entry is left out with everything under it', () => {
  assert.deepEqual(ids(visibleOrder(nodes({ ...allEnabled, M1: 'hidden' }), new Set())), ['ORG', 'C']);
});

test('a disabled entry is shown but not enabled', () => {
  const order = visibleOrder(nodes({ ...allEnabled, B: 'disabled' }), new Set());
  assert.equal(order.find((node) => node.activity.id === 'B')?.availability, 'disabled');
});

test('without availability (no navigator) every entry is shown disabled', () => {
  const order = visibleOrder(nodes(undefined), new Set());
  assert.equal(order.length, 5);
  assert.ok(order.every((node) => node.availability === 'disabled'));
});

test('the children of a collapsed entry are not visible', () => {
  assert.deepEqual(ids(visibleOrder(nodes(allEnabled), new Set(['M1']))), ['ORG', 'M1', 'C']);
});

test('the current activity id marks its entry current', () => {
  const order = visibleOrder(nodes(allEnabled, 'B'), new Set());
  assert.deepEqual(order.filter((node) => node.status === 'current').map((node) => node.activity.id), ['B']);
});

test('Down and Up move to the next and previous visible entry, and stop at the ends', () => {
  const order = visibleOrder(nodes(allEnabled), new Set());
  assert.deepEqual(keyAction('ArrowDown', order, new Set(), 'B'), { type: 'focus', id: 'C' });
  assert.deepEqual(keyAction('ArrowUp', order, new Set(), 'A'), { type: 'focus', id: 'M1' });
  assert.equal(keyAction('ArrowDown', order, new Set(), 'C'), undefined);
  assert.equal(keyAction('ArrowUp', order, new Set(), 'ORG'), undefined);
});

test('Home and End move to the first and last visible entry', () => {
  const order = visibleOrder(nodes(allEnabled), new Set());
  assert.deepEqual(keyAction('Home', order, new Set(), 'B'), { type: 'focus', id: 'ORG' });
  assert.deepEqual(keyAction('End', order, new Set(), 'A'), { type: 'focus', id: 'C' });
});

test('Right expands a collapsed parent, then enters it; on a leaf it does nothing', () => {
  const collapsed = new Set(['M1']);
  assert.deepEqual(keyAction('ArrowRight', visibleOrder(nodes(allEnabled), collapsed), collapsed, 'M1'), { type: 'expand', id: 'M1' });
  assert.deepEqual(keyAction('ArrowRight', visibleOrder(nodes(allEnabled), new Set()), new Set(), 'M1'), { type: 'focus', id: 'A' });
  assert.equal(keyAction('ArrowRight', visibleOrder(nodes(allEnabled), new Set()), new Set(), 'A'), undefined);
});

test('Left collapses an expanded parent, else moves to the parent', () => {
  const order = visibleOrder(nodes(allEnabled), new Set());
  assert.deepEqual(keyAction('ArrowLeft', order, new Set(), 'M1'), { type: 'collapse', id: 'M1' });
  assert.deepEqual(keyAction('ArrowLeft', order, new Set(), 'B'), { type: 'focus', id: 'M1' });
  const collapsed = new Set(['M1']);
  assert.deepEqual(keyAction('ArrowLeft', visibleOrder(nodes(allEnabled), collapsed), collapsed, 'M1'), { type: 'focus', id: 'ORG' });
});

test('Enter and Space choose; other keys are not the tree\'s', () => {
  const order = visibleOrder(nodes(allEnabled), new Set());
  assert.deepEqual(keyAction('Enter', order, new Set(), 'A'), { type: 'choose', id: 'A' });
  assert.deepEqual(keyAction(' ', order, new Set(), 'A'), { type: 'choose', id: 'A' });
  assert.equal(keyAction('x', order, new Set(), 'A'), undefined);
});
