// The run-time in a real page: content in an iframe finds the API in its parent (SCORM 2004 RTE
// §3.1.5 API discovery, 1.2 RTE §3.2.2), and the attempt survives a relaunch through localStorage.
import { createRuntime, storageAdapter, type Session } from '../../src/runtime/index.js';
import { expectEqual } from './browser-test.js';

/** Runs `script` inside a fresh iframe whose page finds the API the way SCOs do. */
function runContent(apiName: 'API' | 'API_1484_11', script: string): Promise<unknown> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    const channel = `done-${Math.random()}`;
    window.addEventListener('message', function listener(event) {
      if (typeof event.data === 'object' && event.data?.channel === channel) {
        window.removeEventListener('message', listener);
        frame.remove();
        resolve(event.data.result);
      }
    });
    frame.srcdoc = `<script>
      let win = window, api = null;
      for (let hops = 0; win && hops < 8 && !api; hops++) { api = win[${JSON.stringify(apiName)}] || null; if (win.parent === win) break; win = win.parent; }
      const result = (function (api) { ${script} })(api);
      parent.postMessage({ channel: ${JSON.stringify(channel)}, result }, '*');
    <\/script>`;
    document.body.append(frame);
  });
}

function expose(name: 'API' | 'API_1484_11', session: Session): void {
  (window as unknown as Record<string, unknown>)[name] = session.api;
}

describe('the run-time in a page', () => {
  it('serves a SCORM 2004 SCO in an iframe and resumes it from localStorage after a relaunch', async () => {
    localStorage.clear();
    const adapter = storageAdapter({ storage: localStorage });
    const first = createRuntime({ scorm: '2004', adapter, registrationId: 'r1', learner: { id: 'u1', name: 'Doe, Jane' } });
    expose('API_1484_11', await first.launch({ activityId: 'sco-1' }));
    const firstRun = await runContent('API_1484_11', `
      return [api.Initialize(''), api.GetValue('cmi.entry'), api.GetValue('cmi.learner_name'),
              api.SetValue('cmi.location', 'page-7'), api.SetValue('cmi.exit', 'suspend'), api.Terminate('')];`);
    expectEqual(firstRun, ['true', 'ab-initio', 'Doe, Jane', 'true', 'true', 'true'], 'first session');

    // A new page load: a new run-time and API object, the attempt read back from storage.
    const second = createRuntime({ scorm: '2004', adapter, registrationId: 'r1', learner: { id: 'u1', name: 'Doe, Jane' } });
    expose('API_1484_11', await second.launch({ activityId: 'sco-1' }));
    const secondRun = await runContent('API_1484_11', `
      return [api.Initialize(''), api.GetValue('cmi.entry'), api.GetValue('cmi.location'), api.Terminate('')];`);
    expectEqual(secondRun, ['true', 'resume', 'page-7', 'true'], 'resumed session');
  });

  it('serves a SCORM 1.2 SCO that calls LMSInitialize() with no argument', async () => {
    const runtime = createRuntime({ scorm: '1.2' });
    expose('API', await runtime.launch());
    const run = await runContent('API', `
      return [api.LMSInitialize(), api.LMSGetValue('cmi.core.lesson_status'),
              api.LMSSetValue('cmi.core.lesson_status', 'completed'), api.LMSFinish('')];`);
    expectEqual(run, ['true', 'not attempted', 'true', 'true'], '1.2 session');
  });
});
