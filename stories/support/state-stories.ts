import type { StoryObj } from '@storybook/web-components-vite';
import type { TemplateResult } from 'lit';
import type { DataProvider } from '../../src/core/provider.ts';
import {
  emptyProvider,
  failingProvider,
  loadEmbeddedProvider,
  pendingProvider,
} from './providers.ts';
import { loadedProvider } from './render.ts';
import { englishStructure, invalidStructure } from './structures.ts';

/** Args every element story shares. */
export interface ElementStoryArgs {
  locale?: string;
  structure: unknown;
}

/**
 * Builds the stories of the states every data-driven element has: real data,
 * loading, empty, load error, invalid structure and English. Each story file
 * re-exports them one by one, because Storybook reads story names statically.
 */
export function stateStories<Args extends ElementStoryArgs>(
  render: (provider: DataProvider, args: Args) => TemplateResult,
) {
  const withEmbeddedData: StoryObj<Args> = {
    loaders: [loadEmbeddedProvider],
    render: (args, { loaded }) => render(loadedProvider(loaded), args),
  };
  return {
    Default: { ...withEmbeddedData },
    Loading: { render: (args) => render(pendingProvider, args) } as StoryObj<Args>,
    Empty: { render: (args) => render(emptyProvider, args) } as StoryObj<Args>,
    LoadError: { render: (args) => render(failingProvider, args) } as StoryObj<Args>,
    InvalidStructure: {
      ...withEmbeddedData,
      args: { structure: invalidStructure } as Partial<Args>,
    },
    English: {
      ...withEmbeddedData,
      args: { structure: englishStructure, locale: 'en' } as Partial<Args>,
    },
  };
}
