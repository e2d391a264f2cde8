import { noChange } from 'lit';
import {
  Directive,
  PartType,
  directive,
  type AttributePart,
  type PartInfo,
} from 'lit/directive.js';

/** Style property names (`width`, `--_columns`) to values; undefined removes one. */
export type StyleProperties = Readonly<Record<string, string | undefined>>;

/**
 * Sets style properties through the CSSOM (`style.setProperty`), never by
 * writing a `style` attribute. Lit's `styleMap` writes the attribute on first
 * render, which a Content-Security-Policy without 'unsafe-inline' for styles
 * blocks, so custom properties such as a column count would be lost.
 */
class StylePropertiesDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style') {
      throw new Error(
        'styleProperties() belongs in a style attribute: style=${styleProperties({...})}',
      );
    }
  }

  render(_properties: StyleProperties): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [properties]: [StyleProperties]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) {
      if (properties[name] === undefined) style.removeProperty(name);
    }
    this.previous = new Set();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
