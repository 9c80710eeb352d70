/**
 * Global set-up of the build and browser projects: the shared sites (shared-sites.ts) are built
 * in vitest's own process, one after another, each once, the browser's three first. The set-up
 * only queues them: the unit layer runs while the first are built, a browser test waits for the
 * site it reads (sharedSite), and the build project's files wait for every site
 * (shared-sites.wait.ts).
 */
import { writeFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { stopAstroWorker } from './build-site.ts';
import { ALL_SITES, allBuiltMark, BROWSER_SITES, sharedSiteBuilder } from './shared-sites.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const builder = sharedSiteBuilder((line) => console.info(line));
  // Every global set-up runs before the first test file, so none waits for a build here.
  await builder.ask(project.name === 'browser' ? BROWSER_SITES : ALL_SITES);
  if (project.name !== 'browser') {
    const mark = allBuiltMark();
    void builder
      .built(ALL_SITES)
      .catch((error: unknown) => console.error('[shared sites]', error))
      .finally(() => writeFileSync(mark, ''));
  }
  return async () => {
    await builder.idle();
    stopAstroWorker();
  };
}
