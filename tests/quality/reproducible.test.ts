/**
 * Reproducible builds: the same content at the same PORTAL_AS_OF built twice (each time into
 * its own folder with a fresh cache, search index included) gives byte-identical files,
 * except those on the allow-list below, each with its reason.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRoot, REPO_ROOT } from '../helpers/paths.ts';
import { buildSearchIndex, closePagefind, readLanguage } from '../../src/build/pagefind-index.ts';
import { distFiles } from './dist.ts';
import { fullSite } from './sites.ts';

/** Files allowed to differ between two builds of the same content, and why. */
export const MAY_DIFFER: { pattern: RegExp; reason: string }[] = [
  { pattern: /^pagefind\/filter\/[^/]+\.pf_filter$/, reason: 'Pagefind filter index: its filter maps are written in hash-map order, which is not stable between runs' },
  { pattern: /^pagefind\/pagefind\.[^/]+\.pf_meta$/, reason: 'Pagefind metadata index: names the filter files by content hash, and those change as above' },
  { pattern: /^pagefind\/pagefind-entry\.json$/, reason: 'Pagefind entry file: names the metadata file by its hash' },
];

const childEnv = (): NodeJS.ProcessEnv => {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(name) || name.startsWith('VITEST')) delete env[name];
  }
  return env;
};

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('reproducible build', () => {
  it('two builds of the full fixture are byte-identical except the allow-list', async () => {
    const first = await fullSite();
    const dir = path.join(buildRoot(), 'quality-second-build');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const outDir = path.join(dir, 'dist');
    const run = spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/astro'), ['build'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: {
        ...childEnv(),
        ASTRO_TELEMETRY_DISABLED: '1',
        PORTAL_CONTENT_DIR: first.content,
        PORTAL_AS_OF: first.asOf,
        PORTAL_BASE: first.base,
        PORTAL_SITE: first.site,
        PORTAL_OUT_DIR: outDir,
        PORTAL_CACHE_DIR: path.join(dir, 'cache'),
      },
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.status, run.stderr).toBe(0);
    await buildSearchIndex({ siteDir: outDir, mode: 'portal', language: readLanguage(first.content) });
    await closePagefind();

    const a = distFiles(first.outDir);
    const b = distFiles(outDir);
    expect(b).toEqual(a);
    const differing = a.filter((f) => existsSync(path.join(outDir, f)) && digest(path.join(first.outDir, f)) !== digest(path.join(outDir, f)));
    const unexplained = differing.filter((f) => !MAY_DIFFER.some((m) => m.pattern.test(f)));
    console.info(`[quality] reproducible: ${a.length} files, ${differing.length} differ (${differing.length - unexplained.length} on the allow-list)`);
    expect(unexplained).toEqual([]);
  });
});
