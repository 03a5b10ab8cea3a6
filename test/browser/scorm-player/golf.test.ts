// The Golf sample packages (Rustici's SCORM examples, in ../shared/corpus/golf, unzipped) played
// from their folders: every one delivers its first SCO and the content initializes; in the
// multi-SCO and sequencing ones Continue delivers the next, when the sequencing allows it; and
// one original Golf zip (corpus moodle/) played through the service worker. Skipped when the
// corpus is absent. SequencingPostTestRollup4thEd loads jQuery from a CDN and is left out: the
// tests run without a network.
import '../../../src/components/scorm-player/index.js';
import '../../../src/components/scorm-toc/index.js';
import type { ScormPlayer, ScormPlayerEventMap } from '../../../src/components/scorm-player/index.js';
import { expectEqual } from '../browser-test.js';

/** ../shared/corpus next to the project: above the build folder, which is above test/. */
const golf = new URL('../../../../../shared/corpus/golf/', import.meta.url).href;

interface Mocha {
  skip(): void;
}

declare function it(name: string, body: (this: Mocha) => Promise<void>): void;

async function corpusPresent(): Promise<boolean> {
  const response = await fetch(`${golf}RuntimeBasicCalls_SCORM12/imsmanifest.xml`).catch(() => undefined);
  return response?.ok === true;
}

function nextEvent<K extends keyof ScormPlayerEventMap>(player: ScormPlayer, type: K): Promise<ScormPlayerEventMap[K]['detail']> {
  return new Promise((resolve) => player.addEventListener(type, (event) => resolve(event.detail), { once: true }));
}

/** The API object in the player's API window, as the content finds it. */
function contentApi(player: ScormPlayer): Record<string, (...args: string[]) => string> {
  const apiWindow = player.shadowRoot!.querySelector<HTMLIFrameElement>('[part~="frame"]')!.contentWindow!;
  return Reflect.get(apiWindow, 'API_1484_11') as Record<string, (...args: string[]) => string>;
}

