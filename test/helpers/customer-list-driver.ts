import { fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CustomerList } from '../../src/customer-list/define.ts';
import type { StructureInput } from '../../src/structure/schema.ts';

/** A small structure over the fake customers: sortable name and score, money, an enum badge. */
export const listStructure = {
  version: 1,
  locale: 'pt-BR',
  currency: 'BRL',
  timeZone: 'America/Sao_Paulo',
  list: {
    pageSize: 10,
    columns: [
      { path: 'name', label: 'Nome', format: 'text', sortable: true },
      { path: 'score', label: 'Score', format: 'score', sortable: true },
      { path: 'balance', label: 'Saldo', format: 'currency', sortable: false },
      {
        path: 'status',
        label: 'Situação',
        format: 'enum',
        sortable: false,
        options: {
          late: { label: 'Atrasado', color: '#b42318' },
          current: { label: 'Em dia', color: '#1a7f37' },
        },
      },
    ],
  },
  tabs: [{ id: 'customer', kind: 'customer', label: 'Cliente' }],
} satisfies StructureInput;

export function shadowOf(el: CustomerList): ShadowRoot {
  return el.shadowRoot!;
}

export function tableOf(el: CustomerList): HTMLTableElement | null {
  return shadowOf(el).querySelector('[part="table"]');
}

export function rowsOf(el: CustomerList): HTMLTableRowElement[] {
  return [...shadowOf(el).querySelectorAll<HTMLTableRowElement>('tbody tr')];
}

/** Text of each cell of a row, whitespace collapsed. */
export function cellsOf(row: HTMLTableRowElement): string[] {
  return [...row.cells].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
}

export function firstNames(el: CustomerList): string[] {
  return rowsOf(el).map((row) => cellsOf(row)[0]);
}

export function partOf(el: CustomerList, part: string): HTMLElement | null {
  return shadowOf(el).querySelector(`[part~="${part}"]`);
}

export function textOf(el: CustomerList): string {
  return shadowOf(el).textContent!.replace(/\s+/g, ' ').trim();
}

export function searchBox(el: CustomerList): HTMLInputElement {
  return shadowOf(el).querySelector('input[type="search"]')!;
}

/** Waits until no request is pending: the grid, the empty or the error state shows. */
export async function settled(el: CustomerList): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => {
    const root = shadowOf(el);
    if (root.querySelector('[part="loading"]')) return false;
    return !root.querySelector('[aria-busy="true"]');
  }, 'the customer list kept loading');
  await el.updateComplete;
}

/** Finds the header cell whose text starts with `label`. */
export function headerCell(el: CustomerList, label: string): HTMLTableCellElement {
  const cells = [...shadowOf(el).querySelectorAll<HTMLTableCellElement>('thead th')];
  const cell = cells.find((th) => th.textContent!.trim().startsWith(label));
  if (!cell) throw new Error(`no column header "${label}"`);
  return cell;
}

/** Mounts a virtual list and, unless `settle` is false, waits for its first row. */
export async function virtualList(
  provider: unknown,
  options: { pageSize?: number; settle?: boolean } = {},
): Promise<CustomerList> {
  const el = await fixture<CustomerList>(html`
    <customer-list
      mode="virtual"
      page-size=${ifDefined(options.pageSize)}
      .provider=${provider}
      .structure=${listStructure}
    ></customer-list>
  `);
  if (options.settle !== false) await waitForRow(el, 0);
  return el;
}

/** The element with `role="grid"`, in either mode. */
export function gridOf(el: CustomerList): HTMLElement | null {
  return shadowOf(el).querySelector('[role="grid"]');
}

/** The virtual list's scroll box. */
export function scrollerOf(el: CustomerList): HTMLElement {
  return shadowOf(el).querySelector<HTMLElement>('[part="body"]')!;
}

/** The rendered data rows of the virtual list, placeholders included. */
export function renderedRows(el: CustomerList): HTMLElement[] {
  return [...shadowOf(el).querySelectorAll<HTMLElement>('[part="body"] [role="row"]')];
}

/** The rendered row with a 0-based index among all rows, or null when it is not in the DOM. */
export function rowByIndex(el: CustomerList, index: number): HTMLElement | null {
  return shadowOf(el).querySelector<HTMLElement>(`[role="row"][data-index="${index}"]`);
}

/** Waits until the row with a 0-based index is in the DOM and returns it. */
export async function waitForRow(el: CustomerList, index: number): Promise<HTMLElement> {
  await waitUntil(() => rowByIndex(el, index), `row ${index + 1} was not rendered`, {
    timeout: 5000,
  });
  return rowByIndex(el, index)!;
}

/** The row that has focus inside the list, if any. */
export function focusedRowOf(el: CustomerList): HTMLElement | null {
  const active = shadowOf(el).activeElement;
  return active?.getAttribute('role') === 'row' ? (active as HTMLElement) : null;
}

/**
 * Scrolls the virtual list to its end, as a user dragging the scrollbar
 * would, again after each layout, until the scroll position stays put.
 */
export async function scrollToEnd(el: CustomerList): Promise<void> {
  const scroller = scrollerOf(el);
  let previous = -1;
  for (let step = 0; step < 30 && scroller.scrollTop !== previous; step += 1) {
    previous = scroller.scrollTop;
    scroller.scrollTop = scroller.scrollHeight;
    await frames(2);
    await el.updateComplete;
  }
}

/** Counts the nodes under `root`, including those inside nested shadow roots. */
export function countNodes(root: Node): number {
  let count = 0;
  const visit = (node: Node) => {
    count += 1;
    const shadow = (node as Element).shadowRoot;
    if (shadow) visit(shadow);
    for (const child of node.childNodes) visit(child);
  };
  for (const child of root.childNodes) visit(child);
  return count;
}

/** Waits for `count` animation frames, so the virtualizer lays out after a scroll. */
export async function frames(count: number): Promise<void> {
  for (let frame = 0; frame < count; frame += 1) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
