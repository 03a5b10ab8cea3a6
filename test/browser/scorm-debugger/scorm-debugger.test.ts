// <scorm-debugger> in Chromium, fed by a real run-time: the call log (errors, filter, search, a
// long session), the data model, sequencing and commit panels, and trace export and import.
import { MemoryPlayerController } from '../../../src/components/context/index.js';
import { ScormDebugger } from '../../../src/components/scorm-debugger/index.js';
import { createRuntime, memoryAdapter, type Runtime } from '../../../src/runtime/index.js';
import { emptySequencingState } from '../../../src/runtime/sequencing/tracking-model.js';
import { courseTree, FakeNavigator } from '../../components/context/course-fixture.js';
import { expectEqual } from '../browser-test.js';
import { parseTrace } from '../../../src/harness/trace-schema.js';
import { replayTrace } from '../../../src/harness/replay.js';

declare global {
  function afterEach(body: () => void): void;
}

type Api = Record<string, (...args: string[]) => string>;

async function setUp(): Promise<{ debug: ScormDebugger; runtime: Runtime; controller: MemoryPlayerController; api: Api }> {
  const runtime = createRuntime({ scorm: '2004', adapter: memoryAdapter(), learner: { id: 'u-9', name: 'Roe, Rick' } });
  const tree = courseTree();
  const controller = new MemoryPlayerController({ tree, navigator: new FakeNavigator(tree, 'A'), runtime, scorm: '2004' });
  const debug = document.createElement('scorm-debugger');
  debug.controller = controller;
  document.body.append(debug);
  await debug.updateComplete;
  controller.change({ type: 'delivery', activityId: 'A' });
  const session = await runtime.launch({ activityId: 'A' });
  return { debug, runtime, controller, api: session.api as unknown as Api };
}

const shadow = (debug: ScormDebugger) => debug.shadowRoot!;
const calls = (debug: ScormDebugger) => [...shadow(debug).querySelectorAll<HTMLElement>('li[part~="call"]')];

async function openTab(debug: ScormDebugger, name: string): Promise<void> {
  const tab = [...shadow(debug).querySelectorAll<HTMLElement>('[role="tab"]')].find((element) => element.textContent === name);
  tab!.click();
  await debug.updateComplete;
}

