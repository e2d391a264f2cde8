import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/customer-list/define.ts';
import type { DataProvider } from '../src/core/provider.ts';
import type { ListFilter } from '../src/customer-list/filters.ts';
import { changeValue, shadowElement } from './support/interactions.ts';
import {
  loadBeyondLimitProvider,
  loadFilterableProvider,
  loadScaledProvider,
  storyClock,
} from './support/providers.ts';
import {
  loadedProvider,
  sharedArgs,
  sharedArgTypes,
  structureOf,
  type ElementStoryArgs,
} from './support/render.ts';
import { stateStories } from './support/state-stories.ts';

interface CustomerListArgs extends ElementStoryArgs {
  mode?: 'paged' | 'virtual';
  search?: string;
  selectedId?: string;
  filters?: ListFilter[];
  storageKey?: string;
}

function renderList(provider: DataProvider, args: CustomerListArgs) {
  return html`
    <customer-list
      style="height: 32rem"
      .provider=${provider}
      .structure=${structureOf(args)}
      .clock=${storyClock}
      .filters=${args.filters}
      mode=${ifDefined(args.mode)}
      search=${ifDefined(args.search)}
      selected-id=${ifDefined(args.selectedId)}
      storage-key=${ifDefined(args.storageKey)}
      locale=${ifDefined(args.locale)}
      theme=${ifDefined(args.theme)}
    ></customer-list>
  `;
}

/** Filters over fields of the embedded customers: an `enum` choice and a numeric range. */
const storyFilters: ListFilter[] = [
  {
    path: 'sex',
    label: 'Sexo',
    type: 'enum',
    options: { female: { label: 'Feminino' }, male: { label: 'Masculino' } },
  },
  { path: 'score', label: 'Score', type: 'range', min: 0, max: 1000 },
];

const meta: Meta<CustomerListArgs> = {
  title: 'Elements/customer-list',
  component: 'customer-list',
  args: { ...sharedArgs, mode: 'paged' },
  argTypes: {
    ...sharedArgTypes,
    mode: { control: 'inline-radio', options: ['paged', 'virtual'] },
    filters: { control: 'object' },
  },
  parameters: { actions: { handles: ['customer-select', 'crm-error'] } },
};
export default meta;

type Story = StoryObj<CustomerListArgs>;

const states = stateStories<CustomerListArgs>(renderList);

/** The 30,000 customers of the embedded dataset, searchable and sortable. */
export const Default: Story = states.Default;

/** While the provider has not resolved. */
export const Loading: Story = states.Loading;

/** A backend that takes 2.5 s per request: the loading state, then the rows. */
export const SlowBackend: Story = states.SlowBackend;

/** A provider with no customers. */
export const Empty: Story = states.Empty;

/** A provider that rejects with a 503: the message and a retry button that then loads the rows. */
export const LoadError: Story = states.LoadError;

/** Loaded data whose background refresh failed: the "not up to date since" badge with a refresh button. */
export const StaleData: Story = states.StaleData;

/** A structure that fails validation: the element lists each problem with its JSON path. */
export const InvalidStructure: Story = states.InvalidStructure;

/** English labels and the `en` locale for numbers, money and dates. */
export const English: Story = states.English;

/** Spanish labels and the `es` locale for numbers, money and dates. */
export const Spanish: Story = states.Spanish;

/** The `theme="dark"` colour scheme. */
export const Dark: Story = states.Dark;

/** Long accented pt-BR names and markup-like text, which must show as plain text. */
export const HostileData: Story = states.HostileData;

/** A search with no match: the "no customers match" message. */
export const NoSearchResults: Story = {
  ...states.Default,
  args: { search: 'Xyzzy Inexistente' },
};

/** A selected customer, set through the `selected-id` attribute. */
export const Selected: Story = { ...states.Default, args: { selectedId: '3' } };

/** `mode="virtual"`: the 30,000 customers in one scroll box, loading pages as they scroll in. */
export const Virtual: Story = { ...states.Default, args: { mode: 'virtual' } };

/** Virtual mode in the dark theme. */
export const VirtualDark: Story = { ...states.Default, args: { mode: 'virtual', theme: 'dark' } };

const withScaledData: Story = {
  loaders: [loadScaledProvider],
  render: (args, { loaded }) => renderList(loadedProvider(loaded), args),
};

/** 100,000 customers (the real ones and ones derived from them), one page at a time. */
export const HundredThousandRows: Story = { ...withScaledData };

/** 100,000 customers in virtual mode. */
export const HundredThousandRowsVirtual: Story = {
  ...withScaledData,
  args: { mode: 'virtual' },
};

/** 100,000 customers in virtual mode, scrolled to the middle of the list. */
export const HundredThousandRowsScrolled: Story = {
  ...withScaledData,
  args: { mode: 'virtual' },
  play: async ({ canvasElement }) => {
    const body = await shadowElement<HTMLElement>(canvasElement, 'customer-list', '[part~="body"]');
    body.scrollTop = body.scrollHeight / 2;
  },
};

/**
 * A provider reporting 5,000,000 customers in virtual mode: the grid holds its
 * first 400,000 rows, and the count line names that limit and asks to search
 * or filter.
 */
export const BeyondRowLimit: Story = {
  loaders: [loadBeyondLimitProvider],
  render: (args, { loaded }) => renderList(loadedProvider(loaded), args),
  args: { mode: 'virtual' },
};

const withFilterableData: Story = {
  loaders: [loadFilterableProvider],
  render: (args, { loaded }) => renderList(loadedProvider(loaded), args),
};

/** An `enum` filter and a `range` filter beside the search box, set through `filters`. */
export const Filters: Story = { ...withFilterableData, args: { filters: storyFilters } };

/** The filters with values chosen: women with a score of 800 or more. */
export const FiltersApplied: Story = {
  ...withFilterableData,
  args: { filters: storyFilters },
  play: async ({ canvasElement }) => {
    const select = await shadowElement<HTMLSelectElement>(
      canvasElement,
      'customer-list',
      '[part~="filter"] select',
    );
    changeValue(select, 'female');
    const minimum = await shadowElement<HTMLInputElement>(
      canvasElement,
      'customer-list',
      '[part~="filter"] input[type="number"]',
    );
    changeValue(minimum, '800');
  },
};

/**
 * The column chooser open, from the "Columns" button of the toolbar. It keeps
 * its hidden columns under its own `storage-key`, so the other stories show
 * every column.
 */
export const ColumnChooser: Story = {
  ...states.Default,
  args: { storageKey: 'storybook-column-chooser' },
  play: async ({ canvasElement }) => {
    const button = await shadowElement<HTMLButtonElement>(
      canvasElement,
      'customer-list',
      '[part~="columns-button"]',
    );
    button.click();
  },
};

/** The column chooser open in the dark theme. */
export const ColumnChooserDark: Story = {
  ...ColumnChooser,
  args: { storageKey: 'storybook-column-chooser-dark', theme: 'dark' },
};
