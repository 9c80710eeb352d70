import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Build tests build whole sites; parallel Astro builds share caches and race
    // (ARCHITECTURE.md), so test files run one after another.
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 300_000,
    globalSetup: ['tests/helpers/global-setup.ts'],
    // GitHub's workflow parser imports its schema JSON without an import attribute,
    // which Node refuses: let Vite transform it instead.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
