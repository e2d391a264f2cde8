import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/customer-view360/define.ts';
import type { DataProvider } from '../src/core/provider.ts';
import type { FieldClass, StructureInput } from '../src/structure/schema.ts';
import {
  emptyProvider,
  failingProvider,
  loadEmbeddedProvider,
  pendingProvider,
  storyClock,
  storyCustomerId,
} from './support/providers.ts';
import { hiddenObjectArgs, loadedProvider } from './support/render.ts';
import { defaultStructure, englishStructure, invalidStructure } from './support/structures.ts';

interface CustomerView360Args {
  customerId: string;
  activeTab?: string;
  locale?: string;
  structure: unknown;
}

function renderView(provider: DataProvider, args: CustomerView360Args) {
  return html`
    <customer-view360
      .provider=${provider}
      .structure=${args.structure}
      .clock=${storyClock}
      customer-id=${args.customerId}
      active-tab=${ifDefined(args.activeTab)}
      locale=${ifDefined(args.locale)}
    ></customer-view360>
  `;
}

const meta: Meta<CustomerView360Args> = {
  title: 'Elements/customer-view360',
  component: 'customer-view360',
  args: { customerId: storyCustomerId, structure: defaultStructure },
  argTypes: {
    ...hiddenObjectArgs,
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

const withEmbeddedData: Story = {
  loaders: [loadEmbeddedProvider],
  render: (args, { loaded }) => renderView(loadedProvider(loaded), args),
};

/** One customer of the embedded dataset with every tab of the default structure. */
export const Default: Story = { ...withEmbeddedData };

/** The invoices tab selected through the `active-tab` attribute. */
export const InvoicesTab: Story = { ...withEmbeddedData, args: { activeTab: 'invoices' } };

/** While the provider has not resolved. */
export const Loading: Story = {
  render: (args) => renderView(pendingProvider, args),
};

/** A customer id the provider has no record for. */
export const NotFound: Story = {
  render: (args) => renderView(emptyProvider, args),
};

/** A provider that rejects: the message and a retry button. */
export const LoadError: Story = {
  render: (args) => renderView(failingProvider, args),
};

/** A structure that fails validation: the element lists each problem with its JSON path. */
export const InvalidStructure: Story = {
  ...withEmbeddedData,
  args: { structure: invalidStructure },
};

/** English labels and the `en` locale for numbers, money and dates. */
export const English: Story = {
  ...withEmbeddedData,
  args: { structure: englishStructure, locale: 'en' },
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
  ...withEmbeddedData,
  args: { structure: structureWithClass('default') },
};

/** Fields of class `highlighted`: larger values for the amounts an agent reads first. */
export const HighlightedFields: Story = {
  ...withEmbeddedData,
  args: { structure: structureWithClass('highlighted') },
};

/** Fields of class `title-view`: the heading that names the customer. */
export const TitleViewFields: Story = {
  ...withEmbeddedData,
  args: { structure: structureWithClass('title-view') },
};

/** A field of class `graph-score`: the score drawn as a gauge. */
export const GraphScoreField: Story = {
  ...withEmbeddedData,
  args: { structure: structureWithClass('graph-score') },
};
