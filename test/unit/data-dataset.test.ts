import { expect } from '@open-wc/testing';
import { customerSchema, historyEventSchema, invoiceSchema, taskSchema } from '../../src/core/records.ts';
import { clientColumns, parseClientsCsv, type StatementRow } from '../../src/data/csv.ts';
import { fromMinorUnits, toMinorUnits } from '../../src/money/money.ts';
import {
  buildDataset,
  computeScore,
  csvMinorUnits,
  toMajorUnits,
  settleStatements,
  statementCalendar,
  statementMonthShift,
  type Dataset,
  type DatasetInvoice,
} from '../../src/data/dataset.ts';
import { invoiceStatus } from '../../src/invoices/status.ts';

const today = '2026-12-04';

// Lines 2, 3, 4 and 9 of data/clients.csv, verbatim.
const realLines = [
  '1,20000,2,2,1,24,2,2,-1,-1,-2,-2,3913,3102,689,0,0,0,0,689,0,0,0,0,1',
  '2,120000,2,2,2,26,-1,2,0,0,0,2,2682,1725,2682,3272,3455,3261,0,1000,1000,1000,0,2000,1',
  '3,90000,2,2,2,34,0,0,0,0,0,0,29239,14027,13559,14331,14948,15549,1518,1500,1000,1000,1000,5000,0',
  '8,1.00E+05,2,2,2,23,0,-1,-1,0,0,-1,11876,380,601,221,-159,567,380,601,0,581,1687,1542,0',
];

function realDataset(): Dataset {
  const { rows } = parseClientsCsv([clientColumns.join(','), ...realLines].join('\n'));
  return buildDataset(rows, { today });
}

function invoicesOf(dataset: Dataset, customerId: string): DatasetInvoice[] {
  return dataset.invoices.filter((invoice) => invoice.customerId === customerId);
}

/** Six statements, April to September, with one code for all and the given bills and payments. */
function statements(code: number, bills: number[], payments: number[]): StatementRow[] {
  return bills.map((billAmount, index) => ({
    month: `2005-0${index + 4}` as StatementRow['month'],
    repaymentStatus: code,
    billAmount,
    paidAmount: payments[index],
  }));
}

