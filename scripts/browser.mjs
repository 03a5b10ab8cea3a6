// Which Chromium the browser tests drive. Playwright's own download does not work everywhere
// (closed networks, distributions), so a system Chromium is used when one is found; set
// CHROMIUM_PATH to choose one, or CHROMIUM_PATH="" to let Playwright use its own browsers.
import { existsSync } from 'node:fs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumExecutablePath() {
  if (process.env.CHROMIUM_PATH !== undefined) return process.env.CHROMIUM_PATH || undefined;
  return candidates.find((path) => existsSync(path));
}

/** Flags for headless runs as root in containers and on closed networks. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
