/**
 * Search keys and cached sort orders over the customers of the embedded
 * dataset, so a search or sort of 30,000 customers does not fold names or
 * re-sort on every request.
 */
import type { SortOrder } from '../core/provider.ts';
import type { DatasetCustomer } from './dataset.ts';
import { foldForSearch } from './names.ts';
import { sortedPositions } from './query.ts';

export class CustomerIndex {
  private readonly nameKeys: string[];
  private readonly documentKeys: string[];
  private readonly sortCache = new Map<string, number[]>();

  constructor(private readonly customers: readonly DatasetCustomer[]) {
    this.nameKeys = customers.map((customer) => foldForSearch(customer.name));
    this.documentKeys = customers.map((customer) => customer.document);
  }

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
    const digits = word.replace(/[.\-/]/g, '');
    if (/^\d+$/.test(digits)) {
      return (position) =>
        this.documentKeys[position].includes(digits) || this.nameKeys[position].includes(word);
    }
    return (position) => this.nameKeys[position].includes(word);
  }
}
