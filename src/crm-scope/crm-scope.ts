import { html, type CSSResultGroup, type PropertyValues } from 'lit';
import { CrmElement } from '../core/crm-element.ts';
import { ScopeProviders } from '../core/scope-providers.ts';
import { pickMessages, validLocale } from '../core/i18n.ts';
import { crmScopeMessages } from './messages.ts';
import { crmScopeStyles } from './styles.ts';

/**
 * @summary Provides a data provider, structure, locale, time zone, clock and
 * roles to every crm-view360 element inside it.
 *
 * @slot - Elements that inherit the scope's inputs.
 * @fires {CustomEvent<CrmEventDetails['crm-error']>} crm-error - The structure is invalid; detail `{ kind: 'structure', issues }`.
 * @csspart error - The invalid-structure panel.
 */
export class CrmScope extends CrmElement {
  static override styles: CSSResultGroup = [CrmElement.styles, crmScopeStyles];

  private readonly scope = new ScopeProviders(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.scope.set({
      provider: this.effectiveProvider,
      structure: this.effectiveStructure,
      locale:
        validLocale(this.locale) ??
        this.effectiveStructure?.locale ??
        validLocale(this.inheritedLocale),
      timeZone: this.timeZone ?? this.effectiveStructure?.timeZone ?? this.inheritedTimeZone,
      clock: this.clock ?? this.inheritedClock,
      roles: this.roles ?? this.inheritedRoles,
    });
  }

  protected override render() {
    const title = pickMessages(crmScopeMessages, this.effectiveLocale).invalidStructure;
    return html`${this.renderStructureIssues(title)}<slot></slot>`;
  }
}
