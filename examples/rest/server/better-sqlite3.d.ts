/**
 * Types of the part of better-sqlite3 12 that the REST example uses. The
 * package ships no types, and @types/better-sqlite3 is not a dependency.
 * Method shapes follow better-sqlite3's docs/api.md.
 */
declare module 'better-sqlite3' {
  namespace Database {
    type BindValue = string | number | bigint | Buffer | null;

    interface Options {
      readonly?: boolean;
      /** Throw when the file does not exist instead of creating it. */
      fileMustExist?: boolean;
      timeout?: number;
    }

    interface RunResult {
      changes: number;
      lastInsertRowid: number | bigint;
    }

    interface Statement {
      run(...params: Array<BindValue | BindValue[]>): RunResult;
      get(...params: Array<BindValue | BindValue[]>): unknown;
      all(...params: Array<BindValue | BindValue[]>): unknown[];
    }

    interface Database {
      prepare(source: string): Statement;
      exec(source: string): this;
      pragma(source: string, options?: { simple?: boolean }): unknown;
      /** Wraps `fn` so that each call runs in one transaction, rolled back when `fn` throws. */
      transaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R;
      close(): this;
      readonly open: boolean;
    }
  }

  const Database: {
    new (filename: string, options?: Database.Options): Database.Database;
  };

  export default Database;
}
