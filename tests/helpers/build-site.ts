/**
 * The one way tests build a site: one build at a time, once per (content folder,
 * as-of, base, site) in a test run, each with its own outDir and cacheDir, because
 * parallel Astro builds share caches and race (ARCHITECTURE.md). The sites tests read are
 * listed in shared-sites.ts and built before the first test (shared-sites.setup.ts).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { threadId } from 'node:worker_threads';
import type { BuildAnswer } from './astro-worker.ts';
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
export const DEFAULT_BASE = '/';
export const DEFAULT_SITE = 'https://portal.example';

/**
 * The environment of a child build: vitest sets Vite's own variables (BASE_URL,
 * MODE, DEV, PROD, SSR, NODE_ENV…) in process.env, and Vite in the child would
 * read them as if they were the build's (BASE_URL=/ overrides PORTAL_BASE).
 */
export function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(name) || name.startsWith('VITEST')) delete env[name];
  }
  return env;
}

function buildDir(options: BuildOptions): string {
  // Defaults filled in, so a site asked for with and without them is one build.
  const key = createHash('sha256')
    .update(JSON.stringify([options.content, options.asOf, options.base ?? DEFAULT_BASE, options.site ?? DEFAULT_SITE]))
    .digest('hex')
    .slice(0, 12);
  return path.join(buildRoot(), key);
}

/** One `astro build` (or `astro preview`) run: what to build, and where it writes. */
export interface AstroRun extends BuildOptions {
  outDir: string;
  cacheDir: string;
  /** Another Astro config file (`--config`), e.g. a test fixture that wraps the real one. */
  config?: string;
}

/**
 * Every build of a test run shares one share-image cache (src/build/share-image.ts): its files are
 * named by a hash of everything that makes the image, so a card another build drew is the same
 * PNG, and only new cards cost satori and the font (about 4 s of CPU on a rebuild of the real
 * content otherwise).
 */
function shareShareImages(cacheDir: string): void {
  const link = path.join(cacheDir, 'share-images');
  if (existsSync(link)) return;
  const shared = path.join(buildRoot(), 'share-images');
  mkdirSync(shared, { recursive: true });
  mkdirSync(cacheDir, { recursive: true });
  symlinkSync(shared, link, 'dir');
}

function runEnv(run: AstroRun): NodeJS.ProcessEnv {
  shareShareImages(run.cacheDir);
  return {
    ...childEnv(),
    ASTRO_TELEMETRY_DISABLED: '1',
    PORTAL_CONTENT_DIR: run.content,
    PORTAL_AS_OF: run.asOf,
    PORTAL_BASE: run.base ?? DEFAULT_BASE,
    PORTAL_SITE: run.site ?? DEFAULT_SITE,
    PORTAL_OUT_DIR: run.outDir,
    PORTAL_CACHE_DIR: run.cacheDir,
  };
}

/**
 * The build layer's test files run two at a time, and Astro runs in one checkout race (they share
 * `.astro/`), so a test's own Astro runs take turns: each holds a lock folder in the run's build
 * root, made and removed atomically, across the test workers. The shared sites need none: they are
 * all built before the first of these tests starts (shared-sites.wait.ts).
 */
const lockFolder = () => path.join(buildRoot(), 'astro-run.lock');
const holderFile = () => path.join(lockFolder(), 'holder');
const pause = new Int32Array(new SharedArrayBuffer(4));
/** This test worker (a process, or a thread of one). */
const testWorker = `${process.pid}.${threadId}`;
let turns = 0;

/**
 * Waits (blocking, as Astro's own runs here are) until no other test worker's Astro run holds the
 * lock, then takes it; returns the turn to give back. This worker's own earlier turn is taken
 * over: its files run one test at a time, each waiting for its builds to end, though a killed
 * build's exit may not have been seen yet.
 */
function lockAstroRuns(): string {
  turns += 1;
  const turn = `${testWorker} ${turns}`;
  const since = performance.now();
  for (;;) {
    try {
      mkdirSync(lockFolder());
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = existsSync(holderFile()) ? readFileSync(holderFile(), 'utf8') : '';
      if (holder.split(' ')[0] !== testWorker) {
        // No test's own build takes this long: the holder has died with the lock.
        if (performance.now() - since > 600_000) throw new Error(`${lockFolder()}: held by test worker ${holder} for 10 minutes`);
        Atomics.wait(pause, 0, 0, 50);
        continue;
      }
    }
    writeFileSync(holderFile(), turn);
    return turn;
  }
}

/** Gives the turn back, unless this worker has taken a later one since. */
function unlockAstroRuns(turn: string): void {
  if (existsSync(holderFile()) && readFileSync(holderFile(), 'utf8') === turn) rmSync(lockFolder(), { recursive: true, force: true });
}

/** Runs `fn` (a command that runs Astro, such as the demo) while holding the lock on Astro runs. */
export function withAstroLock<T>(fn: () => T): T {
  const turn = lockAstroRuns();
  try {
    return fn();
  } finally {
    unlockAstroRuns(turn);
  }
}

/** Astro joins `--config` onto the root (even an absolute path), so it is given relative to the repository. */
const configArgs = (run: AstroRun) => (run.config ? ['--config', path.relative(REPO_ROOT, run.config)] : []);

/**
 * Runs `astro build` into the given folders, every time (no reuse): for tests of the build
 * itself (atomic publishing), which build into one outDir more than once, one build at a time.
 */
