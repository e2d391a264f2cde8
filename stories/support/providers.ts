import { fixedClock } from '../../src/core/clock.ts';
import { ProviderError, type DataProvider } from '../../src/core/provider.ts';
import { configureCache, queryClientFor } from '../../src/data-layer/query-client.ts';
import { createEmbeddedProvider } from '../../src/data/embedded-provider.ts';
import { defaultStructure } from '../../src/structure/default-structure.ts';
import { datasetLanguage, type DatasetLanguage } from '../../src/data/dataset-text.ts';
import {
  createScaledProvider,
  type ArrayCustomerProvider,
} from '../../src/data/scaled-customers.ts';

/** Instant every story treats as "now", so dates and overdue days do not drift. */
export const storyClock = fixedClock('2026-12-04T15:00:00Z');

const embedded = new Map<DatasetLanguage, Promise<DataProvider>>();

/** The part of Storybook's story context that the loaders read. */
export interface StoryLoaderContext {
  args?: { locale?: string };
}

/**
 * Returns the provider over the real dataset with task text in the language
 * of `locale`, created once per story page and language because parsing the
 * 30,000-row CSV takes a moment.
 */
export function embeddedProvider(locale = 'pt-BR'): Promise<DataProvider> {
  const language = datasetLanguage(locale);
  let provider = embedded.get(language);
  if (!provider) {
    provider = createEmbeddedProvider({
      clock: storyClock,
      timeZone: 'America/Sao_Paulo',
      locale: language,
      holidays: defaultStructure.holidays,
    });
    embedded.set(language, provider);
  }
  return provider;
}

/**
 * Loader for stories over the real dataset: puts the provider in
 * `context.loaded.provider`, with the task text in the story's `locale` arg.
 */
export async function loadEmbeddedProvider(
  context?: StoryLoaderContext,
): Promise<{ provider: DataProvider }> {
  return { provider: await embeddedProvider(context?.args?.locale) };
}

/** A provider whose requests never settle, for the loading state. */
export const pendingProvider: DataProvider = {
  getList: () => new Promise(() => {}),
  getOne: () => new Promise(() => {}),
  update: () => new Promise(() => {}),
  create: () => new Promise(() => {}),
};
// The loading stories stay loading, rather than failing after the 30 s timeout.
configureCache(pendingProvider, { timeout: Infinity });

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

/** Wraps `provider` so that each request waits `delayMs` before it goes through. */
export function delayedProvider(provider: DataProvider, delayMs: number): DataProvider {
  const wait = (signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, delayMs);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(signal.reason);
      });
    });
  return {
    getList: async (resource, params) => {
      await wait(params.signal);
      return provider.getList(resource, params);
    },
    getOne: async (resource, params) => {
      await wait(params.signal);
      return provider.getOne(resource, params);
    },
    update: async (resource, params) => {
      await wait(params.signal);
      return provider.update(resource, params);
    },
    create: async (resource, params) => {
      await wait(params.signal);
      return provider.create(resource, params);
    },
  };
}

/** Identifies a request by method, resource and parameters, leaving out the abort signal. */
function requestKey(method: string, resource: string, params: { signal?: AbortSignal }): string {
  const { signal: _signal, ...rest } = params;
  return JSON.stringify([method, resource, rest]);
}

/**
 * Wraps `provider` so that it rejects every request with a 503 until one
 * request repeats, as a press of a retry button does. From then on every
 * request passes through. Its query cache makes no automatic retries, so the
 * error state shows at once instead of after the back-off.
 */
export function failingUntilRetryProvider(provider: DataProvider): DataProvider {
  const seen = new Set<string>();
  let recovered = false;
  const gate = (method: string, resource: string, params: { signal?: AbortSignal }) => {
    const key = requestKey(method, resource, params);
    if (seen.has(key)) recovered = true;
    seen.add(key);
    if (!recovered) throw new ProviderError('Service unavailable', 503);
  };
  const wrapped: DataProvider = {
    getList: async (resource, params) => {
      gate('getList', resource, params);
      return provider.getList(resource, params);
    },
    getOne: async (resource, params) => {
      gate('getOne', resource, params);
      return provider.getOne(resource, params);
    },
    update: async (resource, params) => {
      gate('update', resource, params);
      return provider.update(resource, params);
    },
    create: async (resource, params) => {
      gate('create', resource, params);
      return provider.create(resource, params);
    },
  };
  configureCache(wrapped, { retry: 0 });
  return wrapped;
}

/** Loader: a provider over the real dataset whose requests fail until the user retries. */
export async function loadFailingUntilRetryProvider(
  context?: StoryLoaderContext,
): Promise<{ provider: DataProvider }> {
  return { provider: failingUntilRetryProvider(await embeddedProvider(context?.args?.locale)) };
}

