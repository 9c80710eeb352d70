/**
 * `astro build` makes the whole site, and publishing is atomic (src/integrations/atomic-publish.ts):
 * a build that fails or is killed at any moment leaves the previous output complete and
 * byte-identical, and the next build (or `astro preview`) cleans up after it.
 *
 * One small fixture (the base fixture and one release) is built into one outDir again and again,
 * one build at a time, each build with a cache folder of its own. The kill moments are taken from
 * the good build's time and from what appears in the staging folder; they vary from run to run,
 * so every assertion holds whatever the kill hit.
 */
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, spawnAstro, type AstroRun } from '../helpers/build-site.ts';
import { writeContent } from '../helpers/fixture-content.ts';
import { buildRoot, FIXTURES } from '../helpers/paths.ts';
import { publishPaths, restorePublished, type PublishPaths } from '../../src/integrations/atomic-publish.ts';
import { parseIndexLog } from '../../src/integrations/search-index.ts';

/** Pagefind files that differ between two builds of the same pages (tests/quality/may-differ.ts says why). */
const MAY_DIFFER = [/^pagefind\/filter\/[^/]+\.pf_filter$/, /^pagefind\/pagefind\.[^/]+\.pf_meta$/, /^pagefind\/pagefind-entry\.json$/];
const RENDER_FAILURE_CONFIG = path.join(FIXTURES, 'render-failure', 'astro.config.mjs');

type Tree = Map<string, string>;

/** Every file under a folder (relative path → SHA-256). */
function hashTree(dir: string): Tree {
  const tree: Tree = new Map();
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, entry);
    if (statSync(full).isFile()) tree.set(entry.split(path.sep).join('/'), createHash('sha256').update(readFileSync(full)).digest('hex'));
  }
  return tree;
}

const changedFiles = (before: Tree, after: Tree) => [...before.keys()].filter((file) => after.get(file) !== before.get(file));

let outDir: string;
let paths: PublishPaths;
let site: Tree;
let goodMs = 0;
let builds = 0;
let content: string;
const timings: string[] = [];

/** A run into the shared outDir with a fresh cache folder. */
function run(config?: string): AstroRun {
  builds += 1;
  const cacheDir = path.join(path.dirname(outDir), `cache-${builds}`);
  return { content, asOf: '2026-03-01', outDir, cacheDir, ...(config ? { config } : {}) };
}

function timedBuild(label: string, config?: string) {
  const started = performance.now();
  const result = astroBuild(run(config));
  const ms = performance.now() - started;
  timings.push(`${label} ${(ms / 1000).toFixed(1)} s`);
  return { ...result, ms, log: result.stdout + result.stderr };
}

/** The published output is the site built first: the same files, byte for byte (or, `allowIndex`, Pagefind's unstable files aside). */
function expectPublishedSite(allowIndex: boolean): void {
  const now = hashTree(paths.published);
  expect([...now.keys()]).toEqual([...site.keys()]);
  const changed = changedFiles(site, now);
  expect(allowIndex ? changed.filter((file) => !MAY_DIFFER.some((pattern) => pattern.test(file))) : changed).toEqual([]);
}

/** Whether a process group still has a live (not zombie) member: from /proc on Linux, else by signal 0. */
function groupAlive(pgid: number): boolean {
  if (existsSync('/proc/self/stat')) {
    return readdirSync('/proc').some((entry) => {
      if (!/^\d+$/.test(entry)) return false;
      try {
        // "pid (comm) state ppid pgrp …": comm may hold spaces and parentheses, so read after the last ')'.
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return Number(pgrp) === pgid && state !== 'Z' && state !== 'X';
      } catch {
        return false;
      }
    });
  }
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Kills the child's whole process group (Astro and Pagefind's service) and waits until none of it runs. */
async function killGroup(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // The group has already gone.
  }
  for (let i = 0; i < 500 && groupAlive(pid); i++) await sleep(10);
  expect(groupAlive(pid)).toBe(false);
}

interface Killed {
  /** The build ended by itself before the kill (then it published). */
  finished: boolean;
  staging: boolean;
  previous: boolean;
  published: boolean;
  stagedFiles: number;
}

/** Starts a build, waits for `moment` (or the build's end), kills it. */
async function killedBuild(label: string, moment: (log: () => string) => Promise<void>): Promise<Killed> {
  const child = spawnAstro('build', run());
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const started = performance.now();
  const ended = await Promise.race([moment(() => output).then(() => false), exited.then(() => true)]);
  const killedAt = performance.now();
  await killGroup(child);
  const code = await exited;
  const killed: Killed = {
    finished: ended && code === 0,
    staging: existsSync(paths.staging),
    previous: existsSync(paths.previous),
    published: existsSync(paths.published),
    stagedFiles: existsSync(paths.staging) ? hashTree(paths.staging).size : 0,
  };
  timings.push(`kill ${label}: at ${((killedAt - started) / 1000).toFixed(1)} s, gone in ${Math.round(performance.now() - killedAt)} ms, ${JSON.stringify(killed)}`);
  return killed;
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!condition() && performance.now() < end) await sleep(10);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

