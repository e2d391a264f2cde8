/**
 * The SQLite tables of the REST example, one per resource of the provider
 * contract. Each column maps a record path (`address.city`) to a column
 * (`address_city`), so list queries can sort and filter by path while the
 * SQL only ever names columns listed here.
 */
import { foldForSearch } from '../../../src/data/names.ts';

/** Storage class of a column and how its value converts to and from a record. */
export type ColumnType = 'text' | 'integer' | 'real' | 'boolean' | 'json';

export interface Column {
  /** Dotted path of the field in the record. */
  path: string;
  type: ColumnType;
  /** SQL NULL reads back as `null` instead of leaving the field out. */
  keepNull?: boolean;
  /** Lists may sort and filter by this column. JSON columns never can. */
  queryable?: boolean;
  /** Column that lists sort by in place of this one: a hidden column such as a folded name, or `rowid`. */
  sortKey?: string;
  /**
   * Hidden column that stores this ISO 8601 instant as epoch milliseconds.
   * Lists sort and filter by it, because instants with different offsets do
   * not sort as text.
   */
  epochKey?: string;
}

/** A column the server computes and never returns in a record. */
export interface HiddenColumn {
  name: string;
  type: 'text' | 'integer';
  /** Computes the value from the record; without it the writer passes the value. */
  derive?: (record: Record<string, unknown>) => string | number;
}

export interface ResourceTable {
  resource: string;
  table: string;
  columns: readonly Column[];
  hidden?: readonly HiddenColumn[];
  /** Whether `filter.q` searches the customers' names and CPFs. */
  searchable?: boolean;
  indexes?: readonly string[][];
}

/** Column name of a record path: `address.city` is stored as `address_city`. */
export function columnName(path: string): string {
  return path.replaceAll('.', '_');
}

function text(path: string, queryable = true): Column {
  return { path, type: 'text', queryable };
}

/**
 * Returns the id column. Lists sort it in insertion order (the dataset's order, then
 * records in the order they were created), because ids such as `task-17`
 * and `17` do not sort as text the way they were numbered.
 */
function id(): Column {
  return { path: 'id', type: 'text', queryable: true, sortKey: 'rowid' };
}

function integer(path: string): Column {
  return { path, type: 'integer', queryable: true };
}

function real(path: string): Column {
  return { path, type: 'real', queryable: true };
}

function json(path: string): Column {
  return { path, type: 'json' };
}

export const customersTable: ResourceTable = {
  resource: 'customers',
  table: 'customers',
  columns: [
    id(),
    { path: 'name', type: 'text', queryable: true, sortKey: 'nameKey' },
    text('document'),
    text('email'),
    text('phone'),
    text('address.city'),
    text('address.state'),
    text('company.name'),
    text('company.document'),
    text('company.role'),
    text('sex'),
    integer('age'),
    text('education'),
    text('maritalStatus'),
    real('creditLimit'),
    integer('score'),
    real('balance'),
    real('overdueBalance'),
    { path: 'defaultNextMonth', type: 'boolean', queryable: true },
    { path: 'openTaskId', type: 'text', keepNull: true, queryable: true },
  ],
  // Lowercase name without accents, the key of the search and of the name order.
  hidden: [
    { name: 'nameKey', type: 'text', derive: (record) => foldForSearch(String(record.name)) },
  ],
  searchable: true,
  indexes: [['nameKey'], ['score'], ['balance'], ['overdueBalance']],
};

export const invoicesTable: ResourceTable = {
  resource: 'invoices',
  table: 'invoices',
  columns: [
    id(),
    text('customerId'),
    text('number'),
    text('issueDate'),
    text('dueDate'),
    real('amount'),
    real('paidAmount'),
    text('paidDate'),
    text('currency'),
    { path: 'canceled', type: 'boolean', queryable: true },
    text('statementMonth'),
    integer('repaymentStatus'),
    real('carriedForward'),
  ],
  indexes: [['customerId', 'dueDate']],
};

export const tasksTable: ResourceTable = {
  resource: 'tasks',
  table: 'tasks',
  columns: [
    id(),
    text('customerId'),
    text('name'),
    text('status'),
    text('dueDate'),
    { path: 'assigneeId', type: 'text', keepNull: true, queryable: true },
    json('eventOptions'),
    text('template', false),
    text('script', false),
    json('fields'),
    json('values'),
    text('outcome'),
    text('completedAt'),
  ],
  indexes: [['customerId', 'status']],
};

export const agentsTable: ResourceTable = {
  resource: 'agents',
  table: 'agents',
  columns: [id(), text('name'), text('email')],
};

export const historyTable: ResourceTable = {
  resource: 'history',
  table: 'history',
  columns: [
    id(),
    text('customerId'),
    text('kind'),
    text('title'),
    { path: 'at', type: 'text', queryable: true, epochKey: 'atTime' },
    text('status'),
    text('agentId'),
    text('outcome'),
    text('outcomeId'),
    text('taskId'),
    real('amount'),
    text('currency'),
  ],
  hidden: [{ name: 'atTime', type: 'integer', derive: (record) => Date.parse(String(record.at)) }],
  indexes: [['customerId', 'atTime'], ['taskId']],
};

export const taskExecutionsTable: ResourceTable = {
  resource: 'task-executions',
  table: 'task_executions',
  columns: [
    id(),
    text('taskId'),
    text('outcome'),
    { path: 'nextTaskId', type: 'text', keepNull: true, queryable: true },
    json('values'),
    text('executedAt'),
  ],
  // The key of a submission, so a retried request returns the first result.
  hidden: [{ name: 'idempotencyKey', type: 'text' }],
  indexes: [['taskId']],
};

export const resourceTables: readonly ResourceTable[] = [
  customersTable,
  invoicesTable,
  tasksTable,
  agentsTable,
  historyTable,
  taskExecutionsTable,
];

/** Returns the table of `resource`, or undefined for a resource the server does not have. */
export function tableOf(resource: string): ResourceTable | undefined {
  return resourceTables.find((table) => table.resource === resource);
}

const sqlTypes: Record<ColumnType, string> = {
  text: 'TEXT',
  integer: 'INTEGER',
  real: 'REAL',
  boolean: 'INTEGER',
  json: 'TEXT',
};

/** Returns the CREATE TABLE and CREATE INDEX statements of every resource, plus the `meta` table. */
export function schemaStatements(): string[] {
  const statements = ['CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)'];
  for (const table of resourceTables) {
    const columns = table.columns.map((column) => {
      const name = `"${columnName(column.path)}" ${sqlTypes[column.type]}`;
      return column.path === 'id' ? `${name} NOT NULL PRIMARY KEY` : name;
    });
    for (const hidden of table.hidden ?? []) {
      columns.push(`"${hidden.name}" ${sqlTypes[hidden.type]}`);
    }
    statements.push(`CREATE TABLE "${table.table}" (${columns.join(', ')})`);
    for (const index of table.indexes ?? []) {
      const name = `${table.table}_${index.join('_')}`;
      const list = index.map((column) => `"${column}"`).join(', ');
      statements.push(`CREATE INDEX "${name}" ON "${table.table}" (${list})`);
    }
  }
  statements.push(
    'CREATE UNIQUE INDEX task_executions_idempotencyKey ON task_executions ("idempotencyKey")',
  );
  return statements;
}
