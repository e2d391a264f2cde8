import { waitUntil } from '@open-wc/testing';
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