beforeAll(() => {
  content = writeContent('atomic', [{ id: '2026-01-05-atomic-one', date: '2026-01-05T10:00:00+09:00', title: '원자적 게시 시험' }]);
  const dir = path.join(buildRoot(), 'atomic-publish');
  mkdirSync(dir, { recursive: true });
  outDir = path.join(dir, 'dist');
  paths = publishPaths(outDir);
});

describe('astro build publishes the whole site atomically', () => {
  it('a good build leaves the complete site, search index included, and nothing beside it', () => {
    const good = timedBuild('good build');
    expect(good.ok, good.log.slice(-3000)).toBe(true);
    goodMs = good.ms;
    site = hashTree(outDir);
    for (const file of ['index.html', 'releases/2026-01-05-atomic-one/index.html', 'sitemap-index.xml', 'pagefind/pagefind.js', 'pagefind/portal-facets.json']) {
      expect(site.has(file), file).toBe(true);
    }
    expect([...site.keys()].some((file) => file.startsWith('_astro/'))).toBe(true);
    expect([...site.keys()].filter((file) => file.startsWith('.prerender/'))).toEqual([]);
    expect(parseIndexLog(good.log)?.pages).toBeGreaterThan(0);
    expect(existsSync(paths.staging)).toBe(false);
    expect(existsSync(paths.previous)).toBe(false);
  });

  it('a build that fails while rendering pages leaves the previous site byte-identical', () => {
    const failed = timedBuild('failing build', RENDER_FAILURE_CONFIG);
    expect(failed.ok).toBe(false);
    expect(failed.log).toContain('시험용 렌더링 실패');
    expectPublishedSite(false);
    expect(existsSync(paths.previous)).toBe(false);
  });

  // Astro logs this once it has cleared the leftovers and bundled the site: from then on the
  // staging folder holds only this build's files.
  const generating = (log: () => string) => until(() => log().includes('generating static routes'), goodMs * 3);
  const moments: [string, (log: () => string) => Promise<void>][] = [
    ['after 1 s', () => sleep(1000)],
    // Mid-way: pages are being rendered into the staging folder (404.html comes first).
    ['while pages are written', async (log) => {
      await generating(log);
      await until(() => existsSync(path.join(paths.staging, '404.html')), goodMs * 3);
    }],
    // The index is written in astro:build:done, just before the swap: the last moment a kill can still lose the build.
    ['as the search index is written', async (log) => {
      await generating(log);
      await until(() => existsSync(path.join(paths.staging, 'pagefind')), goodMs * 3);
    }],
  ];
  for (const [label, moment] of moments) {
    it(`a build killed ${label} leaves the previous site complete`, async () => {
      const killed = await killedBuild(label, moment);
      // What `astro preview` (npm start) and the next build do first.
      restorePublished(paths);
      // Before the swap the staging folder is still there and the previous site is untouched;
      // only a build that got through the swap may have replaced it, with a complete new one.
      expectPublishedSite(!killed.staging);
    });
  }

  it('a kill between the two renames is undone by astro preview, which serves the previous site', async () => {
    // A kill after the swap but before the old site was removed may have left one (the next build clears it).
    rmSync(paths.previous, { recursive: true, force: true });
    renameSync(paths.published, paths.previous);
    mkdirSync(paths.staging, { recursive: true });
    writeFileSync(path.join(paths.staging, 'index.html'), '<!doctype html><title>half-built</title>');
    const port = await freePort();
    const started = performance.now();
    const preview = spawnAstro('preview', run(), ['--host', '127.0.0.1', '--port', String(port)]);
    preview.stdout?.resume();
    preview.stderr?.resume();
    let home = '';
    try {
      const end = performance.now() + 20_000;
      while (!home && performance.now() < end) {
        home = await fetch(`http://127.0.0.1:${port}/`).then((r) => (r.ok ? r.text() : ''), () => '');
        if (!home) await sleep(100);
      }
    } finally {
      await killGroup(preview);
    }
    timings.push(`preview restore ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(existsSync(paths.previous)).toBe(false);
    expectPublishedSite(false);
    expect(home).toBe(readFileSync(path.join(paths.published, 'index.html'), 'utf8'));
  });

  it('the next build restores a kill between the renames, clears every leftover and publishes a complete site', () => {
    renameSync(paths.published, paths.previous);
    expect(existsSync(paths.staging)).toBe(true); // left by the preview test above
    const next = timedBuild('next good build');
    expect(next.ok, next.log.slice(-3000)).toBe(true);
    expect(next.log).toContain('restored the previous output');
    expect(existsSync(paths.staging)).toBe(false);
    expect(existsSync(paths.previous)).toBe(false);
    expectPublishedSite(true);
    console.info(`[atomic-publish] ${timings.join('; ')}`);
  });
});
