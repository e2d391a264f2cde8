import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    // Storybook merges the project's vite.config.ts, whose library mode and
    // external runtime dependencies would leave the stories without Lit.
    const build = { ...viteConfig.build };
    delete build.lib;
    if (build.rollupOptions) {
      const { external: _external, ...rollupOptions } = build.rollupOptions;
      build.rollupOptions = rollupOptions;
    }
    return { ...viteConfig, build };
  },
};

export default config;
