/**
 * Stands in for moment-timezone (and so for moment) inside the holiday engine.
 * date-holidays-parser 3.4.7 and caldate 2.0.5 call only these:
 * - `moment.tz('YYYY-MM-DD hh:mm:ss', zone).format()`: the instant of a wall
 *   time in a zone (caldate's `toTimezone`);
 * - `moment.tz(date, zone)` with `year()`, `month()`, `date()`, `hours()`,
 *   `minutes()`, `seconds()`: the wall time of an instant (caldate's
 *   `fromTimezone`);
 * - `moment(isoString).utcOffset('+09:00')` and `moment(isoString).tz(zone)`
 *   with `month()` and `date()` (the equinox rules).
 *
 * Zones come from moment-timezone 0.5.48's own data, packed into each
 * country's file by scripts/build-holiday-data.mjs and registered with
 * {@link addPackedZones}, so offsets match moment-timezone for every year,
 * independent of the browser's time zone database.
 */
import { offsetAt, offsetOfWallTime, unpackZone, type PackedZone } from './packed-zone.ts';

const zones = new Map<string, PackedZone>();

/** Registers zones by name. Each value is a zone in moment-timezone's packed format. */
export function addPackedZones(packedZones: Record<string, string>): void {
  for (const [name, packed] of Object.entries(packedZones)) {
    if (!zones.has(name)) zones.set(name, unpackZone(packed));
  }
}

function zoneNamed(name: string): PackedZone {
  const zone = zones.get(name);
  if (!zone) {
    throw new Error(
      `Time zone "${name}" is not loaded: the holiday data must list it (scripts/build-holiday-data.mjs).`,
    );
  }
  return zone;
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * An instant shown at a fixed offset, like a moment in UTC mode. `shifted`
 * is the instant moved by the offset, so its UTC fields are the wall time,
 * as moment stores `_d`. `offset` is in minutes east of UTC, as moment's
 * `utcOffset()` returns it.
 */
class ZonedMoment {
  private readonly shifted = new Date(0);

  constructor(
    private readonly instant: number,
    private readonly offset: number,
  ) {
    // Date#setTime truncates fractional ms, as moment's `_d.setTime` does.
    this.shifted.setTime(instant + offset * 60000);
  }

  year(): number {
    return this.shifted.getUTCFullYear();
  }

  month(): number {
    return this.shifted.getUTCMonth();
  }

  date(): number {
    return this.shifted.getUTCDate();
  }

  hours(): number {
    return this.shifted.getUTCHours();
  }

  minutes(): number {
    return this.shifted.getUTCMinutes();
  }

  seconds(): number {
    return this.shifted.getUTCSeconds();
  }

  /** Returns a new moment at a `±hh:mm` offset. */
  utcOffset(text: string): ZonedMoment {
    const [, sign, hours, minutes] = /^([+-])(\d\d):?(\d\d)?$/.exec(text) ?? [];
    if (!sign) throw new Error(`Invalid UTC offset "${text}": expected ±hh:mm.`);
    const offset = Number(hours) * 60 + Number(minutes ?? 0);
    return new ZonedMoment(this.instant, sign === '-' ? -offset : offset);
  }

  /** Returns a new moment showing the same instant in `zone`. */
  tz(zone: string): ZonedMoment {
    return inZone(this.instant, zoneNamed(zone));
  }

  /** Formats as moment's default format, `YYYY-MM-DDTHH:mm:ssZ` (`Z` alone at offset 0). */
  format(): string {
    const wall = this.shifted.toISOString().slice(0, 19);
    if (this.offset === 0) return `${wall}Z`;
    const sign = this.offset < 0 ? '-' : '+';
    const minutes = Math.abs(this.offset);
    return `${wall}${sign}${pad(Math.trunc(minutes / 60))}:${pad(Math.trunc(minutes) % 60)}`;
  }
}

/** Shows `instant` in `zone`, as moment-timezone's `updateOffset` does. */
function inZone(instant: number, zone: PackedZone): ZonedMoment {
  let offset = offsetAt(zone, instant) ?? Number.NaN;
  // moment-timezone divides small offsets by 60 and moment multiplies them back.
  if (Math.abs(offset) < 16) offset = (offset / 60) * 60;
  return new ZonedMoment(instant, -offset);
}

const wallTimePattern = /^(\d{4,})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)$/;

/** Reads `YYYY-MM-DD hh:mm:ss` as UTC fields, in ms. Years below 100 stay as they are. */
function wallTimeOf(text: string): number {
  const fields = wallTimePattern.exec(text);
  if (!fields) throw new Error(`Invalid wall time "${text}": expected YYYY-MM-DD hh:mm:ss.`);
  const [, year, month, day, hours, minutes, seconds] = fields.map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hours, minutes, seconds, 0);
  return date.getTime();
}

/** Implements `moment.tz(input, zone)` for a wall-time string or a Date. */
function tz(input: string | Date, zoneName: string): ZonedMoment {
  const zone = zoneNamed(zoneName);
  if (input instanceof Date) return inZone(input.getTime(), zone);
  const wallTime = wallTimeOf(input);
  // `add(offset, 'minutes')` ends in Date#setTime, which truncates.
  const instant = new Date(0).setTime(wallTime + offsetOfWallTime(zone, wallTime) * 60000);
  return inZone(instant, zone);
}

/** `moment(isoString)`: an instant, on which the engine calls only `utcOffset` and `tz`. */
function moment(isoString: string): ZonedMoment {
  const instant = Date.parse(isoString);
  if (Number.isNaN(instant)) throw new Error(`Invalid date "${isoString}".`);
  return new ZonedMoment(instant, 0);
}

moment.tz = tz;

export default moment;