/** Delay of each request in the stories of a slow backend. */
export const slowDelayMs = 2500;

/** Loader: the real dataset behind a backend that takes `slowDelayMs` per request. */
export async function loadSlowProvider(
  context?: StoryLoaderContext,
): Promise<{ provider: DataProvider }> {
  return { provider: delayedProvider(await embeddedProvider(context?.args?.locale), slowDelayMs) };
}

let scaled: Promise<ArrayCustomerProvider> | undefined;

/**
 * Returns the provider with 100,000 customers: the 30,000 real ones followed
 * by customers derived from them. Created once per story page.
 */
export function scaledProvider(): Promise<ArrayCustomerProvider> {
  if (!scaled) scaled = embeddedProvider().then((base) => createScaledProvider(base));
  return scaled;
}

/** Loader: puts the 100,000-customer provider in `context.loaded.provider`. */
export async function loadScaledProvider(): Promise<{ provider: DataProvider }> {
  return { provider: await scaledProvider() };
}

let filterable: Promise<ArrayCustomerProvider> | undefined;

/**
 * Returns a provider over the 30,000 real customers that also applies
 * `filter` fields besides `q`, which the embedded provider ignores. Created
 * once per story page.
 */
export function filterableProvider(): Promise<ArrayCustomerProvider> {
  if (!filterable) {
    filterable = embeddedProvider().then((base) => createScaledProvider(base, { size: 30_000 }));
  }
  return filterable;
}

/** Loader: puts the filterable provider in `context.loaded.provider`. */
export async function loadFilterableProvider(): Promise<{ provider: DataProvider }> {
  return { provider: await filterableProvider() };
}

/** A provider that passes requests through until `startOutage()`, then rejects them with a 503. */
export interface OutageProvider extends DataProvider {
  startOutage(): void;
}

/** Wraps `provider` in an {@link OutageProvider} whose query cache makes no automatic retries. */
export function outageProvider(provider: DataProvider): OutageProvider {
  let down = false;
  const gate = () => {
    if (down) throw new ProviderError('Service unavailable', 503);
  };
  const wrapped: OutageProvider = {
    startOutage: () => {
      down = true;
    },
    getList: async (resource, params) => {
      gate();
      return provider.getList(resource, params);
    },
    getOne: async (resource, params) => {
      gate();
      return provider.getOne(resource, params);
    },
    update: async (resource, params) => {
      gate();
      return provider.update(resource, params);
    },
    create: async (resource, params) => {
      gate();
      return provider.create(resource, params);
    },
  };
  configureCache(wrapped, { retry: 0 });
  return wrapped;
}

/** Loader: the real dataset behind an {@link OutageProvider}. */
export async function loadOutageProvider(
  context?: StoryLoaderContext,
): Promise<{ provider: DataProvider }> {
  return { provider: outageProvider(await embeddedProvider(context?.args?.locale)) };
}

/**
 * Waits until every read of `provider` has settled, then starts its outage
 * and refreshes the reads in view, as a background refresh does. The
 * elements keep the data they have and show the "not up to date" badge.
 */
export async function refreshDuringOutage(provider: OutageProvider): Promise<void> {
  const client = queryClientFor(provider);
  const deadline = Date.now() + 15_000;
  while (client.isFetching() > 0 || client.size === 0) {
    if (Date.now() > deadline)
      throw new Error("Timed out after 15 s waiting for the story's reads to settle.");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  provider.startOutage();
  await client.refetchQueries();
}

/** Customers the provider of the row-limit story reports. */
const beyondLimitTotal = 5_000_000;

/**
 * Loader: a provider that reports 5,000,000 customers, more than a virtual
 * list holds. Row N repeats real customer N modulo 30,000 under the id N.
 * Search, sort and filters are ignored, because the story shows only the limit.
 */
export async function loadBeyondLimitProvider(): Promise<{ provider: DataProvider }> {
  const base = await embeddedProvider();
  const { data: real } = await base.getList<Record<string, unknown>>('customers', {
    pagination: { page: 1, perPage: 30_000 },
    filter: {},
  });
  const provider: DataProvider = {
    ...base,
    getList: async (resource, params) => {
      if (resource !== 'customers') return base.getList(resource, params);
      const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
      const start = (page - 1) * perPage;
      const length = Math.max(0, Math.min(perPage, beyondLimitTotal - start));
      const data = Array.from({ length }, (_, offset) => {
        const index = start + offset;
        return { ...real[index % real.length], id: String(index + 1) };
      });
      return { data: data as never[], total: beyondLimitTotal };
    },
  };
  return { provider };
}
