import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleProperties } from '../core/style-properties.ts';
import { readPath } from '../core/path.ts';
import type { Customer } from '../core/records.ts';
import { enumColor, formatValue, isMissing } from '../format/format.ts';
import type { ColumnDefinition } from '../structure/schema.ts';
import { ariaSortOf, type ListSort } from './list-query.ts';

/** Locale, currency and time zone the cells are formatted in. */
export interface CellFormat {
  locale: string;
  currency: string;
  timeZone: string;
}

const endAlignedFormats = new Set(['number', 'currency', 'percent', 'score']);

/** Returns the column's `align`, else `end` for numeric formats and `start` for the rest. */
export function columnAlign(column: ColumnDefinition): 'start' | 'end' | 'center' {
  return column.align ?? (endAlignedFormats.has(column.format) ? 'end' : 'start');
}

/** Renders a column header. Sortable columns get a button and `aria-sort`. */
export function renderHeaderCell(
  column: ColumnDefinition,
  sort: ListSort | undefined,
  onSort: (field: string) => void,
): TemplateResult {
  const align = columnAlign(column);
  const ariaSort = column.sortable ? ariaSortOf(sort, column.path) : undefined;
  return html`
    <th
      role="columnheader"
      scope="col"
      part="header-cell"
      class=${align}
      aria-sort=${ifDefined(ariaSort)}
    >
      ${renderHeaderContent(column, sort, onSort)}
    </th>
  `;
}

/** Renders a header's label, inside a sort button with its indicator when the column sorts. */
export function renderHeaderContent(
  column: ColumnDefinition,
  sort: ListSort | undefined,
  onSort: (field: string) => void,
): TemplateResult | string {
  if (!column.sortable) return column.label;
  const ariaSort = ariaSortOf(sort, column.path);
  let indicator = '';
  if (ariaSort === 'ascending') indicator = '▲';
  if (ariaSort === 'descending') indicator = '▼';
  return html`
    <button type="button" part="sort-button" @click=${() => onSort(column.path)}>
      ${column.label}<span class="indicator" aria-hidden="true">${indicator}</span>
    </button>
  `;
}

export interface RowState {
  /** Position on the page, from 0. */
  index: number;
  ariaRowIndex: number;
  selected: boolean;
  /** Whether the row has the grid's single tab stop. */
  active: boolean;
  format: CellFormat;
}

/** Renders a data row with one cell per column. */
export function renderRow(
  row: Customer,
  columns: ColumnDefinition[],
  state: RowState,
): TemplateResult {
  return html`
    <tr
      role="row"
      part="row"
      data-index=${state.index}
      aria-rowindex=${state.ariaRowIndex}
      aria-selected=${state.selected ? 'true' : 'false'}
      tabindex=${state.active ? 0 : -1}
    >
      ${columns.map((column) => renderCell(row, column, state.format))}
    </tr>
  `;
}

/** Renders a data cell: the formatted value, or a badge in the option's colour for `enum`. */
function renderCell(row: Customer, column: ColumnDefinition, format: CellFormat) {
  const content = renderCellContent(row, column, format);
  return html`<td role="gridcell" part="cell" class=${columnAlign(column)}>${content}</td>`;
}

/** Renders the content of a data cell: text, or a badge for an `enum` value. */
export function renderCellContent(
  row: Customer,
  column: ColumnDefinition,
  format: CellFormat,
): TemplateResult | string {
  const value = readPath(row, column.path);
  const text = formatValue(value, column.format, { ...format, options: column.options });
  let content: TemplateResult | string = text;
  if (column.format === 'enum' && !isMissing(value)) {
    const color = enumColor(value, column.options);
    content = html`
      <span class="badge" part="badge" style=${styleProperties({ '--_badge-color': color })}
        >${text}</span
      >
    `;
  }
  return content;
}
