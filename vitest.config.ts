import { defineConfig } from 'vitest/config';

/**
 * Tests in three layers, run one layer after another; `npm test` runs all of them:
 *
 * - `unit`: pure tests of the code and of content checks; no site is built; files run in parallel.
 * - `browser`: built sites in headless Chromium, one browser for the whole layer
 *   (tests/helpers/browser.setup.ts); its files run in parallel.
 * - `build`: tests that read built sites or test the build itself; each file starts once every
 *   shared site is built. Parallel Astro builds share caches and race (ARCHITECTURE.md), so the
 *   tests' own Astro runs take turns, while another file goes on beside them.
 *
 * The shared sites (tests/helpers/shared-sites.ts) are built once, one after another, in one warm
 * build process beside vitest, from the start of the run: the browser layer's three first, while
 * `unit` runs (about a minute of work that needs no site), the rest while `browser` runs.
 */
const everyCore = '100%';

export default defineConfig({
  test: {
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // GitHub's workflow parser imports its schema JSON without an import attribute,
    // which Node refuses: let Vite transform it instead.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // This run's build folder: unit tests write content folders there too.
          globalSetup: ['tests/helpers/global-setup.ts'],
          fileParallelism: true,
          maxWorkers: everyCore,
          // Each worker keeps the modules its files share loaded (a third of the layer's CPU was
          // importing them again for every file). No unit test mocks a module or sets process.env,
          // and the files pass in any order (checked with --sequence.shuffle).
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts', 'tests/quality/**/*.test.ts', 'tests/hostile/**/*.test.ts', 'tests/search/**/*.test.ts'],
          globalSetup: ['tests/helpers/global-setup.ts', 'tests/helpers/shared-sites.setup.ts'],
          setupFiles: ['tests/helpers/shared-sites.wait.ts'],
          // Two files at a time, each worker keeping the modules they share loaded; the tests' own
          // Astro runs take turns (tests/helpers/build-site.ts), so a file that only reads built
          // sites runs on the core a build leaves free.
          fileParallelism: true,
          maxWorkers: everyCore,
          isolate: false,
          sequence: { groupOrder: 2 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/helpers/global-setup.ts', 'tests/helpers/shared-sites.setup.ts', 'tests/helpers/browser.setup.ts'],
          fileParallelism: true,
          maxWorkers: everyCore,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
