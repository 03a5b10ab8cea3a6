// A zipped package played straight from the browser: the built service worker
// (dist/scorm-player-sw.js, from `vite build --config vite.sw.config.ts`) serves a zip made here,
// and a page of it runs its relative script, shows its image, reads its media's metadata through
// Range requests, and answers a Range request with 206 and the right bytes.
import { strToU8, zipSync } from 'fflate';
import { PackageHostError, servePackage } from '../../src/components/package-host/index.js';
import { expectEqual } from './browser-test.js';

/** The built worker, at the root of the build: dist/scorm-player-sw.js next to dist/test/. */
const serviceWorkerUrl = new URL('../../scorm-player-sw.js', import.meta.url).href;

/** A 1×1 PNG. */
const dotPng = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
  (character) => character.charCodeAt(0),
);

/** One second of 8-bit mono PCM at 8000 Hz: a 44-byte RIFF/WAVE header and 8000 samples. */
function silentWav(): Uint8Array {
  const sampleRate = 8000;
  const bytes = new Uint8Array(44 + sampleRate).fill(128);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string) => bytes.set(strToU8(text), offset);
  ascii(0, 'RIFF');
  view.setUint32(4, bytes.length - 8, true);
  ascii(8, 'WAVEfmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate, true); // bytes per second
  view.setUint16(32, 1, true); // block align
  view.setUint16(34, 8, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, sampleRate, true);
  return bytes;
}

const wav = silentWav();

const appJs = `
const image = document.getElementById('dot');
const audio = document.getElementById('tone');
const imageWidth = image.complete && image.naturalWidth > 0 ? Promise.resolve(image.naturalWidth)
  : new Promise((resolve) => { image.onload = () => resolve(image.naturalWidth); image.onerror = () => resolve(0); });
const audioDuration = audio.readyState >= 1 ? Promise.resolve(audio.duration)
  : new Promise((resolve) => { audio.onloadedmetadata = () => resolve(audio.duration); audio.onerror = () => resolve(-1); });
Promise.all([imageWidth, audioDuration]).then(([width, duration]) =>
  parent.postMessage({ channel: 'serve-zip', result: { scriptRan: true, imageWidth: width, audioDuration: duration } }, '*'));
`;

const course = zipSync({
  'index.html': strToU8(`<!doctype html><html><head><meta charset="utf-8"><title>Course</title></head><body>
<img id="dot" src="images/dot.png" alt="">
<audio id="tone" src="media/tone.wav" preload="metadata"></audio>
<script src="js/app.js"></script>
</body></html>`),
  'js/app.js': strToU8(appJs),
  'images/dot.png': dotPng,
  'media/tone.wav': [wav, { level: 0 }],
});

/** Loads `url` in an iframe and waits for what its page posts. */
function loadInFrame(url: string): Promise<{ frame: HTMLIFrameElement; result: unknown }> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    window.addEventListener('message', function listener(event) {
      if (event.source === frame.contentWindow && event.data?.channel === 'serve-zip') {
        window.removeEventListener('message', listener);
        resolve({ frame, result: event.data.result });
      }
    });
    frame.src = url;
    document.body.append(frame);
  });
}

async function unregisterWorkers(): Promise<void> {
  for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('zipped packages served by the service worker', () => {
  it('plays a page with a relative script, an image and media, and answers a Range request with 206', async () => {
    try {
      const served = await servePackage({ source: new Blob([course]), serviceWorkerUrl });
      const { frame, result } = await loadInFrame(`${served.baseUrl}index.html`);
      expectEqual(result, { scriptRan: true, imageWidth: 1, audioDuration: 1 }, 'the page and its files');

      // Requests from the content's frame, which the worker controls.
      const content = frame.contentWindow!;
      const partial = await content.fetch('media/tone.wav', { headers: { Range: 'bytes=8-15' } });
      expectEqual(
        [partial.status, partial.headers.get('Content-Range'), partial.headers.get('Content-Type'), partial.headers.get('Content-Length')],
        [206, `bytes 8-15/${wav.length}`, 'audio/wav', '8'],
        'the Range response',
      );
      expectEqual([...new Uint8Array(await partial.arrayBuffer())], [...wav.subarray(8, 16)], 'the bytes of the range');
      const missing = await content.fetch('images/missing.png');
      expectEqual([missing.status, (await missing.text()).includes('images/missing.png')], [404, true], 'a missing file');

      await served.release();
      expectEqual((await content.fetch('index.html')).status, 404, 'a file of a released package');
      frame.remove();
    } finally {
      await unregisterWorkers();
    }
  });

  it('refuses a file that is not a zip with the zip reader\'s code', async () => {
    try {
      const error = await rejection(servePackage({ source: new Blob(['<html>not a zip</html>']), serviceWorkerUrl }));
      expectEqual([error instanceof PackageHostError, (error as PackageHostError).code], [true, 'zip.not-a-zip'], 'the refusal');
    } finally {
      await unregisterWorkers();
    }
  });

  it('names the worker script when it cannot be registered', async () => {
    const missingUrl = new URL('../../no-such-scorm-player-sw.js', import.meta.url).href;
    const error = await rejection(servePackage({ source: new Blob([course]), serviceWorkerUrl: missingUrl }));
    expectEqual(
      [(error as PackageHostError).code, (error as Error).message.includes(missingUrl)],
      ['service-worker.registration-failed', true],
      'the registration failure',
    );
  });
});
