/**
 * Search keys and cached sort orders over the customers of the embedded
 * dataset, so a search or sort of 30,000 customers does not fold names or
 * re-sort on every request. The keys are built on first use, or ahead of it
 * in short slices by {@link CustomerIndex.prepareInBackground}.
 */
import type { SortOrder } from '../core/provider.ts';
import type { DatasetCustomer } from './dataset.ts';
import { foldForSearch } from './names.ts';
import { sortedPositions } from './query.ts';

/** Names folded per slice of background work, about a millisecond each. */
const namesPerSlice = 2000;

const nonAscii = /[^\x00-\x7f]/;

/** Folds like {@link foldForSearch}; ASCII text, which has no accents, only changes case. */
export function foldName(text: string): string {
  return nonAscii.test(text) ? foldForSearch(text) : text.toLowerCase();
}

export class CustomerIndex {
  private nameKeys?: string[];
  private documentKeys?: string[];
  /** Names folded so far by background slices, until all are folded. */
  private folding?: string[];
  private readonly sortCache = new Map<string, number[]>();

  constructor(private readonly customers: readonly DatasetCustomer[]) {}

  /**
   * Returns the positions of the customers that match `query`, in the order
   * of `sort` (dataset order when absent). Every whitespace-separated word
   * must occur in the name, ignoring case and accents, or, when the word is
   * made of digits and `.-/` punctuation, in the CPF digits.
   */
  search(query: string, sort?: { field: string; order: SortOrder }): number[] {
    const order = sort ? this.sortedPositions(sort.field, sort.order) : undefined;
    const words = foldForSearch(query).split(/\s+/).filter(Boolean);
    const all = order ?? this.customers.map((_, index) => index);
    if (words.length === 0) return all;
    const matchers = words.map((word) => this.wordMatcher(word));
    return all.filter((position) => matchers.every((matches) => matches(position)));
  }

  /** Returns each customer's name folded for search, in customer order. */
  foldedNames(): readonly string[] {
    if (this.nameKeys) return this.nameKeys;
    const keys = this.folding ?? [];
    this.folding = undefined;
    for (let position = keys.length; position < this.customers.length; position += 1) {
      keys.push(foldCustomerName(this.customers[position]));
    }
    this.nameKeys = keys;
    return keys;
  }

  /**
   * Folds the names in slices of about a millisecond, in idle time where the
   * browser offers it, so the first search or name sort finds them ready.
   */
  prepareInBackground(): void {
    if (this.nameKeys || this.folding) return;
    const keys: string[] = [];
    this.folding = keys;
    const step = () => {
      // A call of foldedNames() may have finished the work already.
      if (this.folding !== keys) return;
      const end = Math.min(keys.length + namesPerSlice, this.customers.length);
      for (let position = keys.length; position < end; position += 1) {
        keys.push(foldCustomerName(this.customers[position]));
      }
      if (end < this.customers.length) scheduleSlice(step);
      else this.foldedNames();
    };
    scheduleSlice(step);
  }

  /** Forgets the cached sort orders; call after changing any customer field. */
  invalidate(): void {
    this.sortCache.clear();
  }

  private sortedPositions(field: string, order: SortOrder): number[] {
    const key = `${order}\u0000${field}`;
    let positions = this.sortCache.get(key);
    if (!positions) {
      positions = sortedPositions(this.customers, field, order);
      this.sortCache.set(key, positions);
    }
    return positions;
  }

  private wordMatcher(word: string): (position: number) => boolean {
    const names = this.foldedNames();
    this.documentKeys ??= this.customers.map((customer) => customer.document);
    const documents = this.documentKeys;
    const digits = word.replace(/[.\-/]/g, '');
    if (/^\d+$/.test(digits)) {
      return (position) => documents[position].includes(digits) || names[position].includes(word);
    }
    return (position) => names[position].includes(word);
  }
}

/** Folds a customer's name; a record without a text name gets an empty key. */
function foldCustomerName(customer: DatasetCustomer): string {
  const name: unknown = customer.name;
  return typeof name === 'string' ? foldName(name) : '';
}

/** Runs `step` when the browser is idle, else after the current task. */
function scheduleSlice(step: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(step, { timeout: 1000 });
  else setTimeout(step, 0);
}
