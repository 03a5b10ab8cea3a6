import type { ApiHost } from '../../../src/runtime/api/api-host.js';
import type { DataModelResult, RuntimeDataModel } from '../../../src/runtime/datamodel/data-model.js';
import { EventStream, type RuntimeEvent } from '../../../src/runtime/events.js';

/**
 * A host around an API object with a one-element data model (`x.location`, read/write;
 * `x.exit`, write-only; `x.broken` throws), recording what the API asked of it.
 */
export function fakeHost(options: { commitFailure?: string } = {}) {
  const values = new Map<string, string>();
  const ok = (value = ''): DataModelResult => ({ error: 0, value, diagnostic: '' });
  const dataModel: RuntimeDataModel<Map<string, string>> = {
    state: values,
    getValue(element) {
      if (element === 'x.location') return values.has(element) ? ok(values.get(element)) : { error: 403, value: '', diagnostic: 'not initialized' };
      if (element === 'x.exit') return { error: 405, value: '', diagnostic: 'write only' };
      if (element === 'x.broken') throw new Error('boom');
      return { error: 401, value: '', diagnostic: `undefined element ${element}` };
    },
    setValue(element, value) {
      if (element === 'x.location' || element === 'x.exit') {
        values.set(element, value);
        return ok();
      }
      return { error: 401, value: '', diagnostic: `undefined element ${element}` };
    },
    lmsSetValue(element, value) {
      return this.setValue(element, value);
    },
  };
  const events = new EventStream();
  const log: RuntimeEvent[] = [];
  events.on((event) => log.push(event));
  const calls = { started: 0, commits: 0, terminations: 0 };
  const host: ApiHost = {
    activityId: 'a1',
    dataModel,
    clock: { now: () => 1000 },
    events,
    sessionStarted: () => void calls.started++,
    commit: () => {
      calls.commits++;
      return options.commitFailure;
    },
    terminate: () => {
      calls.terminations++;
      return options.commitFailure;
    },
    closeWith: () => {},
  };
  return { host, calls, log, values };
}
