import { targetRowIndex, type PageSummary } from './list-query.ts';

/**
 * Keyboard navigation of the grid's rows, as pure functions of the key and
 * the rows known: the element moves the tab stop and focus to the result.
 */

/** The keys of a row event that navigation reads. */
export interface NavigationKey {
  key: string;
  ctrlKey: boolean;
}

/** Target of a key in paged mode: a row on this page, or another page and its row to focus. */
export type PagedMove =
  | { kind: 'row'; index: number }
  | { kind: 'page'; page: number; focus: 'first' | 'last' }
  | { kind: 'none' };

export interface PagedPosition {
  /** The requested page, which may still be loading. */
  page: number;
  summary: PageSummary;
  rowCount: number;
  /** Whether a next page exists, as the pager decides it. */
  hasNext: boolean;
}

/**
 * Returns the move of a paged key, or undefined for keys that do not
 * navigate. Arrows, Home and End move within the page. PageUp and PageDown
 * change the page (`none` at either end). Ctrl+Home goes to the first row of
 * page 1, and Ctrl+End to the last row of the last page once the page count
 * is known, else to the last row of this page.
 */
export function pagedMove(
  event: NavigationKey,
  index: number,
  position: PagedPosition,
): PagedMove | undefined {
  const { key } = event;
  if (event.ctrlKey && (key === 'Home' || key === 'End')) {
    if (key === 'Home') return { kind: 'page', page: 1, focus: 'first' };
    const pageCount = position.summary.pageCount;
    if (pageCount !== undefined) return { kind: 'page', page: pageCount, focus: 'last' };
    return { kind: 'row', index: position.rowCount - 1 };
  }
  if (key === 'PageDown' || key === 'PageUp') {
    const next = key === 'PageDown';
    const allowed = next ? position.hasNext : position.page > 1;
    if (!allowed) return { kind: 'none' };
    return { kind: 'page', page: position.page + (next ? 1 : -1), focus: 'first' };
  }
  const target = targetRowIndex(key, index, position.rowCount);
  return target < 0 ? undefined : { kind: 'row', index: target };
}

export interface VirtualPosition {
  /** 0-based indexes of the first and last rows in view. */
  firstInView: number;
  lastInView: number;
  /** Number of rows known to exist. */
  knownRows: number;
}

/**
 * Returns the row index a virtual key moves to, or undefined for keys that
 * do not navigate. Arrows move one row, PageUp and PageDown one screenful,
 * Home and End to the first and last rows in view. Ctrl+Home and Ctrl+End
 * go to the first and last rows of all the data. Without a count, the last
 * row is the last one loaded so far.
 */
export function virtualTarget(
  event: NavigationKey,
  index: number,
  position: VirtualPosition,
): number | undefined {
  const last = Math.max(0, position.knownRows - 1);
  const { firstInView, lastInView } = position;
  const screen = Math.max(1, lastInView - firstInView);
  let target: number;
  switch (event.key) {
    case 'ArrowDown':
      target = index + 1;
      break;
    case 'ArrowUp':
      target = index - 1;
      break;
    case 'PageDown':
      target = index + screen;
      break;
    case 'PageUp':
      target = index - screen;
      break;
    case 'Home':
      target = event.ctrlKey ? 0 : firstInView;
      break;
    case 'End':
      target = event.ctrlKey ? last : lastInView;
      break;
    default:
      return undefined;
  }
  return Math.min(Math.max(target, 0), last);
}
