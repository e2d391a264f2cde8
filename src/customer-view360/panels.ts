import { html, type TemplateResult } from 'lit';
import type { SectionDefinition, TabDefinition } from '../structure/schema.ts';
import { renderSection, type FieldContext, type SectionView } from './fields.ts';
import '../billing-tab/define.ts';
import '../history-timeline/define.ts';
import '../invoice-tab/define.ts';
import '../task-tab/define.ts';

/** Content of one tab's panel: the sections of a customer tab, else the kind's element. */
export function renderPanelContent(
  tab: TabDefinition,
  customerId: string,
  context: FieldContext,
  sectionView: (section: SectionDefinition, index: number) => SectionView,
): TemplateResult {
  switch (tab.kind) {
    case 'customer':
      return html`${(tab.sections ?? []).map((section, index) =>
        renderSection(section, context, sectionView(section, index)),
      )}`;
    case 'invoice':
      return html`<invoice-tab customer-id=${customerId}></invoice-tab>`;
    case 'billing':
      return html`<billing-tab customer-id=${customerId}></billing-tab>`;
    case 'task':
      return html`<task-tab customer-id=${customerId}></task-tab>`;
    case 'history':
      return html`<history-timeline customer-id=${customerId}></history-timeline>`;
  }
}
