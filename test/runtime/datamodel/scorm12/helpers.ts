// Shared set-up for the SCORM 1.2 data model tests.
import assert from 'node:assert/strict';
import {
  defaultLimits,
  type DataModelOptions,
  type LaunchContext,
  type RuntimeDataModel,
} from '../../../../src/runtime/datamodel/data-model.js';
import { scorm12Model, type Scorm12State } from '../../../../src/runtime/datamodel/scorm12/index.js';

export const launch: LaunchContext = { learnerId: 'u-17', learnerName: 'Doe, Jane', credit: 'credit', mode: 'normal' };

export type Model = RuntimeDataModel<Scorm12State>;

/** A data model for a first launch, strict unless options say otherwise. */
export function newModel(options: Partial<DataModelOptions> = {}, context: LaunchContext = launch): Model {
  const state = scorm12Model.beginSession(undefined, context);
  return scorm12Model.createDataModel(state, { leniency: {}, limits: defaultLimits, ...options });
}

export function assertGet(model: Model, element: string, value: string): void {
  const result = model.getValue(element);
  assert.deepEqual({ error: result.error, value: result.value }, { error: 0, value }, element);
}

export function assertGetError(model: Model, element: string, error: number): void {
  const result = model.getValue(element);
  assert.deepEqual({ error: result.error, value: result.value }, { error, value: '' }, element);
  assert.notEqual(result.diagnostic, '', `${element}: a failure explains itself`);
}

export function assertSet(model: Model, element: string, value: string): void {
  assert.equal(model.setValue(element, value).error, 0, `${element} = ${JSON.stringify(value)}`);
}

export function assertSetError(model: Model, element: string, value: string, error: number): void {
  const before = JSON.stringify(model.state);
  const result = model.setValue(element, value);
  assert.equal(result.error, error, `${element} = ${JSON.stringify(value.slice(0, 40))}`);
  assert.notEqual(result.diagnostic, '');
  assert.equal(JSON.stringify(model.state), before, `${element}: a refused set leaves no trace`);
}
