import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Feeds and images the stories use (served at /feeds/… and /images/…).
  staticDirs: [{ from: '../stories/assets', to: '/assets' }],
  // No network here or in CI: telemetry would only wait on time-outs.
  core: { disableTelemetry: true },
};

export default config;
