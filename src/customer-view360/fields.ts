import { html, nothing, type TemplateResult } from 'lit';
import { styleProperties } from '../core/style-properties.ts';
import { readPath } from '../core/path.ts';
import { enumColor, formatValue, isMissing, missingValue, safeUrl } from '../format/format.ts';
import type { FieldDefinition, SectionDefinition } from '../structure/schema.ts';
import '../score-gauge/define.ts';
import { isFieldVisible } from './field-visibility.ts';

/** Record, locale settings and roles used to read, format and filter fields. */
export interface FieldContext {
  record: unknown;
  locale: string;
  currency: string;
  timeZone: string;
  /** Roles of the current user, for `visibleTo`. */
  roles: readonly string[];
}

/** Returns the fields that render for this record and user, in order, leaving hidden ones out entirely. */
export function visibleFields(
  fields: readonly FieldDefinition[],
  context: FieldContext,
): FieldDefinition[] {
  return fields.filter((field) => isFieldVisible(field, context.record, context.roles));
}

/** Collapsed state of one section, owned by the element. */
export interface SectionView {
  /** Id of the section's field grid, unique in the element's shadow root. */
  bodyId: string;
  collapsed: boolean;
  toggle: () => void;
}

/**
 * Renders a section: its title as a heading and its visible fields in a grid of
 * `section.columns` columns. A section with no visible field renders nothing.
 * A collapsible section's heading is a disclosure button for the grid.
 */
export function renderSection(
  section: SectionDefinition,
  context: FieldContext,
  view: SectionView,
): TemplateResult | typeof nothing {
  const fields = visibleFields(section.fields, context);
  if (fields.length === 0) return nothing;
  const collapsed = section.collapsible && view.collapsed;
  const columns = styleProperties({ '--_columns': String(section.columns) });
  return html`
    <section class="section" part="section">
      <h3 class="section-title" part="section-title">
        ${
          section.collapsible
            ? html`<button
                type="button"
                class="section-toggle"
                part="section-toggle"
                aria-expanded=${collapsed ? 'false' : 'true'}
                aria-controls=${view.bodyId}
                @click=${view.toggle}
              >
                ${section.title}
              </button>`
            : section.title
        }
      </h3>
      <div class="grid" part="grid" id=${view.bodyId} style=${columns} ?hidden=${collapsed}>
        ${fields.map((field) => renderField(field, context))}
      </div>
    </section>
  `;
}

/** Renders one field, laid out by its class. */
export function renderField(field: FieldDefinition, context: FieldContext): TemplateResult {
  switch (field.class) {
    case 'title-view':
      return html`
        <div class="field title-view" part="field title-view">
          <span class="label">${field.label}</span>
          <h4 class="title-value">${formatField(field, context)}</h4>
        </div>
      `;
    case 'graph-score':
      return html`
        <div class="field graph-score" part="field graph-score">
          ${renderScoreGauge(field, context)}
        </div>
      `;
    case 'highlighted':
      return html`
        <dl class="field highlighted" part="field highlighted">
          <dt>${field.label}</dt>
          <dd>${renderValue(field, context)}</dd>
        </dl>
      `;
    default:
      return html`
        <dl class="field" part="field">
          <dt>${field.label}</dt>
          <dd>${renderValue(field, context)}</dd>
        </dl>
      `;
  }
}

/** Renders a `<score-gauge>` for a `graph-score` field, with the field's bands when it sets them. */
export function renderScoreGauge(field: FieldDefinition, context: FieldContext): TemplateResult {
  const value = readPath(context.record, field.path);
  return html`<score-gauge
    part="score"
    locale=${context.locale}
    label=${field.label}
    .value=${typeof value === 'number' || typeof value === 'string' ? value : null}
    .bands=${field.bands}
  ></score-gauge>`;
}

/** Formats the field's value as display text. */
export function formatField(field: FieldDefinition, context: FieldContext): string {
  return formatValue(readPath(context.record, field.path), field.format, {
    locale: context.locale,
    currency: context.currency,
    timeZone: context.timeZone,
    options: field.options,
  });
}

/** Renders the field's value with its format's markup: a link for e-mails and safe URLs, a badge for enums. */
function renderValue(field: FieldDefinition, context: FieldContext): TemplateResult | string {
  const raw = readPath(context.record, field.path);
  if (isMissing(raw)) return missingValue;
  const text = formatField(field, context);
  switch (field.format) {
    case 'email':
      return renderLink(safeUrl(`mailto:${String(raw)}`), text);
    case 'url':
      return renderLink(safeUrl(String(raw)), text);
    case 'enum':
      return renderBadge(enumColor(raw, field.options), text);
    default:
      return text;
  }
}

function renderLink(href: string | null, text: string): TemplateResult | string {
  if (href === null) return text;
  return html`<a part="link" href=${href} rel="noopener noreferrer">${text}</a>`;
}

function renderBadge(color: string | undefined, text: string): TemplateResult {
  return html`<span class="badge" part="badge" style=${styleProperties({ '--_badge-color': color })}
    >${text}</span
  >`;
}
