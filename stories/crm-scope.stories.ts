import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/crm-scope/define.ts';
import '../src/customer-list/define.ts';
import '../src/customer-view360/define.ts';
import type { DataProvider } from '../src/core/provider.ts';
import {
  failingProvider,
  loadEmbeddedProvider,
  pendingProvider,
  storyClock,
  storyCustomerId,
} from './support/providers.ts';
import { hiddenObjectArgs, loadedProvider } from './support/render.ts';
import { defaultStructure, englishStructure, invalidStructure } from './support/structures.ts';

interface CrmScopeArgs {
  locale?: string;
  timeZone?: string;
  structure: unknown;
}

/** Renders a scope that gives a list and a customer view one provider, structure and locale. */
function renderScope(provider: DataProvider, args: CrmScopeArgs) {
  return html`
    <crm-scope
      .provider=${provider}
      .structure=${args.structure}
      .clock=${storyClock}
      locale=${ifDefined(args.locale)}
      time-zone=${ifDefined(args.timeZone)}
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
  args: { structure: defaultStructure },
  argTypes: hiddenObjectArgs,
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj<CrmScopeArgs>;

const withEmbeddedData: Story = {
  loaders: [loadEmbeddedProvider],
  render: (args, { loaded }) => renderScope(loadedProvider(loaded), args),
};

/** A list and a customer view sharing the scope's inputs; selecting a row opens the customer. */
export const Default: Story = { ...withEmbeddedData };

/** While the provider has not resolved. */
export const Loading: Story = {
  render: (args) => renderScope(pendingProvider, args),
};

/** A provider that rejects: each element shows the message and a retry button. */
export const LoadError: Story = {
  render: (args) => renderScope(failingProvider, args),
};

/** An invalid structure on the scope: the scope lists each problem with its JSON path. */
export const InvalidStructure: Story = {
  ...withEmbeddedData,
  args: { structure: invalidStructure },
};

/** The scope's `locale` reaches every element inside it. */
export const English: Story = {
  ...withEmbeddedData,
  args: { structure: englishStructure, locale: 'en' },
};
