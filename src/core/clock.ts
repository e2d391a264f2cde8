/** Source of the current instant. Inject a fixed one in tests and stories. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at `instant` (an ISO 8601 string or a Date). */
export function fixedClock(instant: string | Date): Clock {
  const time = new Date(instant).getTime();
  if (Number.isNaN(time))
    throw new RangeError(`Invalid instant for fixedClock: ${String(instant)}`);
  return { now: () => new Date(time) };
}
