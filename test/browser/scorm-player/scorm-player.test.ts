// <scorm-player> in Chromium: packages zipped in the test and served by the built service
// worker (scorm-player-sw.js at the root of the build), content finding its own player's API.
import '../../../src/components/scorm-player/index.js';
import type { ScormPlayer, ScormPlayerEventMap } from '../../../src/components/scorm-player/index.js';
import { storageAdapter } from '../../../src/runtime/index.js';
import { expectEqual } from '../browser-test.js';
import { notAPackage, testPackage } from './test-packages.js';

const serviceWorker = new URL('../../../scorm-player-sw.js', import.meta.url).href;

interface ContentReport {
  readonly item: string;
  readonly result: unknown;
}

/** Collects what SCOs post to the page. */
function contentReports(): { next(item: string): Promise<unknown>; stop(): void } {
  const waiting = new Map<string, ((result: unknown) => void)[]>();
  const queued = new Map<string, unknown[]>();
  const listener = (event: MessageEvent<{ channel?: string } & ContentReport>) => {
    if (event.data?.channel !== 'scorm-player-test') return;
    const resolve = waiting.get(event.data.item)?.shift();
    if (resolve !== undefined) resolve(event.data.result);
    else queued.set(event.data.item, [...(queued.get(event.data.item) ?? []), event.data.result]);
  };
  window.addEventListener('message', listener);
  return {
    next: (item) =>
      new Promise((resolve) => {
        const ready = queued.get(item);
        if (ready !== undefined && ready.length > 0) resolve(ready.shift());
        else waiting.set(item, [...(waiting.get(item) ?? []), resolve]);
      }),
    stop: () => window.removeEventListener('message', listener),
  };
}

function nextEvent<K extends keyof ScormPlayerEventMap>(player: ScormPlayer, type: K): Promise<ScormPlayerEventMap[K]['detail']> {
  return new Promise((resolve) => player.addEventListener(type, (event) => resolve(event.detail), { once: true }));
}

function player(attributes: Record<string, string> = {}): ScormPlayer {
  const element = document.createElement('scorm-player');
  element.setAttribute('service-worker', serviceWorker);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  return element;
}

function part(element: ScormPlayer, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector(`[part~="${name}"]`);
}

async function unregisterWorkers(): Promise<void> {
  for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
}

