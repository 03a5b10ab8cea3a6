// Issue 5 ("plain HTML with a script tag"): dist/scorm-player.js, the one-file bundle, registers
// the three elements in a page that has no bundler and no import map, and its <scorm-player>
// plays a folder package. The page is a frame of its own, so its element registry is not the one
// this test file's imports filled.
import { expectEqual } from './browser-test.js';

const bundle = new URL('../../scorm-player.js', import.meta.url).href;
const course = new URL('../../../demo/packages/single-sco-2004/', import.meta.url).href;

describe('the one-file bundle in a plain page', () => {
  it('registers <scorm-player>, <scorm-toc> and <scorm-debugger> and plays a folder package', async () => {
    const frame = document.createElement('iframe');
    const initialized = new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the content never initialized')), 15_000);
      addEventListener('message', function listen(event: MessageEvent) {
        if ((event.data as { channel?: string } | null)?.channel !== 'script-tag-test') return;
        removeEventListener('message', listen);
        clearTimeout(timer);
        resolve((event.data as { detail: unknown }).detail);
      });
    });
    frame.srcdoc = `<!doctype html><meta charset="utf-8">
      <script type="module" src="${bundle}"></script>
      <scorm-player src="${course}" learner-id="u1" learner-name="Doe, Jane"></scorm-player>
      <script type="module">
        import { storageAdapter } from '${bundle}';
        document.querySelector('scorm-player').addEventListener('scorm-initialize', (event) => {
          parent.postMessage({ channel: 'script-tag-test', detail: {
            tags: ['scorm-player', 'scorm-toc', 'scorm-debugger'].map((tag) => customElements.get(tag) !== undefined),
            adapters: typeof storageAdapter,
            activityId: event.detail.activityId,
          } }, '*');
        });
      </script>`;
    document.body.append(frame);
    try {
      const detail = (await initialized) as { tags: boolean[]; adapters: string; activityId: string };
      expectEqual(detail.tags, [true, true, true], 'elements registered by the bundle');
      expectEqual(detail.adapters, 'function', 'the persistence adapters exported by the bundle');
      expectEqual(typeof detail.activityId, 'string', 'the initialized activity');
    } finally {
      frame.remove();
    }
  });
});
