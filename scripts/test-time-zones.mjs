// Runs the unit tests of plain modules (test/unit) once per time zone, because
// headless Chromium takes its zone from TZ and date code must not depend on it.
import { spawnSync } from 'node:child_process';

const timeZones = [
  'America/Sao_Paulo',
  'America/Los_Angeles',
  'UTC',
  'Pacific/Kiritimati', // UTC+14, the zone furthest ahead of UTC
  'Asia/Kolkata', // UTC+05:30, a zone with a half-hour offset
];

const failedZones = [];
for (const timeZone of timeZones) {
  console.log(`\nUnit tests with TZ=${timeZone}`);
  const result = spawnSync('npx', ['wtr', '--files', 'test/unit/**/*.test.ts'], {
    stdio: 'inherit',
    env: { ...process.env, TZ: timeZone },
  });
  if (result.status !== 0) failedZones.push(timeZone);
}

if (failedZones.length > 0) {
  console.error(`\nUnit tests failed with TZ=${failedZones.join(', TZ=')}.`);
  process.exit(1);
}
console.log(`\nUnit tests passed in ${timeZones.length} time zones.`);
