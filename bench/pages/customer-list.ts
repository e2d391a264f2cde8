/**
 * `<customer-list mode="virtual">`, `@vaadin/grid` and `ag-grid-community`
 * over the same 100,000 customers, measured one after the other in one page.
 */
import '../../src/customer-list/define.ts';
import type { CustomerList } from '../../src/customer-list/define.ts';
import { createEmbeddedProvider } from '../../src/data/embedded-provider.ts';
import {
  createArrayCustomerProvider,
  createScaledProvider,
  type ScaledCustomer,
} from '../../src/data/scaled-customers.ts';
import {
  agGridAdapter,
  oursAdapter,
  vaadinAdapter,
  type GridAdapter,
} from './customer-list-grids.ts';
import {
  countNodes,
  frames,
  frameTimes,
  freshContainer,
  heapMegabytes,
  longestLongTask,
  percentile,
  seededRandom,
  timePaint,
  untilPainted,
  type Metric,
} from '../support/measure.ts';

/** Substring of the filter measurement; it must not match the first customer. */
const filterText = 'silva';
const jumps = 50;

async function loadCustomers(): Promise<ScaledCustomer[]> {
  const base = await createEmbeddedProvider({ latencyMs: 0 });
  return (await createScaledProvider(base, { size: 100_000 })).customers as ScaledCustomer[];
}

interface GridNumbers {
  firstShown: number;
  firstPaint: number;
  firstTwoFrames: number;
  frameP50: number;
  frameP95: number;
  sortShown: number;
  sort: number;
  sortTwoFrames: number;
  filterShown: number;
  filter: number;
  filterTwoFrames: number;
  heap: number;
  nodes: number;
  longTask: number;
}

async function jumpAround(adapter: GridAdapter, seed: number, count: number): Promise<void> {
  const random = seededRandom(seed);
  const scroller = adapter.scroller();
  for (let jump = 0; jump < count; jump += 1) {
    scroller.scrollTop = Math.floor(random() * (scroller.scrollHeight - scroller.clientHeight));
    await frames(2);
  }
}

async function measure(
  adapter: GridAdapter,
  stage: HTMLElement,
  customers: ScaledCustomer[],
): Promise<GridNumbers> {
  const container = await freshContainer(stage);
  const firstName = customers[0].name;

  performance.mark(`${adapter.name}:mount`);
  let start = performance.now();
  await adapter.mount(container, customers);
  const seen = () =>
    `${adapter.name}: first visible name "${adapter.firstVisibleName()}" at scrollTop ${adapter.scroller().scrollTop} ${[
      ...adapter.scroller().querySelectorAll<HTMLElement>('[data-index]'),
    ]
      .slice(0, 3)
      .map((r) => `${r.dataset.index}:${r.style.transform}:${r.getBoundingClientRect().top}`)
      .join(
        ',',
      )} box ${adapter.scroller().getBoundingClientRect().top} ${adapter.scroller().getBoundingClientRect().height}`;
  const first = await timePaint(
    start,
    () => adapter.firstVisibleName() === firstName,
    () => `first rows (${firstName}); ${seen()}`,
  );
  const heap = await heapMegabytes();

  performance.mark(`${adapter.name}:jumps`);
  const deltas = await frameTimes(() => jumpAround(adapter, 42, jumps));
  const nodes = countNodes(adapter.root());
  await untilPainted(
    performance.now(),
    () => {
      // Virtual lists may correct the position after a jump, so this repeats until it holds.
      if (adapter.scroller().scrollTop !== 0) adapter.scroller().scrollTop = 0;
      return adapter.firstVisibleName() === firstName;
    },
    () => `the top again; ${seen()}`,
  );

  performance.mark(`${adapter.name}:sort`);
  start = performance.now();
  adapter.sortByName();
  const sort = await timePaint(
    start,
    () => {
      const name = adapter.firstVisibleName();
      return Boolean(name) && name !== firstName;
    },
    () => `the sorted rows; ${seen()}`,
  );
  performance.mark(`${adapter.name}:scroll-after-sort`);
  const longTask = await longestLongTask(() => jumpAround(adapter, 7, 20));

  adapter.scroller().scrollTop = 0;
  await frames(2);
  const before = adapter.firstVisibleName();
  performance.mark(`${adapter.name}:filter`);
  start = performance.now();
  adapter.filterName(filterText);
  const filter = await timePaint(
    start,
    () => {
      const name = adapter.firstVisibleName() ?? '';
      return name !== before && name.toLowerCase().includes(filterText);
    },
    () => `the filtered rows; ${seen()}`,
  );

  performance.mark(`${adapter.name}:unmount`);
  adapter.unmount();
  return {
    firstShown: first.shown,
    firstPaint: first.nextFrame,
    firstTwoFrames: first.twoFrames,
    frameP50: percentile(deltas.slice(1), 0.5),
    frameP95: percentile(deltas.slice(1), 0.95),
    sortShown: sort.shown,
    sort: sort.nextFrame,
    sortTwoFrames: sort.twoFrames,
    filterShown: filter.shown,
    filter: filter.nextFrame,
    filterTwoFrames: filter.twoFrames,
    heap,
    nodes,
    longTask,
  };
}

function metric(
  name: string,
  unit: Metric['unit'],
  key: keyof GridNumbers,
  ours: GridNumbers,
  peers: Record<string, GridNumbers>,
): Metric {
  const values = Object.fromEntries(Object.entries(peers).map(([peer, n]) => [peer, n[key]]));
  return { name, unit, lowerIsBetter: true, ours: ours[key], peers: values };
}

async function run() {
  const stage = document.getElementById('stage')!;
  const customers = await loadCustomers();
  await heapMegabytes();
  const ours = await measure(oursAdapter(createArrayCustomerProvider), stage, customers);
  // `?only=ours` skips the peers, for profiling <customer-list> alone.
  const onlyOurs = new URLSearchParams(location.search).get('only') === 'ours';
  const peers: Record<string, GridNumbers> = {};
  if (!onlyOurs) {
    peers['@vaadin/grid'] = await measure(vaadinAdapter(), stage, customers);
    peers['ag-grid-community'] = await measure(agGridAdapter(), stage, customers);
  }
  return {
    title: 'customer-list, 100,000 rows',
    metrics: [
      metric('first rows in DOM', 'ms', 'firstShown', ours, peers),
      metric('first rows painted (next frame)', 'ms', 'firstPaint', ours, peers),
      metric('first rows, second frame after', 'ms', 'firstTwoFrames', ours, peers),
      metric('frame time p50, 50 jumps', 'ms', 'frameP50', ours, peers),
      metric('frame time p95, 50 jumps', 'ms', 'frameP95', ours, peers),
      metric('sort by name, rows in DOM', 'ms', 'sortShown', ours, peers),
      metric('sort by name until painted (next frame)', 'ms', 'sort', ours, peers),
      metric('sort by name, second frame after', 'ms', 'sortTwoFrames', ours, peers),
      metric(`filter "${filterText}", rows in DOM`, 'ms', 'filterShown', ours, peers),
      metric(`filter "${filterText}" until painted (next frame)`, 'ms', 'filter', ours, peers),
      metric(`filter "${filterText}", second frame after`, 'ms', 'filterTwoFrames', ours, peers),
      metric('JS heap after load', 'MB', 'heap', ours, peers),
      metric('DOM nodes in the grid', 'nodes', 'nodes', ours, peers),
      metric('longest long task, scrolling after sort', 'ms', 'longTask', ours, peers),
    ],
  };
}

window.benchmark = { run };

export type { CustomerList };
