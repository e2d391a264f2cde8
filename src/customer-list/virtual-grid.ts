import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { styleProperties } from '../core/style-properties.ts';
import type { Customer } from '../core/records.ts';
import type { ColumnDefinition } from '../structure/schema.ts';
import type { CellFormat } from './cells.ts';
import type { ListSort } from './list-query.ts';
import type { RowRange, RowWindow } from './row-window.ts';
import { gridColumnsOf, renderVirtualHeader, virtualRows } from './virtual-rows.ts';

export interface VirtualGridOptions {
  columns: ColumnDefinition[];
  label: string;
  /** Rows in the scroll height: every matching row, or the known ones plus a page. */
  rowCount: number;
  /** `aria-rowcount`: every row plus the header, or -1 while the count is unknown. */
  ariaRowCount: number;
  /** Rows to put in the DOM, the ones in view and a few more on each side. */
  rendered: RowRange;
  /** Index of the row with the grid's single tab stop. */
  active: number;
  sort: ListSort | undefined;
  format: CellFormat;
  loadingLabel: string;
  window: RowWindow;
  rowAt: (index: number) => Customer | undefined;
  isSelected: (row: Customer, index: number) => boolean;
  onSort: (field: string) => void;
  onClick: (event: MouseEvent) => void;
  onKeydown: (event: KeyboardEvent) => void;
  onFocusin: (event: FocusEvent) => void;
}

/**
 * Renders the virtual grid: the header row, and a scroll box whose sizer
 * takes the height of every row while only the rows of `rendered` exist,
 * each positioned at its index. A row keeps its element, and its focus,
 * while it stays in the rendered range.
 */
export function renderVirtualGrid(options: VirtualGridOptions): TemplateResult {
  const { columns, rendered } = options;
  return html`<div
    class="virtual-grid"
    role="grid"
    part="table"
    aria-label=${options.label}
    aria-rowcount=${options.ariaRowCount}
    style=${styleProperties({ '--_columns': gridColumnsOf(columns) })}
  >
    <div role="rowgroup" part="header">
      ${renderVirtualHeader(columns, options.sort, options.onSort)}
    </div>
    <div
      class="vbody"
      role="rowgroup"
      part="body"
      ${ref(options.window.attachScroller)}
      ${virtualRows({
        first: rendered.first,
        last: rendered.last,
        columns,
        rowAt: options.rowAt,
        isSelected: options.isSelected,
        active: options.active,
        format: options.format,
        loadingLabel: options.loadingLabel,
      })}
      @click=${options.onClick}
      @keydown=${options.onKeydown}
      @focusin=${options.onFocusin}
    >
      <div
        class="vsizer"
        style=${styleProperties({ '--_rows': String(options.rowCount) })}
        ${ref(options.window.attachSizer)}
      ></div>
    </div>
  </div>`;
}
