/**
 * A time zone in moment-timezone's packed format, with the offset lookups of
 * moment-timezone 0.5.48 (`Zone#parse`, `Zone#utcOffset`) ported line by line,
 * so the holiday engine gets the same instants as with moment-timezone.
 *
 * Offsets are in minutes west of UTC, as moment-timezone stores them: 180 is
 * UTC-03:00. `untils[i]` is the instant (ms) up to which `offsets[i]` applies.
 */
export interface PackedZone {
  name: string;
  offsets: number[];
  untils: number[];
}

function charCodeToInt(charCode: number): number {
  if (charCode > 96) return charCode - 87;
  if (charCode > 64) return charCode - 29;
  return charCode - 48;
}

/** Decodes one base-60 number of the packed format, such as `36.s` or `-2glwR.w`. */
function unpackBase60(text: string): number {
  const [whole, fractional = ''] = text.split('.');
  const sign = text.charCodeAt(0) === 45 ? -1 : 1;
  let value = 0;
  for (let i = sign === -1 ? 1 : 0; i < whole.length; i++) {
    value = 60 * value + charCodeToInt(whole.charCodeAt(i));
  }
  let multiplier = 1;
  for (let i = 0; i < fractional.length; i++) {
    multiplier = multiplier / 60;
    value += charCodeToInt(fractional.charCodeAt(i)) * multiplier;
  }
  return value * sign;
}

/**
 * Unpacks `name|abbreviations|offsets|indices|untils|population`, the format
 * of moment-timezone's data/packed/latest.json.
 */
export function unpackZone(packed: string): PackedZone {
  const [name, , offsetText, indexText, untilText] = packed.split('|');
  const offsets = offsetText.split(' ').map(unpackBase60);
  const indices = indexText.split('').map(unpackBase60);
  const deltas = untilText ? untilText.split(' ').map(unpackBase60) : [];
  const untils: number[] = [];
  for (let i = 0; i < indices.length; i++) {
    untils[i] = Math.round((untils[i - 1] || 0) + (deltas[i] ?? Number.NaN) * 60000);
  }
  untils[indices.length - 1] = Infinity;
  return { name, offsets: indices.map((index) => offsets[index]), untils };
}

/** Index of the period that contains `timestamp` (moment-timezone's `closest`). */
function periodIndex(timestamp: number, untils: number[]): number | undefined {
  const length = untils.length;
  if (timestamp < untils[0]) return 0;
  if (length > 1 && untils[length - 1] === Infinity && timestamp >= untils[length - 2]) {
    return length - 1;
  }
  if (timestamp >= untils[length - 1]) return undefined;
  let low = 0;
  let high = length - 1;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (untils[middle] <= timestamp) low = middle;
    else high = middle;
  }
  return high;
}

/** Returns the offset at the instant `timestamp` (ms), or undefined past the last period. */
export function offsetAt(zone: PackedZone, timestamp: number): number | undefined {
  const index = periodIndex(timestamp, zone.untils);
  return index === undefined ? undefined : zone.offsets[index];
}

/**
 * Returns the offset of the wall time `wallTime` (its fields read as UTC, in
 * ms). A wall time skipped by a forward shift takes the offset before the
 * shift, and a repeated wall time takes the earlier instant: moment-timezone's
 * defaults `moveInvalidForward = true`, `moveAmbiguousForward = false`.
 */
export function offsetOfWallTime(zone: PackedZone, wallTime: number): number {
  const { offsets, untils } = zone;
  const last = untils.length - 1;
  for (let i = 0; i < last; i++) {
    let offset = offsets[i];
    const previous = offsets[i ? i - 1 : i];
    if (offset > previous) offset = previous;
    if (wallTime < untils[i] - offset * 60000) return offsets[i];
  }
  return offsets[last];
}
