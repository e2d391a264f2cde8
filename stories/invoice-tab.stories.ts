import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/invoice-tab/define.ts';
import type { DataProvider } from '../src/core/provider.ts';
import { storyClock, storyCustomerId } from './support/providers.ts';
import { hiddenObjectArgs } from './support/render.ts';
import { stateStories } from './support/state-stories.ts';
import { defaultStructure } from './support/structures.ts';

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

const states = stateStories<InvoiceTabArgs>(renderInvoiceTab);

/** The customer's invoices with totals, status and aging. */
export const Default: Story = states.Default;

/** While the provider has not resolved. */
export const Loading: Story = states.Loading;

/** A provider with no records for the customer. */
export const Empty: Story = states.Empty;

/** A provider that rejects: the message and a retry button. */
export const LoadError: Story = states.LoadError;

/** A structure that fails validation: the element lists each problem with its JSON path. */
export const InvalidStructure: Story = states.InvalidStructure;

/** English labels and the `en` locale for numbers, money and dates. */
export const English: Story = states.English;
