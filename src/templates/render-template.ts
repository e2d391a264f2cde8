import { html, nothing, type TemplateResult } from 'lit';
import { toBlocks, type Block, type Inline } from './blocks.ts';
import { fillTemplate, type PlaceholderResolver } from './placeholders.ts';

export interface TemplateRenderOptions {
  /** Tooltip of a placeholder that was left unfilled, such as "campo desconhecido". */
  unknownTitle: string;
}

/**
 * Renders a task template with its placeholders filled and light formatting.
 * Every piece of text, from the template or from data, becomes a text node,
 * so markup inside either is shown as written and never parsed.
 */
export function renderTemplate(
  template: string,
  resolve: PlaceholderResolver,
  options: TemplateRenderOptions,
): TemplateResult {
  const blocks = toBlocks(fillTemplate(template, resolve));
  return html`${blocks.map((block) => renderBlock(block, options))}`;
}

function renderBlock(block: Block, options: TemplateRenderOptions): TemplateResult {
  if (block.kind === 'list') {
    return html`<ul>
      ${block.items.map((item) => html`<li>${renderLine(item, options)}</li>`)}
    </ul>`;
  }
  return html`<p>
    ${block.lines.map(
      (line, index) => html`${index > 0 ? html`<br />` : nothing}${renderLine(line, options)}`,
    )}
  </p>`;
}

function renderLine(line: Inline[], options: TemplateRenderOptions): TemplateResult {
  return html`${line.map((inline) => {
    const content = renderInline(inline, options);
    return inline.bold ? html`<strong>${content}</strong>` : content;
  })}`;
}

function renderInline(inline: Inline, options: TemplateRenderOptions): TemplateResult | string {
  if (inline.kind === 'text') return inline.text;
  if (inline.kind === 'value') return html`<span class="placeholder-value">${inline.text}</span>`;
  return html`<mark class="placeholder-unknown" title=${options.unknownTitle}>${inline.raw}</mark>`;
}
