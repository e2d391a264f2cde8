import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/customer-list/define.ts';
import type { CustomerList } from '../src/customer-list/define.ts';
import type { GetListParams } from '../src/core/provider.ts';
import type { ListFilter } from '../src/customer-list/filters.ts';
import {
  cellsOf,
  firstNames,
  listStructure,
  partOf,
  rowsOf,
  settled,
  shadowOf,
} from './helpers/customer-list-driver.ts';
import { deferred, fakeCustomerProvider, makeCustomers } from './helpers/fake-customers.ts';

const customers = makeCustomers(45);

const filters: ListFilter[] = [
  {
    path: 'status',
    label: 'Situação',
    type: 'enum',
    options: { late: { label: 'Atrasado' }, current: { label: 'Em dia' } },
  },
  { path: 'score', label: 'Score', type: 'range', min: 0, max: 1000 },
];

function headerTexts(el: CustomerList): string[] {
  return [...shadowOf(el).querySelectorAll('thead th')].map((th) => th.textContent!.trim());
}

describe('<customer-list> filters', () => {
  it('reads filters from the structure', async () => {
    const provider = fakeCustomerProvider(customers);
    const structure = { ...listStructure, list: { ...listStructure.list, filters } };
    const el = await fixture<CustomerList>(html`
      <customer-list .provider=${provider} .structure=${structure}></customer-list>
    `);
    await settled(el);
    const select = shadowOf(el).querySelector('select')!;

    select.value = 'current';
    select.dispatchEvent(new Event('change'));
    await settled(el);

    expect(select.labels![0].textContent).to.contain('Situação');
    expect(provider.calls.at(-1)!.filter).to.deep.equal({ status: 'current' });
  });

  it('sends an enum filter beside the search', async () => {
    const provider = fakeCustomerProvider(customers);
    const el = await fixture<CustomerList>(html`
      <customer-list
        search="Ana"
        .filters=${filters}
        .provider=${provider}
        .structure=${listStructure}
      ></customer-list>
    `);
    await settled(el);
    const select = shadowOf(el).querySelector('select')!;

    select.value = 'late';
    select.dispatchEvent(new Event('change'));
    await settled(el);

    expect(provider.calls.at(-1)!.filter).to.deep.equal({ q: 'Ana', status: 'late' });
    expect(provider.calls.at(-1)!.pagination.page).to.equal(1);
    expect(select.labels![0].textContent).to.contain('Situação');
  });

  it('sends range bounds as _gte and _lte', async () => {
    const provider = fakeCustomerProvider(customers);
    const el = await fixture<CustomerList>(html`
      <customer-list
        .filters=${filters}
        .provider=${provider}
        .structure=${listStructure}
      ></customer-list>
    `);
    await settled(el);
    const [from, to] = shadowOf(el).querySelectorAll<HTMLInputElement>('input[type="number"]');

    from.value = '100';
    from.dispatchEvent(new Event('change'));
    to.value = '500';
    to.dispatchEvent(new Event('change'));
    await settled(el);

    expect(provider.calls.at(-1)!.filter).to.deep.equal({ score_gte: 100, score_lte: 500 });
    expect(from.getAttribute('aria-label')).to.equal('Score: de');

    to.value = '';
    to.dispatchEvent(new Event('change'));
    await settled(el);

    expect(provider.calls.at(-1)!.filter).to.deep.equal({ score_gte: 100 });
  });

  it('aborts the request of the previous filter', async () => {
    const held: GetListParams[] = [];
    const provider = fakeCustomerProvider(customers, {
      gate: (params) => {
        if (params.filter?.status !== 'late') return Promise.resolve();
        held.push(params);
        return new Promise(() => {});
      },
    });
    const el = await fixture<CustomerList>(html`
      <customer-list
        .filters=${filters}
        .provider=${provider}
        .structure=${listStructure}
      ></customer-list>
    `);
    await settled(el);
    const select = shadowOf(el).querySelector('select')!;
    select.value = 'late';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => held.length === 1);

    select.value = 'current';
    select.dispatchEvent(new Event('change'));
    await settled(el);

    expect(held[0].signal!.aborted).to.equal(true);
    expect(provider.calls.at(-1)!.filter).to.deep.equal({ status: 'current' });
  });

  it('passes axe with filters', async () => {
    const el = await fixture<CustomerList>(html`
      <customer-list
        .filters=${filters}
        .provider=${fakeCustomerProvider(customers)}
        .structure=${listStructure}
      ></customer-list>
    `);
    await settled(el);

    await expect(el).to.be.accessible();
  });
});

