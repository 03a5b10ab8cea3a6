// The run-time demo: until the <scorm-player> element exists, this page plays the role of the
// LMS by hand: it launches the sample SCO in an iframe with a fresh API object per launch,
// keeps the attempt in localStorage, and logs every event the run-time emits.
import { createRuntime, storageAdapter, type RuntimeEvent, type Session } from '../src/runtime/index.js';

const frame = document.querySelector<HTMLIFrameElement>('#content')!;
const log = document.querySelector<HTMLPreElement>('#log')!;
const versionSelect = document.querySelector<HTMLSelectElement>('#version')!;
const adapter = storageAdapter({ storage: localStorage, keyPrefix: 'scorm-player-demo:' });

let session: Session | undefined;

function describe(event: RuntimeEvent): { text: string; className: string } {
  switch (event.type) {
    case 'call':
      return {
        text: `${event.fn}(${event.args.map((a) => JSON.stringify(a)).join(', ')}) → ${JSON.stringify(event.ret)}  [${event.err}]`,
        className: event.err === '0' ? '' : 'error',
      };
    case 'session-start':
      return { text: `— session starts (entry "${event.entry}")`, className: 'lms' };
    case 'session-end':
      return { text: `— session ends (exit "${event.outcome.exit}", suspended ${event.outcome.suspended})`, className: 'lms' };
    case 'commit':
      return { text: `— saved: ${event.status}${event.error ? ` (${event.error})` : ''}`, className: event.status === 'saved' ? 'lms' : 'error' };
  }
}

async function launch(): Promise<void> {
  await session?.unload();
  const scorm = versionSelect.value as '1.2' | '2004';
  const runtime = createRuntime({ scorm, adapter, registrationId: `demo-${scorm}`, learner: { id: 'demo', name: 'Learner, Demo' } });
  runtime.on((event) => {
    const { text, className } = describe(event);
    const line = document.createElement('div');
    line.textContent = text;
    if (className) line.className = className;
    log.append(line);
    log.scrollTop = log.scrollHeight;
  });
  session = await runtime.launch({ activityId: 'sample' });
  const host = window as unknown as Record<string, unknown>;
  delete host.API;
  delete host.API_1484_11;
  host[scorm === '2004' ? 'API_1484_11' : 'API'] = session.api;
  frame.src = `./sample-sco/index.html?v=${scorm}&t=${Date.now()}`;
}

document.querySelector('#relaunch')!.addEventListener('click', () => void launch());
document.querySelector('#reset')!.addEventListener('click', () => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('scorm-player-demo:')) localStorage.removeItem(key);
  log.textContent = '';
  void launch();
});
versionSelect.addEventListener('change', () => void launch());
window.addEventListener('pagehide', () => void session?.unload());
void launch();
