import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/score-gauge/define.ts';

interface ScoreGaugeArgs {
  value: unknown;
  label?: string;
  locale?: string;
}

const meta: Meta<ScoreGaugeArgs> = {
  title: 'Elements/score-gauge',
  component: 'score-gauge',
  args: { value: 742, label: 'Score' },
  argTypes: { value: { control: { type: 'number', min: 0, max: 1000 } } },
  render: (args) => html`
    <score-gauge
      .value=${args.value}
      label=${ifDefined(args.label)}
      locale=${ifDefined(args.locale)}
    ></score-gauge>
  `,
};
export default meta;

type Story = StoryObj<ScoreGaugeArgs>;

/** The lowest score. */
export const Zero: Story = { args: { value: 0 } };

/** A typical good score. */
export const Typical: Story = { args: { value: 742 } };

/** The highest score. */
export const Maximum: Story = { args: { value: 1000 } };

/** A value above `max`: the "invalid score" state with no filled arc. */
export const Invalid: Story = { args: { value: 1200 } };

/** Text that is not a number: the same "invalid score" state. */
export const NotANumber: Story = { args: { value: 'abc' } };

/** English text. */
export const English: Story = { args: { value: 742, label: 'Score', locale: 'en' } };
