// The demo page (`npm start`) served by Vite and driven in Chromium through Playwright: sample
// packages played from the gallery and from `?src=`, what the learner sees checked, and a
// full-page screenshot of each written to test-artifacts/screenshots/ (kept by CI, not committed).
// Skipped, saying why, when no Chromium can be launched.
import { after, before, describe, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright';
import { createServer, type ViteDevServer } from 'vite';
import type { ScormDebugger } from '../../src/components/scorm-debugger/scorm-debugger.js';

interface BrowserSettings {
  chromiumExecutablePath(): string | undefined;
  readonly chromiumArgs: readonly string[];
}

const screenshots = resolve('test-artifacts/screenshots');

/** Where the page keeps the details of every `scorm-initialize` the player fired, oldest first. */
const initializedKey = '__demoInitialized';

let server: ViteDevServer | undefined;
let browser: Browser | undefined;
let demoUrl = '';
let noBrowser = '';

async function launchBrowser(): Promise<Browser | undefined> {
  // scripts/ is not compiled: found from the project folder, as `npm test` runs from it.
  const settings = (await import(pathToFileURL(resolve('scripts/browser.mjs')).href)) as BrowserSettings;
  const executablePath = settings.chromiumExecutablePath();
  try {
    return await chromium.launch({ ...(executablePath ? { executablePath } : {}), headless: true, args: [...settings.chromiumArgs] });
  } catch (error) {
    noBrowser = `no Chromium could be launched (${executablePath ?? "Playwright's own"}; set CHROMIUM_PATH): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    return undefined;
  }
}

/** A fresh page (its own localStorage: no attempt of an earlier test resumes) that records the player's initializations. */
async function openPage(t: TestContext): Promise<Page | undefined> {
  if (browser === undefined) {
    t.skip(noBrowser);
    return undefined;
  }
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  t.after(() => context.close());
  // Well under the suite's budget: a page that never gets there fails quickly, saying what it waited for.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  await page.addInitScript((key) => {
    const initialized: unknown[] = [];
    Reflect.set(window, key, initialized);
    document.addEventListener('scorm-initialize', (event) => initialized.push((event as CustomEvent).detail));
  }, initializedKey);
  return page;
}

/** Waits until the content of `activityId` has called Initialize in this page. */
async function initialized(page: Page, activityId: string): Promise<void> {
  await page.waitForFunction(
    ([key, id]) => (Reflect.get(window, key) as { activityId: string }[]).some((detail) => detail.activityId === id),
    [initializedKey, activityId] as const,
  );
}

/** The SCO's own page, in the frame the player launched it in. */
function contentFrame(page: Page) {
  const frame = page.frames().find((candidate) => new URL(candidate.url()).pathname.endsWith('/sco.html'));
  assert.ok(frame, `no frame shows a sample SCO: ${page.frames().map((candidate) => candidate.url()).join(', ')}`);
  return frame;
}

async function control(page: Page, name: string): Promise<{ disabled: boolean; hidden: boolean }> {
  const button = page.locator(`scorm-player [part~="control-${name}"]`);
  return { disabled: await button.isDisabled(), hidden: (await button.getAttribute('hidden')) !== null };
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: resolve(screenshots, `${name}.png`), fullPage: true });
}

describe('the demo page in Chromium', () => {
  before(async () => {
    await mkdir(screenshots, { recursive: true });
    browser = await launchBrowser();
    if (browser === undefined) return;
    server = await createServer({
      configFile: resolve('vite.config.ts'),
      logLevel: 'warn',
      server: { host: '127.0.0.1', port: 0, strictPort: false, watch: null },
    });
    await server.listen();
    const url = server.resolvedUrls?.local[0];
    assert.ok(url, 'Vite did not say where it serves the demo');
    demoUrl = url;
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('a single-SCO package picked in the gallery is launched and shows the learner', async (t) => {
    const page = await openPage(t);
    if (page === undefined) return;
    await page.goto(demoUrl);
    // The page opens the multi-SCO sample first; the gallery then replaces it.
    await initialized(page, 'intro');
    const pick = page.getByRole('button', { name: 'Single SCO, SCORM 2004' });
    await pick.click();
    await initialized(page, 'lesson');
    assert.equal(await pick.getAttribute('aria-pressed'), 'true');
    assert.equal(new URL(page.url()).searchParams.get('src'), './packages/single-sco-2004/');
    const content = contentFrame(page);
    assert.equal(await content.locator('#title').textContent(), 'A SCORM 2004 lesson');
    assert.equal(await content.locator('#learner').textContent(), 'Learner, Demo');
    assert.equal(await content.locator('#entry').textContent(), 'ab-initio');
    assert.deepEqual(await page.locator('scorm-toc [part="title"]').allTextContents(), ['Single SCO (SCORM 2004)', 'A SCORM 2004 lesson']);
    await screenshot(page, 'demo-single-sco-2004');
  });

  test('the sequencing sample shows its table of contents, the controls look-ahead allows and the call log', async (t) => {
    const page = await openPage(t);
    if (page === undefined) return;
    await page.goto(demoUrl);
    await initialized(page, 'intro');
    await page.getByRole('button', { name: 'Sequencing: pre-test or lesson' }).click();
    await initialized(page, 'pretest');

    const entry = (id: string) => page.locator(`scorm-toc [role="treeitem"][data-activity="${id}"]`);
    assert.deepEqual(await page.locator('scorm-toc [part="title"]').allTextContents(), [
      'Pre-test or lesson (SCORM 2004 sequencing)',
      'Pre-test',
      'Lesson',
      'Post-test',
    ]);
    assert.equal(await entry('pretest').getAttribute('aria-current'), 'true');
    // choice="false": the learner cannot pick an entry, flow alone moves through the course.
    assert.equal(await entry('lesson').getAttribute('aria-disabled'), 'true');
    assert.equal(await entry('posttest').getAttribute('aria-disabled'), 'true');
    assert.deepEqual(await control(page, 'previous'), { disabled: true, hidden: false });
    assert.deepEqual(await control(page, 'continue'), { disabled: false, hidden: false });

    const calls = page.locator('scorm-debugger li[part~="call"]');
    await calls.first().waitFor();
    assert.match((await calls.allTextContents()).join('\n'), /Initialize/);
    await screenshot(page, 'demo-sequencing-pretest');

    // The pre-test was not passed, so the lesson is not skipped; Previous is allowed from it.
    await page.locator('scorm-player [part~="control-continue"]').click();
    await initialized(page, 'lesson');
    assert.equal(await entry('lesson').getAttribute('aria-current'), 'true');
    assert.deepEqual(await control(page, 'previous'), { disabled: false, hidden: false });
    assert.equal(await contentFrame(page).locator('#title').textContent(), 'The lesson');
    await screenshot(page, 'demo-sequencing-lesson');

    // The debugger's export names the manifest and records the learner's requests and the deliveries.
    const exported = await page.locator('scorm-debugger').evaluate((element) => (element as ScormDebugger).exportTrace('demo').trace);
    assert.ok(exported.package?.endsWith('/packages/sequencing-2004/imsmanifest.xml'), `package: ${exported.package}`);
    assert.deepEqual(exported.sessions[0]?.filter((step) => !('fn' in step)), [
      { nav: 'start' },
      { expect: { delivered: 'pretest' } },
      { nav: 'continue' },
      { expect: { delivered: 'lesson' } },
    ]);
  });

  test('?src= with a folder URL opens that package directly', async (t) => {
    const page = await openPage(t);
    if (page === undefined) return;
    const folder = new URL('packages/single-sco-12/', demoUrl).href;
    await page.goto(`${demoUrl}?src=${encodeURIComponent(folder)}`);
    await initialized(page, 'lesson');
    const content = contentFrame(page);
    assert.equal(await content.locator('#title').textContent(), 'A SCORM 1.2 lesson');
    assert.equal(await content.locator('#learner').textContent(), 'Learner, Demo');
    assert.equal(await page.locator('#gallery [aria-pressed="true"]').count(), 0);
    await screenshot(page, 'demo-src-single-sco-12');
  });
});
