// <scorm-player> with a nested <scorm-toc> (context) and one placed apart (`for`): a choice in
// the table of contents delivers the activity, and a request the content leaves in
// adl.nav.request is carried out as it terminates.
import '../../../src/components/index.js';
import type { ScormPlayer, ScormPlayerEventMap } from '../../../src/components/scorm-player/index.js';
import { expectEqual } from '../browser-test.js';
import { testPackage } from './test-packages.js';

const serviceWorker = new URL('../../../scorm-player-sw.js', import.meta.url).href;

const items = [
  { id: 'one', title: 'One', script: `api.Initialize('');` },
  { id: 'two', title: 'Two', script: `api.Initialize('');` },
  { id: 'three', title: 'Three', script: `api.Initialize(''); api.SetValue('adl.nav.request', 'previous'); api.Terminate('');` },
];

function nextEvent<K extends keyof ScormPlayerEventMap>(player: ScormPlayer, type: K): Promise<ScormPlayerEventMap[K]['detail']> {
  return new Promise((resolve) => player.addEventListener(type, (event) => resolve(event.detail), { once: true }));
}

/** Resolves with the navigate detail of the first request that delivered `activityId`. */
function delivery(player: ScormPlayer, activityId: string): Promise<ScormPlayerEventMap['scorm-navigate']['detail']> {
  const done = new AbortController();
  return new Promise((resolve) => {
    player.addEventListener(
      'scorm-navigate',
      ({ detail }) => {
        if (detail.delivered !== activityId) return;
        done.abort();
        resolve(detail);
      },
      { signal: done.signal },
    );
  });
}

async function entry(toc: Element, activityId: string): Promise<HTMLElement> {
  for (let tries = 0; tries < 50; tries++) {
    const row = toc.shadowRoot?.querySelector<HTMLElement>(`[data-activity="${activityId}"] [part~="row"]`);
    if (row) return row;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no table of contents entry for ${activityId}`);
}

async function unregisterWorkers(): Promise<void> {
  for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
}

describe('<scorm-player> and <scorm-toc>', () => {
  it('delivers what the learner chooses in a nested table of contents', async () => {
    const player = document.createElement('scorm-player');
    player.setAttribute('service-worker', serviceWorker);
    const toc = document.createElement('scorm-toc');
    toc.slot = 'toc';
    player.append(toc);
    document.body.append(player);
    try {
      const started = nextEvent(player, 'scorm-initialize');
      player.file = testPackage('2004', items);
      await started;
      const chosen = delivery(player, 'two');
      (await entry(toc, 'two')).click();
      const navigation = await chosen;
      expectEqual([navigation.request, navigation.source], [{ type: 'choice', target: 'two' }, 'toc'], 'the choice');
    } finally {
      player.remove();
      await unregisterWorkers();
    }
  });

  it('works with a table of contents placed apart with for="<player id>"', async () => {
    const player = document.createElement('scorm-player');
    player.id = 'apart-player';
    player.setAttribute('service-worker', serviceWorker);
    const toc = document.createElement('scorm-toc');
    toc.setAttribute('for', 'apart-player');
    document.body.append(toc, player);
    try {
      const started = nextEvent(player, 'scorm-initialize');
      player.file = testPackage('2004', items);
      await started;
      const chosen = delivery(player, 'two');
      (await entry(toc, 'two')).click();
      expectEqual((await chosen).source, 'toc', 'the choice');
    } finally {
      player.remove();
      toc.remove();
      await unregisterWorkers();
    }
  });

  it('carries out the adl.nav.request content leaves at Terminate', async () => {
    const player = document.createElement('scorm-player');
    player.setAttribute('service-worker', serviceWorker);
    document.body.append(player);
    try {
      const started = nextEvent(player, 'scorm-initialize');
      player.file = testPackage('2004', items);
      await started;
      const back = delivery(player, 'two');
      player.navigate({ type: 'choice', target: 'three' });
      const navigation = await back;
      expectEqual([navigation.request, navigation.source], [{ type: 'previous' }, 'content'], 'the content\'s request');
    } finally {
      player.remove();
      await unregisterWorkers();
    }
  });
});
