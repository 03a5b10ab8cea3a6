// A zip the service worker must download whole (its server ignores ranges, or gives no size to a
// HEAD request) reports its progress to servePackage's onProgress, and <scorm-player> shows it as
// a bar counting bytes. Sources without range support: blob: URLs, which answer HEAD with a
// network error, so the worker downloads them whole; a data: URL, which announces no size; and
// the test server itself (@web/dev-server answers a Range request with the whole file), with a
// Golf zip from ../shared/corpus, skipped when the corpus is absent.
import '../../../src/components/scorm-player/index.js';
import type { ScormPlayer, ScormPlayerEventMap } from '../../../src/components/scorm-player/index.js';
import { servePackage } from '../../../src/components/package-host/index.js';
import { expectEqual } from '../browser-test.js';
import { testPackage } from './test-packages.js';

interface Mocha {
  skip(): void;
}

declare function it(name: string, body: (this: Mocha) => Promise<void>): void;

/** The built worker, at the root of the build. */
const serviceWorker = new URL('../../../scorm-player-sw.js', import.meta.url).href;
const corpusZip = new URL('../../../../../shared/corpus/moodle/RuntimeMinimumCalls_SCORM12.zip', import.meta.url).href;

/** Random bytes, which no compression shrinks: `length` bytes of zip to download. */
function noise(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let offset = 0; offset < length; offset += 65_536) crypto.getRandomValues(bytes.subarray(offset, offset + 65_536));
  return bytes;
}

const bigPackage = testPackage('2004', [{ id: 's1', title: 'Only SCO', script: `api.Initialize('');` }], { 'media/video.bin': noise(3_000_000) });

type Progress = [loaded: number, total: number | undefined];

/** Each report grows or stays, from 0 (of `total`) to the end, where the size is known. */
function expectGrowing(progress: readonly Progress[], size: number, total: number | undefined): void {
  expectEqual([progress[0], progress.at(-1)], [[0, total], [size, size]], 'the first and last progress');
  expectEqual(progress.every(([loaded], i) => i === 0 || loaded >= progress[i - 1]![0]), true, 'progress never goes back');
}

interface LoadingSnapshot {
  readonly max: string | null;
  readonly value: string | null;
  readonly valueText: string | null;
  readonly bytes: string | null;
  readonly announced: string;
}

