/**
 * Measuring helpers shared by the benchmark pages. Times follow the
 * benchmark contract: "until painted" ends at the second animation frame
 * after the DOM shows the expected content.
 */

/** One metric of a page's result, ours and each peer's value. */
export interface Metric {
  name: string;
  unit: 'ms' | 'nodes' | 'MB';
  lowerIsBetter: true;
  ours: number;
  peers: Record<string, number>;
}

export interface BenchmarkResult {
  title: string;
  metrics: Metric[];
}

declare global {
  interface Window {
    benchmark: { run(): Promise<BenchmarkResult> };
    gc?: () => void;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

export function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

export async function frames(count: number): Promise<void> {
  for (let frame = 0; frame < count; frame += 1) await nextFrame();
}

/** Resolves in a later task. Chromium clamps nested zero timeouts to 4 ms. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Times of one action in ms from its start, each a stricter reading of "painted". */
export interface PaintTiming {
  /** Until the DOM shows the expected content, polled after every task (about 4 ms apart). */
  shown: number;
  /**
   * Until the first animation frame after `shown` has run, plus one task, so
   * that frame's style, layout and paint are done.
   */
  nextFrame: number;
  /** Until the second animation frame after `shown`: the page's older, padded reading. */
  twoFrames: number;
}

/**
 * Polls `ready()` after every task until it is true, then times the next
 * animation frame and the one after it. The per-frame polling of
 * {@link untilPainted} rounds every time up to whole frames and adds two
 * more, which hides differences under 50 ms. Rejects after `timeoutMs`.
 */
export async function timePaint(
  start: number,
  ready: () => boolean,
  label: () => string = () => 'the content',
  timeoutMs = 30_000,
): Promise<PaintTiming> {
  while (!ready()) {
    if (performance.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${label()}`);
    await nextTask();
  }
  const shown = performance.now() - start;
  await nextFrame();
  await nextTask();
  const nextFrameTime = performance.now() - start;
  await nextFrame();
  return { shown, nextFrame: nextFrameTime, twoFrames: performance.now() - start };
}

/**
 * Polls once per animation frame until `ready()` is true, then waits two
 * more frames. Returns the milliseconds since `start`. Rejects after `timeoutMs`.
 */
export async function untilPainted(
  start: number,
  ready: () => boolean,
  label: () => string = () => 'the content',
  timeoutMs = 30_000,
): Promise<number> {
  while (!ready()) {
    if (performance.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${label()}`);
    await nextFrame();
  }
  await frames(2);
  return performance.now() - start;
}

/** Records the time between animation frames while `action` runs. */
export async function frameTimes(action: () => Promise<void>): Promise<number[]> {
  const deltas: number[] = [];
  let running = true;
  let last = performance.now();
  const tick = (now: number) => {
    deltas.push(now - last);
    last = now;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  await action();
  running = false;
  return deltas;
}

/** Returns the longest 'longtask' entry, in ms, observed while `action` runs (0 when none). */
export async function longestLongTask(action: () => Promise<void>): Promise<number> {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  await action();
  await frames(2);
  for (const entry of observer.takeRecords()) longest = Math.max(longest, entry.duration);
  observer.disconnect();
  return longest;
}

/** Returns the value at quantile `q` (0..1) of `values`, nearest rank. */
export function percentile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

/** Counts the nodes under `root`, descending into shadow roots. */
export function countNodes(root: Node): number {
  let count = 1;
  const shadow = (root as Element).shadowRoot;
  if (shadow) count += countNodes(shadow) - 1;
  for (const child of root.childNodes) count += countNodes(child);
  return count;
}

/** Used JS heap in MB after a forced garbage collection when `gc` is exposed. */
export async function heapMegabytes(): Promise<number> {
  window.gc?.();
  await frames(2);
  window.gc?.();
  const used = performance.memory?.usedJSHeapSize ?? Number.NaN;
  return used / (1024 * 1024);
}

/** A seeded pseudo-random generator (mulberry32), so every run jumps to the same positions. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Replaces `parent`'s content with a fresh container of a fixed size and returns it. */
export async function freshContainer(parent: HTMLElement): Promise<HTMLElement> {
  parent.replaceChildren();
  await frames(2);
  const container = document.createElement('div');
  container.className = 'bench-container';
  parent.append(container);
  return container;
}
