/**
 * Counts the cases fast-check generates on the current test page, for the
 * size of a property-test section in docs/reliability.md.
 */
import fc from 'fast-check';

/**
 * Installs a global fast-check reporter that adds up the runs of every
 * `fc.assert` and throws on a failed property as the default reporter does.
 * Returns the live count.
 */
export function countGeneratedCases(): { readonly count: number } {
  const counter = { count: 0 };
  fc.configureGlobal({
    ...fc.readConfigureGlobal(),
    reporter(details) {
      counter.count += details.numRuns;
      if (details.failed) {
        throw new Error(fc.defaultReportMessage(details), { cause: details.errorInstance });
      }
    },
  });
  return counter;
}