function control(player: ScormPlayer, name: string): HTMLButtonElement {
  return player.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="control-${name}"]`)!;
}

/** The ContentPackaging* copies in the corpus are placeholders ("Not implemented yet") that never call the API. */
const singleSco = ['RuntimeBasicCalls_SCORM12', 'RuntimeBasicCalls_SCORM20043rdEdition', 'RunTimeAdvancedCalls_SCORM20043rdEdition'];

/** Flow from the first SCO to the next is allowed at once in these. */
const multiSco = ['RuntimeMinimumCalls_SCORM12', 'SequencingSimpleRemediation_SCORM20043rdEdition'];

/** Each SCO is disabled (a precondition rule) until the one before it is satisfied. */
const forcedSequential = ['SequencingForcedSequential_SCORM20043rdEdition', 'SequencingPostTestRollup_SCORM20043rdEdition'];

/** The built worker, at the root of the build. */
const serviceWorker = new URL('../../../scorm-player-sw.js', import.meta.url).href;
const moodleZip = new URL('../moodle/RuntimeMinimumCalls_SCORM12.zip', golf).href;

describe('<scorm-player> with the Golf samples', () => {
  for (const name of singleSco) {
    it(`${name}: delivers the SCO, which initializes`, async function () {
      if (!(await corpusPresent())) {
        console.warn(`The Golf samples are not at ${golf}: skipped.`);
        this.skip();
        return;
      }
      const player = document.createElement('scorm-player');
      try {
        const initialized = nextEvent(player, 'scorm-initialize');
        player.src = `${golf}${name}/`;
        document.body.append(player);
        expectEqual((await initialized).entry, 'ab-initio', 'cmi.entry');
      } finally {
        player.remove();
      }
    });
  }

  for (const name of multiSco) {
    it(`${name}: Continue delivers the next SCO, Previous the first again`, async function () {
      if (!(await corpusPresent())) {
        console.warn(`The Golf samples are not at ${golf}: skipped.`);
        this.skip();
        return;
      }
      const player = document.createElement('scorm-player');
      try {
        const first = nextEvent(player, 'scorm-initialize');
        player.src = `${golf}${name}/`;
        document.body.append(player);
        const firstId = (await first).activityId;
        await player.updateComplete;
        expectEqual([control(player, 'previous').disabled, control(player, 'continue').disabled], [true, false], 'controls on the first SCO');
        const second = nextEvent(player, 'scorm-initialize');
        control(player, 'continue').click();
        const secondId = (await second).activityId;
        expectEqual(secondId !== firstId, true, `a second SCO (${secondId}) after ${firstId}`);
        await player.updateComplete;
        const back = nextEvent(player, 'scorm-launch');
        control(player, 'previous').click();
        expectEqual((await back).activityId, firstId, 'Previous');
      } finally {
        player.remove();
      }
    });
  }

  it('RuntimeMinimumCalls_SCORM12.zip: a zip URL is served by the worker and its SCO initializes', async function () {
    if (!(await corpusPresent())) {
      console.warn(`The Golf samples are not at ${golf}: skipped.`);
      this.skip();
      return;
    }
    const player = document.createElement('scorm-player');
    player.setAttribute('service-worker', serviceWorker);
    try {
      const initialized = nextEvent(player, 'scorm-initialize');
      player.src = moodleZip;
      document.body.append(player);
      expectEqual((await initialized).entry, 'ab-initio', 'cmi.core.entry');
    } finally {
      player.remove();
      for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
    }
  });

  for (const name of forcedSequential) {
    it(`${name}: Continue waits until the first SCO is satisfied (precondition "disabled")`, async function () {
      if (!(await corpusPresent())) {
        console.warn(`The Golf samples are not at ${golf}: skipped.`);
        this.skip();
        return;
      }
      const player = document.createElement('scorm-player');
      const toc = document.createElement('scorm-toc');
      toc.slot = 'toc';
      player.append(toc);
      try {
        const first = nextEvent(player, 'scorm-initialize');
        player.src = `${golf}${name}/`;
        document.body.append(player);
        expectEqual((await first).activityId, 'playing_item', 'the first SCO');
        await player.updateComplete;
        expectEqual(control(player, 'continue').disabled, true, 'Continue before the first SCO is satisfied');
        // What the content does when the learner passes it, then terminates.
        const ended = nextEvent(player, 'scorm-session-end');
        const api = contentApi(player);
        api.SetValue!('cmi.success_status', 'passed');
        api.SetValue!('cmi.completion_status', 'completed');
        api.Terminate!('');
        await ended;
        await player.updateComplete;
        expectEqual(control(player, 'continue').disabled, false, 'Continue once it is satisfied');
        const { completion, success } = player.controller.activityStatus('playing_item');
        expectEqual([completion, success], ['completed', 'passed'], 'the first SCO\'s status in the tracking model');
        const next = nextEvent(player, 'scorm-launch');
        control(player, 'continue').click();
        expectEqual((await next).activityId, 'etuqiette_item', 'the second SCO');
        await toc.updateComplete;
        const statusPart = toc.shadowRoot!.querySelector('[data-activity="playing_item"] [part~="status"]')!.getAttribute('part');
        expectEqual(statusPart?.split(' ').includes('status-passed'), true, `the TOC shows the first SCO passed (${statusPart})`);
      } finally {
        player.remove();
      }
    });
  }

  it('RuntimeMinimumCalls_SCORM20043rdEdition: with no flow the course does not start by itself; a choice starts it', async function () {
    if (!(await corpusPresent())) {
      console.warn(`The Golf samples are not at ${golf}: skipped.`);
      this.skip();
      return;
    }
    const player = document.createElement('scorm-player');
    try {
      const refused = nextEvent(player, 'scorm-navigate');
      player.src = `${golf}RuntimeMinimumCalls_SCORM20043rdEdition/`;
      document.body.append(player);
      const start = await refused;
      expectEqual([start.request, start.delivered, start.exception !== undefined], [{ type: 'start' }, undefined, true], 'start (SN SB.2.5: flow is off by default)');
      await player.updateComplete;
      const choices = [...player.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="control-choice"]')];
      expectEqual(choices.length > 1, true, 'activities offered');
      const initialized = nextEvent(player, 'scorm-initialize');
      choices[1]!.click();
      expectEqual((await initialized).entry, 'ab-initio', 'the chosen SCO initialized');
    } finally {
      player.remove();
    }
  });
});
