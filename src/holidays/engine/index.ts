/**
 * The holiday engine: date-holidays-parser 3.4.7 built with
 * ./moment-timezone.ts in place of moment-timezone and ./calendar-factory.ts
 * in place of its CalEventFactory (see scripts/holiday-engine-resolve.mjs).
 * Call {@link prepareHolidayData} with a country's data before creating an
 * instance from it.
 */
import HolidaysParser from 'date-holidays-parser';
import { loadCalendars } from './calendar-factory.ts';
import { addPackedZones } from './moment-timezone.ts';

/** Fields that scripts/build-holiday-data.mjs adds to a country's data for this engine. */
export interface EngineRequirements {
  /** Calendars the rules use besides Gregorian and Easter, as Parser's `fn` names. */
  calendars: string[];
  /** Every zone the rules can ask for, packed as moment-timezone 0.5.48 packs them. */
  timeZones: Record<string, string>;
}

/** Registers the zones of `data` and loads the calendars its rules use. */
export async function prepareHolidayData(data: EngineRequirements): Promise<void> {
  addPackedZones(data.timeZones);
  await loadCalendars(data.calendars);
}

export { HolidaysParser };
