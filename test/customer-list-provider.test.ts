import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/customer-list/define.ts';
import type { CustomerList } from '../src/customer-list/define.ts';
import type { GetListParams } from '../src/core/provider.ts';
import {
  firstNames,
  listStructure,
  partOf,
  rowsOf,
  searchBox,
  settled,
  tableOf,
  textOf,
} from './helpers/customer-list-driver.ts';
import { deferred, fakeCustomerProvider, makeCustomers } from './helpers/fake-customers.ts';

const customers = makeCustomers(25);

describe('<customer-list> providers', () => {
  describe('with page info only', () => {
    async function pageInfoList() {
      const provider = fakeCustomerProvider(customers, { paging: 'pageInfo' });
      const el = await fixture<CustomerList>(
        html`<customer-list .provider=${provider} .structure=${listStructure}></customer-list>`,
      );
      await settled(el);
      return { el, provider };
    }

    it('shows the page without a count', async () => {
      const { el } = await pageInfoList();

      expect(rowsOf(el)).to.have.length(10);
      expect(tableOf(el)!.getAttribute('aria-rowcount')).to.equal('-1');
      expect(partOf(el, 'page')!.textContent).to.equal('Página 1');
      expect(partOf(el, 'count')!.textContent).to.equal('');
      expect(textOf(el)).not.to.match(/\d clientes/);
    });

    it('offers next while hasNextPage is true', async () => {
      const { el } = await pageInfoList();

      expect(partOf(el, 'next')!.hasAttribute('disabled')).to.equal(false);

      partOf(el, 'next')!.click();
      await settled(el);

      expect(firstNames(el)[0]).to.equal(customers[10].name);
      expect(rowsOf(el)[0].getAttribute('aria-rowindex')).to.equal('12');
      expect(partOf(el, 'next')!.hasAttribute('disabled')).to.equal(false);

      partOf(el, 'next')!.click();
      await settled(el);

      expect(rowsOf(el)).to.have.length(5);
      expect(partOf(el, 'page')!.textContent).to.equal('Página 3');
      expect(partOf(el, 'next')!.hasAttribute('disabled')).to.equal(true);
    });

    it('waits for a page before offering the next', async () => {
      let gate = deferred();
      const provider = fakeCustomerProvider(customers, {
        paging: 'pageInfo',
        gate: () => gate.promise,
      });
      const el = await fixture<CustomerList>(
        html`<customer-list .provider=${provider} .structure=${listStructure}></customer-list>`,
      );
      gate.resolve();
      await settled(el);
      gate = deferred();

      partOf(el, 'next')!.click();
      await el.updateComplete;

      expect(partOf(el, 'next')!.hasAttribute('disabled')).to.equal(true);
      gate.resolve();
      await settled(el);
      expect(partOf(el, 'next')!.hasAttribute('disabled')).to.equal(false);
    });
  });

  describe('out-of-order responses', () => {
    it('never lets an older response win', async () => {
      const slowGate = deferred();
      const requests: GetListParams[] = [];
      const provider = fakeCustomerProvider(customers, {
        gate: (params) => {
          requests.push(params);
          // The "a" search is slow and ignores its signal. Every other request resolves at once.
          return params.filter?.q === 'a' ? slowGate.promise : Promise.resolve();
        },
      });
      const el = await fixture<CustomerList>(
        html`<customer-list .provider=${provider} .structure=${listStructure}></customer-list>`,
      );
      await settled(el);
      searchBox(el).focus();

      await sendKeys({ type: 'a' });
      await waitUntil(() => requests.some((params) => params.filter?.q === 'a'));
      await sendKeys({ type: 'b' });
      await waitUntil(() => requests.some((params) => params.filter?.q === 'ab'));
      await settled(el);
      const slowRequest = requests.find((params) => params.filter?.q === 'a')!;

      const gabrielas = ['Gabriela Almeida 7', 'Gabriela Barbosa 15', 'Gabriela Costa 23'];

      expect(slowRequest.signal!.aborted).to.equal(true);
      expect(firstNames(el)).to.deep.equal(gabrielas);

      slowGate.resolve();
      await aFewFrames();
      await el.updateComplete;

      expect(firstNames(el)).to.deep.equal(gabrielas);
      expect(textOf(el)).to.contain('3 clientes');
      expect(searchBox(el).value).to.equal('ab');
    });

    it('keeps the newer page over an older one', async () => {
      const firstPageGate = deferred();
      let firstPageHeld = false;
      const provider = fakeCustomerProvider(customers, {
        gate: (params) => {
          if (params.pagination.page !== 1 || firstPageHeld) return Promise.resolve();
          firstPageHeld = true;
          return firstPageGate.promise;
        },
      });
      const el = await fixture<CustomerList>(
        html`<customer-list
          .provider=${provider}
          .structure=${listStructure}
          search="Ana"
        ></customer-list>`,
      );

      el.search = '';
      await settled(el);

      expect(firstNames(el)[0]).to.equal(customers[0].name);
      expect(rowsOf(el)).to.have.length(10);

      firstPageGate.resolve();
      await aFewFrames();
      await el.updateComplete;

      expect(rowsOf(el)).to.have.length(10);
      expect(textOf(el)).to.contain('25 clientes');
    });
  });
});

/** Lets pending promise callbacks and any update they request run. */
async function aFewFrames(): Promise<void> {
  for (let frame = 0; frame < 3; frame += 1) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
