import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Messages } from '../core/i18n.ts';
import type { CustomerListMessage } from './messages.ts';

export interface SearchBoxOptions {
  messages: Messages<CustomerListMessage>;
  /** Text in the box, which may run ahead of the debounced `search`. */
  draft: string;
  onInput: (event: InputEvent) => void;
  onKeydown: (event: KeyboardEvent) => void;
}

/** Renders the labelled search box of the toolbar. */
export function renderSearchBox(options: SearchBoxOptions): TemplateResult {
  const { messages } = options;
  return html`<div class="search" part="search">
    <label class="visually-hidden" for="search">${messages.searchLabel}</label
    ><input
      id="search"
      part="search-input"
      type="search"
      autocomplete="off"
      placeholder=${messages.searchPlaceholder}
      .value=${live(options.draft)}
      @input=${options.onInput}
      @keydown=${options.onKeydown}
    />
  </div>`;
}
