import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/billing-tab/define.ts';
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

interface BillingTabArgs {
  customerId: string;
  locale?: string;
  structure: unknown;
}

function renderBillingTab(provider: DataProvider, args: BillingTabArgs) {
  return html`
    <billing-tab
      .provider=${provider}
      .structure=${args.structure}
      .clock=${storyClock}
      customer-id=${args.customerId}
      locale=${ifDefined(args.locale)}
    ></billing-tab>
  `;
}

const meta: Meta<BillingTabArgs> = {
  title: 'Elements/billing-tab',
  component: 'billing-tab',
  args: { customerId: storyCustomerId, structure: defaultStructure },
  argTypes: hiddenObjectArgs,
};
export default meta;

type Story = StoryObj<BillingTabArgs>;

const withEmbeddedData: Story = {
  loaders: [loadEmbeddedProvider],
  render: (args, { loaded }) => renderBillingTab(loadedProvider(loaded), args),
};

/** Open and overdue amounts by aging bucket, with business-day due dates. */
export const Default: Story = { ...withEmbeddedData };

/** While the provider has not resolved. */
export const Loading: Story = {
  render: (args) => renderBillingTab(pendingProvider, args),
};

/** A provider with no records for the customer. */
export const Empty: Story = {
  render: (args) => renderBillingTab(emptyProvider, args),
};

/** A provider that rejects: the message and a retry button. */
export const LoadError: Story = {
  render: (args) => renderBillingTab(failingProvider, args),
};

/** A structure that fails validation: the element lists each problem with its JSON path. */
export const InvalidStructure: Story = { ...withEmbeddedData, args: { structure: invalidStructure } };

/** English labels and the `en` locale for numbers, money and dates. */
export const English: Story = {
  ...withEmbeddedData,
  args: { structure: englishStructure, locale: 'en' },
};
