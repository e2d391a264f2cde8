import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/history-timeline/define.ts';
import type { DataProvider } from '../src/core/provider.ts';
import { storyClock, storyCustomerId } from './support/providers.ts';
import { hiddenObjectArgs } from './support/render.ts';
import { stateStories } from './support/state-stories.ts';
import { defaultStructure } from './support/structures.ts';

interface HistoryTimelineArgs {
  customerId: string;
  locale?: string;
  structure: unknown;
}

function renderHistoryTimeline(provider: DataProvider, args: HistoryTimelineArgs) {
  return html`
    <history-timeline
      .provider=${provider}
      .structure=${args.structure}
      .clock=${storyClock}
      customer-id=${args.customerId}
      locale=${ifDefined(args.locale)}
    ></history-timeline>
  `;
}

const meta: Meta<HistoryTimelineArgs> = {
  title: 'Elements/history-timeline',
  component: 'history-timeline',
  args: { customerId: storyCustomerId, structure: defaultStructure },
  argTypes: hiddenObjectArgs,
};
export default meta;

type Story = StoryObj<HistoryTimelineArgs>;

const states = stateStories<HistoryTimelineArgs>(renderHistoryTimeline);

/** Payments, contacts, tasks and notes in time order. */
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
