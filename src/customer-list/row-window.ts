import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The window of a virtual list with rows of one fixed height: which rows are
 * in view for the scroll position, and which are rendered around them. Row
 * positions and the scroll height come from CSS (`--_row-height` times the
 * row index or count), so rows are never measured one by one. The controller
 * reads the row height in pixels from the size of the sizer element.
 */

/**
 * Rows a virtual list shows at most. The sizer is one element as tall as
 * every row together, and Chromium's layout units stop at about 33.5 million
 * px, so 400,000 rows stay reachable with rows up to 83 px tall. A longer
 * list shows its first 400,000 rows, and its count line names that limit.
 */
export const maxVirtualRows = 400_000;

/** 0-based indexes of the first and last rows in view. */
export interface RowRange {
  first: number;
  last: number;
}

/** Rows rendered above and below the ones in view, so a short scroll finds them laid out. */
export const overscanRows = 4;

/** Row height in pixels until the first layout reports it: the default 2.5rem at 16px. */
const fallbackRowHeight = 40;

/** Viewport height in pixels until the first layout reports it: the default 28rem at 16px. */
const fallbackViewportHeight = 448;

/** Returns the rows in view of a scroll box, kept inside `0..rowCount - 1`. */
export function rowsInView(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  rowCount: number,
): RowRange {
  if (rowCount <= 0 || rowHeight <= 0) return { first: 0, last: 0 };
  const first = clamp(Math.floor(scrollTop / rowHeight), 0, rowCount - 1);
  const bottom = Math.ceil((scrollTop + viewportHeight) / rowHeight) - 1;
  return { first, last: clamp(bottom, first, rowCount - 1) };
}

/** Returns the rows to render for the rows in view: `overscanRows` more on each side. */
export function renderedRange(inView: RowRange, rowCount: number): RowRange {
  if (rowCount <= 0) return { first: 0, last: -1 };
  return {
    first: Math.max(0, inView.first - overscanRows),
    last: Math.min(rowCount - 1, inView.last + overscanRows),
  };
}

/**
 * Tracks the scroll box and sizer of a virtual list and reports the rows in
 * view on scroll and resize, including when the list is shown after being
 * hidden. Attach the elements with `ref(window.attachScroller)` and
 * `ref(window.attachSizer)`.
 */
export class RowWindow implements ReactiveController {
  private scroller?: HTMLElement;
  private sizer?: HTMLElement;
  private resizeObserver?: ResizeObserver;
  private rowHeight = fallbackRowHeight;
  private viewportHeight = fallbackViewportHeight;
  private rowCount = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly onRange: (range: RowRange) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const element of [this.scroller, this.sizer]) {
      if (element) this.observer().observe(element);
    }
  }

  hostDisconnected(): void {
    this.resizeObserver?.disconnect();
  }

  /** Sets the number of rows, which bounds the reported range. */
  setRowCount(count: number): void {
    this.rowCount = count;
  }

  /** Returns the rows in view for the current scroll position. */
  inView(): RowRange {
    const scrollTop = this.scroller?.scrollTop ?? 0;
    return rowsInView(scrollTop, this.viewportHeight, this.rowHeight, this.rowCount);
  }

  readonly attachScroller = (element?: Element): void => {
    if (element === this.scroller) return;
    if (this.scroller) {
      this.scroller.removeEventListener('scroll', this.report);
      this.resizeObserver?.unobserve(this.scroller);
    }
    this.scroller = element as HTMLElement | undefined;
    if (!this.scroller) return;
    this.scroller.addEventListener('scroll', this.report, { passive: true });
    // The first resize notification of a new element reports the range.
    this.observer().observe(this.scroller);
  };

  readonly attachSizer = (element?: Element): void => {
    if (element === this.sizer) return;
    if (this.sizer) this.resizeObserver?.unobserve(this.sizer);
    this.sizer = element as HTMLElement | undefined;
    if (this.sizer) this.observer().observe(this.sizer);
  };

  /** Scrolls the least distance that shows the whole row, then reports the new range. */
  scrollToRow(index: number): void {
    const scroller = this.scroller;
    if (!scroller) return;
    this.viewportHeight = scroller.clientHeight;
    const top = index * this.rowHeight;
    const bottom = top + this.rowHeight;
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (bottom > scroller.scrollTop + this.viewportHeight) {
      scroller.scrollTop = bottom - this.viewportHeight;
    }
    this.report();
  }

  /** Scrolls back to the first row, such as after the sort or the search changed. */
  scrollToTop(): void {
    if (this.scroller) this.scroller.scrollTop = 0;
  }

  private readonly report = (): void => {
    this.onRange(this.inView());
  };

  private observer(): ResizeObserver {
    this.resizeObserver ??= new ResizeObserver((entries) => {
      for (const entry of entries) {
        const height = entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height;
        if (entry.target === this.scroller) {
          // A hidden list reports 0; the last known height keeps its range until it shows again.
          if (height > 0) this.viewportHeight = this.scroller.clientHeight;
        } else if (entry.target === this.sizer && height > 0 && this.rowCount > 0) {
          this.rowHeight = height / this.rowCount;
        }
      }
      this.report();
    });
    return this.resizeObserver;
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
