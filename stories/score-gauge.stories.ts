import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/score-gauge/define.ts';
import { markupText } from './support/hostile-data.ts';
import { sharedArgs, sharedArgTypes, type StoryTheme } from './support/render.ts';

interface ScoreGaugeArgs {
  value: unknown;
  max?: number;
  label?: string;
  locale?: string;
  theme?: StoryTheme;
}

const meta: Meta<ScoreGaugeArgs> = {
  title: 'Elements/score-gauge',
  component: 'score-gauge',
  args: { ...sharedArgs, value: 742, label: 'Score' },
  argTypes: {
    locale: sharedArgTypes.locale,
    theme: sharedArgTypes.theme,
    value: { control: { type: 'number', min: 0, max: 1000 } },
  },
  render: (args) => html`
    <score-gauge
      .value=${args.value}
      max=${ifDefined(args.max)}
      label=${ifDefined(args.label)}
      locale=${ifDefined(args.locale)}
      theme=${ifDefined(args.theme)}
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

/** A score out of a `max` of 100 instead of 1000. */
export const CustomMaximum: Story = { args: { value: 64, max: 100 } };

/** No score yet: the value is unset. */
export const NoValue: Story = { args: { value: undefined } };

/** A value above `max`: the "invalid score" state with no filled arc. */
export const Invalid: Story = { args: { value: 1200 } };

/** Text that is not a number: the same "invalid score" state. */
export const NotANumber: Story = { args: { value: 'abc' } };

/** English text. */
export const English: Story = { args: { value: 742, label: 'Score', locale: 'en' } };

/** Spanish text. */
export const Spanish: Story = { args: { value: 742, label: 'Puntuación', locale: 'es' } };

/** The `theme="dark"` colour scheme. */
export const Dark: Story = { args: { value: 742, theme: 'dark' } };

/** A poor score in the dark theme, drawn in the danger colour. */
export const DarkPoor: Story = { args: { value: 180, theme: 'dark' } };

/** A long accented label with markup, which must show as plain text. */
export const HostileLabel: Story = {
  args: { value: 512, label: `Pontuação de crédito da Conceição ${markupText}` },
};
