/**
 * npm run bench:validate — how long `npm run validate` takes on the real content and
 * on a generated archive of 10,000 releases (goals: ≤ 3 s and ≤ 15 s). Prints medians
 * of three runs; a benchmark, never a test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const node = process.execPath;
function timeValidate(args: string[]): number {
  const runs = [0, 1, 2].map(() => {
    const started = performance.now();
    const result = spawnSync(node, ['scripts/validate.ts', ...args], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`validate failed:\n${result.stdout}${result.stderr}`);
    return (performance.now() - started) / 1000;
  });
  return runs.sort((a, b) => a - b)[1] ?? 0;
}

const archive = mkdtempSync(path.join(os.tmpdir(), 'portal-bench-validate-'));
try {
  spawnSync(node, ['scripts/generate-archive.ts', '--count', '10000', '--out', archive], { stdio: 'inherit' });
  const real = timeValidate([]);
  const large = timeValidate(['--content', archive]);
  process.stdout.write(`validate, real content:      ${real.toFixed(2)} s (goal ≤ 3 s)\n`);
  process.stdout.write(`validate, 10,000 releases:   ${large.toFixed(2)} s (goal ≤ 15 s)\n`);
} finally {
  rmSync(archive, { recursive: true, force: true });
}
