/**
 * One adapter per grid of the customer-list benchmark: mount over the
 * customers, read the name painted in the first visible row, sort by name,
 * filter names by a substring. Every grid shows the same four columns with
 * the same formatting (CPF and money through src/format).
 */
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-sorter.js';
import '@vaadin/grid/vaadin-grid-filter.js';
import type { Grid } from '@vaadin/grid';
import type { GridColumn } from '@vaadin/grid/vaadin-grid-column.js';
import type { GridFilter } from '@vaadin/grid/vaadin-grid-filter.js';
import type { GridSorter } from '@vaadin/grid/vaadin-grid-sorter.js';
import { AllCommunityModule, ModuleRegistry, createGrid, type GridApi } from 'ag-grid-community';
import type { CustomerList } from '../../src/customer-list/define.ts';
import type { DataProvider } from '../../src/core/provider.ts';
import { formatValue } from '../../src/format/format.ts';
import type { ScaledCustomer } from '../../src/data/scaled-customers.ts';
import { defaultStructure } from '../../src/structure/default-structure.ts';

ModuleRegistry.registerModules([AllCommunityModule]);

export interface GridAdapter {
  name: string;
  mount(container: HTMLElement, customers: ScaledCustomer[]): Promise<void>;
  /** Text of the name cell painted at the top of the rows area, if any. */
  firstVisibleName(): string | undefined;
  scroller(): HTMLElement;
  sortByName(): void;
  filterName(text: string): void;
  /** Root of the grid's DOM, for counting nodes. */
  root(): Node;
  unmount(): void;
}

const formatOptions = { locale: 'pt-BR', currency: 'TWD', timeZone: 'America/Sao_Paulo' };
const formatCpfCell = (value: unknown) => formatValue(value, 'cpf', formatOptions);
const formatMoneyCell = (value: unknown) => formatValue(value, 'currency', formatOptions);
const formatScoreCell = (value: unknown) => formatValue(value, 'score', formatOptions);

/** Returns the trimmed text of the cell found at a point `dx`, `dy` inside `box`'s top-left. */
function textAt(root: Document | ShadowRoot, box: DOMRect, selector: string): string | undefined {
  const hit = root.elementFromPoint(box.left + 24, box.top + 12);
  const cell = hit?.closest(selector) ?? hit;
  const text = cell?.textContent?.trim();
  return text || undefined;
}

export function oursAdapter(
  createProvider: (customers: ScaledCustomer[]) => DataProvider,
): GridAdapter {
  let list: CustomerList | undefined;
  const shadow = () => list!.shadowRoot!;
  return {
    name: 'customer-list',
    async mount(container, customers) {
      list = document.createElement('customer-list');
      list.mode = 'virtual';
      list.structure = defaultStructure;
      list.provider = createProvider(customers);
      container.append(list);
    },
    firstVisibleName() {
      const body = list?.shadowRoot?.querySelector('[part="body"]');
      if (!body) return undefined;
      return textAt(shadow(), body.getBoundingClientRect(), '[role="gridcell"]');
    },
    scroller: () => shadow().querySelector<HTMLElement>('[part="body"]')!,
    sortByName() {
      shadow().querySelector<HTMLButtonElement>('[part="sort-button"]')!.click();
    },
    filterName(text) {
      list!.search = text;
    },
    root: () => list!,
    unmount() {
      list?.remove();
      list = undefined;
    },
  };
}

