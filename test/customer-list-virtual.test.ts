import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../src/customer-list/define.ts';
import type { CustomerList } from '../src/customer-list/define.ts';
import type { GetListParams } from '../src/core/provider.ts';
import { createArrayCustomerProvider } from '../src/data/scaled-customers.ts';
import {
  deferred,
  fakeCustomerProvider,
  makeCustomers,
  type FakeCustomerProvider,
} from './helpers/fake-customers.ts';
import {
  countNodes,
  listStructure,
  focusedRowOf,
  gridOf,
  renderedRows,
  rowByIndex,
  scrollerOf,
  scrollToEnd,
  virtualList,
  waitForRow,
} from './helpers/customer-list-driver.ts';

setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

const hundredThousand = makeCustomers(100_000);

/** A provider over 100,000 customers that records each request. */
function largeProvider(): FakeCustomerProvider {
  const inner = createArrayCustomerProvider(hundredThousand);
  const calls: GetListParams[] = [];
  return {
    ...inner,
    calls,
    getList: (resource: string, params: GetListParams) => {
      calls.push(params);
      return inner.getList(resource, params);
    },
  } as unknown as FakeCustomerProvider;
}

describe('<customer-list mode="virtual">', () => {
  it('shows the first rows and the full row count', async () => {
    const provider = largeProvider();
    const el = await virtualList(provider);

    const grid = gridOf(el)!;

    expect(grid.getAttribute('role')).to.equal('grid');
    expect(grid.getAttribute('aria-rowcount')).to.equal('100001');
    expect(rowByIndex(el, 0)!.textContent).to.contain(hundredThousand[0].name);
    expect(rowByIndex(el, 0)!.getAttribute('aria-rowindex')).to.equal('2');
    expect(provider.calls[0].pagination).to.deep.equal({ page: 1, perPage: 100 });
  });

  it('keeps the DOM under 1,000 nodes', async () => {
    const el = await virtualList(largeProvider());

    const atTop = countNodes(el.shadowRoot!);
    await scrollToEnd(el);
    const atEnd = countNodes(el.shadowRoot!);

    expect(atTop).to.be.below(1000);
    expect(atEnd).to.be.below(1000);
  });

  it('keeps the DOM size steady across jumps', async () => {
    const el = await virtualList(largeProvider());
    const scroller = scrollerOf(el);
    const jumpTo = async (fraction: number) => {
      const target = Math.round(fraction * 100_000);
      scroller.scrollTop = Math.floor(fraction * scroller.scrollHeight);
      await waitUntil(() => {
        const rows = renderedRows(el);
        const near = rows.some((row) => Math.abs(Number(row.dataset.index) - target) <= 5);
        return near && rows.every((row) => row.getAttribute('aria-busy') === 'false');
      }, `loaded rows near row ${target} were not rendered`);
      await el.updateComplete;
    };

    await jumpTo(0.5);
    const afterOneJump = countNodes(el.shadowRoot!);
    for (const fraction of [0.13, 0.71, 0.29, 0.93, 0.07, 0.5]) await jumpTo(fraction);
    const afterSevenJumps = countNodes(el.shadowRoot!);

    expect(afterSevenJumps).to.equal(afterOneJump);
  });

  it('keeps the focused row when scrolled away', async () => {
    const el = await virtualList(largeProvider());
    rowByIndex(el, 0)!.focus();
    const scroller = scrollerOf(el);

    scroller.scrollTop = 1000 * rowByIndex(el, 0)!.offsetHeight;
    await waitForRow(el, 1000);
    await el.updateComplete;

    const focused = el.shadowRoot!.activeElement as HTMLElement | null;
    const tabStops = renderedRows(el).filter((row) => row.tabIndex === 0);
    expect(focused?.dataset.index).to.equal('0');
    expect(tabStops.map((row) => row.dataset.index)).to.deep.equal(['0']);
    expect(renderedRows(el)[0].dataset.index).to.equal('0');
  });

  it('reaches the last row by scrolling', async () => {
    const el = await virtualList(largeProvider());

    await scrollToEnd(el);
    const last = await waitForRow(el, 99_999);

    expect(last.getAttribute('aria-rowindex')).to.equal('100001');
    expect(last.textContent).to.contain(hundredThousand[99_999].name);
  });

  it('reaches row 100,000 with Ctrl+End', async () => {
    const el = await virtualList(largeProvider());
    rowByIndex(el, 0)!.focus();

    await sendKeys({ press: 'Control+End' });
    const last = await waitForRow(el, 99_999);
    await waitUntil(() => focusedRowOf(el) === last, 'row 100,000 did not get focus');

    expect(last.getAttribute('aria-rowindex')).to.equal('100001');
    expect(last.getAttribute('tabindex')).to.equal('0');

    await sendKeys({ press: 'Control+Home' });
    const first = await waitForRow(el, 0);
    await waitUntil(() => focusedRowOf(el) === first, 'row 1 did not get focus');
    expect(first.textContent).to.contain(hundredThousand[0].name);
  });

  it('moves by row and by screen with the keys', async () => {
    const el = await virtualList(largeProvider());
    rowByIndex(el, 0)!.focus();

    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focusedRowOf(el)?.dataset.index === '1');
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => focusedRowOf(el)?.dataset.index === '0');
    await sendKeys({ press: 'PageDown' });
    await waitUntil(() => Number(focusedRowOf(el)?.dataset.index) > 5, 'PageDown did not move');
    const afterPageDown = Number(focusedRowOf(el)!.dataset.index);
    await sendKeys({ press: 'PageUp' });
    await waitUntil(() => focusedRowOf(el)?.dataset.index === '0', 'PageUp did not return');

    expect(afterPageDown).to.be.above(5);
    expect(afterPageDown).to.be.below(30);
  });

  it('selects the focused row with Enter', async () => {
    const el = await virtualList(largeProvider());
    rowByIndex(el, 0)!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focusedRowOf(el)?.dataset.index === '1');

    const selected = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('customer-select', (event) => resolve(event as CustomEvent), {
        once: true,
      }),
    );
    await sendKeys({ press: 'Enter' });
    const event = await selected;

    expect(event.detail.id).to.equal(hundredThousand[1].id);
    await el.updateComplete;
    expect(rowByIndex(el, 1)!.getAttribute('aria-selected')).to.equal('true');
  });

  it('shows placeholders until a page loads', async () => {
    const gate = deferred();
    const customers = makeCustomers(60);
    const provider = fakeCustomerProvider(customers, {
      gate: (params) => (params.pagination.page === 1 ? Promise.resolve() : gate.promise),
    });
    const el = await virtualList(provider, { pageSize: 10, settle: false });
    await waitForRow(el, 0);

    const placeholder = await waitForRow(el, 10);

    expect(placeholder.getAttribute('aria-busy')).to.equal('true');
    expect(placeholder.getAttribute('part')).to.contain('placeholder');
    gate.resolve();
    await waitUntil(
      () => rowByIndex(el, 10)?.textContent?.includes(customers[10].name),
      'page 2 did not land',
    );
    expect(rowByIndex(el, 10)!.getAttribute('aria-busy')).to.equal('false');
  });

  it('puts a slow page 1 after a fast page 2 in its place', async () => {
    const customers = makeCustomers(60);
    const firstPage = deferred();
    const provider = fakeCustomerProvider(customers, {
      gate: (params) => (params.pagination.page === 1 ? firstPage.promise : Promise.resolve()),
    });
    const el = await fixture<CustomerList>(html`
      <customer-list
        mode="virtual"
        page-size="10"
        .provider=${provider}
        .structure=${listStructure}
      ></customer-list>
    `);
    await waitUntil(() => provider.calls.length >= 1);

    firstPage.resolve();
    const row0 = await waitForRow(el, 0);
    const row10 = await waitForRow(el, 10);
    await waitUntil(() => rowByIndex(el, 10)?.getAttribute('aria-busy') === 'false');

    expect(row0.textContent).to.contain(customers[0].name);
    expect(rowByIndex(el, 10)!.textContent).to.contain(customers[10].name);
    expect(row10.getAttribute('aria-rowindex')).to.equal('12');
  });

  it('aborts the requests of pages scrolled past', async () => {
    const held = new Map<number, GetListParams>();
    const provider = fakeCustomerProvider(makeCustomers(5000), {
      gate: (params) => {
        const page = params.pagination.page;
        if (page === 1 || page >= 45) return Promise.resolve();
        held.set(page, params);
        return new Promise(() => {});
      },
    });
    const el = await virtualList(provider, { pageSize: 100 });
    await waitUntil(() => held.size > 0, 'page 2 was not requested');
    const secondPage = held.get(2)!;

    await scrollToEnd(el);
    await waitForRow(el, 4999);

    expect(secondPage.signal!.aborted).to.equal(true);
  });

  it('grows while scrolling when only pageInfo is sent', async () => {
    const customers = makeCustomers(250);
    const provider = fakeCustomerProvider(customers, { paging: 'pageInfo' });
    const el = await virtualList(provider, { pageSize: 50 });

    expect(gridOf(el)!.getAttribute('aria-rowcount')).to.equal('-1');

    for (let attempt = 0; attempt < 20 && !rowByIndex(el, 249); attempt += 1) {
      await scrollToEnd(el);
    }
    await waitUntil(() => gridOf(el)!.getAttribute('aria-rowcount') === '251', 'end not found');

    expect(rowByIndex(el, 249)!.textContent).to.contain(customers[249].name);
  });

  it('works inside another shadow root and slot', async () => {
    const provider = largeProvider();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<section><slot></slot></section>';
    const inner = document.createElement('div');
    const innerRoot = inner.attachShadow({ mode: 'open' });
    host.append(inner);
    const el = document.createElement('customer-list');
    el.mode = 'virtual';
    el.provider = provider;
    el.structure = listStructure;
    innerRoot.append(el);

    const first = await waitForRow(el, 0);
    await scrollToEnd(el);
    const last = await waitForRow(el, 99_999);

    expect(first.textContent).to.contain(hundredThousand[0].name);
    expect(last.textContent).to.contain(hundredThousand[99_999].name);
  });

  it('renders again after being hidden and shown', async () => {
    const el = await virtualList(largeProvider());
    el.style.display = 'none';
    await new Promise((resolve) => requestAnimationFrame(resolve));

    el.style.display = '';
    await scrollToEnd(el);
    const last = await waitForRow(el, 99_999);

    expect(last.textContent).to.contain(hundredThousand[99_999].name);
    expect(renderedRows(el).length).to.be.above(5);
  });

  it('sends a new sort and orders the rows', async () => {
    const provider = largeProvider();
    const el = await virtualList(provider);

    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="sort-button"]')!.click();
    await waitUntil(() => provider.calls.some((params) => params.sort?.field === 'name'));
    await waitUntil(() => rowByIndex(el, 0)?.getAttribute('aria-busy') === 'false');
    const header = el.shadowRoot!.querySelector('[role="columnheader"]')!;

    expect(header.getAttribute('aria-sort')).to.equal('ascending');
    expect(provider.calls.at(-1)!.sort).to.deep.equal({ field: 'name', order: 'ASC' });
    const firstCell = () => rowByIndex(el, 0)!.querySelector('[role="gridcell"]')!.textContent;
    await waitUntil(() => firstCell() === 'Ana Almeida 1', 'the sorted first row did not show');
  });

  it('keeps the focus on the header while a sort loads', async () => {
    const provider = largeProvider();
    const el = await virtualList(provider);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="sort-button"]')!;
    button.focus();

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => provider.calls.some((params) => params.sort?.field === 'name'));
    await el.updateComplete;

    expect(el.shadowRoot!.activeElement).to.equal(button);
    expect(el.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
    await waitUntil(() => rowByIndex(el, 0)?.getAttribute('aria-busy') === 'false');
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('shows at most 400,000 rows of a longer list', async () => {
    const total = 5_000_000;
    const calls: GetListParams[] = [];
    const provider = {
      ...fakeCustomerProvider([]),
      getList: async (_resource: string, params: GetListParams) => {
        calls.push(params);
        const { page, perPage } = params.pagination!;
        const data = Array.from({ length: perPage }, (_, offset) => {
          const index = (page - 1) * perPage + offset;
          return { id: `c${index}`, name: `Cliente ${index}`, score: 500, balance: 0 };
        });
        return { data, total };
      },
    };
    const el = await virtualList(provider);
    const count = () => el.shadowRoot!.querySelector('[part="count"]')!.textContent!;

    await waitUntil(() => count().includes('400.000'), 'the count did not name the shown rows');
    expect(count()).to.equal(
      '5.000.000 clientes; a lista mostra os primeiros 400.000. Busque ou filtre para ver os demais.',
    );
    expect(gridOf(el)!.getAttribute('aria-rowcount')).to.equal('400001');

    calls.length = 0;
    await scrollToEnd(el);
    const last = await waitForRow(el, 399_999);

    expect(last.textContent).to.contain('Cliente 399999');
    expect(renderedRows(el).length).to.be.below(60);
    expect(calls.length).to.be.below(10);
  });

  it('shows the loading panel for another provider', async () => {
    const el = await virtualList(fakeCustomerProvider(makeCustomers(300)));
    expect(el.shadowRoot!.querySelector('[part="count"]')!.textContent).to.equal('300 clientes');

    el.provider = { ...fakeCustomerProvider([]), getList: () => new Promise(() => {}) } as never;
    await el.updateComplete;

    expect(el.shadowRoot!.querySelector('[part="loading"]')).not.to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="count"]')).to.equal(null);
  });

  it('selects only the first copy of a repeated customer', async () => {
    const provider = {
      ...fakeCustomerProvider([]),
      getList: async (_resource: string, params: GetListParams) => {
        const { page } = params.pagination!;
        const data = Array.from({ length: 10 }, (_, offset) => ({
          id: String(offset + 1),
          name: `P${page} R${offset + 1}`,
          score: 500,
          balance: 0,
        }));
        return { data, total: 30 };
      },
    };
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(String(message));
    try {
      const el = await fixture<CustomerList>(html`
        <customer-list
          mode="virtual"
          page-size="10"
          selected-id="3"
          .provider=${provider}
          .structure=${listStructure}
        ></customer-list>
      `);
      await waitForRow(el, 12);
      await el.updateComplete;

      const selected = renderedRows(el).filter(
        (row) => row.getAttribute('aria-selected') === 'true',
      );
      expect(selected.map((row) => row.dataset.index)).to.deep.equal(['2']);
      expect(warnings.filter((warning) => warning.includes('customer "3"'))).to.have.length(1);
    } finally {
      console.warn = original;
    }
  });

  it('ignores a negative total', async () => {
    const provider = {
      ...fakeCustomerProvider(makeCustomers(30)),
      getList: async (resource: string, params: GetListParams) => {
        const answer = await fakeCustomerProvider(makeCustomers(30)).getList(resource, params);
        return { ...answer, total: -1 };
      },
    };
    const el = await virtualList(provider);

    expect(renderedRows(el).length).to.be.above(0);
    expect(el.shadowRoot!.querySelector('[part="count"]')!.textContent).not.to.contain('-1');
  });

  it('passes axe', async () => {
    const el = await virtualList(largeProvider());

    await expect(el).to.be.accessible();
  });

  it('passes axe with placeholders', async () => {
    const provider = fakeCustomerProvider(makeCustomers(60), {
      gate: (params) => (params.pagination.page === 1 ? Promise.resolve() : new Promise(() => {})),
    });
    const el = await virtualList(provider, { pageSize: 10, settle: false });
    await waitForRow(el, 10);

    await expect(el).to.be.accessible();
  });

  it('keeps the scroll box in its own element', async () => {
    const el = await virtualList(largeProvider());

    const scroller = scrollerOf(el);

    expect(scroller.scrollHeight).to.be.above(scroller.clientHeight * 100);
    expect(document.scrollingElement!.scrollHeight).to.be.below(scroller.scrollHeight);
  });
});
