// CAM 4th ed. §5 <imsss:limitConditions>; imsss_v1p0limit.xsd.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, parseChildren, xml } from './helpers.js';

test('no limitConditions means no limit of any kind', () => {
  const { definition } = parseChildren();
  assert.deepEqual(Object.values(definition.limitConditions), [undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
});

test('attemptLimit and attemptAbsoluteDurationLimit are read as written (CM-01 style)', () => {
  const { definition, findings } = parseChildren(
    xml('imsss:limitConditions', { attemptLimit: '2', attemptAbsoluteDurationLimit: 'P5Y6M4DT12H30M58.55S' }),
  );
  assert.equal(definition.limitConditions.attemptLimit, 2);
  assert.equal(definition.limitConditions.attemptAbsoluteDurationLimit, 'P5Y6M4DT12H30M58.55S');
  assert.deepEqual(findings, []);
});

test('an attemptLimit of 0 is no limit', () => {
  const { definition } = parseChildren(xml('imsss:limitConditions', { attemptLimit: '0' }));
  assert.equal(definition.limitConditions.attemptLimit, undefined);
});

test('the other durations and the time limits are read', () => {
  const { definition, findings } = parseChildren(
    xml('imsss:limitConditions', {
      attemptExperiencedDurationLimit: 'PT30M',
      activityAbsoluteDurationLimit: 'P1D',
      activityExperiencedDurationLimit: 'PT1H0.5S',
      beginTimeLimit: '2024-01-01T08:00:00Z',
      endTimeLimit: '2024-12-31T17:30:00.5+02:00',
    }),
  );
  assert.deepEqual(definition.limitConditions, {
    attemptLimit: undefined,
    attemptAbsoluteDurationLimit: undefined,
    attemptExperiencedDurationLimit: 'PT30M',
    activityAbsoluteDurationLimit: 'P1D',
    activityExperiencedDurationLimit: 'PT1H0.5S',
    beginTimeLimit: '2024-01-01T08:00:00Z',
    endTimeLimit: '2024-12-31T17:30:00.5+02:00',
  });
  assert.deepEqual(findings, []);
});

test('an invalid attemptLimit, duration or time is a warning and the limit is not set', () => {
  const { definition, findings } = parseChildren(
    xml('imsss:limitConditions', { attemptLimit: '-1', attemptAbsoluteDurationLimit: 'PT', beginTimeLimit: '2024-01-01' }),
  );
  assert.equal(definition.limitConditions.attemptLimit, undefined);
  assert.equal(definition.limitConditions.attemptAbsoluteDurationLimit, undefined);
  assert.equal(definition.limitConditions.beginTimeLimit, undefined);
  assert.deepEqual(codes(findings), ['warning sequencing.invalid-number', 'warning sequencing.invalid-time', 'warning sequencing.invalid-time']);
});

test('a duration with a T but no time field is not a duration', () => {
  const { definition } = parseChildren(xml('imsss:limitConditions', { attemptAbsoluteDurationLimit: 'P1DT' }));
  assert.equal(definition.limitConditions.attemptAbsoluteDurationLimit, undefined);
});
