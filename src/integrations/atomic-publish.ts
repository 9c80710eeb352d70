/**
 * Publishing is atomic (ARCHITECTURE.md, "Content is data"): `astro build` writes everything —
 * pages, `_astro/`, sitemap, the search index, Astro's own intermediate `.prerender/` — into a
 * staging folder beside the output (`<outDir>.staging`, a sibling, so on the same file system and
 * inside the repository whenever the output is), and the staging folder replaces the output only
 * once all of it succeeded:
 *
 *   1. rename `<outDir>` → `<outDir>.prev`
 *   2. rename `<outDir>.staging` → `<outDir>`
 *   3. remove `<outDir>.prev`
 *
 * A build that fails or is killed before step 1 never touched `<outDir>`. A kill between steps 1
 * and 2 leaves no `<outDir>` but a complete `<outDir>.prev`: the next command that loads the
 * config (`astro build`, `astro preview` and so `npm start`, `astro dev`) renames it back first.
 * A kill during step 3 leaves a stale `<outDir>.prev` beside the new output; the next build
 * removes it, with any staging folder a failed or killed build left.
 *
 * Hooks:
 * - `astro:config:setup` (every command): the restore above. For `astro build` only: clear the
 *   leftovers, then point `outDir` at the staging folder with `updateConfig` (Astro replaces a URL
 *   value outright; every later step of a static build — Vite's client and prerender output,
 *   page generation, `astro:build:done`'s `dir` — reads `config.outDir` after this hook). Preview
 *   and dev keep reading the published folder.
 * - `astro:config:done`: checks that this integration is the last one and that nothing moved
 *   `outDir` again (docs/decisions.md, "Atomic publishing").
 * - `astro:build:done`: the swap. Astro runs integrations' `astro:build:done` hooks in list order,
 *   so this integration must be the last in `integrations`: an integration after it (the search
 *   index, the sitemap) would write into a folder that is already published, or into the staging
 *   path after it has gone, and its failure could no longer keep the previous site.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { finishAlongside } from './alongside.ts';
import { t } from '../i18n/index.ts';

export const ATOMIC_PUBLISH_INTEGRATION = 'portal:atomic-publish';
export const STAGING_SUFFIX = '.staging';
export const PREVIOUS_SUFFIX = '.prev';

export interface PublishPaths {
  /** The output folder readers are served from (`outDir`, e.g. `dist`). */
  published: string;
  /** Where `astro build` writes (`dist.staging`). */
  staging: string;
  /** The previous output during the swap (`dist.prev`). */
  previous: string;
}

export function publishPaths(outDir: string | URL): PublishPaths {
  const published = path.resolve(outDir instanceof URL ? fileURLToPath(outDir) : outDir);
  return { published, staging: published + STAGING_SUFFIX, previous: published + PREVIOUS_SUFFIX };
}

/** Puts back the previous output when a kill fell between the two renames; true when it did. */
export function restorePublished(paths: PublishPaths): boolean {
  if (existsSync(paths.published) || !existsSync(paths.previous)) return false;
  renameSync(paths.previous, paths.published);
  return true;
}

/** Before a build: restore, then remove what a failed or killed build left (staging, a stale `.prev`). */
export function clearLeftovers(paths: PublishPaths): void {
  restorePublished(paths);
  rmSync(paths.staging, { recursive: true, force: true });
  // After the restore a `.prev` only remains beside a published folder: the old site a killed swap had not yet removed.
  rmSync(paths.previous, { recursive: true, force: true });
}

/** Replaces the published folder with the complete staging folder. */
export function swapIn(paths: PublishPaths): void {
  rmSync(paths.previous, { recursive: true, force: true });
  const hadPublished = existsSync(paths.published);
  if (hadPublished) renameSync(paths.published, paths.previous);
  try {
    renameSync(paths.staging, paths.published);
  } catch (error) {
    if (hadPublished) restorePublished(paths);
    throw error;
  }
  rmSync(paths.previous, { recursive: true, force: true });
}

const shown = (dir: string) => path.relative(process.cwd(), dir) || dir;

export function atomicPublish(): AstroIntegration {
  let paths: PublishPaths | undefined;
  const integration: AstroIntegration = {
    name: ATOMIC_PUBLISH_INTEGRATION,
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, logger }) => {
        const own = publishPaths(config.outDir);
        if (restorePublished(own)) {
          logger.warn(t('build.publishRestored', { previous: shown(own.previous), published: shown(own.published) }));
        }
        if (command !== 'build') return;
        clearLeftovers(own);
        paths = own;
        updateConfig({ outDir: pathToFileURL(own.staging + path.sep) });
      },
      'astro:config:done': ({ config }) => {
        if (!paths) return;
        const last = config.integrations.at(-1)?.name;
        if (last !== ATOMIC_PUBLISH_INTEGRATION) {
          throw new Error(t('build.publishNotLast', { name: ATOMIC_PUBLISH_INTEGRATION, last: last ?? '' }));
        }
        if (publishPaths(config.outDir).published !== paths.staging) {
          throw new Error(t('build.publishOutDirMoved', { name: ATOMIC_PUBLISH_INTEGRATION, staging: shown(paths.staging) }));
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!paths) return;
        // The record archive, zipped in a worker while the search index was built, must be complete first.
        await finishAlongside();
        if (publishPaths(dir).published !== paths.staging) {
          throw new Error(t('build.publishWrongDir', { dir: shown(fileURLToPath(dir)), staging: shown(paths.staging) }));
        }
        const started = performance.now();
        swapIn(paths);
        logger.info(t('build.published', { staging: shown(paths.staging), published: shown(paths.published), ms: Math.round(performance.now() - started) }));
      },
    },
  };
  return integration;
}
