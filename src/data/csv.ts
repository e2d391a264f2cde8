/**
 * Parser for `data/clients.csv`, the UCI "Default of Credit Card Clients"
 * dataset: a header line, then one client per line with 25 numeric columns
 * (ID, X1 to X23, Y). `data/README.md` documents the columns.
 */

/** Months of the six statements in chronological order, April to September 2005. */
export const statementMonths = [
  '2005-04',
  '2005-05',
  '2005-06',
  '2005-07',
  '2005-08',
  '2005-09',
] as const;
export type StatementMonth = (typeof statementMonths)[number];

/** One monthly statement of a client as the CSV states it. */
export interface StatementRow {
  month: StatementMonth;
  /** Repayment status code: -2, -1, 0, or 1 to 9 months late. */
  repaymentStatus: number;
  /** Bill amount in whole New Taiwan dollars; negative is a credit balance. */
  billAmount: number;
  /** Amount paid during this month, in whole New Taiwan dollars. */
  paidAmount: number;
}

/** One client line of the CSV. */
export interface ClientRow {
  /** 1-based line number in the file (the header is line 1). */
  line: number;
  id: number;
  creditLimit: number;
  /** X2: 1 male, 2 female. */
  sexCode: number;
  /** X3: 1 graduate school, 2 university, 3 high school, 4 others; 0, 5, 6 undocumented. */
  educationCode: number;
  /** X4: 1 married, 2 single, 3 others; 0 undocumented. */
  maritalCode: number;
  age: number;
  /** The six statements, April (index 0) to September 2005 (index 5). */
  statements: StatementRow[];
  defaultNextMonth: boolean;
}

/** A line that was skipped, with its 1-based line number in the file. */
export interface CsvRowError {
  line: number;
  message: string;
}

export interface ParsedClients {
  rows: ClientRow[];
  errors: CsvRowError[];
}

export const clientColumns = [
  'ID',
  ...Array.from({ length: 23 }, (_, index) => `X${index + 1}`),
  'Y',
] as const;

const columnCount = clientColumns.length;

/**
 * Parses the text of `clients.csv`. Scientific notation such as `5.00E+05`
 * is a number. A line is skipped and reported in `errors` with its line
 * number when it has the wrong number of cells, a cell that is not a number,
 * an ID that is not a positive integer, a duplicate ID, or a code outside its
 * documented range. Empty lines are ignored. The header line must name the 25
 * columns, else the whole text is reported as one error on line 1.
 */
export function parseClientsCsv(text: string): ParsedClients {
  const lines = text.split('\n');
  const rows: ClientRow[] = [];
  const errors: CsvRowError[] = [];
  const header = stripCarriageReturn(lines[0] ?? '').replace(/^\uFEFF/, '');
  if (header !== clientColumns.join(',')) {
    errors.push({
      line: 1,
      message: `Invalid header: expected "${clientColumns.join(',')}", got "${header.slice(0, 80)}"`,
    });
    return { rows, errors };
  }
  const seenIds = new Set<number>();
  for (let index = 1; index < lines.length; index++) {
    const line = stripCarriageReturn(lines[index]);
    if (line.trim() === '') continue;
    const lineNumber = index + 1;
    const result = parseClientLine(line, lineNumber);
    if (typeof result === 'string') {
      errors.push({ line: lineNumber, message: result });
      continue;
    }
    if (seenIds.has(result.id)) {
      errors.push({ line: lineNumber, message: `Duplicate ID ${result.id}` });
      continue;
    }
    seenIds.add(result.id);
    rows.push(result);
  }
  return { rows, errors };
}

/** Returns the parsed row, or the reason the line is invalid. */
function parseClientLine(line: string, lineNumber: number): ClientRow | string {
  const cells = line.split(',');
  if (cells.length !== columnCount) {
    return `Expected ${columnCount} columns, got ${cells.length}`;
  }
  const values = new Array<number>(columnCount);
  for (let column = 0; column < columnCount; column++) {
    const value = parseNumberCell(cells[column]);
    if (value === null) {
      return `Invalid number "${cells[column]}" in column ${clientColumns[column]}`;
    }
    values[column] = value;
  }
  const id = values[0];
  if (!Number.isSafeInteger(id) || id < 1) return `Invalid ID "${cells[0]}": expected a positive integer`;

  const codeProblem = checkCodes(values, cells);
  if (codeProblem) return codeProblem;

  const statements: StatementRow[] = statementMonths.map((month, chronological) => {
    // The CSV lists each group from September (first) back to April (last).
    const offset = 5 - chronological;
    return {
      month,
      repaymentStatus: values[6 + offset],
      billAmount: values[12 + offset],
      paidAmount: values[18 + offset],
    };
  });
  return {
    line: lineNumber,
    id,
    creditLimit: values[1],
    sexCode: values[2],
    educationCode: values[3],
    maritalCode: values[4],
    age: values[5],
    statements,
    defaultNextMonth: values[24] === 1,
  };
}

/** Integer ranges of the code columns, by column index. */
const codeRanges: Array<[first: number, last: number, min: number, max: number]> = [
  [2, 2, 1, 2], // X2 sex
  [3, 3, 0, 6], // X3 education
  [4, 4, 0, 3], // X4 marital status
  [5, 5, 0, 150], // X5 age
  [6, 11, -2, 9], // X6..X11 repayment status
  [24, 24, 0, 1], // Y
];

function checkCodes(values: number[], cells: string[]): string | null {
  for (const [first, last, min, max] of codeRanges) {
    for (let column = first; column <= last; column++) {
      const value = values[column];
      if (!Number.isInteger(value) || value < min || value > max) {
        return `Invalid ${clientColumns[column]} "${cells[column]}": expected an integer from ${min} to ${max}`;
      }
    }
  }
  return null;
}

/**
 * Parses a decimal or scientific-notation number (`-159`, `5.00E+05`).
 * Returns null for empty cells, spaces, hexadecimal, `Infinity` and anything
 * else `Number()` would accept but a CSV of amounts should not contain.
 */
function parseNumberCell(cell: string): number | null {
  if (cell.length === 0) return null;
  for (let index = 0; index < cell.length; index++) {
    const code = cell.charCodeAt(index);
    const isDigit = code >= 48 && code <= 57;
    // Allowed besides digits: + - . e E
    if (!isDigit && code !== 43 && code !== 45 && code !== 46 && code !== 101 && code !== 69) return null;
  }
  const value = Number(cell);
  return Number.isFinite(value) ? value : null;
}

function stripCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
