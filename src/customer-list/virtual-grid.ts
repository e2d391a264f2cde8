import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleProperties } from '../core/style-properties.ts';
import type { Customer } from '../core/records.ts';
import type { ColumnDefinition } from '../structure/schema.ts';
import type { CellFormat } from './cells.ts';
import type { ListSort } from './list-query.ts';
import type { RowRange, RowWindow } from './row-window.ts';
import { gridColumnsOf, renderVirtualHeader, renderVirtualRow } from './virtual-rows.ts';

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
  isSelected: (row: Customer) => boolean;
  onSort: (field: string) => void;
  onClick: (event: MouseEvent) => void;
  onKeydown: (event: KeyboardEvent) => void;
  onFocusin: (event: FocusEvent) => void;
}

/**
 * Renders the virtual grid: the header row, and a scroll box whose sizer
 * takes the height of every row while only the rows of `rendered` exist,
 * each positioned at its index. Rows are keyed by index, so a row keeps its
 * element, and its focus, while it stays in the window.
 */
// TODO: after random jumps the scroll box gains comment nodes (about 13 per
// jump in the benchmark, Lit 3.3), which unkeyed rows do not; find their source.
export function renderVirtualGrid(options: VirtualGridOptions): TemplateResult {
  const { columns, rendered } = options;
  const indexes: number[] = [];
  for (let index = rendered.first; index <= rendered.last; index += 1) indexes.push(index);
  const renderItem = (index: number) => {
    const row = options.rowAt(index);
    return renderVirtualRow(row, columns, {
      index,
      selected: row ? options.isSelected(row) : false,
      active: index === options.active,
      format: options.format,
      loadingLabel: options.loadingLabel,
    });
  };
  // No whitespace between tags: text nodes here add to the DOM size of the virtual grid.
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
      @click=${options.onClick}
      @keydown=${options.onKeydown}
      @focusin=${options.onFocusin}
    >
      <div
        class="vsizer"
        style=${styleProperties({ '--_rows': String(options.rowCount) })}
        ${ref(options.window.attachSizer)}
      ></div>
      ${repeat(indexes, (index) => index, renderItem)}
    </div>
  </div>`;
}
