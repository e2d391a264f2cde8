import { expect } from '@open-wc/testing';
import type { DataProvider, GetListParams } from '../../src/core/provider.ts';
import {
  ariaRowIndexOf,
  loadPage,
  ariaSortOf,
  nextSort,
  resolvePageSize,
  summarizePage,
  targetRowIndex,
  toGetListParams,
  type ListQuery,
} from '../../src/customer-list/list-query.ts';

const rows = (count: number) => Array.from({ length: count }, (_, index) => ({ id: index }));

describe('customer-list query', () => {
  describe('resolvePageSize', () => {
    it('prefers the element, then the structure', () => {
      expect(resolvePageSize(10, 50)).to.equal(10);
      expect(resolvePageSize(undefined, 50)).to.equal(50);
      expect(resolvePageSize(undefined, undefined)).to.equal(25);
    });

    it('skips values that are not whole numbers from 1 to 500', () => {
      expect(resolvePageSize(Number.NaN, 40)).to.equal(40);
      expect(resolvePageSize(0, 40)).to.equal(40);
      expect(resolvePageSize(2.5, 40)).to.equal(40);
      expect(resolvePageSize(501, null)).to.equal(25);
      expect(resolvePageSize(500)).to.equal(500);
    });
  });

  describe('nextSort', () => {
    it('cycles ascending, descending, none', () => {
      const ascending = nextSort(undefined, 'score');
      const descending = nextSort(ascending, 'score');

      expect(ascending).to.deep.equal({ field: 'score', order: 'ASC' });
      expect(descending).to.deep.equal({ field: 'score', order: 'DESC' });
      expect(nextSort(descending, 'score')).to.equal(undefined);
    });

    it('starts ascending on another column', () => {
      expect(nextSort({ field: 'name', order: 'DESC' }, 'score')).to.deep.equal({
        field: 'score',
        order: 'ASC',
      });
    });
  });

  it('maps the sort to aria-sort', () => {
    expect(ariaSortOf(undefined, 'name')).to.equal('none');
    expect(ariaSortOf({ field: 'score', order: 'ASC' }, 'name')).to.equal('none');
    expect(ariaSortOf({ field: 'name', order: 'ASC' }, 'name')).to.equal('ascending');
    expect(ariaSortOf({ field: 'name', order: 'DESC' }, 'name')).to.equal('descending');
  });

  describe('toGetListParams', () => {
    it('sends the trimmed search as q', () => {
      const signal = new AbortController().signal;
      const query: ListQuery = {
        page: 3,
        perPage: 25,
        search: '  Maria ',
        sort: { field: 'name', order: 'DESC' },
      };

      expect(toGetListParams(query, signal)).to.deep.equal({
        pagination: { page: 3, perPage: 25 },
        filter: { q: 'Maria' },
        sort: { field: 'name', order: 'DESC' },
        signal,
      });
    });

    it('omits a blank search and a missing sort', () => {
      const params = toGetListParams({ page: 1, perPage: 10, search: '   ' });

      expect(params).to.deep.equal({ pagination: { page: 1, perPage: 10 }, filter: {} });
    });
  });

  describe('summarizePage', () => {
    it('counts pages from the total', () => {
      const summary = summarizePage(
        { page: 2, perPage: 25, search: '' },
        { data: rows(25), total: 30000 },
      );

      expect(summary).to.deep.equal({
        total: 30000,
        pageCount: 1200,
        hasPrevious: true,
        hasNext: true,
        offset: 25,
        ariaRowCount: 30001,
      });
    });

    it('has no next page on the last page', () => {
      const query = { page: 3, perPage: 10, search: '' };

      const summary = summarizePage(query, { data: rows(5), total: 25 });

      expect(summary.pageCount).to.equal(3);
      expect(summary.hasNext).to.equal(false);
    });

    it('counts one page for no results', () => {
      const summary = summarizePage({ page: 1, perPage: 10, search: 'x' }, { data: [], total: 0 });

      expect(summary.pageCount).to.equal(1);
      expect(summary.hasNext).to.equal(false);
      expect(summary.ariaRowCount).to.equal(1);
    });

    it('follows pageInfo without a total', () => {
      const query = { page: 1, perPage: 10, search: '' };

      const more = summarizePage(query, { data: rows(10), pageInfo: { hasNextPage: true } });
      const last = summarizePage(query, { data: rows(10), pageInfo: { hasNextPage: false } });

      expect(more.hasNext).to.equal(true);
      expect(more.total).to.equal(undefined);
      expect(more.pageCount).to.equal(undefined);
      expect(more.ariaRowCount).to.equal(-1);
      expect(last.hasNext).to.equal(false);
    });

    it('guesses from a full page with neither total nor pageInfo', () => {
      const query = { page: 1, perPage: 10, search: '' };

      expect(summarizePage(query, { data: rows(10) }).hasNext).to.equal(true);
      expect(summarizePage(query, { data: rows(9) }).hasNext).to.equal(false);
    });

    it('ignores a total that is not a count', () => {
      const summary = summarizePage(
        { page: 1, perPage: 10, search: '' },
        { data: rows(3), total: Number.NaN },
      );

      expect(summary.total).to.equal(undefined);
      expect(summary.ariaRowCount).to.equal(-1);
    });
  });

  it('numbers rows after the header row', () => {
    const query = { page: 2, perPage: 25, search: '' };

    const summary = summarizePage(query, { data: rows(25), total: 60 });

    expect(ariaRowIndexOf(summary, 0)).to.equal(27);
    expect(ariaRowIndexOf(summary, 24)).to.equal(51);
  });

  it('moves the row index by key', () => {
    expect(targetRowIndex('ArrowDown', 3, 10)).to.equal(4);
    expect(targetRowIndex('ArrowDown', 9, 10)).to.equal(9);
    expect(targetRowIndex('ArrowUp', 0, 10)).to.equal(0);
    expect(targetRowIndex('ArrowUp', 5, 10)).to.equal(4);
    expect(targetRowIndex('Home', 5, 10)).to.equal(0);
    expect(targetRowIndex('End', 5, 10)).to.equal(9);
    expect(targetRowIndex('a', 5, 10)).to.equal(-1);
    expect(targetRowIndex('ArrowDown', 0, 0)).to.equal(-1);
  });

  describe('loadPage', () => {
    function providerReturning(result: unknown, calls: GetListParams[] = []): DataProvider {
      return {
        getList: async (_resource: string, params: GetListParams) => {
          calls.push(params);
          return result;
        },
      } as unknown as DataProvider;
    }

    it('requests customers and summarizes the page', async () => {
      const calls: GetListParams[] = [];
      const provider = providerReturning({ data: [{ id: '1', name: 'Ana' }], total: 1 }, calls);
      const signal = new AbortController().signal;
      const query = { page: 1, perPage: 25, search: 'Ana' };

      const loaded = await loadPage(provider, query, signal, 'invalid');

      expect(calls).to.deep.equal([
        { pagination: { page: 1, perPage: 25 }, filter: { q: 'Ana' }, signal },
      ]);
      expect(loaded.rows).to.deep.equal([{ id: '1', name: 'Ana' }]);
      expect(loaded.summary.total).to.equal(1);
      expect(loaded.query).to.equal(query);
    });

    for (const result of [undefined, {}, { data: 'rows' }]) {
      it(`rejects ${JSON.stringify(result) ?? 'undefined'} without a data array`, async () => {
        const provider = providerReturning(result);
        const signal = new AbortController().signal;

        let error: unknown;
        try {
          await loadPage(provider, { page: 1, perPage: 25, search: '' }, signal, 'no data array');
        } catch (caught) {
          error = caught;
        }

        expect(error).to.be.instanceOf(Error);
        expect((error as Error).message).to.equal('no data array');
      });
    }
  });
});
