import { expect } from '@open-wc/testing';
import momentTimezone from 'moment-timezone';
import shim, { addPackedZones } from '../../src/holidays/engine/moment-timezone.ts';
import { unpackZone } from '../../src/holidays/engine/packed-zone.ts';
import { loadCountryData } from '../../src/holidays/library.ts';
import countryList from '../../src/holidays/data/countries.json';

// The holiday engine's stand-in for moment-timezone must give the same
// results as moment-timezone 0.5.48 for the calls date-holidays-parser and
// caldate make. They ask for the instant of a wall time (also in skipped and
// repeated hours), the wall time of an instant, and equinox days at an offset.

/** Collects every packed zone of the shipped holiday data, by name. */
async function shippedZones(): Promise<Record<string, string>> {
  const zones: Record<string, string> = {};
  for (const country of countryList.countries) {
    Object.assign(zones, (await loadCountryData(country)).timeZones);
  }
  return zones;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Formats the UTC fields of `timestamp` as caldate's `YYYY-MM-DD hh:mm:ss`. */
function wallTimeText(timestamp: number): string {
  const date = new Date(timestamp);
  return (
    `${String(date.getUTCFullYear()).padStart(4, '0')}-${pad(date.getUTCMonth() + 1)}-` +
    `${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:` +
    `${pad(date.getUTCSeconds())}`
  );
}

type WallFields = [number, number, number, number, number, number];

const fieldsOf = (moment: {
  year(): number;
  month(): number;
  date(): number;
  hours(): number;
  minutes(): number;
  seconds(): number;
}): WallFields => [
  moment.year(),
  moment.month(),
  moment.date(),
  moment.hours(),
  moment.minutes(),
  moment.seconds(),
];

const hour = 3_600_000;
const first = Date.UTC(1990, 0, 1);
const last = Date.UTC(2041, 0, 1);

describe('holiday engine time zones', () => {
  let zones: Record<string, string>;

  before(async function () {
    this.timeout(30_000);
    zones = await shippedZones();
    addPackedZones(zones);
  });

  it('covers every zone of the holiday data', () => {
    // Brazil's zones, and GMT for Taiwan's equinox rules, which name no zone.
    expect(Object.keys(zones)).to.include.members(['America/Sao_Paulo', 'America/Noronha', 'GMT']);
    expect(Object.keys(zones).length).to.be.greaterThan(250);
  });

  it('matches moment-timezone around each transition 1990-2040', function () {
    this.timeout(60_000);

    let checked = 0;
    for (const [name, packed] of Object.entries(zones)) {
      const { offsets, untils } = unpackZone(packed);
      const transitions = untils
        .map((until, index) => ({ until, before: offsets[index], after: offsets[index + 1] }))
        .filter(({ until }) => until >= first && until < last);
      // Zones without transitions in the range still get one wall time and one instant.
      const instants = [first + 12 * hour, ...transitions.map(({ until }) => until)];
      for (const instant of instants) {
        for (const step of [-hour, -1000, 0, 1000, hour]) {
          const at = new Date(instant + step);
          expect(fieldsOf(shim.tz(at, name)), `${name} at ${at.toISOString()}`).to.deep.equal(
            fieldsOf(momentTimezone.tz(at, name)),
          );
        }
      }
      for (const { until, before, after } of transitions) {
        // Wall times on both sides of the shift and inside a skipped or repeated hour.
        const wallBefore = until - before * 60_000;
        const wallAfter = until - after * 60_000;
        for (const wall of [
          wallBefore - hour,
          wallBefore,
          wallAfter,
          (wallBefore + wallAfter) / 2,
          wallAfter + hour,
        ]) {
          const text = wallTimeText(Math.floor(wall / 1000) * 1000);
          expect(shim.tz(text, name).format(), `${name} ${text}`).to.equal(
            momentTimezone.tz(text, name).format(),
          );
          checked += 1;
        }
      }
    }

    expect(checked).to.be.greaterThan(10_000);
  });

  it('matches moment-timezone at midnight of every day 2019', () => {
    for (const name of ['America/Sao_Paulo', 'America/Santiago', 'Asia/Tehran', 'Europe/London']) {
      for (let day = Date.UTC(2019, 0, 1); day < Date.UTC(2020, 0, 1); day += 24 * hour) {
        const text = wallTimeText(day);
        expect(shim.tz(text, name).format(), `${name} ${text}`).to.equal(
          momentTimezone.tz(text, name).format(),
        );
      }
    }
  });

  it('matches moment-timezone for equinox instants', () => {
    const instants = [
      '2024-03-20T03:06:21.000Z',
      '2030-12-21T15:09:00.000Z',
      '2001-09-22T23:04:00.000Z',
    ];
    for (const iso of instants) {
      for (const offset of ['+09:00', '-03:00', '+05:30']) {
        const actual = shim(iso).utcOffset(offset);
        const expected = momentTimezone(iso).utcOffset(offset);
        expect([actual.month(), actual.date()], `${iso} at ${offset}`).to.deep.equal([
          expected.month(),
          expected.date(),
        ]);
      }
      for (const zone of ['GMT', 'America/Santiago', 'Asia/Taipei']) {
        expect(fieldsOf(shim(iso).tz(zone)), `${iso} in ${zone}`).to.deep.equal(
          fieldsOf(momentTimezone(iso).tz(zone)),
        );
      }
    }
  });

  it('rejects a zone that no data registered', () => {
    expect(() => shim.tz('2024-01-01 00:00:00', 'Mars/Olympus_Mons')).to.throw(
      'Time zone "Mars/Olympus_Mons" is not loaded',
    );
  });
});
