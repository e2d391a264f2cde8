// Where Debian's Chromium lives and the flags that keep it headless, working as
// root and off the network (the host resolver rule stops lookups of Google hosts).
import { existsSync } from 'node:fs';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Returns CHROME_PATH when set, else the first installed Debian Chromium, else undefined. */
export function findChromium() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return candidates.find((path) => existsSync(path));
}

export function chromiumPath() {
  return findChromium() ?? '/usr/bin/chromium';
}
