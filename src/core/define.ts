import { ContextRoot } from '@lit/context';

const contextRootKey = Symbol.for('crm-view360.context-root');

/**
 * Attaches one @lit/context `ContextRoot` to the document, shared by every
 * copy of the library on the page. An element that requests a context before
 * its `<crm-scope>` is defined then gets the value once the scope upgrades,
 * because the root replays the unanswered requests when a provider connects.
 */
function attachContextRoot(): void {
  const registry = globalThis as Record<symbol, unknown>;
  if (registry[contextRootKey] || typeof document === 'undefined') return;
  registry[contextRootKey] = true;
  new ContextRoot().attach(document.documentElement);
}

/**
 * Registers a custom element unless the name is taken, so loading the bundle
 * twice or loading per-element modules in any order never throws.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  attachContextRoot();
  if (!customElements.get(name)) customElements.define(name, constructor);
}
