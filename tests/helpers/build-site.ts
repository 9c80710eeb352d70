/**
 * The one way tests build a site: one build at a time, once per (content folder,
 * as-of, base) in a test run, each with its own outDir and cacheDir, because
 * parallel Astro builds share caches and race (ARCHITECTURE.md).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildRoot, REPO_ROOT } from './paths.ts';

export interface BuildOptions {
  /** Absolute path of the content folder. */
  content: string;
  /** `PORTAL_AS_OF`: a day (00:00 KST) or an instant. */
  asOf: string;
  /** `PORTAL_BASE`, default `/`. */
  base?: string;
  /** `PORTAL_SITE`, default `https://portal.example`. */
  site?: string;
}

export interface BuildResult {
  ok: boolean;
  status: number | null;
  outDir: string;
  stdout: string;
  stderr: string;
}

export interface BuiltSite extends BuildResult {
  /** The HTML of a page by its URL path on the site (without the base): `/releases/`. */
  page(urlPath: string): string;
  file(relative: string): string;
  has(relative: string): boolean;
}

const ASTRO = path.join(REPO_ROOT, 'node_modules/.bin/astro');

/**
 * The environment of a child build: vitest sets Vite's own variables (BASE_URL,
 * MODE, DEV, PROD, SSR, NODE_ENV…) in process.env, and Vite in the child would
 * read them as if they were the build's (BASE_URL=/ overrides PORTAL_BASE).
 */
function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(name) || name.startsWith('VITEST')) delete env[name];
  }
  return env;
}

function buildDir(options: BuildOptions): string {
  const key = createHash('sha256').update(JSON.stringify([options.content, options.asOf, options.base ?? '/', options.site ?? ''])).digest('hex').slice(0, 12);
  return path.join(buildRoot(), key);
}

/** Runs `astro build`; a build already made in this test run is reused. */
export function runBuild(options: BuildOptions): BuildResult {
  const dir = buildDir(options);
  const outDir = path.join(dir, 'dist');
  const record = path.join(dir, 'result.json');
  if (existsSync(record)) return JSON.parse(readFileSync(record, 'utf8')) as BuildResult;
  mkdirSync(dir, { recursive: true });
  const run = spawnSync(ASTRO, ['build'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: {
      ...childEnv(),
      ASTRO_TELEMETRY_DISABLED: '1',
      PORTAL_CONTENT_DIR: options.content,
      PORTAL_AS_OF: options.asOf,
      PORTAL_BASE: options.base ?? '/',
      PORTAL_SITE: options.site ?? 'https://portal.example',
      PORTAL_OUT_DIR: outDir,
      PORTAL_CACHE_DIR: path.join(dir, 'cache'),
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  const result: BuildResult = { ok: run.status === 0, status: run.status, outDir, stdout: run.stdout, stderr: run.stderr };
  writeFileSync(record, JSON.stringify(result));
  return result;
}

export function buildSite(options: BuildOptions): BuiltSite {
  const result = runBuild(options);
  if (!result.ok) throw new Error(`build failed (${result.status}):\n${result.stderr}\n${result.stdout.slice(-4000)}`);
  const file = (relative: string) => readFileSync(path.join(result.outDir, relative), 'utf8');
  return {
    ...result,
    file,
    has: (relative) => existsSync(path.join(result.outDir, relative)),
    page: (urlPath) => file(path.join(decodeURIComponent(urlPath), 'index.html')),
  };
}