describe('<scorm-debugger>', () => {
  afterEach(() => document.body.replaceChildren());

  it('logs every API call with its answer, and highlights errors with their text', async () => {
    const { debug, api } = await setUp();
    api.Initialize!('');
    api.SetValue!('cmi.score.scaled', '1.5');
    await debug.updateComplete;
    const entries = calls(debug);
    expectEqual(entries.length, 2, 'entries');
    expectEqual(entries[1]!.getAttribute('part'), 'call call-error', 'error part');
    expectEqual(entries[1]!.querySelector('[part="error"]')?.textContent, '[407 Data Model Element Value Out Of Range]', 'error text');
    expectEqual(entries[0]!.getAttribute('part'), 'call', 'success part');
  });

  it('filters by function and searches the text of calls', async () => {
    const { debug, api } = await setUp();
    api.Initialize!('');
    api.SetValue!('cmi.location', 'chapter-2');
    api.GetValue!('cmi.location');
    await debug.updateComplete;
    const select = shadow(debug).querySelector('select')!;
    select.value = 'GetValue';
    select.dispatchEvent(new Event('change'));
    await debug.updateComplete;
    expectEqual(calls(debug).length, 1, 'GetValue only');
    select.value = '';
    select.dispatchEvent(new Event('change'));
    const search = shadow(debug).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'CHAPTER';
    search.dispatchEvent(new Event('input'));
    await debug.updateComplete;
    expectEqual(calls(debug).length, 2, 'calls mentioning chapter-2');
  });

  it('stays fast over thousands of calls, showing the last ones', async () => {
    const { debug, api } = await setUp();
    api.Initialize!('');
    for (let index = 0; index < 5000; index++) api.SetValue!('cmi.suspend_data', `step ${index}`);
    const started = performance.now();
    await debug.updateComplete;
    const elapsed = performance.now() - started;
    expectEqual(calls(debug).length, debug.logLimit, 'entries rendered');
    expectEqual(calls(debug).at(-1)!.textContent!.includes('step 4999'), true, 'the latest call last');
    if (elapsed > 1000) throw new Error(`rendering took ${elapsed} ms`);
  });

  it('shows the stored data model values per activity', async () => {
    const { debug, api } = await setUp();
    api.Initialize!('');
    api.SetValue!('cmi.location', 'page-4');
    await openTab(debug, 'Data model');
    const rows = [...shadow(debug).querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));
    expectEqual(rows.some(([element, value]) => element === 'cmi.location' && value === 'page-4'), true, 'cmi.location row');
    expectEqual(shadow(debug).querySelector('h3')?.textContent?.includes('Lesson A (A)'), true, 'activity heading');
  });

  it('shows the sequencing state: valid requests from look-ahead and global objectives', async () => {
    const { debug, controller } = await setUp();
    const navigator = controller.navigator as FakeNavigator;
    navigator.valid.add('continue');
    navigator.valid.add('choice:C');
    navigator.state = {
      ...emptySequencingState('ORG'),
      globalObjectives: { 'obj-g': { progressStatus: true, satisfiedStatus: true, measureStatus: false, normalizedMeasure: 0, rawScore: null, minScore: null, maxScore: null, completionStatus: 'unknown', progressMeasure: null } },
    };
    await openTab(debug, 'Sequencing');
    const text = shadow(debug).querySelector('[role="tabpanel"]')!.textContent!.replace(/\s+/g, ' ');
    expectEqual(text.includes('continue valid'), true, 'continue valid');
    expectEqual(text.includes('previous not valid'), true, 'previous not valid');
    expectEqual(text.includes('Lesson C (C) not attempted, unknown, unknown valid'), true, 'choice of C valid');
    const rows = [...shadow(debug).querySelectorAll('tr')].map((row) => [...row.children].map((cell) => cell.textContent!.trim()));
    expectEqual(rows.some(([id, value]) => id === 'obj-g' && value === 'satisfied'), true, 'global objective');
  });

  it('lists commits with their outcome', async () => {
    const { debug, api, runtime } = await setUp();
    api.Initialize!('');
    api.Commit!('');
    await runtime.flush();
    await openTab(debug, 'Commits');
    expectEqual(shadow(debug).querySelector('[role="tabpanel"] tbody')?.textContent?.includes('saved'), true, 'a saved commit');
  });

  it('exports the session as scorm-trace/1 and imports a trace to show its steps', async () => {
    const { debug, api } = await setUp();
    api.Initialize!('');
    api.SetValue!('cmi.exit', 'bogus');
    api.Terminate!('');
    const { trace, warnings } = debug.exportTrace('my session');
    expectEqual(warnings, [], 'warnings');
    expectEqual(trace.launch, { learner: { id: 'u-9', name: 'Roe, Rick' } }, 'launch from the attempt');
    expectEqual(trace.sessions[0]!.map((step) => ('fn' in step ? [step.fn, step.err] : [])), [['Initialize', '0'], ['SetValue', '406'], ['Terminate', '0']], 'steps');
    const result = debug.importTrace(JSON.stringify(trace));
    await debug.updateComplete;
    expectEqual(result.ok, true, 'imported');
    const lines = [...shadow(debug).querySelectorAll('[role="tabpanel"] li')].map((line) => line.textContent!.replace(/\s+/g, ' ').trim());
    expectEqual(lines.length, 3, 'steps shown');
    expectEqual(lines[1]!.endsWith('SetValue("cmi.exit", "bogus") → "false" [406]'), true, `second step: ${lines[1]}`);
  });

  it('exports a trace the harness replays with every step passing', async () => {
    const { debug, api, runtime, controller } = await setUp();
    api.Initialize!('');
    api.GetValue!('cmi.learner_id');
    api.SetValue!('cmi.suspend_data', 'q1=b');
    api.SetValue!('cmi.score.raw', 'high');
    api.SetValue!('cmi.exit', 'suspend');
    api.Terminate!('');
    controller.change({ type: 'delivery', activityId: 'A' });
    const relaunch = await runtime.launch({ activityId: 'A' });
    const again = relaunch.api as unknown as Api;
    again.Initialize!('');
    again.GetValue!('cmi.entry');
    again.GetValue!('cmi.suspend_data');
    again.Terminate!('');
    await runtime.flush();
    const parsed = parseTrace(JSON.parse(JSON.stringify(debug.exportTrace().trace)));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const outcome = await replayTrace(parsed.trace);
    if (outcome.kind !== 'replayed') throw new Error(outcome.reason);
    expectEqual(outcome.error, undefined, 'replay error');
    expectEqual(outcome.steps.length, 10, 'steps replayed');
    expectEqual(outcome.steps.filter((step) => !step.passed), [], 'failed steps');
  });

  it('shows why an imported file is not a trace', async () => {
    const { debug } = await setUp();
    debug.importTrace('{"format":"other"}');
    await debug.updateComplete;
    expectEqual(shadow(debug).querySelector('[role="alert"]')?.textContent?.includes('format: expected "scorm-trace/1"'), true, 'error shown');
  });

  it('moves between tabs with the arrow keys', async () => {
    const { debug } = await setUp();
    shadow(debug).querySelector('[role="tablist"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await debug.updateComplete;
    expectEqual(debug.tab, 'dataModel', 'tab after ArrowRight');
    expectEqual(shadow(debug).querySelector('[aria-selected="true"]')?.textContent, 'Data model', 'selected tab');
  });
});
