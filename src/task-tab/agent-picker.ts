import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Agent } from '../core/records.ts';

export interface AgentPickerOptions {
  /** Agents to choose from. */
  agents: () => readonly Agent[];
  onSelect: (agent: Agent) => void;
}

/** Localized text of the picker. */
export interface AgentPickerLabels {
  /** Label of the combobox input. */
  label: string;
  /** Accessible name of the list of agents. */
  listLabel: string;
  /** How to use the input, shown under it and linked with `aria-describedby`. */
  hint: string;
  /** Announced when no agent matches the typed text. */
  noMatch: string;
  disabled: boolean;
}

/**
 * An editable combobox with a list popup (WAI-ARIA combobox pattern) that
 * filters the loaded agents by name. Down and Up move through the options
 * (Alt+Down only opens the list), Enter chooses the active one, Escape
 * closes the list and a second Escape clears the text. Focus stays on the
 * input, and `aria-activedescendant` names the active option.
 */
export class AgentPicker {
  private query = '';
  private open = false;
  private activeIndex = -1;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: AgentPickerOptions,
    private readonly idPrefix = 'agent',
  ) {}

  /** Agents whose name contains the typed text, ignoring case and accents. */
  matches(): Agent[] {
    const query = fold(this.query.trim());
    const agents = this.options.agents();
    return query ? agents.filter((agent) => fold(agent.name).includes(query)) : [...agents];
  }

  render(labels: AgentPickerLabels): TemplateResult {
    const matches = this.open ? this.matches() : [];
    const listId = `${this.idPrefix}-listbox`;
    const active = this.activeIndex >= 0 && this.activeIndex < matches.length;
    return html`
      <div class="picker" part="agent-picker">
        <label for=${`${this.idPrefix}-input`}>${labels.label}</label>
        <input
          id=${`${this.idPrefix}-input`}
          type="text"
          role="combobox"
          autocomplete="off"
          aria-autocomplete="list"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls=${listId}
          aria-describedby=${`${this.idPrefix}-hint`}
          aria-activedescendant=${active ? this.optionId(this.activeIndex) : nothing}
          ?disabled=${labels.disabled}
          .value=${this.query}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
          @blur=${this.close}
        />
        <p id=${`${this.idPrefix}-hint`} class="picker-hint">${labels.hint}</p>
        <ul id=${listId} role="listbox" aria-label=${labels.listLabel} ?hidden=${!this.open}>
          ${matches.map((agent, index) => this.renderOption(agent, index))}
        </ul>
        <p class="picker-empty" role="status">
          ${this.open && matches.length === 0 ? labels.noMatch : ''}
        </p>
      </div>
    `;
  }

  private renderOption(agent: Agent, index: number): TemplateResult {
    const selected = index === this.activeIndex;
    return html`<li
      id=${this.optionId(index)}
      role="option"
      aria-selected=${selected ? 'true' : 'false'}
      class=${selected ? 'active' : ''}
      @mousedown=${(event: Event) => event.preventDefault()}
      @click=${() => this.choose(agent)}
    >
      ${agent.name}
    </li>`;
  }

  private optionId(index: number): string {
    return `${this.idPrefix}-option-${index}`;
  }

  private onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.open = true;
    this.activeIndex = this.matches().length > 0 ? 0 : -1;
    this.host.requestUpdate();
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    const count = this.matches().length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.open || event.altKey) {
          this.open = true;
          if (event.altKey) break;
          this.activeIndex = count > 0 ? 0 : -1;
          break;
        }
        this.activeIndex = count > 0 ? (this.activeIndex + 1) % count : -1;
        break;
      case 'ArrowUp':
        event.preventDefault();
        this.open = true;
        this.activeIndex = count > 0 ? (this.activeIndex - 1 + count) % count : -1;
        break;
      case 'Enter': {
        const agent = this.open ? this.matches()[this.activeIndex] : undefined;
        if (!agent) return;
        event.preventDefault();
        this.choose(agent);
        return;
      }
      case 'Escape':
        if (this.open) this.open = false;
        else this.query = '';
        this.activeIndex = -1;
        break;
      default:
        return;
    }
    this.host.requestUpdate();
  };

  private close = (): void => {
    if (!this.open) return;
    this.open = false;
    this.activeIndex = -1;
    this.host.requestUpdate();
  };

  private choose(agent: Agent): void {
    this.query = '';
    this.open = false;
    this.activeIndex = -1;
    this.host.requestUpdate();
    this.options.onSelect(agent);
  }
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}
