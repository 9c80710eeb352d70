/**
 * Global set-up of the build and browser projects: the shared sites (shared-sites.ts) are built
 * in vitest's own process, one after another, each once. The browser project waits for its three
 * sites before its files start; the build project asks for every site and lets its files wait
 * (shared-sites.wait.ts), so the unit and browser layers run while the rest are built.
 */
import { writeFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { stopAstroWorker } from './build-site.ts';
import { ALL_SITES, allBuiltMark, BROWSER_SITES, sharedSiteBuilder } from './shared-sites.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const builder = sharedSiteBuilder((line) => console.info(line));
  if (project.name === 'browser') await builder.want(BROWSER_SITES);
  else {
    const mark = allBuiltMark();
    void builder
      .want(ALL_SITES)
      .catch((error: unknown) => console.error('[shared sites]', error))
      .finally(() => writeFileSync(mark, ''));
  }
  return async () => {
    await builder.idle();
    stopAstroWorker();
  };
}