describe('<customer-list> column chooser', () => {
  const storageKey = 'customer-list-test:columns';

  afterEach(() => localStorage.removeItem(storageKey));

  async function chooserList() {
    const el = await fixture<CustomerList>(html`
      <customer-list
        storage-key=${storageKey}
        .provider=${fakeCustomerProvider(customers)}
        .structure=${listStructure}
      ></customer-list>
    `);
    await settled(el);
    return el;
  }

  it('opens, closes with Escape and returns focus', async () => {
    const el = await chooserList();
    const button = partOf(el, 'columns-button')!;

    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;

    expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(partOf(el, 'column-menu')).to.exist;
    expect(shadowOf(el).activeElement!.getAttribute('type')).to.equal('checkbox');

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;

    expect(partOf(el, 'column-menu')).to.equal(null);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(shadowOf(el).activeElement).to.equal(button);
  });

  it('hides a column and keeps the choice', async () => {
    const el = await chooserList();
    partOf(el, 'columns-button')!.click();
    await el.updateComplete;
    const boxes = shadowOf(el).querySelectorAll<HTMLInputElement>('#column-menu input');

    boxes[1].click();
    await el.updateComplete;

    expect(headerTexts(el)).to.deep.equal(['Nome', 'Saldo', 'Situação']);
    expect(cellsOf(rowsOf(el)[0])).to.have.length(3);
    expect(JSON.parse(localStorage.getItem(storageKey)!)).to.deep.equal(['score']);

    const again = await chooserList();

    expect(headerTexts(again)).to.deep.equal(['Nome', 'Saldo', 'Situação']);
  });

  it('keeps the last column shown', async () => {
    localStorage.setItem(storageKey, JSON.stringify(['score', 'balance', 'status']));
    const el = await chooserList();
    partOf(el, 'columns-button')!.click();
    await el.updateComplete;
    const boxes = shadowOf(el).querySelectorAll<HTMLInputElement>('#column-menu input');

    expect(headerTexts(el)).to.deep.equal(['Nome']);
    expect(boxes[0].disabled).to.equal(true);
  });

  it('ignores malformed JSON', async () => {
    localStorage.setItem(storageKey, '{not json');

    const el = await chooserList();

    expect(headerTexts(el)).to.have.length(4);
  });

  it('works when storage is blocked', async () => {
    const getItem = Storage.prototype.getItem;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      const el = await chooserList();
      partOf(el, 'columns-button')!.click();
      await el.updateComplete;
      shadowOf(el).querySelectorAll<HTMLInputElement>('#column-menu input')[1].click();
      await el.updateComplete;

      expect(headerTexts(el)).to.deep.equal(['Nome', 'Saldo', 'Situação']);
    } finally {
      Storage.prototype.getItem = getItem;
      Storage.prototype.setItem = setItem;
    }
  });

  it('passes axe with the menu open', async () => {
    const el = await chooserList();
    partOf(el, 'columns-button')!.click();
    await el.updateComplete;

    await expect(el).to.be.accessible();
  });
});

describe('<customer-list> shared cache', () => {
  it('makes one request for two lists', async () => {
    const gate = deferred();
    const provider = fakeCustomerProvider(customers, { gate: () => gate.promise });
    const host = await fixture<HTMLDivElement>(html`
      <div>
        <customer-list .provider=${provider} .structure=${listStructure}></customer-list>
        <customer-list .provider=${provider} .structure=${listStructure}></customer-list>
      </div>
    `);
    const [first, second] = host.querySelectorAll('customer-list');
    gate.resolve();
    await settled(first);
    await settled(second);

    expect(provider.calls).to.have.length(1);
    expect(firstNames(first)).to.deep.equal(firstNames(second));
  });
});

describe('<customer-list> paged Ctrl+Home and Ctrl+End', () => {
  it('goes to the last row of the last page and back', async () => {
    const provider = fakeCustomerProvider(customers);
    const el = await fixture<CustomerList>(
      html`<customer-list .provider=${provider} .structure=${listStructure}></customer-list>`,
    );
    await settled(el);
    rowsOf(el)[0].focus();

    await sendKeys({ press: 'Control+End' });
    await waitUntil(
      () => shadowOf(el).activeElement?.getAttribute('aria-rowindex') === '46',
      'the last row did not get focus',
    );

    expect(cellsOf(shadowOf(el).activeElement as HTMLTableRowElement)[0]).to.equal(
      customers[44].name,
    );

    await sendKeys({ press: 'Control+Home' });
    await waitUntil(
      () => shadowOf(el).activeElement?.getAttribute('aria-rowindex') === '2',
      'the first row did not get focus',
    );
  });
});
