// Makes sure Debian's Chromium is installed before the browser tests run.
// As root with apt-get it installs the `chromium` package; otherwise it fails
// and names the package, because npm packages cannot download a browser here.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

function run(command, args) {
  execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

if (findChromium()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('Chromium not found: installing Debian package "chromium" with apt-get.');
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']);
  if (findChromium()) process.exit(0);
  console.error('apt-get finished but /usr/bin/chromium is still missing.');
  process.exit(1);
}

console.error(
  'Chromium not found. Install the Debian package "chromium" ' +
    '(sudo apt-get install chromium) or set CHROME_PATH to a Chromium binary.',
);
process.exit(1);
