import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryPlayerController } from '../../../src/components/context/memory-player-controller.js';
import type { ScormPlayerChange } from '../../../src/components/context/scorm-player-controller.js';
import { courseTree, FakeNavigator } from './course-fixture.js';

test('navigate carries the request out and announces the navigation and the delivery', () => {
  const tree = courseTree();
  const controller = new MemoryPlayerController({ tree, navigator: new FakeNavigator(tree) });
  const changes: ScormPlayerChange[] = [];
  controller.subscribe((change) => changes.push(change));
  controller.navigate({ type: 'choice', target: 'B' });
  assert.equal(controller.currentActivityId, 'B');
  assert.deepEqual(changes.map((change) => change.type), ['navigation', 'delivery']);
  assert.deepEqual(controller.requests, [{ type: 'choice', target: 'B' }]);
});

test('an unsubscribed listener hears nothing more', () => {
  const controller = new MemoryPlayerController();
  let heard = 0;
  const unsubscribe = controller.subscribe(() => heard++);
  controller.change({ type: 'tracking' });
  unsubscribe();
  controller.change({ type: 'tracking' });
  assert.equal(heard, 1);
});

test('without a navigator a request is kept but nothing is delivered', () => {
  const controller = new MemoryPlayerController({ tree: courseTree() });
  controller.navigate({ type: 'continue' });
  assert.equal(controller.currentActivityId, undefined);
  assert.equal(controller.requests.length, 1);
});
