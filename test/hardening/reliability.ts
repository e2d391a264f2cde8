/**
 * Browser side of the reliability report: {@link describeCorpus} counts the
 * tests of one corpus and sends the counts to reliability-plugin.mjs, which
 * writes them to docs/reliability.md when the test run ends.
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** A corpus as its section in docs/reliability.md describes it. */
export interface CorpusInfo {
  /** Key of the section, sorted by it: letters, digits, ".", "-" and "_". */
  name: string;
  /** Heading of the section. */
  title: string;
  /**
   * Entry count, read after the tests ran, because most corpora load in a
   * `before` hook. Absent: the number of tests in the suite.
   */
  size?: () => number;
  /** Plural noun after the size, such as "payloads". */
  unit: string;
  /** File the entries come from, when they live in one. */
  source?: string;
  /** One or two sentences on what each test asserts. */
  checks: string;
  /**
   * Assertions run after each test of the corpus, before it counts as passed.
   * A test whose check throws here counts as failed.
   */
  afterEachTest?: () => void | Promise<void>;
}

/** Payload of the `record-corpus` server command. */
export interface CorpusResult {
  name: string;
  title: string;
  size: number;
  unit: string;
  source?: string;
  checks: string;
  passed: number;
  failed: number;
}

/**
 * Declares a Mocha suite whose tests, nested suites included, make up the run
 * of `corpus`. Once they finish, it sends the number that passed and failed.
 * A test that did not run, because a hook failed, counts as failed.
 */
export function describeCorpus(
  corpus: CorpusInfo,
  title: string,
  body: (this: Mocha.Suite) => void,
): void {
  describe(title, function () {
    let passed = 0;

    afterEach(async function () {
      await corpus.afterEachTest?.();
      if (this.currentTest?.state === 'passed') passed += 1;
    });

    after(async function () {
      const total = this.test!.parent!.total();
      let size = total;
      try {
        size = corpus.size?.() ?? total;
      } catch {
        // A corpus that failed to load has no size. Its tests fail on their own.
        size = 0;
      }
      const result: CorpusResult = {
        name: corpus.name,
        title: corpus.title,
        size,
        unit: corpus.unit,
        source: corpus.source,
        checks: corpus.checks,
        passed,
        failed: total - passed,
      };
      // Rejects with "Unknown command record-corpus" unless web-test-runner.config.mjs
      // registers reliabilityPlugin() from reliability-plugin.mjs.
      await executeServerCommand('record-corpus', result);
    });

    body.call(this);
  });
}