export function astroBuild(run: AstroRun): BuildResult {
  const result = withAstroLock(() => spawnSync(ASTRO, ['build', ...configArgs(run)], { cwd: REPO_ROOT, encoding: 'utf8', env: runEnv(run), maxBuffer: 64 * 1024 * 1024 }));
  return { ok: result.status === 0, status: result.status, outDir: run.outDir, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Starts `astro <command>` in a process group of its own, so a test can kill the whole build
 * (Astro and Pagefind's service) with `process.kill(-child.pid, 'SIGKILL')`.
 */
export function spawnAstro(command: 'build' | 'preview', run: AstroRun, args: string[] = []): ChildProcess {
  const turn = lockAstroRuns();
  const child = spawn(ASTRO, [command, ...configArgs(run), ...args], { cwd: REPO_ROOT, env: runEnv(run), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.on('exit', () => unlockAstroRuns(turn));
  child.on('error', () => unlockAstroRuns(turn));
  return child;
}

/** Where a build of these options writes: its folder, its output, the record of its result, the mark of a build under way. */
function places(options: BuildOptions) {
  const dir = buildDir(options);
  return { dir, outDir: path.join(dir, 'dist'), cacheDir: path.join(dir, 'cache'), record: path.join(dir, 'result.json'), pending: path.join(dir, 'pending') };
}

function writeRecord(record: string, result: BuildResult): void {
  writeFileSync(`${record}.tmp`, JSON.stringify(result));
  renameSync(`${record}.tmp`, record);
}

/**
 * Runs `astro build`; a build already made in this test run is reused. One the shared-site set-up
 * is making (shared-sites.ts) is never made twice: sharedSite waits for it first (untilBuilt).
 */
export function runBuild(options: BuildOptions): BuildResult {
  const { dir, outDir, cacheDir, record, pending } = places(options);
  if (!existsSync(record) && existsSync(pending)) throw new Error(`the shared-site set-up never finished the build in ${dir}`);
  if (existsSync(record)) return JSON.parse(readFileSync(record, 'utf8')) as BuildResult;
  mkdirSync(dir, { recursive: true });
  const result = astroBuild({ ...options, outDir, cacheDir });
  writeRecord(record, result);
  return result;
}

/**
 * Waits, without blocking the test's process, while the shared-site set-up is making this build:
 * at most five minutes (3000 × 0.1 s), since a set-up that died leaves its mark but no record.
 */
export async function untilBuilt(options: BuildOptions): Promise<void> {
  const { record, pending } = places(options);
  for (let i = 0; i < 3000 && !existsSync(record) && existsSync(pending); i += 1) await sleep(100);
}

/** Marks a build as under way, so that runBuild in a test waits for it (shared-sites.ts). */
export function markPending(options: BuildOptions): void {
  const { dir, record, pending } = places(options);
  if (existsSync(record)) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(pending, '');
}

/** The warm build process (astro-worker.ts) of this vitest process, and the answers it owes, in order. */
let worker: { child: ChildProcess; waiting: ((answer: BuildAnswer) => void)[] } | undefined;

function astroWorker(): NonNullable<typeof worker> {
  if (worker) return worker;
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'tests/helpers/astro-worker.ts')], { cwd: REPO_ROOT, env: childEnv(), stdio: ['pipe', 'inherit', 'inherit', 'pipe'] });
  const started = { child, waiting: [] as ((answer: BuildAnswer) => void)[] };
  createInterface({ input: child.stdio[3] as NodeJS.ReadableStream }).on('line', (line) => started.waiting.shift()?.(JSON.parse(line) as BuildAnswer));
  child.on('exit', (code) => {
    for (const answer of started.waiting.splice(0)) answer({ status: null, stdout: '', stderr: `the build process (tests/helpers/astro-worker.ts) exited with ${code}` });
    if (worker === started) worker = undefined;
  });
  worker = started;
  return started;
}

/** Ends the warm build process once it has answered every build asked of it. */
export function stopAstroWorker(): void {
  worker?.child.stdin?.end();
  worker = undefined;
}

/** `astro build` in a process of its own, without blocking the calling one. */
async function coldBuild(run: AstroRun): Promise<BuildAnswer> {
  const child = spawn(ASTRO, ['build', ...configArgs(run)], { cwd: REPO_ROOT, env: runEnv(run), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => {
    child.on('error', (error) => {
      stderr += String(error);
      resolve(null);
    });
    child.on('close', (code) => resolve(code));
  });
  return { status, stdout, stderr };
}

/** `astro build` in the warm build process, after the builds asked of it before. */
function warmBuild(run: AstroRun): Promise<BuildAnswer> {
  const { child, waiting } = astroWorker();
  return new Promise((resolve) => {
    waiting.push(resolve);
    child.stdin?.write(`${JSON.stringify({ env: runEnv(run) })}\n`);
  });
}

/**
 * runBuild without blocking the calling process while Astro runs: for the shared-site set-up in
 * vitest's own process (shared-sites.ts), which builds one site after another, warm (astro-worker.ts)
 * unless a site asks for a cold `astro build` of its own.
 */
export async function runBuildInBackground(options: BuildOptions, how: 'warm' | 'cold' = 'warm'): Promise<BuildResult> {
  const { dir, outDir, cacheDir, record } = places(options);
  if (existsSync(record)) return JSON.parse(readFileSync(record, 'utf8')) as BuildResult;
  mkdirSync(dir, { recursive: true });
  const run: AstroRun = { ...options, outDir, cacheDir };
  const { status, stdout, stderr } = await (how === 'warm' ? warmBuild(run) : coldBuild(run));
  const result: BuildResult = { ok: status === 0, status, outDir, stdout, stderr };
  writeRecord(record, result);
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
