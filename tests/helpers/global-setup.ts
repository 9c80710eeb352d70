import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './paths.ts';

/**
 * Each test run builds its fixture sites into a fresh folder of its own, so no
 * stale build is read and two runs at once never share (or delete) a build.
 * The folder is inside the repository on purpose: Astro puts a build's
 * prerender files under its outDir only when the outDir is inside the working
 * directory, and otherwise in a shared `.astro/` folder where builds race.
 *
 * Every project lists this set-up first (vitest.config.ts): the first one run makes the folder
 * and removes it at the end; the others find it made by this same process and use it.
 */
export default function setup(): (() => Promise<void>) | undefined {
  if (process.env['PORTAL_TEST_BUILD_ROOT'] && process.env['PORTAL_TEST_BUILD_ROOT_OWNER'] === String(process.pid)) return undefined;
  const parent = path.join(REPO_ROOT, 'test-output');
  mkdirSync(parent, { recursive: true });
  const root = mkdtempSync(path.join(parent, 'run-'));
  process.env['PORTAL_TEST_BUILD_ROOT'] = root;
  process.env['PORTAL_TEST_BUILD_ROOT_OWNER'] = String(process.pid);
  return async () => {
    // Not while the shared-site builder (shared-sites.ts) may still write into it.
    await (globalThis as unknown as Record<symbol, { idle(): Promise<void> } | undefined>)[Symbol.for('portal.sharedSiteBuilder')]?.idle();
    rmSync(root, { recursive: true, force: true });
  };
}
