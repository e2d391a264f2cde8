import { expect } from '@open-wc/testing';
import { clientColumns, parseClientsCsv } from '../../src/data/csv.ts';

const header = clientColumns.join(',');
// Lines 2 and 9 of data/clients.csv (clients 1 and 8).
const client1 = '1,20000,2,2,1,24,2,2,-1,-1,-2,-2,3913,3102,689,0,0,0,0,689,0,0,0,0,1';
const client8 = '8,1.00E+05,2,2,2,23,0,-1,-1,0,0,-1,11876,380,601,221,-159,567,380,601,0,581,1687,1542,0';

function csv(...lines: string[]): string {
  return [header, ...lines].join('\n');
}

describe('parseClientsCsv', () => {
  it('reads a real row into typed fields', () => {
    const { rows, errors } = parseClientsCsv(csv(client1));

    expect(errors).to.deep.equal([]);
    expect(rows).to.have.length(1);
    const row = rows[0];
    expect(row.line).to.equal(2);
    expect(row.id).to.equal(1);
    expect(row.creditLimit).to.equal(20000);
    expect(row.sexCode).to.equal(2);
    expect(row.educationCode).to.equal(2);
    expect(row.maritalCode).to.equal(1);
    expect(row.age).to.equal(24);
    expect(row.defaultNextMonth).to.equal(true);
  });

  it('orders statements from April to September', () => {
    const [row] = parseClientsCsv(csv(client1)).rows;

    expect(row.statements.map((statement) => statement.month)).to.deep.equal([
      '2005-04',
      '2005-05',
      '2005-06',
      '2005-07',
      '2005-08',
      '2005-09',
    ]);
    expect(row.statements.map((statement) => statement.repaymentStatus)).to.deep.equal([-2, -2, -1, -1, 2, 2]);
    expect(row.statements.map((statement) => statement.billAmount)).to.deep.equal([0, 0, 0, 689, 3102, 3913]);
    expect(row.statements.map((statement) => statement.paidAmount)).to.deep.equal([0, 0, 0, 0, 689, 0]);
  });

  it('parses scientific notation as numbers', () => {
    const [row] = parseClientsCsv(csv(client8)).rows;

    expect(row.creditLimit).to.equal(100000);
  });

  it('keeps negative bills', () => {
    const [row] = parseClientsCsv(csv(client8)).rows;

    expect(row.statements[1].billAmount).to.equal(-159);
  });

  it('accepts CRLF line ends and a trailing newline', () => {
    const { rows, errors } = parseClientsCsv(`${header}\r\n${client1}\r\n${client8}\r\n`);

    expect(errors).to.deep.equal([]);
    expect(rows.map((row) => row.id)).to.deep.equal([1, 8]);
  });

  it('skips a row with a missing column', () => {
    const short = client8.split(',').slice(0, 24).join(',');

    const { rows, errors } = parseClientsCsv(csv(client1, short));

    expect(rows.map((row) => row.id)).to.deep.equal([1]);
    expect(errors).to.deep.equal([{ line: 3, message: 'Expected 25 columns, got 24' }]);
  });

  it('skips a non-numeric cell instead of reading zero', () => {
    const broken = client8.replace('11876', '');
    const text = csv(client1, broken, client1.replace(/^1,/, '2,'));

    const { rows, errors } = parseClientsCsv(text);

    expect(rows.map((row) => row.id)).to.deep.equal([1, 2]);
    expect(errors).to.have.length(1);
    expect(errors[0].line).to.equal(3);
    expect(errors[0].message).to.equal('Invalid number "" in column X12');
  });

  it('rejects hexadecimal and Infinity cells', () => {
    const hex = client1.replace('20000', '0x10');
    const infinite = client1.replace(/^1,/, '2,').replace('20000', '1e999');

    const { rows, errors } = parseClientsCsv(csv(hex, infinite));

    expect(rows).to.deep.equal([]);
    expect(errors.map((error) => error.line)).to.deep.equal([2, 3]);
    expect(errors[0].message).to.contain('"0x10"');
    expect(errors[1].message).to.contain('"1e999"');
  });

  it('rejects an ID that is not a positive integer', () => {
    const zero = client1.replace(/^1,/, '0,');
    const fraction = client1.replace(/^1,/, '1.5,');

    const { rows, errors } = parseClientsCsv(csv(zero, fraction));

    expect(rows).to.deep.equal([]);
    expect(errors).to.deep.equal([
      { line: 2, message: 'Invalid ID "0": expected a positive integer' },
      { line: 3, message: 'Invalid ID "1.5": expected a positive integer' },
    ]);
  });

  it('skips a duplicate ID', () => {
    const { rows, errors } = parseClientsCsv(csv(client1, client8, client1));

    expect(rows.map((row) => row.id)).to.deep.equal([1, 8]);
    expect(errors).to.deep.equal([{ line: 4, message: 'Duplicate ID 1' }]);
  });

  it('rejects a repayment code out of range', () => {
    const code = client1.replace('24,2,2', '24,12,2');

    const { rows, errors } = parseClientsCsv(csv(code));

    expect(rows).to.deep.equal([]);
    expect(errors[0].message).to.equal('Invalid X6 "12": expected an integer from -2 to 9');
  });

  it('counts line numbers across empty lines', () => {
    const { errors } = parseClientsCsv(`${header}\n\n${client1}\n\n1,2,3`);

    expect(errors).to.deep.equal([{ line: 5, message: 'Expected 25 columns, got 3' }]);
  });

  it('reports a wrong header on line 1', () => {
    const { rows, errors } = parseClientsCsv(`id,limit\n${client1}`);

    expect(rows).to.deep.equal([]);
    expect(errors).to.have.length(1);
    expect(errors[0].line).to.equal(1);
    expect(errors[0].message).to.contain('Invalid header');
  });

  it('parses the shipped file without errors', async () => {
    const text = await (await fetch(new URL('../../data/clients.csv', import.meta.url))).text();

    const { rows, errors } = parseClientsCsv(text);

    expect(errors).to.deep.equal([]);
    expect(rows).to.have.length(30000);
    expect(rows[29999].id).to.equal(30000);
    expect(rows.filter((row) => row.creditLimit === 500000).length).to.be.greaterThan(0);
  });
});
