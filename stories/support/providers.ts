import { fixedClock } from '../../src/core/clock.ts';
import { ProviderError, type DataProvider } from '../../src/core/provider.ts';
import { createEmbeddedProvider } from '../../src/data/embedded-provider.ts';

/** Instant every story treats as "now", so dates and overdue days do not drift. */
export const storyClock = fixedClock('2026-12-04T15:00:00Z');

let embedded: Promise<DataProvider> | undefined;

/**
 * Returns the provider over the real dataset, created once per story page
 * because parsing the 30,000-row CSV takes a moment.
 */
export function embeddedProvider(): Promise<DataProvider> {
  if (!embedded) {
    embedded = createEmbeddedProvider({ clock: storyClock, timeZone: 'America/Sao_Paulo' });
  }
  return embedded;
}

/** Loader for stories over the real dataset: puts the provider in `context.loaded.provider`. */
export async function loadEmbeddedProvider(): Promise<{ provider: DataProvider }> {
  return { provider: await embeddedProvider() };
}

/** A provider whose requests never settle, for the loading state. */
export const pendingProvider: DataProvider = {
  getList: () => new Promise(() => {}),
  getOne: () => new Promise(() => {}),
  update: () => new Promise(() => {}),
  create: () => new Promise(() => {}),
};

/** A provider with no records: every list is empty and every record is missing. */
export const emptyProvider: DataProvider = {
  getList: async () => ({ data: [], total: 0 }),
  getOne: async (resource, { id }) => {
    throw new ProviderError(`${resource} ${String(id)} not found`, 404);
  },
  update: async (resource, { id }) => {
    throw new ProviderError(`${resource} ${String(id)} not found`, 404);
  },
  create: async (resource) => {
    throw new ProviderError(`Creating ${resource} is not supported here`, 405);
  },
};

/** A provider that rejects every request as a backend outage would. */
export const failingProvider: DataProvider = {
  getList: async () => {
    throw new ProviderError('Service unavailable', 503);
  },
  getOne: async () => {
    throw new ProviderError('Service unavailable', 503);
  },
  update: async () => {
    throw new ProviderError('Service unavailable', 503);
  },
  create: async () => {
    throw new ProviderError('Service unavailable', 503);
  },
};

/**
 * A customer of the embedded dataset with overdue invoices, an open collection
 * task and several history events, so every tab has content.
 */
export const storyCustomerId = '14';
