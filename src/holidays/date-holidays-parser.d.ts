// date-holidays-parser 3.4.7 ships types/index.d.ts, but its package.json
// `exports` map has no `types` condition, so TypeScript's Bundler resolution
// cannot find them. Its default export is the class that date-holidays'
// `Holidays` extends, with the rules (`data`) as an extra first argument.
declare module 'date-holidays-parser' {
  import type Holidays from 'date-holidays';
  import type { HolidaysTypes } from 'date-holidays';

  interface HolidaysParser {
    new (data: object, country: string, options?: HolidaysTypes.Options): Holidays;
    new (data: object, country: string, state: string, options?: HolidaysTypes.Options): Holidays;
    new (
      data: object,
      country: string,
      state: string,
      region: string,
      options?: HolidaysTypes.Options,
    ): Holidays;
  }

  const HolidaysParser: HolidaysParser;
  export default HolidaysParser;
}

// The engine's calendar factory imports the parser's calendar classes, which
// scripts/holiday-engine-resolve.mjs resolves to date-holidays-parser/src.
// Each default export is a calendar event class: `new (rule).inYear(year)`.
declare module 'date-holidays-parser/src/*' {
  class CalendarEvent {
    constructor(rule: object);
    inYear(year: number): this;
  }
  export default CalendarEvent;
}
