/**
 * Registers a custom element unless the name is taken, so loading the bundle
 * twice or loading per-element modules in any order never throws.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}
