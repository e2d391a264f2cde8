import { expect } from '@open-wc/testing';
import { formatMoney } from '../../src/money/money.ts';
import { summarizeInvoices, type InvoiceLike } from '../../src/invoices/summary.ts';

type TestInvoice = InvoiceLike & { issueDate: string };

function bill(overrides: Partial<TestInvoice> = {}): TestInvoice {
  return {
    amount: '100.00',
    paidAmount: 0,
    issueDate: '2025-02-20',
    dueDate: '2025-03-10',
    currency: 'BRL',
    ...overrides,
  };
}

const options = { today: '2025-03-20', currency: 'BRL' };

describe('summarizeInvoices', () => {
  it('returns zeros and nulls for no invoices', () => {
    const summary = summarizeInvoices([], options);

    expect(summary.total).to.deep.equal({ count: 0, amount: 0, paid: 0, balance: 0 });
    expect(summary.outstanding).to.equal(0);
    expect(summary.oldestOpenDueDate).to.equal(null);
    expect(summary.oldestIssueDate).to.equal(null);
  });

  it('totals 10.10 + 20.20 + 30.30 as R$ 60,60', () => {
    const invoices = [bill({ amount: 10.1 }), bill({ amount: 20.2 }), bill({ amount: 30.3 })];

    const summary = summarizeInvoices(invoices, options);

    expect(summary.total.amount).to.equal(6060);
    expect(formatMoney(summary.total.amount, 'pt-BR', 'BRL')).to.equal('R$\u00A060,60');
  });

  it('shows 0.30 paid as 0.10 + 0.20 as paid with R$ 0,00 owed', () => {
    const summary = summarizeInvoices([bill({ amount: 0.3, paidAmount: 0.1 + 0.2 })], options);

    expect(summary.paid.count).to.equal(1);
    expect(summary.outstanding).to.equal(0);
    expect(formatMoney(summary.outstanding, 'pt-BR', 'BRL')).to.equal('R$\u00A00,00');
  });

  it('counts every status with its amounts', () => {
    const invoices = [
      bill({ dueDate: '2025-03-25' }),
      bill({ dueDate: '2025-03-25', paidAmount: '30.00' }),
      bill({ dueDate: '2025-03-01', paidAmount: '30.00' }),
      bill({ dueDate: '2025-02-01' }),
      bill({ paidAmount: '100.00' }),
      bill({ paidAmount: '120.00' }),
      bill({ canceled: true, paidAmount: '5.00' }),
    ];

    const summary = summarizeInvoices(invoices, options);

    expect(summary.open).to.deep.equal({ count: 1, amount: 10000, paid: 0, balance: 10000 });
    expect(summary.partial).to.deep.equal({ count: 1, amount: 10000, paid: 3000, balance: 7000 });
    expect(summary.overdue).to.deep.equal({ count: 2, amount: 20000, paid: 3000, balance: 17000 });
    expect(summary.paid).to.deep.equal({ count: 2, amount: 20000, paid: 22000, balance: 0 });
    expect(summary.canceled).to.deep.equal({ count: 1, amount: 10000, paid: 500, balance: 0 });
    expect(summary.total.count).to.equal(7);
    expect(summary.total.amount).to.equal(70000);
    expect(summary.outstanding).to.equal(34000);
  });

  it('counts a credit balance as paid and keeps it in the total', () => {
    const summary = summarizeInvoices([bill({ amount: '-250.00' }), bill()], options);

    expect(summary.paid.count).to.equal(1);
    expect(summary.paid.amount).to.equal(-25000);
    expect(summary.total.amount).to.equal(-15000);
    expect(summary.outstanding).to.equal(10000);
  });

  it('finds the oldest pending due date and oldest issue date', () => {
    const invoices = [
      bill({ issueDate: '2024-12-01', dueDate: '2024-12-20', paidAmount: '100.00' }),
      bill({ issueDate: '2024-11-01', dueDate: '2024-11-20', canceled: true }),
      bill({ issueDate: '2025-02-01', dueDate: '2025-02-20' }),
      bill({ issueDate: '2025-01-01', dueDate: '2025-03-24', paidAmount: 1 }),
    ];

    const summary = summarizeInvoices(invoices, options);

    expect(summary.oldestOpenDueDate).to.equal('2025-02-20');
    expect(summary.oldestIssueDate).to.equal('2024-12-01');
  });

  it('skips invoices in another currency and counts them', () => {
    const invoices = [
      bill(),
      bill({ currency: 'USD' }),
      bill({ currency: 'EUR' }),
      bill({ currency: 'USD' }),
    ];

    const summary = summarizeInvoices(invoices, options);

    expect(summary.total.count).to.equal(1);
    expect(summary.skipped.otherCurrency).to.equal(3);
    expect(summary.skipped.currencies).to.deep.equal(['EUR', 'USD']);
  });

  it('skips invoices with invalid amounts and counts them', () => {
    const summary = summarizeInvoices(
      [bill({ amount: '12,50' }), bill({ paidAmount: Number.NaN }), bill()],
      options,
    );

    expect(summary.skipped.invalid).to.equal(2);
    expect(summary.total.count).to.equal(1);
  });

  it('uses the currency minor units (JPY has none)', () => {
    const summary = summarizeInvoices([bill({ amount: 1500, currency: 'JPY' })], {
      today: '2025-03-01',
      currency: 'JPY',
    });

    expect(summary.open.amount).to.equal(1500);
  });

  it('stays exact over many cents', () => {
    const invoices = Array.from({ length: 10_000 }, () => bill({ amount: 0.1 }));

    const summary = summarizeInvoices(invoices, options);

    expect(summary.total.amount).to.equal(100_000);
  });
});
