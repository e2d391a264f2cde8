/**
 * Replaces date-holidays-parser 3.4.7's CalEventFactory.js, which imports
 * every calendar statically. Gregorian dates and Easter are built in, and the
 * other calendars (julian, hebrew, islamic, jalaali, equinox, chinese,
 * korean, vietnamese, bengali-revised) weigh up to 20 KB min+gzip each
 * (astronomia, lookup tables), so {@link loadCalendars} imports only those a
 * country's rules use before the engine evaluates them.
 *
 * The build resolves `date-holidays-parser/src/*` to the package's own files
 * (scripts/holiday-engine-resolve.mjs); the package's `exports` map hides them.
 */
import CalEvent from 'date-holidays-parser/src/CalEvent.js';
import Easter from 'date-holidays-parser/src/Easter.js';

/** Rule options from date-holidays-parser's Parser, where `fn` names the calendar. */
interface CalendarRule {
  fn: string;
}

type CalendarEvent = InstanceType<typeof CalEvent>;
type CalendarClass = new (rule: CalendarRule) => CalendarEvent;

type CalendarLoader = () => Promise<{ default: CalendarClass }>;

const loadChinese: CalendarLoader = () => import('date-holidays-parser/src/Chinese.js');

/** Every calendar that loads on demand, by the `fn` name Parser gives its rules. */
const loaders: Record<string, CalendarLoader> = {
  julian: () => import('date-holidays-parser/src/Julian.js'),
  hebrew: () => import('date-holidays-parser/src/Hebrew.js'),
  islamic: () => import('date-holidays-parser/src/Hijri.js'),
  jalaali: () => import('date-holidays-parser/src/Jalaali.js'),
  equinox: () => import('date-holidays-parser/src/Equinox.js'),
  chinese: loadChinese,
  korean: loadChinese,
  vietnamese: loadChinese,
  'bengali-revised': () => import('date-holidays-parser/src/BengaliRevised.js'),
};

const builtIn: Record<string, CalendarClass> = { easter: Easter, gregorian: CalEvent };
const loaded = new Map<string, CalendarClass>();

/**
 * Loads the calendars named by `fns` (Parser's `fn` values, such as
 * `julian`). Rejects with an Error naming an unknown calendar.
 */
export async function loadCalendars(fns: readonly string[]): Promise<void> {
  await Promise.all(
    fns.map(async (fn) => {
      if (Object.hasOwn(builtIn, fn) || loaded.has(fn)) return;
      if (!Object.hasOwn(loaders, fn)) throw new Error(`Unknown holiday calendar "${fn}".`);
      loaded.set(fn, (await loaders[fn]()).default);
    }),
  );
}

/**
 * The factory the engine calls for each rule: like the original, `new
 * CalEventFactory(rule)` returns the calendar event itself. Throws when the
 * rule's calendar was not loaded, instead of computing a wrong date.
 */
export default class CalEventFactory {
  constructor(rule: CalendarRule) {
    if (Object.hasOwn(builtIn, rule.fn)) return new builtIn[rule.fn](rule);
    const Calendar = loaded.get(rule.fn);
    if (Calendar) return new Calendar(rule);
    if (Object.hasOwn(loaders, rule.fn)) {
      throw new Error(`Holiday calendar "${rule.fn}" is not loaded: call loadCalendars first.`);
    }
    // The original factory treats any other `fn` as a Gregorian date.
    return new CalEvent(rule);
  }
}
