import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/customer-view360/define.ts';
import type { DataProvider } from '../src/core/provider.ts';
import type { FieldClass, StructureInput } from '../src/structure/schema.ts';
import { storyClock, storyCustomerId } from './support/providers.ts';
import {
  sharedArgs,
  sharedArgTypes,
  structureOf,
  type ElementStoryArgs,
} from './support/render.ts';
import { stateStories } from './support/state-stories.ts';
import { defaultStructure } from './support/structures.ts';

interface CustomerView360Args extends ElementStoryArgs {
  customerId: string;
  activeTab?: string;
}

function renderView(provider: DataProvider, args: CustomerView360Args) {
  return html`
    <customer-view360
      .provider=${provider}
      .structure=${structureOf(args)}
      .clock=${storyClock}
      customer-id=${args.customerId}
      active-tab=${ifDefined(args.activeTab)}
      locale=${ifDefined(args.locale)}
      theme=${ifDefined(args.theme)}
    ></customer-view360>
  `;
}

const meta: Meta<CustomerView360Args> = {
  title: 'Elements/customer-view360',
  component: 'customer-view360',
  args: { ...sharedArgs, customerId: storyCustomerId },
  argTypes: {
    ...sharedArgTypes,
    activeTab: {
      control: 'select',
      options: ['customer', 'invoices', 'billing', 'tasks', 'history'],
    },
  },
  parameters: {
    actions: { handles: ['tab-change', 'task-executed', 'task-assigned', 'crm-error'] },
  },
};
export default meta;

type Story = StoryObj<CustomerView360Args>;

const states = stateStories<CustomerView360Args>(renderView);

/** One customer of the embedded dataset with every tab of the default structure. */
export const Default: Story = states.Default;

/** While the provider has not resolved. */
export const Loading: Story = states.Loading;

/** A backend that takes 2.5 s per request: the loading state, then the data. */
export const SlowBackend: Story = states.SlowBackend;

/** A customer id the provider has no record for. */
export const NotFound: Story = states.Empty;

/** A provider that rejects with a 503: the message and a retry button that then loads the data. */
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

/** The tab of kind `invoice`, selected through the `active-tab` attribute. */
export const InvoicesTab: Story = { ...states.Default, args: { activeTab: 'invoices' } };

/** The tab of kind `billing`: amounts to collect by aging bucket. */
export const BillingTab: Story = { ...states.Default, args: { activeTab: 'billing' } };

/** The tab of kind `task`: the open collection task and its form. */
export const TaskTab: Story = { ...states.Default, args: { activeTab: 'tasks' } };

/** The tab of kind `history`: the customer's timeline. */
export const HistoryTab: Story = { ...states.Default, args: { activeTab: 'history' } };

/** The tab of kind `task` in the dark theme. */
export const TaskTabDark: Story = {
  ...states.Default,
  args: { activeTab: 'tasks', theme: 'dark' },
};

/** Builds a structure whose only tab shows the default structure's fields of one class. */
function structureWithClass(fieldClass: FieldClass): StructureInput {
  const fields = (defaultStructure.tabs[0].sections ?? [])
    .flatMap((section) => section.fields)
    .filter((field) => (field.class ?? 'default') === fieldClass);
  const section = { title: fieldClass, columns: 2, fields };
  return {
    ...defaultStructure,
    tabs: [{ id: 'customer', kind: 'customer', label: 'Cliente', sections: [section] }],
  };
}

/** Fields of class `default`: label above value. */
export const DefaultFields: Story = {
  ...states.Default,
  args: { structure: structureWithClass('default') },
};

/** Fields of class `highlighted`: larger values for the amounts an agent reads first. */
export const HighlightedFields: Story = {
  ...states.Default,
  args: { structure: structureWithClass('highlighted') },
};

/** Fields of class `title-view`: the heading that names the customer. */
export const TitleViewFields: Story = {
  ...states.Default,
  args: { structure: structureWithClass('title-view') },
};

/** A field of class `graph-score`: the score drawn as a gauge. */
export const GraphScoreField: Story = {
  ...states.Default,
  args: { structure: structureWithClass('graph-score') },
};

/** Fields of class `highlighted` in the dark theme. */
export const HighlightedFieldsDark: Story = {
  ...states.Default,
  args: { structure: structureWithClass('highlighted'), theme: 'dark' },
};

/** The `graph-score` gauge in the dark theme. */
export const GraphScoreFieldDark: Story = {
  ...states.Default,
  args: { structure: structureWithClass('graph-score'), theme: 'dark' },
};
