import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/crm-scope/define.ts';
import '../src/customer-list/define.ts';
import type { CustomerList } from '../src/customer-list/define.ts';
import { ProviderError, type DataProvider, type GetListParams } from '../src/core/provider.ts';
import { configureCache, queryClientFor } from '../src/data-layer/query-client.ts';
import {
  cellsOf,
  firstNames,
  headerCell,
  listStructure,
  partOf,
  rowsOf,
  searchBox,
  settled,
  tableOf,
  textOf,
} from './helpers/customer-list-driver.ts';
import {
  deferred,
  failingProvider,
  fakeCustomerProvider,
  makeCustomers,
  type FakeCustomerProvider,
} from './helpers/fake-customers.ts';

const customers = makeCustomers(45);

async function listOf(provider: DataProvider, structure: unknown = listStructure) {
  const el = await fixture<CustomerList>(
    html`<customer-list .provider=${provider} .structure=${structure}></customer-list>`,
  );
  await settled(el);
  return el;
}

describe('<customer-list>', () => {
  it('shows the first page with formatted cells', async () => {
    const el = await listOf(fakeCustomerProvider(customers));

    const rows = rowsOf(el);
    expect(rows).to.have.length(10);
    expect(cellsOf(rows[0])).to.deep.equal(['Ana Almeida 1', '379', 'R$ 100,50', 'Em dia']);
    expect(cellsOf(rows[2])[3]).to.equal('Atrasado');
    expect(textOf(el)).to.contain('45 clientes');
    expect(textOf(el)).to.contain('Página 1 de 5');
  });

  it('requests the page, page size and no search', async () => {
    const provider = fakeCustomerProvider(customers);

    await listOf(provider);

    expect(provider.calls).to.have.length(1);
    const [params] = provider.calls;
    expect(params.pagination).to.deep.equal({ page: 1, perPage: 10 });
    expect(params.filter).to.deep.equal({});
    expect(params.sort).to.equal(undefined);
    expect(params.signal).to.be.instanceOf(AbortSignal);
  });

  it('exposes a grid with row counts and indexes', async () => {
    const el = await listOf(fakeCustomerProvider(customers));

    const table = tableOf(el)!;
    expect(table.getAttribute('role')).to.equal('grid');
    expect(table.getAttribute('aria-rowcount')).to.equal('46');
    const headers = [...table.querySelectorAll('thead th')];
    expect(headers.map((th) => th.getAttribute('role'))).to.deep.equal(
      Array(4).fill('columnheader'),
    );
    expect(table.querySelector('thead tr')!.getAttribute('aria-rowindex')).to.equal('1');
    const indexes = rowsOf(el).map((row) => row.getAttribute('aria-rowindex'));
    expect(indexes[0]).to.equal('2');
    expect(indexes[9]).to.equal('11');
  });

  it('aligns numeric columns to the end', async () => {
    const el = await listOf(fakeCustomerProvider(customers));

    const [name, score, balance] = rowsOf(el)[0].cells;
    expect(getComputedStyle(name).textAlign).to.equal('start');
    expect(getComputedStyle(score).textAlign).to.equal('end');
    expect(getComputedStyle(balance).textAlign).to.equal('end');
  });

  it('renders enum values as coloured badges', async () => {
    const el = await listOf(fakeCustomerProvider(customers));

    const badge = rowsOf(el)[2].querySelector<HTMLElement>('[part="badge"]')!;
    expect(badge.textContent!.trim()).to.equal('Atrasado');
    expect(badge.style.getPropertyValue('--_badge-color')).to.equal('#b42318');
  });

  it('pages forward and back with the pager', async () => {
    const provider = fakeCustomerProvider(customers);
    const el = await listOf(provider);

    partOf(el, 'next')!.click();
    await settled(el);

    expect(firstNames(el)[0]).to.equal(customers[10].name);
    expect(rowsOf(el)[0].getAttribute('aria-rowindex')).to.equal('12');
    expect(textOf(el)).to.contain('Página 2 de 5');
    expect(provider.calls.at(-1)!.pagination).to.deep.equal({ page: 2, perPage: 10 });

    partOf(el, 'previous')!.click();
    await settled(el);

    expect(firstNames(el)[0]).to.equal(customers[0].name);
    expect(partOf(el, 'previous')!.hasAttribute('disabled')).to.equal(true);
  });

  it('disables next on the last page', async () => {
    const el = await listOf(fakeCustomerProvider(customers));

    for (let page = 2; page <= 5; page += 1) {
      partOf(el, 'next')!.click();
      await settled(el);
    }

    expect(rowsOf(el)).to.have.length(5);
    expect(textOf(el)).to.contain('Página 5 de 5');
    expect(partOf(el, 'next')!.hasAttribute('disabled')).to.equal(true);
  });

  it('keeps the rows dimmed while the next page loads', async () => {
    let gate = deferred();
    const provider = fakeCustomerProvider(customers, { gate: () => gate.promise });
    const el = await fixture<CustomerList>(
      html`<customer-list .provider=${provider} .structure=${listStructure}></customer-list>`,
    );
    expect(partOf(el, 'loading')).to.exist;
    gate.resolve();
    await settled(el);
    gate = deferred();

    partOf(el, 'next')!.click();
    await el.updateComplete;

    expect(tableOf(el)!.getAttribute('aria-busy')).to.equal('true');
    expect(firstNames(el)[0]).to.equal(customers[0].name);
    expect(getComputedStyle(tableOf(el)!).opacity).not.to.equal('1');

    gate.resolve();
    await settled(el);

    expect(tableOf(el)!.getAttribute('aria-busy')).to.equal('false');
    expect(firstNames(el)[0]).to.equal(customers[10].name);
  });

  it('sorts ascending, descending, then not at all', async () => {
    const provider = fakeCustomerProvider(customers);
    const el = await listOf(provider);
    const byScore = [...customers].sort((a, b) => (a.score as number) - (b.score as number));

    headerCell(el, 'Score').querySelector('button')!.click();
    await settled(el);

    expect(provider.calls.at(-1)!.sort).to.deep.equal({ field: 'score', order: 'ASC' });
    expect(headerCell(el, 'Score').getAttribute('aria-sort')).to.equal('ascending');
    expect(firstNames(el)[0]).to.equal(byScore[0].name);

    headerCell(el, 'Score').querySelector('button')!.click();
    await settled(el);

    expect(provider.calls.at(-1)!.sort).to.deep.equal({ field: 'score', order: 'DESC' });
    expect(headerCell(el, 'Score').getAttribute('aria-sort')).to.equal('descending');
    expect(firstNames(el)[0]).to.equal(byScore.at(-1)!.name);

    const calls = provider.calls.length;
    headerCell(el, 'Score').querySelector('button')!.click();
    await settled(el);

    expect(provider.calls, 'the unsorted page comes from the cache').to.have.length(calls);
    expect(headerCell(el, 'Score').getAttribute('aria-sort')).to.equal('none');
    expect(firstNames(el)[0]).to.equal(customers[0].name);
  });

  it('steps back when the page no longer exists', async () => {
    const el = await listOf(fakeCustomerProvider(customers));
    for (let page = 2; page <= 5; page += 1) {
      partOf(el, 'next')!.click();
      await settled(el);
    }
    const smaller = fakeCustomerProvider(customers.slice(0, 12));

    el.provider = smaller;
    await settled(el);
    await waitUntil(() => smaller.calls.length === 2, 'the list did not step back');
    await settled(el);

    expect(smaller.calls.map((params) => params.pagination.page)).to.deep.equal([5, 2]);
    expect(firstNames(el)).to.deep.equal([customers[10].name, customers[11].name]);
    expect(textOf(el)).to.contain('Página 2 de 2');
  });

  it('leaves unsortable headers without a button', async () => {
    const el = await listOf(fakeCustomerProvider(customers));

    const balance = headerCell(el, 'Saldo');
    expect(balance.querySelector('button')).to.equal(null);
    expect(balance.hasAttribute('aria-sort')).to.equal(false);
  });

  it('returns to page 1 when the sort changes', async () => {
    const provider = fakeCustomerProvider(customers);
    const el = await listOf(provider);
    partOf(el, 'next')!.click();
    await settled(el);

    headerCell(el, 'Nome').querySelector('button')!.click();
    await settled(el);

    expect(provider.calls.at(-1)!.pagination.page).to.equal(1);
    expect(textOf(el)).to.contain('Página 1 de 5');
  });

  it('selects a row on click', async () => {
    const el = await listOf(fakeCustomerProvider(customers));
    const listener = oneEvent(el, 'customer-select');

    rowsOf(el)[3].click();
    const event = await listener;
    await el.updateComplete;

    expect(event.detail.id).to.equal('4');
    expect(event.detail.customer).to.equal(customers[3]);
    expect(el.selectedId).to.equal('4');
    expect(el.getAttribute('selected-id')).to.equal('4');
    expect(rowsOf(el)[3].getAttribute('aria-selected')).to.equal('true');
    expect(rowsOf(el)[0].getAttribute('aria-selected')).to.equal('false');
  });

  it('keeps the selection when customer-select is cancelled', async () => {
    const el = await listOf(fakeCustomerProvider(customers));
    el.addEventListener('customer-select', (event) => event.preventDefault());

    rowsOf(el)[1].click();
    await el.updateComplete;

    expect(el.selectedId).to.equal(undefined);
    expect(rowsOf(el)[1].getAttribute('aria-selected')).to.equal('false');
  });

  it('marks the row named by selected-id', async () => {
    const provider = fakeCustomerProvider(customers);
    const el = await fixture<CustomerList>(
      html`<customer-list
        selected-id="7"
        .provider=${provider}
        .structure=${listStructure}
      ></customer-list>`,
    );
    await settled(el);

    const selected = rowsOf(el).filter((row) => row.getAttribute('aria-selected') === 'true');
    expect(selected).to.have.length(1);
    expect(cellsOf(selected[0])[0]).to.equal(customers[6].name);
    expect(selected[0].tabIndex).to.equal(0);

    el.setAttribute('selected-id', '2');
    await el.updateComplete;

    expect(rowsOf(el)[1].getAttribute('aria-selected')).to.equal('true');
    expect(rowsOf(el)[6].getAttribute('aria-selected')).to.equal('false');
  });

  it('searches from the search attribute', async () => {
    const provider = fakeCustomerProvider(customers);
    const el = await fixture<CustomerList>(
      html`<customer-list
        search="Carla"
        .provider=${provider}
        .structure=${listStructure}
      ></customer-list>`,
    );
    await settled(el);

    expect(searchBox(el).value).to.equal('Carla');
    expect(provider.calls).to.have.length(1);
    expect(provider.calls[0].filter).to.deep.equal({ q: 'Carla' });
    expect(firstNames(el).every((name) => name.startsWith('Carla'))).to.equal(true);
    expect(textOf(el)).to.contain('6 clientes');

    el.setAttribute('search', 'Diego Costa');
    await settled(el);

    expect(searchBox(el).value).to.equal('Diego Costa');
    expect(firstNames(el)).to.deep.equal(['Diego Costa 20']);
    expect(textOf(el)).to.contain('1 cliente');
  });

  it('debounces typing into one request', async () => {
    const provider = fakeCustomerProvider(customers);
    const el = await listOf(provider);
    searchBox(el).focus();

    await sendKeys({ type: 'Heitor' });

    expect(provider.calls).to.have.length(1);
    await waitUntil(() => provider.calls.length > 1, 'the search was never sent');
    await settled(el);

    expect(provider.calls).to.have.length(2);
    expect(provider.calls[1].filter).to.deep.equal({ q: 'Heitor' });
    expect(el.getAttribute('search')).to.equal('Heitor');
    expect(firstNames(el).every((name) => name.startsWith('Heitor'))).to.equal(true);
  });

  it('searches at once on Enter', async () => {
    const provider = fakeCustomerProvider(customers);
    const el = await listOf(provider);
    searchBox(el).focus();

    await sendKeys({ type: 'Ana' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;

    expect(provider.calls).to.have.length(2);
    expect(el.search).to.equal('Ana');
  });

  it('returns to page 1 when the search changes', async () => {
    const provider = fakeCustomerProvider(customers);
    const el = await listOf(provider);
    partOf(el, 'next')!.click();
    await settled(el);

    el.search = 'a';
    await settled(el);

    expect(provider.calls.at(-1)!.pagination.page).to.equal(1);
    expect(provider.calls.at(-1)!.filter).to.deep.equal({ q: 'a' });
  });

  it('names the search term when nothing matches', async () => {
    const el = await listOf(fakeCustomerProvider(customers));

    el.search = 'Zuleica';
    await settled(el);

    expect(rowsOf(el)).to.have.length(0);
    expect(partOf(el, 'empty')!.textContent).to.contain(
      'Nenhum cliente encontrado para "Zuleica".',
    );
    expect(searchBox(el).value).to.equal('Zuleica');
  });

  it('says so in English when nothing matches', async () => {
    const el = await fixture<CustomerList>(
      html`<customer-list
        locale="en"
        .provider=${fakeCustomerProvider([])}
        .structure=${listStructure}
      ></customer-list>`,
    );
    await settled(el);

    expect(partOf(el, 'empty')!.textContent).to.contain('No customers found.');
    expect(searchBox(el).labels![0].textContent).to.equal('Search customers');
  });

  describe('with an invalid locale', () => {
    const { locale: _locale, ...structure } = listStructure;
    const cases = [
      [
        'lang attribute',
        (provider: DataProvider) =>
          html`<div lang="en">
            <div lang="en_US">
              <customer-list .provider=${provider} .structure=${structure}></customer-list>
            </div>
          </div>`,
      ],
      [
        'locale attribute',
        (provider: DataProvider) =>
          html`<div lang="en">
            <customer-list
              locale="de_DE"
              .provider=${provider}
              .structure=${structure}
            ></customer-list>
          </div>`,
      ],
    ] as const;

    for (const [where, template] of cases) {
      it(`skips an invalid ${where}`, async () => {
        const warnings: string[] = [];
        const original = console.warn;
        console.warn = (message: string) => warnings.push(String(message));
        try {
          const root = await fixture<HTMLDivElement>(template(fakeCustomerProvider(customers)));
          const el = root.querySelector('customer-list')!;
          await settled(el);

          expect(rowsOf(el)).to.have.length(10);
          expect(searchBox(el).labels![0].textContent).to.equal('Search customers');
          expect(warnings.some((warning) => warning.includes('invalid locale'))).to.equal(true);
        } finally {
          console.warn = original;
        }
      });
    }
  });

  for (const rejection of [null, undefined, {}]) {
    it(`shows only the localized error for ${JSON.stringify(rejection) ?? 'undefined'}`, async () => {
      const provider = failingProvider(rejection, fakeCustomerProvider(customers));
      configureCache(provider, { retry: 0 });
      const el = await fixture<CustomerList>(
        html`<customer-list .provider=${provider} .structure=${listStructure}></customer-list>`,
      );
      await settled(el);

      expect(partOf(el, 'error')!.querySelector('p')!.textContent!.trim()).to.equal(
        'Não foi possível carregar os dados.',
      );
    });
  }

  it('says the server did not respond in time', async () => {
    const provider = { ...fakeCustomerProvider(customers), getList: () => new Promise(() => {}) };
    configureCache(provider as DataProvider, { retry: 0, timeout: 50 });
    const el = await fixture<CustomerList>(
      html`<customer-list .provider=${provider} .structure=${listStructure}></customer-list>`,
    );

    await waitUntil(() => partOf(el, 'error'), 'the timeout was not shown');

    expect(partOf(el, 'error')!.querySelector('p')!.textContent!.trim()).to.equal(
      'Não foi possível carregar os dados. O servidor não respondeu a tempo.',
    );
    expect(partOf(el, 'retry')).not.to.equal(null);
  });

  it('shows the provider error and retries', async () => {
    const error = new ProviderError('Serviço indisponível', 503);
    const provider = failingProvider(error, fakeCustomerProvider(customers));
    configureCache(provider, { retry: 0 });
    const el = await fixture<CustomerList>(
      html`<customer-list .provider=${provider} .structure=${listStructure}></customer-list>`,
    );
    await settled(el);

    const alert = partOf(el, 'error')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('Serviço indisponível (503)');
    expect(rowsOf(el)).to.have.length(0);

    partOf(el, 'retry')!.click();
    await settled(el);

    expect(provider.calls).to.have.length(2);
    expect(partOf(el, 'error')).to.equal(null);
    expect(rowsOf(el)).to.have.length(10);
  });

  it('keeps the rows under a stale badge when a refresh fails', async () => {
    const working = fakeCustomerProvider(customers);
    let failing = false;
    const provider = {
      ...working,
      getList: (resource: string, params: GetListParams) =>
        failing
          ? Promise.reject(new ProviderError('Serviço indisponível', 503))
          : working.getList(resource, params),
    } as DataProvider;
    configureCache(provider, { retry: 0 });
    const el = await listOf(provider);
    failing = true;

    await queryClientFor(provider).refetchQueries();
    await settled(el);

    expect(partOf(el, 'stale')!.textContent).to.contain('Não atualizado desde');
    expect(firstNames(el)[0]).to.equal(customers[0].name);

    failing = false;
    partOf(el, 'stale')!.querySelector('button')!.click();
    await waitUntil(() => !partOf(el, 'stale'), 'the stale badge stayed after a refresh');

    expect(firstNames(el)[0]).to.equal(customers[0].name);
  });

  it('fires crm-error when the provider rejects', async () => {
    const provider = failingProvider(new ProviderError('Proibido', 403), fakeCustomerProvider([]));
    configureCache(provider, { retry: 0 });
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const errorEvent = oneEvent(host, 'crm-error');

    const el = document.createElement('customer-list');
    el.provider = provider;
    el.structure = listStructure;
    host.append(el);
    const event = await errorEvent;

    expect(event.detail).to.deep.equal({ kind: 'provider', message: 'Proibido', status: 403 });
  });

  it('reports a provider answer without data', async () => {
    const provider = {
      ...fakeCustomerProvider([]),
      getList: async () => ({ rows: [] }),
    } as unknown as DataProvider;
    configureCache(provider, { retry: 0 });

    const el = await listOf(provider);

    expect(partOf(el, 'error')!.textContent).to.contain(
      'O provedor não retornou uma lista em "data".',
    );
  });

  it('shows a message when the structure has no list', async () => {
    const { list: _list, ...withoutList } = listStructure;
    const provider = fakeCustomerProvider(customers);

    const el = await listOf(provider, withoutList);

    expect(partOf(el, 'empty')!.textContent).to.contain('Defina "list.columns"');
    expect(provider.calls).to.have.length(0);
  });

  it('shows a message without a provider', async () => {
    const el = await fixture<CustomerList>(
      html`<customer-list .structure=${listStructure}></customer-list>`,
    );

    expect(partOf(el, 'error')!.textContent).to.contain('Nenhum provedor de dados configurado.');
  });

  it('names $ for an invalid structure attribute', async () => {
    const provider = fakeCustomerProvider(customers);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const errorEvent = oneEvent(host, 'crm-error');

    const el = document.createElement('customer-list');
    el.provider = provider;
    el.setAttribute('structure', '[object Object]');
    host.append(el);
    const event = await errorEvent;
    await el.updateComplete;

    expect(event.detail.kind).to.equal('structure');
    const issues = event.detail.kind === 'structure' ? event.detail.issues : [];
    expect(issues[0].path).to.equal('$');
    const panel = partOf(el, 'error')!;
    expect(panel.textContent).to.contain('Estrutura de dados inválida');
    expect(panel.querySelector('code')!.textContent).to.equal('$');
    expect(panel.textContent).to.contain(
      'mas o caractere na linha 1, coluna 2 é inválido: "[object Obj…"',
    );
    expect(panel.textContent).to.not.contain('is not valid JSON');
    expect(provider.calls).to.have.length(0);
  });

  it('honours page-size', async () => {
    const provider = fakeCustomerProvider(customers);
    const el = await fixture<CustomerList>(
      html`<customer-list
        page-size="20"
        .provider=${provider}
        .structure=${listStructure}
      ></customer-list>`,
    );
    await settled(el);

    expect(rowsOf(el)).to.have.length(20);
    expect(textOf(el)).to.contain('Página 1 de 3');

    el.setAttribute('page-size', 'abc');
    await settled(el);

    expect(el.effectivePageSize).to.equal(10);
    expect(rowsOf(el)).to.have.length(10);
  });

  it('inherits its inputs from crm-scope', async () => {
    const provider = fakeCustomerProvider(customers);
    const scope = await fixture(
      html`<crm-scope .provider=${provider} .structure=${listStructure} locale="en">
        <customer-list></customer-list>
      </crm-scope>`,
    );
    const el = scope.querySelector('customer-list')!;
    await settled(el);

    expect(rowsOf(el)).to.have.length(10);
    expect(partOf(el, 'count')!.textContent).to.equal('45 customers');
    expect(cellsOf(rowsOf(el)[0])[2]).to.equal('R$100.50');
  });

  it('sizes rows from --customer-list-row-height', async () => {
    const el = await listOf(fakeCustomerProvider(customers));

    el.style.setProperty('--customer-list-row-height', '60px');

    expect(rowsOf(el)[0].getBoundingClientRect().height).to.be.closeTo(60, 1);
  });

  it('works inside another shadow root', async () => {
    const provider = fakeCustomerProvider(customers);
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    const el = document.createElement('customer-list');
    el.provider = provider;
    el.structure = listStructure;
    root.append(el);
    await settled(el);
    const selection = oneEvent(outer, 'customer-select');

    rowsOf(el)[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    const event = await selection;

    expect(event.detail.id).to.equal('2');
    expect(rowsOf(el)[1].getAttribute('aria-selected')).to.equal('true');
    expect(root.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement).to.equal(rowsOf(el)[1]);
  });

  describe('accessibility', () => {
    let provider: FakeCustomerProvider;

    beforeEach(() => {
      provider = fakeCustomerProvider(customers);
    });

    it('passes axe when loaded', async () => {
      const el = await listOf(provider);

      await expect(el).to.be.accessible();
    });

    it('passes axe when a row is selected', async () => {
      const el = await listOf(provider);
      rowsOf(el)[0].click();
      await el.updateComplete;

      await expect(el).to.be.accessible();
    });

    it('passes axe when empty', async () => {
      const el = await listOf(fakeCustomerProvider([]));

      await expect(el).to.be.accessible();
    });

    it('passes axe on error', async () => {
      const failing = failingProvider(new Error('Falhou'), provider);
      configureCache(failing, { retry: 0 });
      const el = await listOf(failing);

      expect(partOf(el, 'retry')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('passes axe while loading', async () => {
      const gate = deferred();
      const slow = fakeCustomerProvider(customers, { gate: () => gate.promise });
      const el = await fixture<CustomerList>(
        html`<customer-list .provider=${slow} .structure=${listStructure}></customer-list>`,
      );

      expect(partOf(el, 'loading')).to.exist;
      await expect(el).to.be.accessible();
      gate.resolve();
    });

    it('passes axe for an invalid structure', async () => {
      const el = await listOf(provider, { version: 2 });

      await expect(el).to.be.accessible();
    });
  });
});
