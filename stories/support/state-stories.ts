import type { StoryObj } from '@storybook/web-components-vite';
import type { TemplateResult } from 'lit';
import type { DataProvider } from '../../src/core/provider.ts';
import { loadHostileProvider } from './hostile-data.ts';
import {
  emptyProvider,
  loadEmbeddedProvider,
  loadFailingUntilRetryProvider,
  loadOutageProvider,
  loadSlowProvider,
  pendingProvider,
  refreshDuringOutage,
  type OutageProvider,
} from './providers.ts';
import { loadedProvider, type ElementStoryArgs } from './render.ts';
import { invalidStructure } from './structures.ts';

/**
 * Builds the stories of the states every data-driven element has: real data,
 * loading, a slow backend, empty, a load error with a working retry, a
 * failed background refresh over loaded data, an invalid structure, each locale, the dark theme and hostile text. Each story
 * file re-exports them one by one, because Storybook reads story names
 * statically.
 */
export function stateStories<Args extends ElementStoryArgs>(
  render: (provider: DataProvider, args: Args) => TemplateResult,
) {
  // Storybook calls each loader with the story context, so a loader can read the story's args.
  const withLoadedProvider = (
    loader: (context: { args: Args }) => Promise<{ provider: DataProvider }>,
  ): StoryObj<Args> => ({
    loaders: [loader],
    render: (args, { loaded }) => render(loadedProvider(loaded), args),
  });
  const withEmbeddedData = withLoadedProvider(loadEmbeddedProvider);
  return {
    Default: { ...withEmbeddedData },
    Loading: { render: (args) => render(pendingProvider, args) } as StoryObj<Args>,
    SlowBackend: withLoadedProvider(loadSlowProvider),
    Empty: { render: (args) => render(emptyProvider, args) } as StoryObj<Args>,
    LoadError: withLoadedProvider(loadFailingUntilRetryProvider),
    StaleData: {
      ...withLoadedProvider(loadOutageProvider),
      play: async ({ loaded }) => {
        await refreshDuringOutage(loadedProvider(loaded) as OutageProvider);
      },
    } as StoryObj<Args>,
    InvalidStructure: {
      ...withEmbeddedData,
      args: { structure: invalidStructure } as Partial<Args>,
    },
    English: { ...withEmbeddedData, args: { locale: 'en' } as Partial<Args> },
    Spanish: { ...withEmbeddedData, args: { locale: 'es' } as Partial<Args> },
    Dark: { ...withEmbeddedData, args: { theme: 'dark' } as Partial<Args> },
    HostileData: withLoadedProvider(loadHostileProvider),
  };
}
