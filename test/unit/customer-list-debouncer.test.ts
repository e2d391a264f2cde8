import { expect, waitUntil } from '@open-wc/testing';
import { Debouncer } from '../../src/customer-list/debouncer.ts';

describe('Debouncer', () => {
  it('runs once with the last value', async () => {
    const values: string[] = [];
    const debouncer = new Debouncer<string>((value) => values.push(value), 20);

    debouncer.schedule('a');
    debouncer.schedule('ab');
    debouncer.schedule('abc');

    expect(values).to.deep.equal([]);
    expect(debouncer.isPending).to.equal(true);
    await waitUntil(() => values.length > 0);
    expect(values).to.deep.equal(['abc']);
    expect(debouncer.isPending).to.equal(false);
  });

  it('runs at once on flush', () => {
    const values: string[] = [];
    const debouncer = new Debouncer<string>((value) => values.push(value), 10_000);

    debouncer.schedule('x');
    debouncer.flush();
    debouncer.flush();

    expect(values).to.deep.equal(['x']);
  });

  it('drops the value on cancel', async () => {
    const values: string[] = [];
    const debouncer = new Debouncer<string>((value) => values.push(value), 5);

    debouncer.schedule('x');
    debouncer.cancel();
    await new Promise((resolve) => setTimeout(resolve, 30));

    expect(values).to.deep.equal([]);
    expect(debouncer.isPending).to.equal(false);
  });
});
