/**
 * The single-file bundle for pages without a build step: every element, the
 * public API and the provider over the bundled dataset in one ES module.
 */
export * from './index.ts';
export { createEmbeddedProvider, defaultStructureFor } from './data/embedded-provider.ts';
export type { EmbeddedProvider, EmbeddedProviderOptions } from './data/embedded-provider.ts';
