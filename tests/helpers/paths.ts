import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures');
export const REAL_CONTENT = path.join(REPO_ROOT, 'content');

/** Where this test run builds fixture sites (made by global-setup.ts). */
export function buildRoot(): string {
  const root = process.env['PORTAL_TEST_BUILD_ROOT'];
  if (!root) throw new Error('PORTAL_TEST_BUILD_ROOT is not set: run the tests through vitest (tests/helpers/global-setup.ts)');
  return root;
}
