// Shared set-up for the SCORM 2004 data model tests: a freshly launched attempt.
import assert from 'node:assert/strict';
import {
  defaultLimits,
  type DataModelOptions,
  type DataModelResult,
  type LaunchContext,
  type RuntimeDataModel,
} from '../../../../src/runtime/datamodel/data-model.js';
import { scorm2004Model } from '../../../../src/runtime/datamodel/scorm2004/index.js';
import type { Scorm2004State } from '../../../../src/runtime/datamodel/scorm2004/state.js';

export const launch: LaunchContext = { learnerId: 'learner-1', learnerName: 'Doe, Jane', credit: 'credit', mode: 'normal' };

/** A data model over the first session of a new attempt. */
export function launched(options: Partial<DataModelOptions> = {}): RuntimeDataModel<Scorm2004State> {
  const state = scorm2004Model.beginSession(undefined, launch);
  return scorm2004Model.createDataModel(state, { leniency: {}, limits: defaultLimits, ...options });
}

export function assertValue(result: DataModelResult, value: string): void {
  assert.deepEqual({ error: result.error, value: result.value }, { error: 0, value });
}

export function assertSet(result: DataModelResult): void {
  assert.equal(result.error, 0, result.diagnostic);
}

export function assertError(result: DataModelResult, error: number): void {
  assert.equal(result.error, error, `expected ${error}, got ${result.error} (${result.diagnostic || 'no diagnostic'})`);
  assert.equal(result.value, '');
  assert.notEqual(result.diagnostic, '');
}

/** Sets each [element, value] pair, asserting every one succeeds. */
export function setAll(model: RuntimeDataModel<Scorm2004State>, pairs: ReadonlyArray<readonly [string, string]>): void {
  for (const [element, value] of pairs) assertSet(model.setValue(element, value));
}
