/**
 * Ascending sort of record positions by one field, for the in-memory
 * customer providers. When every present value is a string, each position
 * becomes a number (a packed prefix of the folded text times 2^bits plus the
 * position) in a `Float64Array`. These are sorted by groups of characters,
 * with the full comparison for short runs and ties. The result is the order
 * of {@link compareForSort}, the same as sorting with it.
 */
import { compareValues } from './query.ts';

/** Bits per packed character: 0 ends the text, 1 to 30 are the character buckets. */
const bitsPerCharacter = 5;

/** Integers up to 2^52 are exact in a double, so key and position fit in 52 bits. */
const keyBits = 52;

/** Returns whether a value counts as missing, which sorts last. */
export function isMissingValue(value: unknown): boolean {
  return value === undefined || value === null || value === '' || Number.isNaN(value);
}

/**
 * Compares two positions for an ascending sort: missing values last, then
 * folded strings with `<` (UTF-16 code units), then {@link compareValues} of
 * the values (the pt-BR collator for strings), then the positions.
 */
export function compareForSort(
  values: readonly unknown[],
  folded: readonly unknown[],
  left: number,
  right: number,
): number {
  const aMissing = isMissingValue(values[left]);
  const bMissing = isMissingValue(values[right]);
  if (aMissing || bMissing) return Number(aMissing) - Number(bMissing) || left - right;
  const a = folded[left];
  const b = folded[right];
  if (typeof a === 'string' && typeof b === 'string' && a !== b) return a < b ? -1 : 1;
  return compareValues(values[left], values[right]) || left - right;
}

/**
 * Returns the positions `0..values.length - 1` in ascending order of
 * {@link compareForSort}. `folded[i]` is the text compared for `values[i]`
 * (such as lowercase without accents), or the value itself when it is not a string.
 */
export function sortPositions(values: readonly unknown[], folded: readonly unknown[]): Int32Array {
  const count = values.length;
  const positionBits = Math.max(1, Math.ceil(Math.log2(count + 1)));
  const characters = Math.floor((keyBits - positionBits) / bitsPerCharacter);
  const present: number[] = [];
  const missing: number[] = [];
  let allText = true;
  for (let position = 0; position < count; position += 1) {
    if (isMissingValue(values[position])) missing.push(position);
    else {
      present.push(position);
      if (typeof folded[position] !== 'string') allText = false;
    }
  }
  if (!allText || characters < 2) {
    const positions = Array.from(values, (_, position) => position);
    positions.sort((left, right) => compareForSort(values, folded, left, right));
    return Int32Array.from(positions);
  }
  const order = new Int32Array(count);
  const context = { values, folded, scale: 2 ** positionBits, characters };
  let written = sortRun(context, present, 0, order, 0);
  for (const position of missing) order[written++] = position;
  return order;
}

interface SortContext {
  values: readonly unknown[];
  folded: readonly unknown[];
  /** 2^bits of the largest position: a key is prefix * scale + position. */
  scale: number;
  /** Characters packed per key. */
  characters: number;
}

/** Runs at most this long are sorted with the comparison directly. */
const smallRun = 32;

/**
 * Sorts positions whose texts are equal before `offset` and writes them to
 * `order` from `at`; returns the next free index. Positions are sorted by a
 * packed key of the next characters. Keys that tie on text that was packed
 * whole are sorted again on the characters after it, other ties with the comparison.
 */
function sortRun(
  context: SortContext,
  run: number[],
  offset: number,
  order: Int32Array,
  at: number,
): number {
  const compare = (left: number, right: number) =>
    compareForSort(context.values, context.folded, left, right);
  if (run.length <= smallRun) {
    run.sort(compare);
    for (const position of run) order[at++] = position;
    return at;
  }
  const { scale, characters } = context;
  const keys = new Float64Array(run.length);
  for (let index = 0; index < run.length; index += 1) {
    const text = context.folded[run[index]] as string;
    keys[index] = packPrefix(text, offset, characters) * scale + run[index];
  }
  keys.sort();
  let groupStart = 0;
  for (let index = 1; index <= keys.length; index += 1) {
    const prefix = Math.floor(keys[groupStart] / scale);
    if (index < keys.length && Math.floor(keys[index] / scale) === prefix) continue;
    const group: number[] = [];
    for (let key = groupStart; key < index; key += 1) group.push(keys[key] % scale);
    if (group.length === 1) order[at++] = group[0];
    else if (isWholeText(prefix, characters)) {
      at = sortRun(context, group, offset + characters, order, at);
    } else {
      group.sort(compare);
      for (const position of group) order[at++] = position;
    }
    groupStart = index;
  }
  return at;
}

/** Returns whether every packed character has a bucket of its own, so equal keys mean equal text. */
function isWholeText(prefix: number, characters: number): boolean {
  let rest = prefix;
  for (let index = 0; index < characters; index += 1) {
    const bucket = rest % 2 ** bitsPerCharacter;
    if (bucket !== 2 && (bucket < 4 || bucket > 29)) return false;
    rest = Math.floor(rest / 2 ** bitsPerCharacter);
  }
  return true;
}

/**
 * Packs `characters` characters of `text` from `offset` into an integer
 * whose order agrees with `<` on texts that are equal before `offset`. Space
 * and a–z get a bucket each. Other characters share buckets by range, so
 * packing stops after one of them, and texts equal up to there tie.
 */
export function packPrefix(text: string, offset: number, characters: number): number {
  let code = 0;
  let open = true;
  for (let index = offset; index < offset + characters; index += 1) {
    let bucket = 0;
    if (open && index < text.length) {
      const character = text.charCodeAt(index);
      bucket = bucketOf(character);
      if (!isOwnBucket(character)) open = false;
    }
    code = code * 2 ** bitsPerCharacter + bucket;
  }
  return code;
}

function isOwnBucket(character: number): boolean {
  return character === 0x20 || (character >= 0x61 && character <= 0x7a);
}

/** Buckets in code unit order: below space, space, up to '`', a–z, above 'z'. */
function bucketOf(character: number): number {
  if (character < 0x20) return 1;
  if (character === 0x20) return 2;
  if (character < 0x61) return 3;
  if (character <= 0x7a) return character - 0x61 + 4;
  return 30;
}
