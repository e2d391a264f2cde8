import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/task-tab/define.ts';
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

interface TaskTabArgs {
  customerId: string;
  locale?: string;
  structure: unknown;
}

function renderTaskTab(provider: DataProvider, args: TaskTabArgs) {
  return html`
    <task-tab
      .provider=${provider}
      .structure=${args.structure}
      .clock=${storyClock}
      customer-id=${args.customerId}
      locale=${ifDefined(args.locale)}
    ></task-tab>
  `;
}

const meta: Meta<TaskTabArgs> = {
  title: 'Elements/task-tab',
  component: 'task-tab',
  args: { customerId: storyCustomerId, structure: defaultStructure },
  argTypes: hiddenObjectArgs,
};
export default meta;

type Story = StoryObj<TaskTabArgs>;

const withEmbeddedData: Story = {
  loaders: [loadEmbeddedProvider],
  render: (args, { loaded }) => renderTaskTab(loadedProvider(loaded), args),
};

/** The customer's open collection task: script, outcome and fields. */
export const Default: Story = { ...withEmbeddedData };

/** While the provider has not resolved. */
export const Loading: Story = {
  render: (args) => renderTaskTab(pendingProvider, args),
};

/** A provider with no records for the customer. */
export const Empty: Story = {
  render: (args) => renderTaskTab(emptyProvider, args),
};

/** A provider that rejects: the message and a retry button. */
export const LoadError: Story = {
  render: (args) => renderTaskTab(failingProvider, args),
};

/** A structure that fails validation: the element lists each problem with its JSON path. */
export const InvalidStructure: Story = { ...withEmbeddedData, args: { structure: invalidStructure } };

/** English labels and the `en` locale for numbers, money and dates. */
export const English: Story = {
  ...withEmbeddedData,
  args: { structure: englishStructure, locale: 'en' },
};
