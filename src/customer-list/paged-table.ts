import { html, type TemplateResult } from 'lit';
import { styleProperties } from '../core/style-properties.ts';
import type { Customer } from '../core/records.ts';
import type { ColumnDefinition } from '../structure/schema.ts';
import { renderHeaderCell, renderRow, type CellFormat } from './cells.ts';
import { ariaRowIndexOf, type ListSort, type LoadedPage } from './list-query.ts';

export interface PagedTableOptions {
  columns: ColumnDefinition[];
  loaded: LoadedPage;
  label: string;
  /** Whether the next page is loading while this one shows. */
  busy: boolean;
  /** Index on the page of the row with the grid's single tab stop. */
  active: number;
  sort: ListSort | undefined;
  format: CellFormat;
  isSelected: (row: Customer) => boolean;
  onSort: (field: string) => void;
  onClick: (event: MouseEvent) => void;
  onKeydown: (event: KeyboardEvent) => void;
  onFocusin: (event: FocusEvent) => void;
}

/** Renders one page of customers as a table with the grid role. */
export function renderPagedTable(options: PagedTableOptions): TemplateResult {
  const { columns, loaded, format } = options;
  const active = Math.min(options.active, loaded.rows.length - 1);
  return html`
    <div class="scroller">
      <table
        role="grid"
        part="table"
        aria-label=${options.label}
        aria-rowcount=${loaded.summary.ariaRowCount}
        aria-busy=${options.busy ? 'true' : 'false'}
      >
        <colgroup>
          ${columns.map((column) => html`<col style=${styleProperties({ width: column.width })} />`)}
        </colgroup>
        <thead part="header">
          <tr role="row" aria-rowindex="1">
            ${columns.map((column) => renderHeaderCell(column, options.sort, options.onSort))}
          </tr>
        </thead>
        <tbody
          part="body"
          @click=${options.onClick}
          @keydown=${options.onKeydown}
          @focusin=${options.onFocusin}
        >
          ${loaded.rows.map((row, index) =>
            renderRow(row, columns, {
              index,
              ariaRowIndex: ariaRowIndexOf(loaded.summary, index),
              selected: options.isSelected(row),
              active: index === active,
              format,
            }),
          )}
        </tbody>
      </table>
    </div>
  `;
}
