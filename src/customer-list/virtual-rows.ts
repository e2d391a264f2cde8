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

export interface VirtualRowState {
  /** 0-based index among all rows. */
  index: number;
  selected: boolean;
  /** Whether the row has the grid's single tab stop. */
  active: boolean;
  format: CellFormat;
  /** Accessible text of a row whose page is loading. */
  loadingLabel: string;
}

/** Text, class and badge of one cell of a virtual row. */
interface CellView {
  className: string;
  text: string;
  /** Set for `enum` values: the text shows as a badge in this colour (or the default). */
  badge?: { color?: string };
}

/**
 * Builds a row's cells with DOM calls instead of a template per cell. Lit
 * marks every child template with a comment node, and with about 60 rows
 * rendered those markers alone would be some 300 nodes. The directive also
 * sets the row's `--_index`, which positions it, and leaves the DOM alone
 * when the index and the cell views are the ones of the last render.
 */
class RowCellsDirective extends Directive {
  private index?: number;
  private cells?: readonly CellView[];
  private placeholder?: string;

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT)
      throw new Error('rowCells() belongs on the row element');
  }

  render(_index: number, _cells: readonly CellView[], _placeholder?: string): typeof noChange {
    return noChange;
  }

  override update(
    part: ElementPart,
    [index, cells, placeholder]: [number, readonly CellView[], string?],
  ) {
    const row = part.element as HTMLElement;
    if (index !== this.index) {
      row.style.setProperty('--_index', String(index));
      this.index = index;
    }
    if (cells === this.cells && placeholder === this.placeholder) return noChange;
    this.cells = cells;
    this.placeholder = placeholder;
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
    return noChange;
  }
}

const rowCells = directive(RowCellsDirective);

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

/** Renders a data row, or a placeholder row while `row` is not loaded. */
export function renderVirtualRow(
  row: Customer | undefined,
  columns: ColumnDefinition[],
  state: VirtualRowState,
): TemplateResult {
  const cells = row ? cellViewsOf(row, columns, state.format) : placeholderViewsOf(columns);
  return html`<div
    role="row"
    part=${row ? 'row' : 'row placeholder'}
    class="vrow"
    data-index=${state.index}
    aria-rowindex=${state.index + 2}
    aria-selected=${state.selected ? 'true' : 'false'}
    aria-busy=${row ? 'false' : 'true'}
    tabindex=${state.active ? 0 : -1}
    ${rowCells(state.index, cells, row ? undefined : state.loadingLabel)}
  ></div>`;
}
