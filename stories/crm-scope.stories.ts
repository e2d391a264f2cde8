import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/crm-scope/define.ts';
import '../src/customer-list/define.ts';
import '../src/customer-view360/define.ts';
import type { DataProvider } from '../src/core/provider.ts';
import { storyClock, storyCustomerId } from './support/providers.ts';
import {
  sharedArgs,
  sharedArgTypes,
  structureOf,
  type ElementStoryArgs,
} from './support/render.ts';
import { stateStories } from './support/state-stories.ts';

interface CrmScopeArgs extends ElementStoryArgs {
  timeZone?: string;
}

/**
 * Renders a scope that gives a list and a customer view one provider,
 * structure and locale. The `theme` attribute applies to its own element
 * only, so the scope passes the dark theme on with the `--crm-color-scheme` token.
 */
function renderScope(provider: DataProvider, args: CrmScopeArgs) {
  const scheme = args.theme ? { '--crm-color-scheme': args.theme } : {};
  return html`
    <crm-scope
      .provider=${provider}
      .structure=${structureOf(args)}
      .clock=${storyClock}
      locale=${ifDefined(args.locale)}
      time-zone=${ifDefined(args.timeZone)}
      style=${styleMap(scheme)}
    >
      <div style="display: grid; grid-template-columns: minmax(18rem, 1fr) 2fr; gap: 1rem">
        <customer-list
          style="height: 36rem"
          @customer-select=${(event: CustomEvent<{ id: string | number }>) => {
            const view = (event.currentTarget as HTMLElement).nextElementSibling;
            view?.setAttribute('customer-id', String(event.detail.id));
          }}
        ></customer-list>
        <customer-view360 customer-id=${storyCustomerId}></customer-view360>
      </div>
    </crm-scope>
  `;
}

const meta: Meta<CrmScopeArgs> = {
  title: 'Elements/crm-scope',
  component: 'crm-scope',
  args: sharedArgs,
  argTypes: sharedArgTypes,
  parameters: { layout: 'fullscreen', actions: { handles: ['customer-select', 'crm-error'] } },
};
export default meta;

type Story = StoryObj<CrmScopeArgs>;

const states = stateStories<CrmScopeArgs>(renderScope);

/** A list and a customer view sharing the scope's inputs; selecting a row opens the customer. */
export const Default: Story = states.Default;

/** While the provider has not resolved. */
export const Loading: Story = states.Loading;

/** A backend that takes 2.5 s per request: both elements load, then show the data. */
export const SlowBackend: Story = states.SlowBackend;

/** A provider with no records: an empty list and a customer that is not found. */
export const Empty: Story = states.Empty;

/**
 * A provider that rejects with a 503: each element shows the message and a
 * retry button, and a retry in either one brings the backend back.
 */
export const LoadError: Story = states.LoadError;

/** Loaded data whose background refresh failed: the "not up to date since" badge with a refresh button. */
export const StaleData: Story = states.StaleData;

/** An invalid structure on the scope: the scope lists each problem with its JSON path. */
export const InvalidStructure: Story = states.InvalidStructure;

/** The scope's `locale` reaches every element inside it. */
export const English: Story = states.English;

/** Spanish through the scope's `locale`. */
export const Spanish: Story = states.Spanish;

/** `--crm-color-scheme: dark` on the scope, which every element below it follows. */
export const Dark: Story = states.Dark;

/** Long accented pt-BR names and markup-like text, which must show as plain text. */
export const HostileData: Story = states.HostileData;