describe('<scorm-player>', () => {
  it('gives each player on a page its own API, of its package\'s version only', async () => {
    const reports = contentReports();
    const a = player({ 'learner-name': 'Doe, Jane', 'learner-id': 'jane' });
    const b = player({ 'learner-name': 'Roe, Rick', 'learner-id': 'rick' });
    const c = player({ 'learner-name': 'Poe, Edgar', 'learner-id': 'edgar' });
    try {
      a.file = testPackage('2004', [{ id: 'a1', title: 'A', script: `api.Initialize(''); report(api.GetValue('cmi.learner_name'));` }]);
      b.file = testPackage('1.2', [{ id: 'b1', title: 'B', script: `api.LMSInitialize(''); report(api.LMSGetValue('cmi.core.student_name'));` }]);
      c.file = testPackage('2004', [{ id: 'c1', title: 'C', script: `api.Initialize(''); report(api.GetValue('cmi.learner_name'));` }]);
      const found = await Promise.all([reports.next('a1'), reports.next('b1'), reports.next('c1')]);
      const alone = { found: true, viaOpener: false, otherApi: false };
      expectEqual(found, [alone, alone, alone], 'what each content found');
      expectEqual(
        await Promise.all([reports.next('a1'), reports.next('b1'), reports.next('c1')]),
        ['Doe, Jane', 'Roe, Rick', 'Poe, Edgar'],
        'each content\'s learner',
      );
      expectEqual([Reflect.has(window, 'API_1484_11'), Reflect.has(window, 'API')], [false, false], 'nothing on the page\'s window');
    } finally {
      reports.stop();
      a.remove();
      b.remove();
      c.remove();
      await unregisterWorkers();
    }
  });

  it('fires launch, initialize, status, score, commit and session-end with their details', async () => {
    const element = player();
    try {
      const launched = nextEvent(element, 'scorm-launch');
      const initialized = nextEvent(element, 'scorm-initialize');
      const status = nextEvent(element, 'scorm-status-change');
      const score = nextEvent(element, 'scorm-score-change');
      const commit = new Promise<unknown>((resolve) =>
        element.addEventListener('scorm-commit', ({ detail }) => {
          if (detail.activityId === 's1' && detail.trigger === 'commit') resolve(detail);
        }),
      );
      const ended = nextEvent(element, 'scorm-session-end');
      element.file = testPackage('2004', [{
        id: 's1',
        title: 'Only SCO',
        script: `api.Initialize(''); api.SetValue('cmi.score.scaled', '0.5'); api.SetValue('cmi.completion_status', 'completed'); api.Commit(''); api.Terminate('');`,
      }]);
      const launch = await launched;
      expectEqual([launch.activityId, launch.title, launch.scorm, launch.newWindow, launch.url.endsWith('/s1.html')], ['s1', 'Only SCO', '2004', false, true], 'scorm-launch');
      expectEqual(await initialized, { activityId: 's1', entry: 'ab-initio' }, 'scorm-initialize');
      expectEqual(await score, { activityId: 's1', scaled: 0.5 }, 'scorm-score-change');
      expectEqual(await status, { activityId: 's1', completionStatus: 'completed', successStatus: 'unknown' }, 'scorm-status-change');
      expectEqual(await commit, { activityId: 's1', trigger: 'commit', status: 'saved' }, 'scorm-commit');
      const end = await ended;
      expectEqual([end.activityId, end.terminated], ['s1', true], 'scorm-session-end');
    } finally {
      element.remove();
      await unregisterWorkers();
    }
  });

  it('moves on with Continue as the look-ahead allows, and says so with scorm-navigate', async () => {
    const element = player();
    try {
      const first = nextEvent(element, 'scorm-initialize');
      element.file = testPackage('2004', [
        { id: 'one', title: 'One', script: `api.Initialize('');` },
        { id: 'two', title: 'Two', script: `api.Initialize('');` },
      ]);
      await first;
      await element.updateComplete;
      const previous = part(element, 'control-previous') as HTMLButtonElement;
      const next = part(element, 'control-continue') as HTMLButtonElement;
      expectEqual([previous.disabled, next.disabled], [true, false], 'controls on the first SCO');
      const navigated = nextEvent(element, 'scorm-navigate');
      const second = nextEvent(element, 'scorm-initialize');
      next.click();
      const navigation = await navigated;
      expectEqual([navigation.request, navigation.source, navigation.delivered], [{ type: 'continue' }, 'controls', 'two'], 'scorm-navigate');
      expectEqual((await second).activityId, 'two', 'the second SCO initialized');
      await element.updateComplete;
      expectEqual([previous.disabled, next.disabled], [false, false], 'controls on the last SCO');
      // SN 4th ed. SB.2.1: continuing from the last activity ends the sequencing session.
      const ending = nextEvent(element, 'scorm-navigate');
      next.click();
      expectEqual([(await ending).ended, (await ending).delivered], [true, undefined], 'continuing past the end');
      await element.updateComplete;
      expectEqual([part(element, 'message')?.querySelector('[role="status"]')?.textContent, next.disabled], ['The course has ended.', true], 'the end');
    } finally {
      element.remove();
      await unregisterWorkers();
    }
  });

  it('resumes where the learner left off when the page comes back', async () => {
    localStorage.clear();
    const adapter = storageAdapter({ storage: localStorage });
    const items = [
      { id: 'one', title: 'One', script: `api.Initialize(''); report(api.GetValue('cmi.entry'));` },
      { id: 'two', title: 'Two', script: `api.Initialize(''); report(api.GetValue('cmi.entry')); api.SetValue('cmi.location', 'p3'); api.SetValue('cmi.exit', 'suspend');` },
    ];
    const reports = contentReports();
    const first = player({ registration: 'resume-test' });
    first.adapter = adapter;
    try {
      first.file = testPackage('2004', items);
      await reports.next('one');
      expectEqual(await reports.next('one'), 'ab-initio', 'first visit');
      await first.updateComplete;
      (part(first, 'control-continue') as HTMLButtonElement).click();
      await reports.next('two');
      expectEqual(await reports.next('two'), 'ab-initio', 'second SCO, first visit');
      // Leaving the page: the player suspends the course.
      const suspended = nextEvent(first, 'scorm-navigate');
      first.remove();
      expectEqual((await suspended).request, { type: 'suspendAll' }, 'the request made when leaving');
      await new Promise((resolve) => setTimeout(resolve, 100));

      const second = player({ registration: 'resume-test' });
      second.adapter = adapter;
      try {
        const navigated = nextEvent(second, 'scorm-navigate');
        second.file = testPackage('2004', items);
        const navigation = await navigated;
        expectEqual([navigation.request, navigation.delivered], [{ type: 'resumeAll' }, 'two'], 'resumed at the suspended SCO');
        await reports.next('two');
        expectEqual(await reports.next('two'), 'resume', 'the SCO resumes');
      } finally {
        second.remove();
      }
    } finally {
      reports.stop();
      first.remove();
      localStorage.clear();
      await unregisterWorkers();
    }
  });

  it('close() ends the content\'s session and saves it before it resolves', async () => {
    const element = player();
    try {
      const initialized = nextEvent(element, 'scorm-initialize');
      element.file = testPackage('2004', [{ id: 'c1', title: 'Closed', script: `api.Initialize(''); api.SetValue('cmi.location', 'p9');` }]);
      await initialized;
      const runtime = element.controller.runtime!;
      const ended = nextEvent(element, 'scorm-session-end');
      await element.close();
      const end = await ended;
      expectEqual([end.activityId, end.terminated], ['c1', false], 'the session ended by the player');
      const saved = runtime.snapshot().activities;
      expectEqual(JSON.stringify(saved).includes('p9'), true, 'the location is in the saved attempt');
      await element.updateComplete;
      expectEqual([element.controller.currentActivityId, part(element, 'message')?.textContent?.trim()], [undefined, 'No course loaded.'], 'after close');
    } finally {
      element.remove();
      await unregisterWorkers();
    }
  });

  it('shows why a package cannot be played, with its findings, and fires scorm-error', async () => {
    const element = player();
    try {
      const failed = nextEvent(element, 'scorm-error');
      element.file = notAPackage();
      const error = await failed;
      expectEqual([error.code, error.findings?.[0]?.code, error.message.includes('no imsmanifest.xml')], ['package.invalid', 'package.no-manifest', true], 'scorm-error');
      await element.updateComplete;
      const shown = part(element, 'error');
      expectEqual([shown?.getAttribute('role'), shown?.textContent?.includes('imsmanifest.xml')], ['alert', true], 'the error state');
    } finally {
      element.remove();
      await unregisterWorkers();
    }
  });

  it('says when the package cannot be reached (network failure)', async () => {
    const element = player();
    try {
      const failed = nextEvent(element, 'scorm-error');
      // Port 9 (discard) has nothing listening: the request fails at once.
      element.src = 'http://127.0.0.1:9/course/';
      const error = await failed;
      expectEqual([error.code, error.message.includes('http://127.0.0.1:9/course/')], ['network', true], 'scorm-error');
    } finally {
      element.remove();
    }
  });

  it('says when content never calls Initialize within api-timeout', async () => {
    const element = player({ 'api-timeout': '0.3' });
    try {
      const failed = nextEvent(element, 'scorm-error');
      element.file = testPackage('2004', [{ id: 'mute', title: 'Mute', script: '' }]);
      const error = await failed;
      expectEqual(error.code, 'api.not-found', 'scorm-error');
      await element.updateComplete;
      expectEqual(part(element, 'notice')?.textContent?.includes('0.3 seconds'), true, 'the notice');
    } finally {
      element.remove();
      await unregisterWorkers();
    }
  });

  it('opens content in a window of its own that finds the API through its opener', async () => {
    const reports = contentReports();
    const element = player({ 'launch-mode': 'window' });
    try {
      element.file = testPackage('1.2', [{ id: 'w1', title: 'Windowed', script: `report(api.LMSInitialize(''));` }]);
      expectEqual(await reports.next('w1'), { found: true, viaOpener: true, otherApi: false }, 'what the content found');
      expectEqual(await reports.next('w1'), 'true', 'LMSInitialize');
    } finally {
      reports.stop();
      element.remove();
      await unregisterWorkers();
    }
  });
});
