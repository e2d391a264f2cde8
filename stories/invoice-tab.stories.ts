import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/invoice-tab/define.ts';
import type { DataProvider } from '../src/core/provider.ts';
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

interface InvoiceTabArgs {
  customerId: string;
  locale?: string;
  structure: unknown;
}

function renderInvoiceTab(provider: DataProvider, args: InvoiceTabArgs) {
  return html`
    <invoice-tab
      .provider=${provider}
      .structure=${args.structure}
      .clock=${storyClock}
      customer-id=${args.customerId}
      locale=${ifDefined(args.locale)}
    ></invoice-tab>
  `;
}

const meta: Meta<InvoiceTabArgs> = {
  title: 'Elements/invoice-tab',
  component: 'invoice-tab',
  args: { customerId: storyCustomerId, structure: defaultStructure },
  argTypes: hiddenObjectArgs,
};
export default meta;

type Story = StoryObj<InvoiceTabArgs>;

const withEmbeddedData: Story = {
  loaders: [loadEmbeddedProvider],
  render: (args, { loaded }) => renderInvoiceTab(loadedProvider(loaded), args),
};

/** The customer's invoices with totals, status and aging. */
export const Default: Story = { ...withEmbeddedData };

/** While the provider has not resolved. */
export const Loading: Story = {
  render: (args) => renderInvoiceTab(pendingProvider, args),
};

/** A provider with no records for the customer. */
export const Empty: Story = {
  render: (args) => renderInvoiceTab(emptyProvider, args),
};

/** A provider that rejects: the message and a retry button. */
export const LoadError: Story = {
  render: (args) => renderInvoiceTab(failingProvider, args),
};

/** A structure that fails validation: the element lists each problem with its JSON path. */
export const InvalidStructure: Story = { ...withEmbeddedData, args: { structure: invalidStructure } };

/** English labels and the `en` locale for numbers, money and dates. */
export const English: Story = {
  ...withEmbeddedData,
  args: { structure: englishStructure, locale: 'en' },
};
