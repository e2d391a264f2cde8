import { html, noChange, type TemplateResult } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { readPath } from '../core/path.ts';
import type { Customer } from '../core/records.ts';
import { enumColor, formatValue, isMissing } from '../format/format.ts';
import type { ColumnDefinition } from '../structure/schema.ts';
import { columnAlign, renderHeaderContent, type CellFormat } from './cells.ts';
import { ariaSortOf, type ListSort } from './list-query.ts';

/**
 * Rows of the virtual grid. Each row is positioned absolutely at its index
 * times the row height, which table rows do not allow, so the virtual grid is
 * made of ARIA roles on `div`s laid out with CSS grid columns.
 */

/** Returns the `grid-template-columns` value of the columns: their widths, else equal shares. */
export function gridColumnsOf(columns: ColumnDefinition[]): string {
  return columns.map((column) => column.width ?? 'minmax(0, 1fr)').join(' ');
}

/** Renders the header row of the virtual grid. */
export function renderVirtualHeader(
  columns: ColumnDefinition[],
  sort: ListSort | undefined,
  onSort: (field: string) => void,
): TemplateResult {
  const cells = columns.map(
    (column) =>
      html`<div
        role="columnheader"
        part="header-cell"
        class="vcell ${columnAlign(column)}"
        aria-sort=${ifDefined(column.sortable ? ariaSortOf(sort, column.path) : undefined)}
      >
        ${renderHeaderContent(column, sort, onSort)}
      </div>`,
  );
  return html`<div role="row" class="vrow header" aria-rowindex="1">${cells}</div>`;
}

/** Text, class and badge of one cell of a virtual row. */
interface CellView {
  className: string;
  text: string;
  /** Set for `enum` values: the text shows as a badge in this colour (or the default). */
  badge?: { color?: string };
}

/** Last cell views and placeholder text written to each row element. */
const writtenCells = new WeakMap<
  HTMLElement,
  { cells: readonly CellView[]; placeholder?: string }
>();

/**
 * Writes a row's cells with DOM calls instead of a template per cell, and
 * leaves them alone when the cell views are the ones of the last write.
 */
function writeRowCells(
  row: HTMLElement,
  cells: readonly CellView[],
  placeholder: string | undefined,
): void {
  const written = writtenCells.get(row);
  if (written && written.cells === cells && written.placeholder === placeholder) return;
  writtenCells.set(row, { cells, placeholder });
  while (row.children.length > cells.length) row.lastElementChild!.remove();
  cells.forEach((cell, index) => {
    let element = row.children[index] as HTMLElement | undefined;
    if (!element) {
      element = document.createElement('div');
      element.setAttribute('role', 'gridcell');
      row.append(element);
    }
    element.className = cell.className;
    element.setAttribute('part', placeholder === undefined ? 'cell' : 'cell placeholder-cell');
    if (placeholder !== undefined) {
      renderPlaceholderCell(element, index === 0 ? placeholder : undefined);
    } else if (cell.badge) {
      const badge = document.createElement('span');
      badge.className = 'badge';
      badge.setAttribute('part', 'badge');
      if (cell.badge.color) badge.style.setProperty('--_badge-color', cell.badge.color);
      badge.textContent = cell.text;
      element.replaceChildren(badge);
    } else {
      element.textContent = cell.text;
    }
  });
}

