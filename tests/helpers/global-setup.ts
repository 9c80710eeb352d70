import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './paths.ts';

/**
 * Each test run builds its fixture sites into a fresh folder of its own, so no
 * stale build is read and two runs at once never share (or delete) a build.
 * The folder is inside the repository on purpose: Astro puts a build's
 * prerender files under its outDir only when the outDir is inside the working
 * directory, and otherwise in a shared `.astro/` folder where builds race.
 */
export default function setup(): () => void {
  const parent = path.join(REPO_ROOT, 'test-output');
  mkdirSync(parent, { recursive: true });
  const root = mkdtempSync(path.join(parent, 'run-'));
  process.env['PORTAL_TEST_BUILD_ROOT'] = root;
  return () => rmSync(root, { recursive: true, force: true });
}
