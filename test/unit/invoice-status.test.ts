import { expect } from '@open-wc/testing';
import { todayIn } from '../../src/dates/calendar-date.ts';
import {
  daysOverdue,
  invoiceBalance,
  invoiceStatus,
  type InvoiceLike,
} from '../../src/invoices/summary.ts';

function invoice(overrides: Partial<InvoiceLike> = {}): InvoiceLike {
  return { amount: 100, paidAmount: 0, dueDate: '2025-03-10', currency: 'BRL', ...overrides };
}

describe('invoiceStatus', () => {
  it('is open before the due date', () => {
    expect(invoiceStatus(invoice(), '2025-03-01')).to.equal('open');
  });

  it('is open on the due date itself', () => {
    expect(invoiceStatus(invoice(), '2025-03-10')).to.equal('open');
  });

  it('is overdue the day after the due date', () => {
    expect(invoiceStatus(invoice(), '2025-03-11')).to.equal('overdue');
  });

  it('is partial when some is paid before the due date', () => {
    expect(invoiceStatus(invoice({ paidAmount: 40 }), '2025-03-10')).to.equal('partial');
  });

  it('prefers overdue over partial after the due date', () => {
    expect(invoiceStatus(invoice({ paidAmount: 40 }), '2025-03-11')).to.equal('overdue');
  });

  it('is paid when fully paid, even after the due date', () => {
    expect(invoiceStatus(invoice({ paidAmount: 100 }), '2026-01-01')).to.equal('paid');
  });

  it('is paid when overpaid', () => {
    expect(invoiceStatus(invoice({ paidAmount: 150 }), '2026-01-01')).to.equal('paid');
  });

  it('counts a zero bill as paid', () => {
    expect(invoiceStatus(invoice({ amount: 0 }), '2026-01-01')).to.equal('paid');
  });

  it('counts a negative bill (credit balance) as paid', () => {
    expect(invoiceStatus(invoice({ amount: -250.5 }), '2026-01-01')).to.equal('paid');
  });

  it('prefers canceled over every other status', () => {
    expect(invoiceStatus(invoice({ canceled: true }), '2026-01-01')).to.equal('canceled');
    expect(invoiceStatus(invoice({ canceled: true, paidAmount: 100 }), '2026-01-01')).to.equal(
      'canceled',
    );
  });

  it('treats 0.10 + 0.20 paid on 0.30 as paid', () => {
    const paidAmount = 0.1 + 0.2;

    expect(paidAmount).to.not.equal(0.3);
    expect(invoiceStatus(invoice({ amount: 0.3, paidAmount }), '2025-04-01')).to.equal('paid');
  });

  it('reads decimal strings exactly', () => {
    expect(
      invoiceStatus(invoice({ amount: '1234.56', paidAmount: '1234.55' }), '2025-03-01'),
    ).to.equal('partial');
    expect(
      invoiceStatus(invoice({ amount: '1234.56', paidAmount: '1234.56' }), '2025-03-01'),
    ).to.equal('paid');
  });

  it('throws RangeError on an invalid amount', () => {
    expect(() => invoiceStatus(invoice({ amount: 'abc' }), '2025-03-01')).to.throw(RangeError);
  });

  it('keeps due today in São Paulo while UTC is already the next day', () => {
    const today = todayIn('America/Sao_Paulo', new Date('2027-02-10T01:30:00Z'));

    expect(today).to.equal('2027-02-09');
    expect(invoiceStatus(invoice({ dueDate: '2027-02-09' }), today)).to.equal('open');
    expect(daysOverdue(invoice({ dueDate: '2027-02-09' }), today)).to.equal(0);
  });
});

describe('invoiceBalance', () => {
  it('is the unpaid part in minor units', () => {
    expect(invoiceBalance(invoice({ amount: '10.10', paidAmount: '0.05' }))).to.equal(1005);
  });

  it('is 0 for an overpaid invoice', () => {
    expect(invoiceBalance(invoice({ amount: 10, paidAmount: 12 }))).to.equal(0);
  });

  it('is 0 for a negative bill', () => {
    expect(invoiceBalance(invoice({ amount: -5 }))).to.equal(0);
  });

  it('is 0 for a canceled invoice', () => {
    expect(invoiceBalance(invoice({ canceled: true }))).to.equal(0);
  });

  it('is 0 for 0.30 paid as 0.10 + 0.20', () => {
    expect(invoiceBalance(invoice({ amount: 0.3, paidAmount: 0.1 + 0.2 }))).to.equal(0);
  });
});

describe('daysOverdue', () => {
  it('counts 90 days from 2025-08-26 to 2025-11-24', () => {
    expect(daysOverdue(invoice({ dueDate: '2025-08-26' }), '2025-11-24')).to.equal(90);
  });

  it('is 1 the day after the due date', () => {
    expect(daysOverdue(invoice(), '2025-03-11')).to.equal(1);
  });

  it('is 0 before the due date', () => {
    expect(daysOverdue(invoice(), '2025-02-01')).to.equal(0);
  });

  it('is 0 for a paid invoice past its due date', () => {
    expect(daysOverdue(invoice({ paidAmount: 100 }), '2025-11-24')).to.equal(0);
  });

  it('counts across a daylight saving change and a leap day', () => {
    expect(daysOverdue(invoice({ dueDate: '2024-02-28' }), '2024-03-31')).to.equal(32);
    expect(daysOverdue(invoice({ dueDate: '2018-11-01' }), '2018-11-08')).to.equal(7);
  });
});