export function vaadinAdapter(): GridAdapter {
  let grid: Grid<ScaledCustomer> | undefined;
  const column = (path: string, header: string, format?: (value: unknown) => string) => {
    const col = document.createElement('vaadin-grid-column') as GridColumn<ScaledCustomer>;
    col.path = path;
    col.header = header;
    if (format) {
      col.renderer = (root, _column, model) => {
        root.textContent = format(model.item[path as keyof ScaledCustomer]);
      };
    }
    return col;
  };
  return {
    name: '@vaadin/grid',
    async mount(container, customers) {
      grid = document.createElement('vaadin-grid') as Grid<ScaledCustomer>;
      const name = column('name', 'Nome');
      name.headerRenderer = (root) => {
        if (root.firstElementChild) return;
        root.innerHTML =
          '<vaadin-grid-sorter path="name">Nome</vaadin-grid-sorter>' +
          '<vaadin-grid-filter path="name"></vaadin-grid-filter>';
      };
      grid.append(
        name,
        column('document', 'CPF', formatCpfCell),
        column('score', 'Score', formatScoreCell),
        column('balance', 'Saldo em aberto', formatMoneyCell),
      );
      grid.items = customers;
      container.append(grid);
    },
    firstVisibleName() {
      const header = grid?.shadowRoot?.querySelector('#header');
      if (!header) return undefined;
      const box = header.getBoundingClientRect();
      return textAt(
        document,
        new DOMRect(box.left, box.bottom, box.width, 0),
        'vaadin-grid-cell-content',
      );
    },
    scroller: () => grid!.shadowRoot!.querySelector<HTMLElement>('#table')!,
    sortByName() {
      grid!.querySelector<GridSorter>('vaadin-grid-sorter')!.click();
    },
    filterName(text) {
      const filter = grid!.querySelector<GridFilter>('vaadin-grid-filter')!;
      filter.value = text;
      // The filter element waits 200 ms for more typing; flushing skips that wait, as
      // setting `search` on <customer-list> skips its 300 ms search-box debounce.
      (
        filter as unknown as { _debouncerFilterChanged?: { flush(): void } }
      )._debouncerFilterChanged?.flush();
    },
    root: () => grid!,
    unmount() {
      grid?.remove();
      grid = undefined;
    },
  };
}

/**
 * Returns the element that scrolls the rows vertically: ag-grid's class
 * names for it changed between major versions, so it is found by behaviour.
 */
function verticalScroller(root: HTMLElement): HTMLElement {
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    const overflow = getComputedStyle(element).overflowY;
    const scrolls = overflow === 'auto' || overflow === 'scroll';
    if (scrolls && element.scrollHeight > element.clientHeight * 10) return element;
  }
  throw new Error('ag-grid has no vertical scroll container');
}

export function agGridAdapter(): GridAdapter {
  let api: GridApi<ScaledCustomer> | undefined;
  let host: HTMLElement | undefined;
  return {
    name: 'ag-grid-community',
    async mount(container, customers) {
      host = document.createElement('div');
      host.style.height = '100%';
      container.append(host);
      api = createGrid<ScaledCustomer>(host, {
        rowData: customers,
        columnDefs: [
          { field: 'name', headerName: 'Nome', sortable: true, filter: 'agTextColumnFilter' },
          { field: 'document', headerName: 'CPF', valueFormatter: (p) => formatCpfCell(p.value) },
          { field: 'score', headerName: 'Score', valueFormatter: (p) => formatScoreCell(p.value) },
          {
            field: 'balance',
            headerName: 'Saldo em aberto',
            valueFormatter: (p) => formatMoneyCell(p.value),
          },
        ],
      });
    },
    firstVisibleName() {
      const header = host?.querySelector('.ag-header');
      if (!header) return undefined;
      const box = header.getBoundingClientRect();
      return textAt(document, new DOMRect(box.left, box.bottom, box.width, 0), '.ag-cell');
    },
    scroller: () => verticalScroller(host!),
    sortByName() {
      api!.applyColumnState({
        state: [{ colId: 'name', sort: 'asc' }],
        defaultState: { sort: null },
      });
    },
    filterName(text) {
      void api!
        .setColumnFilterModel('name', { filterType: 'text', type: 'contains', filter: text })
        .then(() => api!.onFilterChanged());
    },
    root: () => host!,
    unmount() {
      api?.destroy();
      host?.remove();
      api = undefined;
      host = undefined;
    },
  };
}