describe('statement date shift', () => {
  it('puts the September statement due in the month of today', () => {
    // (2026 - 2005) * 12 + 12 - 10 = 254 months.
    expect(statementMonthShift('2026-12-04')).to.equal(254);

    const calendar = statementCalendar('2026-12-04');

    expect(calendar[5]).to.deep.equal({
      statementMonth: '2026-11',
      issueDate: '2026-11-25',
      dueDate: '2026-12-10',
      dueMonth: '2026-12',
    });
    expect(calendar[0].statementMonth).to.equal('2026-06');
    expect(calendar[0].dueDate).to.equal('2026-07-10');
  });

  it('crosses a year boundary', () => {
    const calendar = statementCalendar('2027-01-31');

    expect(calendar.map((dates) => dates.statementMonth)).to.deep.equal([
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(calendar[5].dueDate).to.equal('2027-01-10');
  });

  it('leaves October 2005 unshifted', () => {
    expect(statementMonthShift('2005-10-01')).to.equal(0);
    expect(statementCalendar('2005-10-01')[5].statementMonth).to.equal('2005-09');
  });
});

describe('dataset money conversion', () => {
  it('matches toMinorUnits and fromMinorUnits', () => {
    for (const amount of [0, -159, 689, 500000, 1000000, 12.5, -0.01, 9007199254740.99]) {
      const minor = csvMinorUnits(amount);

      expect(minor, String(amount)).to.equal(toMinorUnits(amount, 'TWD'));
      expect(toMajorUnits(minor), String(amount)).to.equal(Number(fromMinorUnits(minor, 'TWD')));
    }
  });
});

describe('computeScore', () => {
  it('gives 1000 to a client with no delay who pays every bill', () => {
    expect(computeScore(statements(-1, [100, 100, 100, 100, 100, 100], [0, 100, 100, 100, 100, 100]))).to.equal(
      1000,
    );
  });

  it('gives 0 to a client three months late who pays nothing', () => {
    expect(computeScore(statements(3, [100, 100, 100, 100, 100, 100], [0, 0, 0, 0, 0, 0]))).to.equal(0);
  });

  it('counts the payment share when nothing is late', () => {
    // 700 + 300 * 250 / 500 = 850.
    expect(computeScore(statements(0, [100, 100, 100, 100, 100, 0], [0, 50, 50, 50, 50, 50]))).to.equal(850);
  });

  it('treats no positive bill as fully paid', () => {
    expect(computeScore(statements(-2, [0, 0, -5, 0, 0, 0], [0, 0, 0, 0, 0, 0]))).to.equal(1000);
  });

  it('caps delays at three months', () => {
    const three = computeScore(statements(3, [0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0]));
    const nine = computeScore(statements(9, [0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0]));

    expect(three).to.equal(300);
    expect(nine).to.equal(300);
  });
});

describe('settleStatements', () => {
  it('counts a remainder carried into the next bill as settled', () => {
    const [april] = settleStatements(statements(0, [1000, 900, 0, 0, 0, 0], [0, 100, 0, 0, 0, 0]));

    expect(april).to.deep.equal({ amount: 100000, paid: 100000, carried: 90000, covered: 10000, paymentDay: 5 });
  });

  it('caps an overpayment at the bill', () => {
    const [april] = settleStatements(statements(-1, [1000, 0, 0, 0, 0, 0], [0, 1500, 0, 0, 0, 0]));

    expect(april.paid).to.equal(100000);
    expect(april.covered).to.equal(100000);
    expect(april.carried).to.equal(0);
  });

  it('settles a credit balance with nothing to pay', () => {
    const settlements = settleStatements(statements(0, [-300, 0, 0, 0, 0, -20], [0, 0, 0, 0, 0, 0]));

    expect(settlements[0]).to.deep.equal({ amount: -30000, paid: -30000, carried: 0, covered: 0 });
    expect(settlements[5]).to.deep.equal({ amount: -2000, paid: -2000, carried: 0, covered: 0 });
  });

  it('leaves the August remainder unpaid when September is late', () => {
    const rows = statements(0, [0, 0, 0, 0, 5000, 6000], [0, 0, 0, 0, 0, 1000]);
    rows[5].repaymentStatus = 1;

    const settlements = settleStatements(rows);

    expect(settlements[4]).to.deep.equal({
      amount: 500000,
      paid: 100000,
      carried: 0,
      covered: 100000,
      paymentDay: 20,
    });
    // The September bill contains the 4000 remainder, so its invoice carries 2000.
    expect(settlements[5]).to.deep.equal({ amount: 200000, paid: 0, carried: 0, covered: 0 });
  });

  it('caps the overdue remainder at the September bill', () => {
    const rows = statements(0, [0, 0, 0, 0, 5000, 1500], [0, 0, 0, 0, 0, 0]);
    rows[5].repaymentStatus = 2;

    const settlements = settleStatements(rows);

    expect(settlements[4].paid).to.equal(350000);
    expect(settlements[4].carried).to.equal(350000);
    expect(settlements[5].amount).to.equal(0);
  });
});

describe('buildDataset with real clients', () => {
  it('builds client 1, late two months', () => {
    // CSV: 1,20000,2,2,1,24,2,2,-1,-1,-2,-2,3913,3102,689,0,0,0,0,689,0,0,0,0,1
    // April..September: codes -2,-2,-1,-1,2,2; bills 0,0,0,689,3102,3913;
    // payments 0,0,0,0,689,0.
    // - April to June bills are 0: nothing to pay (paid).
    // - July bill 689 is covered by the August payment 689; August code 2 is
    //   late, so it is dated the 20th of the due month: 2026-10-20 (paid).
    // - August bill 3102 gets no September payment and September code 2 is
    //   late: 3102 stays unpaid (min(3102, 3913)), due 2026-11-10 (overdue).
    // - September bill 3913 contains those 3102, so its invoice is
    //   3913 - 3102 = 811, due 2026-12-10 (open).
    // balance 3102 + 811 = 3913, overdue 3102.
    // score: D = 5*2 + 6*2 = 22; billed 689 + 3102 = 3791, paid 689;
    // 700*41/63 + 300*689/3791 = 455.56 + 54.52 = 510.08 -> 510.
    const dataset = realDataset();
    const customer = dataset.customers.find((record) => record.id === '1')!;
    const invoices = invoicesOf(dataset, '1');

    expect(customer.creditLimit).to.equal(20000);
    expect(customer.sex).to.equal('female');
    expect(customer.education).to.equal('university');
    expect(customer.maritalStatus).to.equal('married');
    expect(customer.age).to.equal(24);
    expect(customer.defaultNextMonth).to.equal(true);
    expect(customer.score).to.equal(510);
    expect(customer.balance).to.equal(3913);
    expect(customer.overdueBalance).to.equal(3102);
    expect(customer.openTaskId).to.equal('task-1');
    expect(invoices.map((invoice) => invoice.amount)).to.deep.equal([0, 0, 0, 689, 3102, 811]);
    expect(invoices.map((invoice) => invoice.paidAmount)).to.deep.equal([0, 0, 0, 689, 0, 0]);
    expect(invoices.map((invoice) => invoiceStatus(invoice, today))).to.deep.equal([
      'paid',
      'paid',
      'paid',
      'paid',
      'overdue',
      'open',
    ]);
    expect(invoices[3].paidDate).to.equal('2026-10-20');
    expect(invoices[4].dueDate).to.equal('2026-11-10');
    expect(invoices[5].id).to.equal('1-2026-11');
    expect(invoices[5].number).to.equal('202611-00001');
    expect(invoices[5].repaymentStatus).to.equal(2);
  });

  it('builds client 2, current again in September', () => {
    // CSV: 2,120000,2,2,2,26,-1,2,0,0,0,2,2682,1725,2682,3272,3455,3261,0,1000,1000,1000,0,2000,1
    // April..September: codes 2,0,0,0,2,-1; bills 3261,3455,3272,2682,1725,2682;
    // payments 2000,0,1000,1000,1000,0.
    // - April 3261: May pays 0, code 0: all 3261 carried into May's bill.
    // - May 3455: June pays 1000 on time (2026-08-05), 2455 carried.
    // - June 3272: July pays 1000 (2026-09-05), 2272 carried.
    // - July 2682: August pays 1000 with code 2, late (2026-10-20), 1682 carried.
    // - August 1725: September pays 0 but code -1 is not late: carried.
    // - September 2682: open.
    // balance 2682, overdue 0, so no task although the client defaulted.
    // score: D = 1*2 + 5*2 = 12; billed 14395, paid 3000;
    // 700*51/63 + 300*3000/14395 = 566.67 + 62.52 = 629.19 -> 629.
    const dataset = realDataset();
    const customer = dataset.customers.find((record) => record.id === '2')!;
    const invoices = invoicesOf(dataset, '2');

    expect(customer.score).to.equal(629);
    expect(customer.balance).to.equal(2682);
    expect(customer.overdueBalance).to.equal(0);
    expect(customer.openTaskId).to.equal(null);
    expect(invoices.map((invoice) => invoice.carriedForward)).to.deep.equal([3261, 2455, 2272, 1682, 1725, 0]);
    expect(invoices.map((invoice) => invoice.paidDate)).to.deep.equal([
      undefined,
      '2026-08-05',
      '2026-09-05',
      '2026-10-20',
      undefined,
      undefined,
    ]);
    expect(invoices.map((invoice) => invoiceStatus(invoice, today))).to.deep.equal([
      'paid',
      'paid',
      'paid',
      'paid',
      'paid',
      'open',
    ]);
  });

  it('builds client 3, revolving on minimum payments', () => {
    // CSV: 3,90000,2,2,2,34,0,0,0,0,0,0,29239,14027,13559,14331,14948,15549,1518,1500,1000,1000,1000,5000,0
    // All codes 0. Bills 15549,14948,14331,13559,14027,29239; payments
    // 5000,1000,1000,1000,1500,1518. Each bill is partly paid by the next
    // month's payment and the rest carried: 14549, 13948, 13331, 12059, 12509.
    // balance 29239 (the September bill), overdue 0.
    // score: D = 0; billed 72414, paid 6018; 700 + 300*6018/72414 = 724.93 -> 725.
    const dataset = realDataset();
    const customer = dataset.customers.find((record) => record.id === '3')!;
    const invoices = invoicesOf(dataset, '3');

    expect(customer.creditLimit).to.equal(90000);
    expect(customer.score).to.equal(725);
    expect(customer.balance).to.equal(29239);
    expect(customer.overdueBalance).to.equal(0);
    expect(invoices.map((invoice) => invoice.carriedForward)).to.deep.equal([
      14549, 13948, 13331, 12059, 12509, 0,
    ]);
    expect(invoices[5].amount).to.equal(29239);
    expect(invoiceStatus(invoices[5], today)).to.equal('open');
  });

  it('builds client 8, with a credit balance and an overpayment', () => {
    // CSV: 8,1.00E+05,2,2,2,23,0,-1,-1,0,0,-1,11876,380,601,221,-159,567,380,601,0,581,1687,1542,0
    // Limit 1.00E+05 = 100000. April..September: codes -1,0,0,-1,-1,0;
    // bills 567,-159,221,601,380,11876; payments 1542,1687,581,0,601,380.
    // - April 567: May pays 1687, capped at 567 (paid 2026-07-05).
    // - May -159: a credit balance, nothing to pay (paid).
    // - June 221: July pays 0, code -1: carried.
    // score: D = 0; billed 567+221+601+380 = 1769, paid 567+0+601+380 = 1548;
    // 700 + 300*1548/1769 = 962.52 -> 963.
    const dataset = realDataset();
    const customer = dataset.customers.find((record) => record.id === '8')!;
    const invoices = invoicesOf(dataset, '8');

    expect(customer.creditLimit).to.equal(100000);
    expect(customer.score).to.equal(963);
    expect(customer.balance).to.equal(11876);
    expect(invoices[0].paidAmount).to.equal(567);
    expect(invoices[0].paidDate).to.equal('2026-07-05');
    expect(invoices[1].amount).to.equal(-159);
    expect(invoices[1].paidAmount).to.equal(-159);
    expect(invoiceStatus(invoices[1], today)).to.equal('paid');
    const payments = dataset.history.filter((event) => event.customerId === '8' && event.kind === 'payment');
    expect(payments[0].amount).to.equal(1687);
    expect(payments[0].at).to.equal('2026-07-05T12:00:00.000-03:00');
  });

  it('opens one collection task for a client with an overdue invoice', () => {
    const dataset = realDataset();

    expect(dataset.tasks.map((task) => task.customerId)).to.deep.equal(['1']);
    const [task] = dataset.tasks;
    expect(task.id).to.equal('task-1');
    expect(task.name).to.equal('Cobrança de fatura em atraso');
    expect(task.status).to.equal('open');
    expect(task.dueDate).to.equal(today);
    expect(task.assigneeId).to.match(/^agent-[1-5]$/);
    expect(task.values).to.deep.equal({ phone: dataset.customers[0].phone });
    expect(task.eventOptions.map((option) => option.id)).to.deep.equal([
      'promise-to-pay',
      'paid',
      'no-answer',
      'wrong-number',
      'refused',
    ]);
    expect(task.eventOptions[0].requiredFields).to.deep.equal(['promiseDate', 'promiseAmount']);
    expect(task.eventOptions[3].requiredFields).to.deep.equal(['phone']);
    expect(task.fields.map((field) => field.path)).to.deep.equal(['phone', 'promiseDate', 'promiseAmount', 'note']);
    for (const placeholder of ['customer.name', 'invoice.total', 'invoice.oldestDueDate', 'task.dueDate', 'agent.name']) {
      expect(task.template).to.contain(`{{${placeholder}}}`);
    }
    expect(task.script).to.contain('**');
    expect(task.script).to.contain('\n- ');
  });

  it('writes the history of client 1', () => {
    const dataset = realDataset();
    const events = dataset.history.filter((event) => event.customerId === '1');

    expect(events.map((event) => [event.kind, event.status, event.at])).to.deep.equal([
      ['contact', 'done', '2026-10-15T10:00:00.000-03:00'],
      ['payment', 'done', '2026-10-20T12:00:00.000-03:00'],
      ['contact', 'done', '2026-11-15T10:00:00.000-03:00'],
      ['task', 'upcoming', '2026-12-04T09:00:00.000-03:00'],
    ]);
    expect(events[1].amount).to.equal(689);
    expect(events[3].taskId).to.equal('task-1');
  });

  it('passes the record schemas', () => {
    const dataset = realDataset();

    for (const customer of dataset.customers) expect(customerSchema.safeParse(customer).success).to.equal(true);
    for (const invoice of dataset.invoices) expect(invoiceSchema.safeParse(invoice).success).to.equal(true);
    for (const task of dataset.tasks) expect(taskSchema.safeParse(task).success).to.equal(true);
    for (const event of dataset.history) expect(historyEventSchema.safeParse(event).success).to.equal(true);
  });

  it('gives five agents', () => {
    expect(realDataset().agents.map((agent) => agent.id)).to.deep.equal([
      'agent-1',
      'agent-2',
      'agent-3',
      'agent-4',
      'agent-5',
    ]);
  });
});