/** Sets an attribute only when its value changes, so unchanged rows cause no style work. */
function setAttributeIfChanged(element: HTMLElement, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/** Rendered range of the virtual grid and how to read each of its rows. */
export interface VirtualRowsSpec {
  first: number;
  /** Last rendered index; `first - 1` renders no row. */
  last: number;
  columns: ColumnDefinition[];
  rowAt: (index: number) => Customer | undefined;
  isSelected: (row: Customer, index: number) => boolean;
  /** Index of the row with the grid's single tab stop. */
  active: number;
  format: CellFormat;
  /** Accessible text of a row whose page is loading. */
  loadingLabel: string;
}

/**
 * Keeps the rows of the virtual grid as children of the scroll box, after
 * its sizer, in index order. A row keeps its element, and so its focus,
 * while its index stays in the rendered range. Rows are managed with DOM
 * calls rather than Lit's keyed `repeat`: lit-html 3.3.1 and later leave
 * one comment node behind for every item that `repeat` removes, which grew
 * the DOM by a row's worth of comments on every scroll jump.
 */
class VirtualRowsDirective extends Directive {
  private readonly rows = new Map<number, HTMLElement>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) {
      throw new Error('virtualRows() belongs on the scroll box element');
    }
  }

  render(_spec: VirtualRowsSpec): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [spec]: [VirtualRowsSpec]) {
    const body = part.element as HTMLElement;
    const indexes = renderedIndexes(spec);
    const kept = new Set(indexes);
    for (const [index, row] of this.rows) {
      if (!kept.has(index)) {
        row.remove();
        this.rows.delete(index);
      }
    }
    // Rows follow the sizer, the scroll box's first element child.
    let previous: Element | null = body.firstElementChild;
    for (const index of indexes) {
      let row = this.rows.get(index);
      if (!row) {
        row = document.createElement('div');
        row.setAttribute('role', 'row');
        row.className = 'vrow';
        row.dataset.index = String(index);
        row.setAttribute('aria-rowindex', String(index + 2));
        row.style.setProperty('--_index', String(index));
        this.rows.set(index, row);
      }
      this.writeRow(row, index, spec);
      const next: ChildNode | null = previous ? previous.nextSibling : body.firstChild;
      if (next !== row) body.insertBefore(row, next);
      previous = row;
    }
    return noChange;
  }

  private writeRow(row: HTMLElement, index: number, spec: VirtualRowsSpec): void {
    const customer = spec.rowAt(index);
    setAttributeIfChanged(row, 'part', customer ? 'row' : 'row placeholder');
    setAttributeIfChanged(
      row,
      'aria-selected',
      customer && spec.isSelected(customer, index) ? 'true' : 'false',
    );
    setAttributeIfChanged(row, 'aria-busy', customer ? 'false' : 'true');
    setAttributeIfChanged(row, 'tabindex', index === spec.active ? '0' : '-1');
    const cells = customer
      ? cellViewsOf(customer, spec.columns, spec.format)
      : placeholderViewsOf(spec.columns);
    writeRowCells(row, cells, customer ? undefined : spec.loadingLabel);
  }
}

/**
 * Returns the row indexes to keep in the DOM, in order: the rendered range,
 * plus the row with the tab stop when it lies outside. Scrolling away then
 * neither removes the focused row nor leaves the grid without a tab stop.
 */
export function renderedIndexes(
  spec: Pick<VirtualRowsSpec, 'first' | 'last' | 'active'>,
): number[] {
  const indexes: number[] = [];
  const { first, last, active } = spec;
  const activeOutside = active >= 0 && (active < first || active > last);
  if (activeOutside && active < first) indexes.push(active);
  for (let index = first; index <= last; index += 1) indexes.push(index);
  if (activeOutside && active > last) indexes.push(active);
  return indexes;
}

/** Renders the virtual grid's rows into the scroll box it is placed on. */
export const virtualRows = directive(VirtualRowsDirective);

function renderPlaceholderCell(element: HTMLElement, label: string | undefined): void {
  const skeleton = document.createElement('span');
  skeleton.className = 'skeleton';
  skeleton.setAttribute('aria-hidden', 'true');
  if (label === undefined) {
    element.replaceChildren(skeleton);
    return;
  }
  const hidden = document.createElement('span');
  hidden.className = 'visually-hidden';
  hidden.textContent = label;
  element.replaceChildren(skeleton, hidden);
}

/** Cell views of each loaded row, kept while the columns and the format stay the same. */
const cellViewCache = new WeakMap<
  Customer,
  { columns: ColumnDefinition[]; format: CellFormat; cells: readonly CellView[] }
>();

/** Returns the cell views of a row, from the cache when the columns and format are the same. */
function cellViewsOf(
  row: Customer,
  columns: ColumnDefinition[],
  format: CellFormat,
): readonly CellView[] {
  const cached = cellViewCache.get(row);
  if (cached && cached.columns === columns && sameFormat(cached.format, format)) {
    return cached.cells;
  }
  const cells = columns.map((column) => cellView(row, column, format));
  cellViewCache.set(row, { columns, format, cells });
  return cells;
}

function sameFormat(a: CellFormat, b: CellFormat): boolean {
  return a.locale === b.locale && a.currency === b.currency && a.timeZone === b.timeZone;
}

/** Cell views of a placeholder row, one empty cell per column. */
const placeholderCache = new WeakMap<ColumnDefinition[], readonly CellView[]>();

function placeholderViewsOf(columns: ColumnDefinition[]): readonly CellView[] {
  let cells = placeholderCache.get(columns);
  if (!cells) {
    cells = columns.map(() => ({ className: 'vcell', text: '' }));
    placeholderCache.set(columns, cells);
  }
  return cells;
}

function cellView(row: Customer, column: ColumnDefinition, format: CellFormat): CellView {
  const value = readPath(row, column.path);
  const text = formatValue(value, column.format, { ...format, options: column.options });
  const className = `vcell ${columnAlign(column)}`;
  if (column.format === 'enum' && !isMissing(value)) {
    return { className, text, badge: { color: enumColor(value, column.options) } };
  }
  return { className, text };
}
