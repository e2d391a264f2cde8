/**
 * Calendar dates as `YYYY-MM-DD` strings (a due date, an issue date: a day
 * with no time and no zone), and instants seen from a time zone.
 * A calendar date never goes through `new Date(string)`, which would read it
 * as UTC midnight and show the previous day west of Greenwich.
 */
export * from './civil-date.ts';
export * from './time-zone.ts';
export * from './localized-date.ts';
