/**
 * Builds the search index as part of `astro build` (as Starlight does with Pagefind): in
 * `astro:build:done`, from the pages Astro has just written into `dir`, into `<dir>/pagefind/`
 * (Pagefind's Node API plus the portal's Korean terms; docs/search.md). So `astro build` alone
 * leaves a complete site, and a failing index fails the build. It runs in a worker thread
 * (src/integrations/search-index-worker.ts), beside the record archive's.
 *
 * A rebuild whose indexed pages did not change links the last bundle from Astro's cache folder
 * (src/build/pagefind-index.ts says what the key covers).
 *
 * The synonyms file is read before any page is rendered (`astro:config:done`, after the content
 * gate, which checks it with every other file).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { t } from '../i18n/index.ts';
import { templatePattern } from '../i18n/fill.ts';
import { ko } from '../i18n/ko.ts';
import type { LanguageData } from '../domain/search/korean.ts';
import { readLanguage, type BuildIndexOptions, type IndexReport } from '../build/pagefind-index.ts';
import { workerJob } from './worker-job.ts';

export const SEARCH_INDEX_INTEGRATION = 'portal:search-index';

const LOG_LINES = { indexed: 'build.searchIndex', cached: 'build.searchIndexCached' } as const;

/** The one line the integration logs; `parseIndexLog` reads it back (scripts/bench.ts times the index step with it). */
export function indexLogLine(pages: number, indexBytes: number, ms: number, cached = false): string {
  return t(LOG_LINES[cached ? 'cached' : 'indexed'], { pages, kB: (indexBytes / 1024).toFixed(1), ms: Math.round(ms) });
}

export interface IndexLog {
  pages: number;
  kB: number;
  ms: number;
  /** The bundle was copied from the cache. */
  cached: boolean;
}

/** The index step's figures from a build's log, or undefined when the log has no index line. */
export function parseIndexLog(log: string): IndexLog | undefined {
  for (const cached of [false, true]) {
    // The line's own template, its values read back (whatever words the dictionary gives it).
    const pattern = templatePattern(ko[LOG_LINES[cached ? 'cached' : 'indexed']], { pages: '(\\d+)', kB: '([\\d.]+)', ms: '(\\d+)' });
    const match = pattern.regex.exec(log);
    if (!match) continue;
    const value = (name: string) => Number(match[pattern.groups.indexOf(name) + 1]);
    return { pages: value('pages'), kB: value('kB'), ms: value('ms'), cached };
  }
  return undefined;
}

export function searchIndex(contentDir: string): AstroIntegration {
  let language: LanguageData | undefined;
  let isBuild = false;
  let cacheDir = '';
  return {
    name: SEARCH_INDEX_INTEGRATION,
    hooks: {
      'astro:config:setup': ({ command }) => {
        isBuild = command === 'build';
      },
      // After the content gate's check (the first integration), which reports a bad synonyms file with every other problem.
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        if (isBuild) language = readLanguage(contentDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = path.resolve(fileURLToPath(dir));
        const started = performance.now();
        const options: BuildIndexOptions = { siteDir, mode: 'portal', language: language ?? readLanguage(contentDir), cacheDir };
        const report = await workerJob<IndexReport>(new URL('./search-index-worker.ts', import.meta.url), options, (code) => t('build.searchIndexWorkerExit', { code }));
        logger.info(indexLogLine(report.pages, report.indexBytes, performance.now() - started, report.cached));
      },
    },
  };
}
