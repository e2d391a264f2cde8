import { html, nothing, type TemplateResult } from 'lit';
import type { TabDefinition } from '../structure/schema.ts';
import { formatField, renderScoreGauge, visibleFields, type FieldContext } from './fields.ts';
import { fieldsOfClass } from './tabs.ts';

/**
 * Renders the header above the tabs: the first `title-view` field of the
 * customer tabs as the heading, further ones under it, and each `graph-score`
 * field as a gauge. Fields hidden by their visibility rules are left out.
 */
export function renderHeader(
  tabs: readonly TabDefinition[],
  context: FieldContext,
): TemplateResult {
  const [title, ...subtitles] = visibleFields(fieldsOfClass(tabs, 'title-view'), context);
  const scores = visibleFields(fieldsOfClass(tabs, 'graph-score'), context);
  return html`
    <header class="header" part="header">
      <div>
        ${title ? html`<h2 class="title" part="title">${formatField(title, context)}</h2>` : nothing}
        ${subtitles.map(
          (field) =>
            html`<p class="subtitle" part="subtitle">
              <span class="visually-hidden">${field.label}: </span>${formatField(field, context)}
            </p>`,
        )}
      </div>
      ${scores.map((field) => renderScoreGauge(field, context))}
    </header>
  `;
}
