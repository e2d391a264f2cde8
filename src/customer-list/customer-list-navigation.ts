import type { Customer } from '../core/records.ts';
import { CustomerListBase } from './customer-list-base.ts';
import { pagedMove, virtualTarget } from './keyboard.ts';
import { maxVirtualRows, type RowRange } from './row-window.ts';

/**
 * Keyboard, pointer and search-box input of `<customer-list>`: the grid
 * pattern of one tab stop among the rows, arrows, Page Up/Down, Home/End and
 * Ctrl+Home/End, in both paging modes.
 */
export abstract class CustomerListNavigation extends CustomerListBase {
  protected onRowsInView(range: RowRange): void {
    const { first, last } = range;
    if (first === this.visibleRows.first && last === this.visibleRows.last) return;
    this.visibleRows = { first, last };
    // The row with the tab stop may have scrolled out of the DOM; keep a tab stop in view.
    const inside = (this.renderRoot as ShadowRoot).activeElement?.closest('[data-index]');
    if (!inside && (this.activeIndex < first || this.activeIndex > last)) this.activeIndex = first;
  }

  /**
   * Moves the tab stop to a row and focuses it. In virtual mode the row is
   * scrolled into view first, which renders it at its fixed position.
   */
  protected async focusRow(index: number): Promise<void> {
    this.activeIndex = index;
    if (this.mode === 'virtual') this.rowWindow.scrollToRow(index);
    await this.updateComplete;
    if (this.activeIndex !== index) return;
    this.rowElement(index)?.focus({ preventScroll: this.mode === 'virtual' });
  }

  protected rowElement(index: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[role="row"][data-index="${index}"]`);
  }

  protected rowIndexOf(event: Event): number {
    const row = (event.target as Element).closest('[data-index]');
    return row ? Number(row.getAttribute('data-index')) : -1;
  }

  protected onSearchInput(event: InputEvent): void {
    this.searchDraft = (event.target as HTMLInputElement).value;
    this.searchDebouncer.schedule(this.searchDraft);
  }

  /**
   * Enter searches at once. Down Arrow also searches at once and moves focus
   * into the rows, to the row with the tab stop, as a combobox's list would.
   */
  protected onSearchKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      this.searchDebouncer.flush();
      return;
    }
    if (event.key !== 'ArrowDown' || event.altKey) return;
    const searchChanges =
      this.searchDebouncer.isPending && this.searchDraft !== (this.search ?? '');
    this.searchDebouncer.flush();
    if (searchChanges) {
      // The rows on screen belong to the previous search, so focus goes to the first new row.
      event.preventDefault();
      this.activeIndex = 0;
      if (this.mode === 'virtual') void this.focusRow(0);
      else this.pendingFocus = 'first';
      return;
    }
    const target = this.rowAt(this.activeIndex) ? this.activeIndex : 0;
    if (!this.rowAt(target)) return;
    event.preventDefault();
    void this.focusRow(target);
  }

  protected onRowFocus(event: FocusEvent): void {
    const index = this.rowIndexOf(event);
    if (index >= 0) this.activeIndex = index;
  }

  /** Returns the customer of a row index: on the page, or among all rows in virtual mode. */
  protected rowAt(index: number): Customer | undefined {
    if (this.mode === 'virtual') return this.virtualPages.row(index);
    return this.loaded?.rows[index];
  }

  protected onRowClick(event: MouseEvent): void {
    const index = this.rowIndexOf(event);
    const row = this.rowAt(index);
    if (!row) return;
    this.activeIndex = index;
    this.select(row);
  }

  protected onRowKeydown(event: KeyboardEvent): void {
    const index = this.rowIndexOf(event);
    if (index < 0) return;
    if (event.key === 'Enter' || event.key === ' ') {
      const row = this.rowAt(index);
      if (row) this.select(row);
    } else {
      const handled =
        this.mode === 'virtual'
          ? this.navigateVirtual(event, index)
          : this.navigatePaged(event, index);
      if (!handled) return;
    }
    event.preventDefault();
  }

  /** Applies a paged key (see {@link pagedMove}); returns whether the key navigates. */
  protected navigatePaged(event: KeyboardEvent, index: number): boolean {
    const loaded = this.loaded;
    if (!loaded) return false;
    const move = pagedMove(event, index, {
      page: this.page,
      summary: loaded.summary,
      rowCount: loaded.rows.length,
      hasNext: this.canGoNext(loaded),
    });
    if (!move) return false;
    if (move.kind === 'page') this.goToPage(move.page, move.focus);
    else if (move.kind === 'row') void this.focusRow(move.index);
    return true;
  }

  /** Applies a virtual key (see {@link virtualTarget}); returns whether the key navigates. */
  protected navigateVirtual(event: KeyboardEvent, index: number): boolean {
    const target = virtualTarget(event, index, {
      firstInView: this.visibleRows.first,
      lastInView: this.visibleRows.last,
      knownRows: Math.min(this.virtualPages.listExtent.known, maxVirtualRows),
    });
    if (target === undefined) return false;
    void this.focusRow(target);
    return true;
  }
}