/** What the player's loading state shows each time it changes. */
function watchLoading(player: ScormPlayer): { readonly snapshots: LoadingSnapshot[]; stop(): void } {
  const snapshots: LoadingSnapshot[] = [];
  const root = player.shadowRoot!;
  const observer = new MutationObserver(() => {
    const bar = root.querySelector('[part~="progress"]');
    if (bar === null) return;
    snapshots.push({
      max: bar.getAttribute('max'),
      value: bar.getAttribute('value'),
      valueText: bar.getAttribute('aria-valuetext'),
      bytes: root.querySelector('[part~="progress-text"]')?.textContent ?? null,
      announced: root.querySelector('[part~="loading"] [role="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    });
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  return { snapshots, stop: () => observer.disconnect() };
}

function player(): ScormPlayer {
  const element = document.createElement('scorm-player');
  element.setAttribute('service-worker', serviceWorker);
  document.body.append(element);
  return element;
}

function nextEvent<K extends keyof ScormPlayerEventMap>(element: ScormPlayer, type: K): Promise<ScormPlayerEventMap[K]['detail']> {
  return new Promise((resolve) => element.addEventListener(type, (event) => resolve(event.detail), { once: true }));
}

async function unregisterWorkers(): Promise<void> {
  for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
}

const megabytes = /^\d+\.\d of \d+\.\d MB$/;

describe('the download of a zip from a server without range support', () => {
  it('is reported to servePackage\'s onProgress from 0 to the zip\'s size, and the zip is served', async function () {
    const url = URL.createObjectURL(bigPackage);
    try {
      const progress: Progress[] = [];
      const served = await servePackage({ source: url, serviceWorkerUrl: serviceWorker, onProgress: (loaded, total) => progress.push([loaded, total]) });
      expectGrowing(progress, bigPackage.size, bigPackage.size);
      const frame = document.createElement('iframe');
      frame.src = new URL('..', served.baseUrl).href;
      document.body.append(frame);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const video = await frame.contentWindow!.fetch(`${served.baseUrl}media/video.bin`);
      expectEqual([video.status, (await video.arrayBuffer()).byteLength], [200, 3_000_000], 'a file of the downloaded zip');
      frame.remove();
      await served.release();
    } finally {
      URL.revokeObjectURL(url);
      await unregisterWorkers();
    }
  });

  it('of unknown size is reported with an undefined total until its end', async function () {
    const bytes = new Uint8Array(await bigPackage.arrayBuffer());
    let binary = '';
    for (let offset = 0; offset < bytes.length; offset += 8192) binary += String.fromCharCode(...bytes.subarray(offset, offset + 8192));
    try {
      const progress: Progress[] = [];
      const served = await servePackage({
        source: `data:application/zip;base64,${btoa(binary)}`,
        serviceWorkerUrl: serviceWorker,
        onProgress: (loaded, total) => progress.push([loaded, total]),
      });
      expectGrowing(progress, bigPackage.size, undefined);
      expectEqual(progress.slice(0, -1).every(([, total]) => total === undefined), true, 'no total before the end');
      await served.release();
    } finally {
      await unregisterWorkers();
    }
  });

  it('shows in <scorm-player> as a bar counting bytes, said to screen readers, before the course plays', async function () {
    const url = URL.createObjectURL(bigPackage);
    const element = player();
    const loading = watchLoading(element);
    try {
      const launched = nextEvent(element, 'scorm-launch');
      element.src = url;
      expectEqual((await launched).activityId, 's1', 'the course plays');
      const downloads = loading.snapshots.filter((snapshot) => snapshot.bytes !== null);
      const size = String(bigPackage.size);
      expectEqual(downloads.length > 0 && downloads.every((snapshot) => snapshot.max === size), true, 'the bar counts the zip\'s bytes');
      expectEqual([downloads[0]!.value, downloads.at(-1)!.value], ['0', size], 'the bar from empty to full');
      expectEqual(downloads.every((snapshot) => megabytes.test(snapshot.bytes!) && snapshot.valueText === snapshot.bytes), true, 'the bytes shown');
      expectEqual(downloads.at(-1)!.bytes, `${(bigPackage.size / 1e6).toFixed(1)} of ${(bigPackage.size / 1e6).toFixed(1)} MB`, 'the last bytes shown');
      // Announced at once, then no more often than every few seconds: here, once.
      expectEqual(
        [...new Set(downloads.map((snapshot) => snapshot.announced))],
        [`Preparing the zip 0.0 of ${(bigPackage.size / 1e6).toFixed(1)} MB`],
        'what screen readers are told',
      );
      const afterwards = loading.snapshots.filter((snapshot) => snapshot.bytes === null).at(-1);
      expectEqual([afterwards?.max, afterwards?.announced], ['3', 'Starting the course'], 'the stages after the download');
    } finally {
      loading.stop();
      element.remove();
      URL.revokeObjectURL(url);
      await unregisterWorkers();
    }
  });

  it('shows the bytes in other words when the page gives its strings', async function () {
    const url = URL.createObjectURL(bigPackage);
    const element = player();
    const loading = watchLoading(element);
    try {
      element.strings = { downloadProgress: (loaded, total) => `${loaded}/${total ?? '?'} octets` };
      const launched = nextEvent(element, 'scorm-launch');
      element.src = url;
      await launched;
      const shown = loading.snapshots.map((snapshot) => snapshot.bytes).filter((bytes) => bytes !== null);
      expectEqual(shown.at(-1), `${bigPackage.size}/${bigPackage.size} octets`, 'the localized bytes');
    } finally {
      loading.stop();
      element.remove();
      URL.revokeObjectURL(url);
      await unregisterWorkers();
    }
  });

  it('from the test server, which answers ranges with the whole file, shows the bar for a Golf zip', async function () {
    // The browser's HTTP cache answers ranges from a file it holds whole: the probe keeps out of
    // it, and the player gets a URL of its own, which no earlier test has put there.
    const probe = await fetch(corpusZip, { headers: { Range: 'bytes=0-0' }, cache: 'no-store' }).catch(() => undefined);
    await probe?.body?.cancel();
    if (probe?.status !== 200) {
      console.warn(probe?.status === 206 ? 'The test server honours ranges now: skipped.' : `The corpus is not at ${corpusZip}: skipped.`);
      this.skip();
      return;
    }
    const size = probe.headers.get('Content-Length');
    const element = player();
    const loading = watchLoading(element);
    try {
      const launched = nextEvent(element, 'scorm-launch');
      element.src = `${corpusZip}?run=${crypto.randomUUID()}`;
      await launched;
      const downloads = loading.snapshots.filter((snapshot) => snapshot.bytes !== null);
      expectEqual([downloads.length > 0, downloads.at(-1)?.max, downloads.at(-1)?.value], [true, size, size], 'the bar at the end of the download');
    } finally {
      loading.stop();
      element.remove();
      await unregisterWorkers();
    }
  });
});
