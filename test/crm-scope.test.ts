import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { CrmElement } from '../src/core/crm-element.ts';
import { fixedClock } from '../src/core/clock.ts';
import type { DataProvider } from '../src/core/provider.ts';
import '../src/crm-scope/define.ts';
import type { CrmScope } from '../src/crm-scope/crm-scope.ts';
import { defaultStructure } from '../src/structure/default-structure.ts';

/** Renders what it inherits, so tests can read it. */
class ScopeProbe extends CrmElement {
  protected override render() {
    return html`${this.renderStructureIssues('invalid')}
      <span id="locale">${this.effectiveLocale}</span>
      <span id="zone">${this.effectiveTimeZone}</span>
      <span id="currency">${this.effectiveCurrency}</span>
      <span id="provider">${this.effectiveProvider ? 'provider' : 'none'}</span>
      <span id="now">${this.effectiveClock.now().toISOString()}</span>`;
  }
}
customElements.define('scope-probe', ScopeProbe);

const provider: DataProvider = {
  getList: async () => ({ data: [], total: 0 }),
  getOne: async () => ({ data: {} as never }),
  update: async () => ({ data: {} as never }),
  create: async () => ({ data: {} as never }),
};

const read = (probe: Element, id: string) => probe.shadowRoot!.getElementById(id)!.textContent;

describe('<crm-scope>', () => {
  it('provides its inputs to elements inside it', async () => {
    const scope = await fixture<CrmScope>(html`
      <crm-scope
        .provider=${provider}
        .structure=${defaultStructure}
        .clock=${fixedClock('2027-02-10T01:30:00Z')}
      >
        <scope-probe></scope-probe>
      </crm-scope>
    `);
    const probe = scope.querySelector('scope-probe')!;
    await (probe as ScopeProbe).updateComplete;

    expect(read(probe, 'locale')).to.equal('pt-BR');
    expect(read(probe, 'zone')).to.equal('America/Sao_Paulo');
    expect(read(probe, 'currency')).to.equal('TWD');
    expect(read(probe, 'provider')).to.equal('provider');
    expect(read(probe, 'now')).to.equal('2027-02-10T01:30:00.000Z');
  });

  it('lets an element override an inherited input', async () => {
    const scope = await fixture<CrmScope>(html`
      <crm-scope .provider=${provider} .structure=${defaultStructure}>
        <scope-probe locale="en" time-zone="UTC"></scope-probe>
      </crm-scope>
    `);
    const probe = scope.querySelector('scope-probe')!;
    await (probe as ScopeProbe).updateComplete;

    expect(read(probe, 'locale')).to.equal('en');
    expect(read(probe, 'zone')).to.equal('UTC');
  });

  it('updates consumers when the scope changes', async () => {
    const scope = await fixture<CrmScope>(html`
      <crm-scope .structure=${defaultStructure}><scope-probe></scope-probe></crm-scope>
    `);
    const probe = scope.querySelector('scope-probe') as ScopeProbe;

    scope.locale = 'en';
    await scope.updateComplete;
    await probe.updateComplete;

    expect(read(probe, 'locale')).to.equal('en');
  });

  it('reaches a consumer defined after it connected', async () => {
    const scope = await fixture<CrmScope>(html`
      <crm-scope .provider=${provider} locale="en"><late-probe></late-probe></crm-scope>
    `);

    customElements.define('late-probe', class extends ScopeProbe {});
    const probe = scope.querySelector('late-probe') as ScopeProbe;
    await probe.updateComplete;

    expect(read(probe, 'locale')).to.equal('en');
    expect(read(probe, 'provider')).to.equal('provider');
  });

  it("skips its own invalid locale for the structure's", async () => {
    const original = console.warn;
    console.warn = () => {};
    try {
      const scope = await fixture<CrmScope>(html`
        <crm-scope .structure=${{ ...defaultStructure, locale: 'es' }} locale="en_US">
          <scope-probe></scope-probe>
        </crm-scope>
      `);
      const probe = scope.querySelector('scope-probe') as ScopeProbe;
      await probe.updateComplete;

      expect(read(probe, 'locale')).to.equal('es');
    } finally {
      console.warn = original;
    }
  });

  it('falls back to the nearest lang attribute', async () => {
    const root = await fixture<HTMLElement>(html`
      <div lang="en-GB">
        <crm-scope .provider=${provider}><scope-probe></scope-probe></crm-scope>
      </div>
    `);
    const probe = root.querySelector('scope-probe') as ScopeProbe;
    await probe.updateComplete;

    expect(read(probe, 'locale')).to.equal('en-GB');
  });

  it('shows an invalid structure and fires crm-error', async () => {
    const scope = document.createElement('crm-scope') as CrmScope;
    const errorEvent = oneEvent(scope, 'crm-error');

    scope.setAttribute('structure', '[object Object]');
    document.body.append(scope);
    const { detail } = await errorEvent;
    await scope.updateComplete;

    expect(detail.kind).to.equal('structure');
    expect(scope.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('$');
    expect(scope.shadowRoot!.textContent).to.contain('Estrutura de dados inválida');
    scope.remove();
  });

  it('does not pass an invalid structure down', async () => {
    const scope = await fixture<CrmScope>(html`
      <crm-scope structure='{"version": 2}'><scope-probe></scope-probe></crm-scope>
    `);
    const probe = scope.querySelector('scope-probe') as ScopeProbe;
    await probe.updateComplete;

    expect(probe.effectiveStructure).to.equal(undefined);
    expect(scope.shadowRoot!.textContent).to.contain('$.version');
  });
});
