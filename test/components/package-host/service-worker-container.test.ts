// Why a page cannot have a service worker (src/components/package-host/service-worker-container.ts),
// with the page's globals stood in for.
import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { serviceWorkerContainer } from '../../../src/components/package-host/service-worker-container.js';

const globalNames = ['location', 'isSecureContext', 'navigator'] as const;
const saved = new Map(globalNames.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]));

function page(href: string, secure: boolean, navigator: object): void {
  const values = { location: new URL(href), isSecureContext: secure, navigator };
  for (const name of globalNames) Object.defineProperty(globalThis, name, { value: values[name], configurable: true, writable: true });
}

afterEach(() => {
  for (const [name, descriptor] of saved) {
    if (descriptor === undefined) delete (globalThis as Record<string, unknown>)[name];
    else Object.defineProperty(globalThis, name, descriptor);
  }
});

const container = { register: () => undefined };

test('a secure page gets its container', () => {
  page('https://lms.example/player.html', true, { serviceWorker: container });
  assert.equal(serviceWorkerContainer(), container);
});

test('a page opened from a file is told to use http://localhost or https', () => {
  page('file:///home/me/player.html', true, { serviceWorker: container });
  assert.throws(() => serviceWorkerContainer(), { code: 'service-worker.file-url', message: /file:\/\/\/home\/me\/player\.html.*localhost/ });
});

test('a page on plain http is told that service workers need https', () => {
  page('http://lms.example/player.html', false, {});
  assert.throws(() => serviceWorkerContainer(), { code: 'service-worker.insecure-context', message: /http:\/\/lms\.example.*https/ });
});

test('a secure page of a browser without service workers is told so, and to use a folder', () => {
  page('https://lms.example/player.html', true, {});
  assert.throws(() => serviceWorkerContainer(), { code: 'service-worker.unavailable', message: /private window.*folder/ });
});

test('a sandboxed frame, where reading the container throws, is told why', () => {
  const sandboxed = {
    get serviceWorker(): never {
      throw new DOMException('The document is sandboxed and lacks the allow-same-origin flag.', 'SecurityError');
    },
  };
  page('https://lms.example/player.html', true, sandboxed);
  assert.throws(() => serviceWorkerContainer(), { code: 'service-worker.unavailable', message: /sandboxed/ });
});
