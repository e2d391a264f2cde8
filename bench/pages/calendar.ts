// Month view benchmark: <history-timeline view="calendar"> against
// FullCalendar 7's dayGridMonth, in the same page load. 5,000 events spread
// over 2026; the month shown contains about 420 of them. Follows the benchmark
// contract: `window.benchmark.run()` resolves to { title, metrics }.
// calendar.html shows holidays in both calendars, and calendar-no-holidays.html
// (`<meta name="benchmark-holidays" content="off">`) in neither.
import { Calendar, type EventInput } from 'fullcalendar';
import dayGridPlugin from 'fullcalendar/daygrid';
import classicThemePlugin from 'fullcalendar/themes/classic';
import 'fullcalendar/skeleton.css';
import 'fullcalendar/themes/classic/theme.css';
import 'fullcalendar/themes/classic/palette.css';
import '../../src/history-timeline/define.ts';
import type { HistoryTimeline } from '../../src/history-timeline/history-timeline.ts';
import { fixedClock } from '../../src/core/clock.ts';
import type { DataProvider, GetListParams } from '../../src/core/provider.ts';
import type { HistoryEvent } from '../../src/core/records.ts';
import { defaultStructure } from '../../src/structure/default-structure.ts';
import { loadHolidayCalendar, type Holiday } from '../../src/holidays/holiday-calendar.ts';
import {
  freshContainer,
  seededRandom,
  timePaint,
  type BenchmarkResult,
  type Metric,
  type PaintTiming,
} from '../support/measure.ts';

const eventCount = 5000;
const year = 2026;
const firstMonth = '2026-05';
const navigations = 6;
const timeZone = 'America/Sao_Paulo';
const customerId = '1';
const clock = fixedClock(`${year}-06-15T15:00:00Z`);
const withHolidays =
  document.querySelector<HTMLMetaElement>('meta[name="benchmark-holidays"]')?.content !== 'off';
const structure = {
  ...defaultStructure,
  locale: 'pt-BR',
  timeZone,
  holidays: withHolidays ? defaultStructure.holidays : undefined,
};
const kinds = ['payment', 'contact', 'task', 'note'];
const titles = ['Ligação', 'Pagamento recebido', 'Promessa de pagamento', 'Nota', 'E-mail enviado'];

/** 5,000 events between 08:00 and 19:00 in São Paulo, oldest first. */
function makeEvents(): HistoryEvent[] {
  const next = seededRandom(42);
  const start = Date.UTC(year, 0, 1, 11);
  const days = 365;
  const now = clock.now().getTime();
  const events: HistoryEvent[] = [];
  for (let index = 0; index < eventCount; index++) {
    const time =
      start + Math.floor(next() * days) * 86_400_000 + Math.floor(next() * 11 * 3_600_000);
    events.push({
      id: `e${index}`,
      customerId,
      kind: kinds[Math.floor(next() * kinds.length)],
      title: titles[Math.floor(next() * titles.length)],
      at: new Date(time).toISOString(),
      status: time > now ? 'upcoming' : 'done',
      agentId: `agent-${1 + Math.floor(next() * 5)}`,
    });
  }
  // ISO instants in UTC sort as text.
  return events.sort((a, b) => a.at.localeCompare(b.at));
}

const events = makeEvents();

/**
 * Creates an in-memory provider with no latency that filters, sorts newest
 * first and pages. The filtered range is kept between pages, as a database index would
 * serve them, so the provider's own cost stays out of the element's time.
 */
function memoryProvider(): DataProvider {
  const unsupported = () => Promise.reject(new Error('Not supported by the benchmark provider'));
  let lastRange = '';
  let matching: HistoryEvent[] = [];
  return {
    async getList<T>(resource: string, params: GetListParams) {
      if (resource === 'agents') {
        const agents = [1, 2, 3, 4, 5].map((n) => ({ id: `agent-${n}`, name: `Agente ${n}` }));
        return { data: agents as T[], total: agents.length };
      }
      const filter = params.filter ?? {};
      const from = String(filter.from);
      const to = String(filter.to);
      if (`${from} ${to}` !== lastRange) {
        lastRange = `${from} ${to}`;
        matching = events.filter((event) => event.at >= from && event.at < to).reverse();
      }
      const { page, perPage } = params.pagination;
      const data = matching.slice((page - 1) * perPage, page * perPage);
      return { data: data as T[], total: matching.length };
    },
    getOne: unsupported,
    update: unsupported,
    create: unsupported,
  };
}

const stage = document.getElementById('stage')!;

/**
 * Returns a fresh container after collecting the garbage of the previous
 * measurement when the browser exposes `gc` (`--js-flags=--expose-gc`), so
 * that neither library pays for the other's garbage.
 */
async function settledContainer(): Promise<HTMLElement> {
  stage.replaceChildren();
  window.gc?.();
  return freshContainer(stage);
}

function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1 + by, 1));
  return date.toISOString().slice(0, 7);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

interface Timings {
  firstRender: PaintTiming;
  /** Median of each reading over the navigations. */
  navigation: PaintTiming;
}

/** Returns the median of each reading of several timings. */
function medianTiming(timings: PaintTiming[]): PaintTiming {
  return {
    shown: median(timings.map((timing) => timing.shown)),
    nextFrame: median(timings.map((timing) => timing.nextFrame)),
    twoFrames: median(timings.map((timing) => timing.twoFrames)),
  };
}

