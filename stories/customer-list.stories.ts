import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/customer-list/define.ts';
import type { DataProvider } from '../src/core/provider.ts';
import {
  emptyProvider,
  failingProvider,
  loadEmbeddedProvider,
  pendingProvider,
  storyClock,
} from './support/providers.ts';
import { hiddenObjectArgs, loadedProvider } from './support/render.ts';
import { defaultStructure, englishStructure, invalidStructure } from './support/structures.ts';

interface CustomerListArgs {
  locale?: string;
  structure: unknown;
}

function renderList(provider: DataProvider, args: CustomerListArgs) {
  return html`
    <customer-list
      style="height: 32rem"
      .provider=${provider}
      .structure=${args.structure}
      .clock=${storyClock}
      locale=${ifDefined(args.locale)}
    ></customer-list>
  `;
}

const meta: Meta<CustomerListArgs> = {
  title: 'Elements/customer-list',
  component: 'customer-list',
  args: { structure: defaultStructure },
  argTypes: hiddenObjectArgs,
  parameters: { actions: { handles: ['customer-select', 'crm-error'] } },
};
export default meta;

type Story = StoryObj<CustomerListArgs>;

/** The 30,000 customers of the embedded dataset, searchable and sortable. */
export const Default: Story = {
  loaders: [loadEmbeddedProvider],
  render: (args, { loaded }) => renderList(loadedProvider(loaded), args),
};

/** While the provider has not resolved. */
export const Loading: Story = {
  render: (args) => renderList(pendingProvider, args),
};

/** A provider with no customers. */
export const Empty: Story = {
  render: (args) => renderList(emptyProvider, args),
};

/** A provider that rejects: the message and a retry button. */
export const LoadError: Story = {
  render: (args) => renderList(failingProvider, args),
};

/** A structure that fails validation: the element lists each problem with its JSON path. */
export const InvalidStructure: Story = {
  args: { structure: invalidStructure },
  loaders: [loadEmbeddedProvider],
  render: (args, { loaded }) => renderList(loadedProvider(loaded), args),
};

/** English labels and the `en` locale for numbers, money and dates. */
export const English: Story = {
  args: { structure: englishStructure, locale: 'en' },
  loaders: [loadEmbeddedProvider],
  render: (args, { loaded }) => renderList(loadedProvider(loaded), args),
};
