// CAM 4th ed. §5 <imsss:deliveryControls>; imsss_v1p0delivery.xsd.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseChildren, xml } from './helpers.js';

test('no deliveryControls: tracked, neither completion nor objective set by content', () => {
  const { definition } = parseChildren();
  assert.deepEqual(definition.deliveryControls, { tracked: true, completionSetByContent: false, objectiveSetByContent: false });
});

test('deliveryControls attributes are read (CM-02b: objectiveSetByContent true)', () => {
  const { definition } = parseChildren(
    xml('imsss:deliveryControls', { tracked: 'false', completionSetByContent: 'true', objectiveSetByContent: 'true' }),
  );
  assert.deepEqual(definition.deliveryControls, { tracked: false, completionSetByContent: true, objectiveSetByContent: true });
});
