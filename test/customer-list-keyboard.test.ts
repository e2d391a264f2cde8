import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/customer-list/define.ts';
import type { CustomerList } from '../src/customer-list/define.ts';
import {
  cellsOf,
  firstNames,
  listStructure,
  partOf,
  rowsOf,
  settled,
} from './helpers/customer-list-driver.ts';
import { fakeCustomerProvider, makeCustomers } from './helpers/fake-customers.ts';

const customers = makeCustomers(25);

async function focusedList() {
  const provider = fakeCustomerProvider(customers);
  const el = await fixture<CustomerList>(
    html`<customer-list .provider=${provider} .structure=${listStructure}></customer-list>`,
  );
  await settled(el);
  rowsOf(el)[0].focus();
  return { el, provider };
}

function focusedRow(el: CustomerList): HTMLTableRowElement {
  return el.shadowRoot!.activeElement as HTMLTableRowElement;
}

function focusedName(el: CustomerList): string {
  return cellsOf(focusedRow(el))[0];
}

describe('<customer-list> keyboard', () => {
  it('has one tab stop in the rows', async () => {
    const { el } = await focusedList();

    const tabStops = rowsOf(el).filter((row) => row.tabIndex === 0);

    expect(tabStops).to.have.length(1);
    expect(tabStops[0]).to.equal(rowsOf(el)[0]);
  });

  it('reaches the rows with Tab after the search box and headers', async () => {
    const { el } = await focusedList();
    const search = el.shadowRoot!.querySelector('input')!;
    search.focus();

    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.getAttribute('part')).to.equal('columns-button');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });

    expect(focusedRow(el)).to.equal(rowsOf(el)[0]);
  });

  it('moves from search to rows with Down Arrow', async () => {
    const { el } = await focusedList();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    const search = el.shadowRoot!.querySelector('input')!;
    search.focus();

    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;

    expect(focusedRow(el)).to.equal(rowsOf(el)[2]);
    expect(focusedName(el)).to.equal(customers[2].name);
  });

  it('focuses the new results with Down Arrow', async () => {
    const { el } = await focusedList();
    rowsOf(el)[9].focus();
    const target = customers[3].name;
    const search = el.shadowRoot!.querySelector('input')!;
    search.focus();

    await sendKeys({ type: target });
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => rowsOf(el).length === 1, 'the search did not narrow the rows');
    await waitUntil(() => el.shadowRoot!.activeElement !== search, 'focus stayed in the search');

    expect(focusedName(el)).to.equal(target);
  });

  it('moves between rows with the arrow keys', async () => {
    const { el } = await focusedList();

    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });

    expect(focusedName(el)).to.equal(customers[2].name);
    expect(focusedRow(el).tabIndex).to.equal(0);
    expect(rowsOf(el)[0].tabIndex).to.equal(-1);

    await sendKeys({ press: 'ArrowUp' });

    expect(focusedName(el)).to.equal(customers[1].name);
  });

  it('stops at the first and last rows', async () => {
    const { el } = await focusedList();

    await sendKeys({ press: 'ArrowUp' });

    expect(focusedName(el)).to.equal(customers[0].name);

    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowDown' });

    expect(focusedName(el)).to.equal(customers[9].name);
  });

  it('jumps to the last and first rows with End and Home', async () => {
    const { el } = await focusedList();

    await sendKeys({ press: 'End' });

    expect(focusedName(el)).to.equal(customers[9].name);

    await sendKeys({ press: 'Home' });

    expect(focusedName(el)).to.equal(customers[0].name);
  });

  it('selects the focused row with Enter', async () => {
    const { el } = await focusedList();
    await sendKeys({ press: 'ArrowDown' });
    const selection = oneEvent(el, 'customer-select');

    await sendKeys({ press: 'Enter' });
    const event = await selection;
    await el.updateComplete;

    expect(event.detail).to.deep.equal({ id: '2', customer: customers[1] });
    expect(el.selectedId).to.equal('2');
    expect(rowsOf(el)[1].getAttribute('aria-selected')).to.equal('true');
  });

  it('selects the focused row with Space', async () => {
    const { el } = await focusedList();
    await sendKeys({ press: 'End' });
    const selection = oneEvent(el, 'customer-select');

    await sendKeys({ press: 'Space' });
    const event = await selection;

    expect(event.detail.id).to.equal('10');
    expect(window.scrollY).to.equal(0);
  });

  it('loads the next and previous pages with PageDown and PageUp', async () => {
    const { el, provider } = await focusedList();

    await sendKeys({ press: 'PageDown' });
    await settled(el);

    expect(provider.calls.at(-1)!.pagination.page).to.equal(2);
    expect(firstNames(el)[0]).to.equal(customers[10].name);
    expect(rowsOf(el)[0].getAttribute('aria-rowindex')).to.equal('12');
    expect(focusedRow(el)).to.equal(rowsOf(el)[0]);

    const calls = provider.calls.length;
    await sendKeys({ press: 'PageUp' });
    await settled(el);

    expect(provider.calls, 'page 1 comes from the cache').to.have.length(calls);
    expect(focusedName(el)).to.equal(customers[0].name);
    expect(focusedRow(el).getAttribute('aria-rowindex')).to.equal('2');
  });

  it('ignores PageDown on the last page', async () => {
    const { el, provider } = await focusedList();
    await sendKeys({ press: 'PageDown' });
    await settled(el);
    await sendKeys({ press: 'PageDown' });
    await settled(el);
    const calls = provider.calls.length;

    await sendKeys({ press: 'PageDown' });
    await settled(el);

    expect(provider.calls).to.have.length(calls);
    expect(rowsOf(el)).to.have.length(5);
  });

  it('puts the tab stop on the selected row', async () => {
    const { el } = await focusedList();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });

    partOf(el, 'next')!.click();
    await settled(el);
    partOf(el, 'previous')!.click();
    await settled(el);

    expect(rowsOf(el)[2].tabIndex).to.equal(0);
    expect(rowsOf(el)[2].getAttribute('aria-selected')).to.equal('true');
  });
});
