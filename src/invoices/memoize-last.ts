/**
 * Wraps `compute` so that a call with the same arguments as the previous call
 * (each compared with `Object.is`) returns the previous result without
 * computing again. The elements use it to summarize or sort thousands of
 * invoices once per answer instead of once per render.
 */
export function memoizeLast<A extends readonly unknown[], R>(
  compute: (...args: A) => R,
): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A): R => {
    const same =
      last !== undefined &&
      last.args.length === args.length &&
      last.args.every((value, index) => Object.is(value, args[index]));
    if (same) return last!.result;
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}
