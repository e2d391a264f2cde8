import {
  LitElement,
  html,
  nothing,
  type CSSResultGroup,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer, type Context } from '@lit/context';
import { systemClock, type Clock } from './clock.ts';
import {
  clockContext,
  localeContext,
  providerContext,
  rolesContext,
  structureContext,
  timeZoneContext,
} from './context.ts';
import { retryContextWhenDefined, stopContextRetry } from './context-retry.ts';
import { fire } from './events.ts';
import { onLocaleRegistered, validLocale } from './i18n.ts';
import type { DataProvider } from './provider.ts';
import { formatIssueMessage, parseStructure, type StructureIssue } from '../structure/parse.ts';
import type { Structure } from '../structure/schema.ts';
import { sharedStyles } from './shared-styles.ts';

/** Locale used when neither the element, its structure, its scope nor any `lang` sets one. */
export const fallbackLocale = 'pt-BR';

/**
 * Base of every element: the `provider`, `structure`, `locale`, `time-zone`
 * and `clock` inputs, each inherited through context when not set on the
 * element, and structure validation that renders an error instead of throwing.
 */
export class CrmElement extends LitElement {
  static override styles: CSSResultGroup = [sharedStyles];

  /** Data provider. Inherited from `<crm-scope>` or `<customer-view360>` when unset. */
  @property({ attribute: false }) provider?: DataProvider;

  /**
   * Data structure, as an object or as JSON text (the attribute form). An
   * invalid one renders an error naming the JSON path and fires `crm-error`.
   * Removing the attribute unsets it, so the inherited structure applies again.
   */
  @property({ converter: { fromAttribute: (value: string | null) => value ?? undefined } })
  structure?: unknown;

  /** BCP 47 locale such as `pt-BR`; overrides the structure's and any inherited one. */
  @property() locale?: string;

  /** IANA time zone that decides "today"; overrides the structure's and any inherited one. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** Source of the current instant; inherited, else the system clock. */
  @property({ attribute: false }) clock?: Clock;

  /** Roles of the current user, for field visibility rules; inherited when unset. */
  @property({ attribute: false }) roles?: readonly string[];

  /**
   * Colour scheme: `light` or `dark`. Unset, the element follows
   * `prefers-color-scheme`, or `--crm-color-scheme` set by an ancestor.
   */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  private stopLocaleListener?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    // A locale registered after the first render must reach text already shown.
    this.stopLocaleListener = onLocaleRegistered(() => this.requestUpdate());
    retryContextWhenDefined(this, this.requestContextsAgain);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopLocaleListener?.();
    this.stopLocaleListener = undefined;
    stopContextRetry(this);
  }

  @state()
  protected inheritedProvider?: DataProvider;

  @state()
  protected inheritedStructure?: Structure;

  @state()
  protected inheritedLocale?: string;

  @state()
  protected inheritedTimeZone?: string;

  @state()
  protected inheritedClock?: Clock;

  @state()
  protected inheritedRoles?: readonly string[];

  /** One subscribing consumer per inherited input, each writing its `inherited*` field. */
  private readonly contextConsumers = [
    this.consumeInto(providerContext, (value) => (this.inheritedProvider = value)),
    this.consumeInto(structureContext, (value) => (this.inheritedStructure = value)),
    this.consumeInto(localeContext, (value) => (this.inheritedLocale = value)),
    this.consumeInto(timeZoneContext, (value) => (this.inheritedTimeZone = value)),
    this.consumeInto(clockContext, (value) => (this.inheritedClock = value)),
    this.consumeInto(rolesContext, (value) => (this.inheritedRoles = value)),
  ];

  private consumeInto<T>(
    context: Context<unknown, T>,
    write: (value: T) => void,
  ): ContextConsumer<Context<unknown, T>, this> {
    return new ContextConsumer(this, { context, subscribe: true, callback: write });
  }

  /** Sends every context request again: unsubscribes, then requests as on connect. */
  private requestContextsAgain = (): void => {
    for (const consumer of this.contextConsumers) {
      consumer.hostDisconnected();
      consumer.hostConnected();
    }
  };

  /** Problems of the element's own `structure`, when it is invalid. */
  @state() protected structureIssues?: StructureIssue[];

  private ownStructure?: Structure;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('structure')) this.validateStructure();
    super.willUpdate(changed);
  }

  private validateStructure(): void {
    this.ownStructure = undefined;
    this.structureIssues = undefined;
    if (this.structure === undefined) return;
    // The own structure is unset here, so the locale comes from the element, its scope or `lang`.
    const result = parseStructure(this.structure, this.effectiveLocale);
    if (result.ok) {
      this.ownStructure = result.structure;
      return;
    }
    this.structureIssues = result.issues;
    fire(this, 'crm-error', { kind: 'structure', issues: result.issues });
  }

  /** The provider in effect: the element's own, else the inherited one. */
  get effectiveProvider(): DataProvider | undefined {
    return this.provider ?? this.inheritedProvider;
  }

  /** The valid structure in effect; undefined while the element's own one is invalid. */
  get effectiveStructure(): Structure | undefined {
    if (this.structure !== undefined) return this.ownStructure;
    return this.inheritedStructure;
  }

  /**
   * The locale in effect: the first valid one of the element's own `locale`,
   * its own structure's, the inherited one (a scope's own locale or its
   * structure's), the nearest `lang` attribute and the document's, else pt-BR.
   * An invalid tag such as `pt_BR` is skipped with a console warning.
   */
  get effectiveLocale(): string {
    return (
      validLocale(this.locale) ??
      this.ownStructure?.locale ??
      validLocale(this.inheritedLocale) ??
      this.nearestValidLang() ??
      validLocale(document.documentElement.lang) ??
      fallbackLocale
    );
  }

  /** Returns the nearest ancestor's `lang` that is a valid locale, skipping invalid ones. */
  private nearestValidLang(): string | undefined {
    let node: Element | null | undefined = this.closest('[lang]');
    for (; node; node = node.parentElement?.closest('[lang]')) {
      const locale = validLocale(node.getAttribute('lang'));
      if (locale) return locale;
    }
    return undefined;
  }

  /** The zone in effect, in the same order as the locale, then the browser's zone. */
  get effectiveTimeZone(): string {
    return (
      this.timeZone ??
      this.ownStructure?.timeZone ??
      this.inheritedTimeZone ??
      Intl.DateTimeFormat().resolvedOptions().timeZone
    );
  }

  get effectiveCurrency(): string {
    return this.effectiveStructure?.currency ?? 'BRL';
  }

  get effectiveClock(): Clock {
    return this.clock ?? this.inheritedClock ?? systemClock;
  }

  get effectiveRoles(): readonly string[] {
    return this.roles ?? this.inheritedRoles ?? [];
  }

  /** The structure error panel, or `nothing` when the structure is valid. */
  protected renderStructureIssues(title: string): TemplateResult | typeof nothing {
    if (!this.structureIssues) return nothing;
    const locale = this.effectiveLocale;
    return html`
      <div class="structure-error" role="alert" part="error">
        <strong>${title}</strong>
        <ul>
          ${this.structureIssues.map(
            (issue) =>
              html`<li><code>${issue.path}</code>: ${formatIssueMessage(issue, locale)}</li>`,
          )}
        </ul>
      </div>
    `;
  }
}
