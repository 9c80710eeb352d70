import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Each test run builds its fixture sites into a fresh folder of its own, so no
 * stale build is read and two runs at once never share (or delete) a build.
 */
export default function setup(): () => void {
  const root = mkdtempSync(path.join(os.tmpdir(), 'portal-test-builds-'));
  process.env['PORTAL_TEST_BUILD_ROOT'] = root;
  return () => rmSync(root, { recursive: true, force: true });
}
