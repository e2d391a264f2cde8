import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/history-timeline/define.ts';
import type { DataProvider } from '../src/core/provider.ts';
import { storyClock, storyCustomerId } from './support/providers.ts';
import {
  sharedArgs,
  sharedArgTypes,
  structureOf,
  type ElementStoryArgs,
} from './support/render.ts';
import { stateStories } from './support/state-stories.ts';

interface HistoryTimelineArgs extends ElementStoryArgs {
  customerId: string;
  view?: 'timeline' | 'calendar';
  month?: string;
}

function renderHistoryTimeline(provider: DataProvider, args: HistoryTimelineArgs) {
  return html`
    <history-timeline
      .provider=${provider}
      .structure=${structureOf(args)}
      .clock=${storyClock}
      customer-id=${args.customerId}
      view=${ifDefined(args.view)}
      month=${ifDefined(args.month)}
      locale=${ifDefined(args.locale)}
      theme=${ifDefined(args.theme)}
    ></history-timeline>
  `;
}

const meta: Meta<HistoryTimelineArgs> = {
  title: 'Elements/history-timeline',
  component: 'history-timeline',
  args: { ...sharedArgs, customerId: storyCustomerId },
  argTypes: {
    ...sharedArgTypes,
    view: { control: 'inline-radio', options: ['timeline', 'calendar'] },
  },
  parameters: { actions: { handles: ['crm-error'] } },
};
export default meta;

type Story = StoryObj<HistoryTimelineArgs>;

const states = stateStories<HistoryTimelineArgs>(renderHistoryTimeline);

/** Payments, contacts, tasks and notes in time order. */
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

/** The month calendar of the story clock's month (December 2026), with holidays marked. */
export const CalendarView: Story = { ...states.Default, args: { view: 'calendar' } };

/** The calendar of November 2026, set through the `month` attribute. */
export const CalendarPreviousMonth: Story = {
  ...states.Default,
  args: { view: 'calendar', month: '2026-11' },
};

/** The calendar view in the dark theme. */
export const CalendarViewDark: Story = {
  ...states.Default,
  args: { view: 'calendar', theme: 'dark' },
};
