import { expect, fixture, html } from '@open-wc/testing';
import '../src/customer-list/define.ts';
import type { CustomerList } from '../src/customer-list/define.ts';
import { defaultStructure } from '../src/structure/default-structure.ts';
import {
  cellsOf,
  firstNames,
  headerCell,
  partOf,
  rowsOf,
  searchBox,
  settled,
  tableOf,
  textOf,
} from './helpers/customer-list-driver.ts';
import { embeddedProvider, testClock } from './helpers/embedded.ts';

async function embeddedList(): Promise<CustomerList> {
  const provider = await embeddedProvider();
  const el = await fixture<CustomerList>(
    html`<customer-list
      .provider=${provider}
      .structure=${defaultStructure}
      .clock=${testClock}
    ></customer-list>`,
  );
  await settled(el);
  return el;
}

describe('<customer-list> with the embedded dataset', () => {
  it('shows 25 real customers and the total', async () => {
    const el = await embeddedList();

    const rows = rowsOf(el);
    expect(rows).to.have.length(25);
    const [name, cpf, score, balance] = cellsOf(rows[0]);
    expect(name).to.match(/\p{L}{2,} \p{L}{2,}/u);
    expect(cpf).to.match(/^\d{3}\.\d{3}\.\d{3}-\d{2}$/);
    expect(score).to.match(/^\d{1,4}$/);
    expect(balance).to.match(/\d/);
    expect(partOf(el, 'count')!.textContent).to.equal('30.000 clientes');
    expect(partOf(el, 'page')!.textContent).to.equal('Página 1 de 1.200');
    expect(tableOf(el)!.getAttribute('aria-rowcount')).to.equal('30001');
  });

  it('narrows a search to a real name', async () => {
    const el = await embeddedList();
    const name = firstNames(el)[0];

    el.search = name;
    await settled(el);

    expect(searchBox(el).value).to.equal(name);
    expect(firstNames(el)).to.include(name);
    const count = Number(partOf(el, 'count')!.textContent!.replace(/\D/g, ''));
    expect(count).to.be.within(1, 100);
    for (const found of firstNames(el)) {
      for (const word of name.split(' ')) expect(found).to.contain(word);
    }
  });

  it('orders by score from the header', async () => {
    const el = await embeddedList();
    const before = firstNames(el)[0];

    headerCell(el, 'Score').querySelector('button')!.click();
    await settled(el);
    const ascending = rowsOf(el).map((row) => Number(cellsOf(row)[2]));

    expect(headerCell(el, 'Score').getAttribute('aria-sort')).to.equal('ascending');
    expect(ascending).to.deep.equal([...ascending].sort((a, b) => a - b));

    headerCell(el, 'Score').querySelector('button')!.click();
    await settled(el);
    const descending = rowsOf(el).map((row) => Number(cellsOf(row)[2]));

    expect(descending[0]).to.be.greaterThan(ascending[0]);
    expect(descending).to.deep.equal([...descending].sort((a, b) => b - a));
    expect(firstNames(el)[0]).not.to.equal(before);
  });

  it('shows rows 26 to 50 on the next page', async () => {
    const el = await embeddedList();
    const firstPage = firstNames(el);

    partOf(el, 'next')!.click();
    await settled(el);

    const indexes = rowsOf(el).map((row) => Number(row.getAttribute('aria-rowindex')));
    // The header row is row 1, so customers 26 to 50 are rows 27 to 51.
    expect(indexes[0]).to.equal(27);
    expect(indexes.at(-1)).to.equal(51);
    expect(firstNames(el)).not.to.include(firstPage[0]);
    expect(textOf(el)).to.contain('Página 2 de 1.200');
  });

  it('passes axe with real data', async () => {
    const el = await embeddedList();

    await expect(el).to.be.accessible();
  });
});
