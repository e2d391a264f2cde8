import type { DataProvider } from '../../src/core/provider.ts';
import { localizedStructure, storyLocales } from './structures.ts';

/** Values the stories' loaders put in `context.loaded`. */
export interface LoadedData {
  provider?: DataProvider;
}

/** Returns the loader's provider, and throws when the story has no loader. */
export function loadedProvider(loaded: Record<string, unknown>): DataProvider {
  const provider = (loaded as LoadedData).provider;
  if (!provider) throw new Error('Story is missing a loader that sets `provider`.');
  return provider;
}

/** Colour schemes of the `theme` attribute. */
export type StoryTheme = 'light' | 'dark';

/** Args every element story shares. */
export interface ElementStoryArgs {
  locale?: string;
  theme?: StoryTheme;
  /** The structure to render; when unset, the default structure with labels in `locale`. */
  structure?: unknown;
}

/** Returns the story's structure, or the default structure translated to its locale. */
export function structureOf(args: ElementStoryArgs): unknown {
  return args.structure ?? localizedStructure(args.locale);
}

/** Args every element story starts with: pt-BR text in the light theme. */
export const sharedArgs: ElementStoryArgs = { locale: 'pt-BR', theme: 'light' };

/** Hides inputs that are objects or functions from the controls panel. */
export const hiddenObjectArgs = {
  provider: { control: false, table: { disable: true } },
  structure: { control: false },
  clock: { control: false },
  roles: { control: false },
} as const;

/** Controls every element story shares: the locale and the theme. */
export const sharedArgTypes = {
  ...hiddenObjectArgs,
  locale: {
    control: 'select',
    options: storyLocales,
    description:
      'BCP 47 locale of the text, numbers and dates; the stories also translate the structure labels.',
  },
  theme: { control: 'inline-radio', options: ['light', 'dark'] },
} as const;