/**
 * True when the cell of `month`'s 15th shows at least one event and every
 * holiday of `month` shows its name, because FullCalendar receives both at once.
 */
function ourMonthShown(element: HistoryTimeline, month: string, holidays: Holiday[]): boolean {
  const root = element.shadowRoot;
  if (root?.querySelector(`td[data-date="${month}-15"] .day-event`) == null) return false;
  return holidays
    .filter((holiday) => holiday.date.startsWith(month))
    .every((holiday) => root.querySelector(`td[data-date="${holiday.date}"] .holiday`) != null);
}

async function measureOurs(holidays: Holiday[]): Promise<Timings> {
  const container = await settledContainer();
  const started = performance.now();
  const element = document.createElement('history-timeline') as HistoryTimeline;
  element.provider = memoryProvider();
  element.structure = structure;
  element.clock = clock;
  element.customerId = customerId;
  element.view = 'calendar';
  element.month = firstMonth;
  container.append(element);
  const firstRender = await timePaint(started, () => ourMonthShown(element, firstMonth, holidays));
  performance.measure('history-timeline first month', {
    start: started,
    duration: firstRender.nextFrame,
  });

  const times: PaintTiming[] = [];
  const next = element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="nav-button"]')[1];
  let month = firstMonth;
  for (let step = 0; step < navigations; step++) {
    month = shiftMonth(month, 1);
    const target = month;
    const start = performance.now();
    next.click();
    times.push(await timePaint(start, () => ourMonthShown(element, target, holidays)));
  }
  return { firstRender, navigation: medianTiming(times) };
}

function fullCalendarEvents(holidays: Holiday[]): EventInput[] {
  const input: EventInput[] = events.map((event) => ({
    id: String(event.id),
    title: event.title,
    start: event.at,
  }));
  for (const holiday of holidays) {
    input.push({ title: holiday.name, start: holiday.date, allDay: true, display: 'background' });
  }
  return input;
}

function peerMonthShown(container: HTMLElement, month: string): boolean {
  const cell = container.querySelector(`[data-date="${month}-15"]`);
  return cell?.querySelector('[role="listitem"]') != null;
}

async function measureFullCalendar(holidays: Holiday[]): Promise<Timings> {
  const container = await settledContainer();
  const input = fullCalendarEvents(holidays);
  const started = performance.now();
  const calendar = new Calendar(container, {
    plugins: [dayGridPlugin, classicThemePlugin],
    initialView: 'dayGridMonth',
    initialDate: `${firstMonth}-01`,
    timeZone,
    locale: 'pt-br',
    dayMaxEvents: 3,
    events: input,
  });
  calendar.render();
  const firstRender = await timePaint(started, () => peerMonthShown(container, firstMonth));
  performance.measure('fullcalendar first month', {
    start: started,
    duration: firstRender.nextFrame,
  });

  const times: PaintTiming[] = [];
  let month = firstMonth;
  for (let step = 0; step < navigations; step++) {
    month = shiftMonth(month, 1);
    const target = month;
    const start = performance.now();
    calendar.next();
    times.push(await timePaint(start, () => peerMonthShown(container, target)));
  }
  calendar.destroy();
  return { firstRender, navigation: medianTiming(times) };
}

/**
 * Loads the holiday calendar before timing, so neither library pays for
 * date-holidays' first load: the element finds the calendar cached, and
 * FullCalendar gets the year's holidays as background events.
 */
async function loadHolidays(): Promise<Holiday[]> {
  if (!structure.holidays) return [];
  const started = performance.now();
  const calendar = await loadHolidayCalendar({ ...structure.holidays, language: 'pt' });
  const holidays = calendar.holidaysInRange(`${year}-01-01`, `${year}-12-31`);
  // Not a metric: FullCalendar has no holiday engine to compare with.
  performance.measure('holiday calendar loaded', { start: started, end: performance.now() });
  return holidays;
}

/** Builds one metric per reading of an action: in the DOM, painted, and the second frame after. */
function timingMetrics(action: string, ours: PaintTiming, peer: PaintTiming): Metric[] {
  const readings: [string, keyof PaintTiming][] = [
    ['in DOM', 'shown'],
    ['painted (next frame)', 'nextFrame'],
    ['second frame after', 'twoFrames'],
  ];
  return readings.map(([label, key]) => ({
    name: `${action}, ${label}`,
    unit: 'ms',
    lowerIsBetter: true,
    ours: ours[key],
    peers: { fullcalendar: peer[key] },
  }));
}

async function run(): Promise<BenchmarkResult> {
  const holidays = await loadHolidays();
  const inMonth = events.filter((event) => event.at.startsWith(firstMonth)).length;

  const fullCalendar = await measureFullCalendar(holidays);
  const ours = await measureOurs(holidays);
  stage.replaceChildren();

  return {
    title:
      `history-timeline calendar, ${eventCount.toLocaleString('en')} events in a year ` +
      `(${inMonth} in the first month), ${withHolidays ? 'with' : 'without'} holidays`,
    metrics: [
      ...timingMetrics('first month', ours.firstRender, fullCalendar.firstRender),
      ...timingMetrics(
        `month navigation (median of ${navigations})`,
        ours.navigation,
        fullCalendar.navigation,
      ),
    ],
  };
}

window.benchmark = { run };
