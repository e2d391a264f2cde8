import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/task-tab/define.ts';
import type { DataProvider } from '../src/core/provider.ts';
import { storyClock, storyCustomerId } from './support/providers.ts';
import {
  sharedArgs,
  sharedArgTypes,
  structureOf,
  type ElementStoryArgs,
} from './support/render.ts';
import { stateStories } from './support/state-stories.ts';

interface TaskTabArgs extends ElementStoryArgs {
  customerId: string;
}

function renderTaskTab(provider: DataProvider, args: TaskTabArgs) {
  return html`
    <task-tab
      .provider=${provider}
      .structure=${structureOf(args)}
      .clock=${storyClock}
      customer-id=${args.customerId}
      locale=${ifDefined(args.locale)}
      theme=${ifDefined(args.theme)}
    ></task-tab>
  `;
}

const meta: Meta<TaskTabArgs> = {
  title: 'Elements/task-tab',
  component: 'task-tab',
  args: { ...sharedArgs, customerId: storyCustomerId },
  argTypes: sharedArgTypes,
  parameters: { actions: { handles: ['task-executed', 'task-assigned', 'crm-error'] } },
};
export default meta;

type Story = StoryObj<TaskTabArgs>;

const states = stateStories<TaskTabArgs>(renderTaskTab);

/** The customer's open collection task: script, outcome and fields. */
export const Default: Story = states.Default;

/** While the provider has not resolved. */
export const Loading: Story = states.Loading;

/** A backend that takes 2.5 s per request: the loading state, then the data. */
export const SlowBackend: Story = states.SlowBackend;

/** A provider with no records for the customer. */
export const Empty: Story = states.Empty;

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
