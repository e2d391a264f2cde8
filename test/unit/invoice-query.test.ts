import { expect } from '@open-wc/testing';
import {
  compareInvoices,
  filterInvoicesByStatus,
  isInvoiceStatus,
  type InvoiceLike,
} from '../../src/invoices/summary.ts';

type Row = InvoiceLike & { number: string };

const today = '2025-03-20';
const rows: Row[] = [
  { number: 'paid', amount: '5.00', paidAmount: '5.00', dueDate: '2025-01-10', currency: 'BRL' },
  { number: 'open', amount: '100.00', paidAmount: 0, dueDate: '2025-04-10', currency: 'BRL' },
  {
    number: 'canceled',
    amount: '7.00',
    paidAmount: 0,
    dueDate: '2025-02-10',
    currency: 'BRL',
    canceled: true,
  },
  { number: 'overdue', amount: '20.00', paidAmount: 0, dueDate: '2025-03-19', currency: 'BRL' },
  { number: 'partial', amount: '9.90', paidAmount: '1.00', dueDate: '2025-03-20', currency: 'BRL' },
];

function sortedNumbers(field: string, order: 'ASC' | 'DESC'): string[] {
  return [...rows]
    .sort((a, b) => compareInvoices(a, b, field, order, today))
    .map((row) => row.number);
}

describe('compareInvoices', () => {
  it('sorts by status, most urgent first', () => {
    expect(sortedNumbers('status', 'ASC')).to.deep.equal([
      'overdue',
      'partial',
      'open',
      'paid',
      'canceled',
    ]);
  });

  it('sorts by status descending', () => {
    expect(sortedNumbers('status', 'DESC')).to.deep.equal([
      'canceled',
      'paid',
      'open',
      'partial',
      'overdue',
    ]);
  });

  it('sorts amounts as numbers, not text', () => {
    expect(sortedNumbers('amount', 'ASC')).to.deep.equal([
      'paid',
      'canceled',
      'partial',
      'overdue',
      'open',
    ]);
  });

  it('sorts due dates', () => {
    expect(sortedNumbers('dueDate', 'DESC')).to.deep.equal([
      'open',
      'partial',
      'overdue',
      'canceled',
      'paid',
    ]);
  });

  it('puts invalid amounts last in both orders', () => {
    const broken: Row = {
      number: 'broken',
      amount: 'n/a',
      paidAmount: 0,
      dueDate: '2025-01-01',
      currency: 'BRL',
    };

    for (const order of ['ASC', 'DESC'] as const) {
      for (const field of ['amount', 'status']) {
        const sorted = [broken, ...rows].sort((a, b) => compareInvoices(a, b, field, order, today));
        expect(sorted.at(-1)!.number, `${field} ${order}`).to.equal('broken');
      }
    }
  });
});

describe('filterInvoicesByStatus', () => {
  it('keeps the invoices with the status', () => {
    expect(filterInvoicesByStatus(rows, 'overdue', today).map((row) => row.number)).to.deep.equal([
      'overdue',
    ]);
  });

  it('keeps everything for an unknown status', () => {
    expect(filterInvoicesByStatus(rows, 'weird', today)).to.have.length(5);
    expect(isInvoiceStatus('weird')).to.equal(false);
  });
});
