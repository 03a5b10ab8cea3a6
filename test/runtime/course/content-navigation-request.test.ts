// adl.nav.request as the content leaves it (RTE 4th ed. §4.4.1), read as a navigation request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentNavigationRequest } from '../../../src/runtime/course/content-navigation-request.js';

test('plain requests read as themselves', () => {
  for (const type of ['continue', 'previous', 'exit', 'exitAll', 'abandon', 'abandonAll', 'suspendAll'] as const) {
    assert.deepEqual(contentNavigationRequest(type), { type });
  }
});

test('{target=ID}choice and {target=ID}jump carry their target', () => {
  assert.deepEqual(contentNavigationRequest('{target=activity_3}choice'), { type: 'choice', target: 'activity_3' });
  assert.deepEqual(contentNavigationRequest('{target=a}jump'), { type: 'jump', target: 'a' });
});

test('_none_ and anything else is no request', () => {
  assert.equal(contentNavigationRequest('_none_'), undefined);
  assert.equal(contentNavigationRequest('{target=a}exit'), undefined);
  assert.equal(contentNavigationRequest('start'), undefined);
});
