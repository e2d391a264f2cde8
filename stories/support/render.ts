import type { DataProvider } from '../../src/core/provider.ts';

/** Values the stories' loaders put in `context.loaded`. */
export interface LoadedData {
  provider?: DataProvider;
}

/** Returns the loader's provider, and throws when the story has no loader. */
export function loadedProvider(loaded: Record<string, unknown>): DataProvider {
  const provider = (loaded as LoadedData).provider;
  if (!provider) throw new Error('Story is missing the loadEmbeddedProvider loader.');
  return provider;
}

/** Hides inputs that are objects or functions from the controls panel. */
export const hiddenObjectArgs = {
  provider: { control: false, table: { disable: true } },
  structure: { control: false },
  clock: { control: false },
  roles: { control: false },
} as const;
