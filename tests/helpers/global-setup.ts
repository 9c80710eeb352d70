import { rmSync } from 'node:fs';
import { BUILD_ROOT } from './paths.ts';

/** Each test run starts from no built fixture sites, so no stale build is ever read. */
export default function setup(): void {
  rmSync(BUILD_ROOT, { recursive: true, force: true });
}
