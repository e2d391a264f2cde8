import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/crm-scope/define.ts';
import '../src/customer-list/define.ts';
import '../src/customer-view360/define.ts';
import type { CrmScope } from '../src/crm-scope/crm-scope.ts';
import type { StructureIssue } from '../src/structure/parse.ts';

const unknownKind = {
  version: 1,
  tabs: [{ id: 'history', kind: 'payments', label: 'Pagamentos' }],
};

/** Text of each item of the structure error panel. */
function shownIssues(element: Element): string[] {
  const items = element.shadowRoot!.querySelectorAll('[part="error"] li');
  return [...items].map((item) => item.textContent!.replace(/\s+/g, ' ').trim());
}

/** Mounts a `<crm-scope>` with the unknown-kind structure and records its `crm-error` issues. */
async function mountScope(locale?: string, lang?: string) {
  const issues: StructureIssue[] = [];
  const container = await fixture<HTMLDivElement>(html`<div lang=${ifDefined(lang)}></div>`);
  container.addEventListener('crm-error', (event) => {
    issues.push(...((event as CustomEvent<{ issues: StructureIssue[] }>).detail.issues ?? []));
  });
  const scope = document.createElement('crm-scope') as CrmScope;
  if (locale) scope.locale = locale;
  scope.structure = unknownKind;
  container.append(scope);
  await scope.updateComplete;
  return { scope, issues };
}

describe('structure error panel', () => {
  it('names the path with the detail in the element locale', async () => {
    const { scope } = await mountScope('es');

    expect(shownIssues(scope)).to.deep.equal([
      '$.tabs[0].kind: se esperaba uno de estos valores: "customer", "invoice", "billing", "task", "history"',
    ]);
    expect(scope.shadowRoot!.querySelector('[part="error"] code')!.textContent).to.equal(
      '$.tabs[0].kind',
    );
  });

  it('follows the lang attribute of an ancestor', async () => {
    const { scope } = await mountScope(undefined, 'en');

    expect(shownIssues(scope)).to.deep.equal([
      '$.tabs[0].kind: expected one of "customer", "invoice", "billing", "task", "history"',
    ]);
  });

  it('fires crm-error with the message in the element locale', async () => {
    const { issues } = await mountScope('pt-BR');

    expect(issues.map((issue) => issue.path)).to.deep.equal(['$.tabs[0].kind']);
    expect(issues[0].message).to.equal(
      'esperado um destes valores: "customer", "invoice", "billing", "task", "history"',
    );
    expect(issues[0].messageKey).to.equal('invalidValueOneOf');
  });

  it('renders the detail again when the locale changes', async () => {
    const { scope } = await mountScope('pt-BR');

    scope.locale = 'en';
    await scope.updateComplete;

    expect(shownIssues(scope)).to.deep.equal([
      '$.tabs[0].kind: expected one of "customer", "invoice", "billing", "task", "history"',
    ]);
  });

  it('points children at the invalid structure', async () => {
    const scope = await fixture<CrmScope>(html`
      <crm-scope .structure=${unknownKind} locale="en">
        <customer-list></customer-list>
        <customer-view360 customer-id="1"></customer-view360>
      </crm-scope>
    `);
    const list = scope.querySelector('customer-list')!;
    const view = scope.querySelector('customer-view360')!;
    await (list as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await (view as unknown as { updateComplete: Promise<unknown> }).updateComplete;

    const listText = list.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
    const viewText = view.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
    const hint = 'No valid data structure: set the structure property, or fix the one given.';
    expect(listText).to.equal(hint);
    expect(viewText).to.contain(hint);
  });
});

describe('structure attribute', () => {
  it('falls back to the inherited structure when removed', async () => {
    const scope = await fixture<CrmScope>(
      html`<crm-scope>
        <customer-list structure='{"version": 1, "tabs": [,]}'></customer-list>
      </crm-scope>`,
    );
    scope.structure = { version: 1, tabs: [{ id: 'c', kind: 'customer', label: 'Cliente' }] };
    const list = scope.querySelector('customer-list')!;
    await scope.updateComplete;
    await (list as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(shownIssues(list)).to.have.length(1);

    list.removeAttribute('structure');
    await (list as unknown as { updateComplete: Promise<unknown> }).updateComplete;

    expect(shownIssues(list)).to.deep.equal([]);
    expect((list as unknown as { structure?: unknown }).structure).to.equal(undefined);
  });
});
