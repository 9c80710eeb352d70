/**
 * Writes /data/archive.zip (src/build/record-archive.ts) in `astro:build:done`, into the staging
 * folder, before the search index and the atomic publish (src/integrations/atomic-publish.ts):
 * a failed archive fails the build and leaves the published site as it was. It reads the plan
 * the build rendered (/data/archive-plan.json), removes it, and writes the archive's size and
 * file count into /data/ (whose rendered text holds a marked place for them).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { runAlongside } from './alongside.ts';
import { workerJob } from './worker-job.ts';
import { t } from '../i18n/index.ts';
import { archiveKey, recordArchive } from '../build/record-archive.ts';
import type { ArchivePlan } from '../domain/archive/plan.ts';
import { formatFileSize } from '../domain/attachments.ts';
import { formatNumber } from '../foundation/format.ts';

export const RECORD_ARCHIVE_INTEGRATION = 'portal:record-archive';
export const ARCHIVE_PLAN = 'data/archive-plan.json';
export const ARCHIVE_FILE = 'data/archive.zip';
/** The marked places on /data/ (src/pages/data/index.astro). */
export const SIZE_MARK = 'data-archive-size';
export const COUNT_MARK = 'data-archive-count';

/** /data/'s HTML with the archive's size and entry count written into their marked places. */
export function fillArchiveFigures(html: string, bytes: number, entries: number): string {
  const fill = (text: string, mark: string, value: string) => text.replace(new RegExp(`(<[a-z]+[^>]*\\s${mark}(?:="[^"]*")?[^>]*>)[^<]*(</)`, 'g'), `$1${value}$2`);
  return fill(fill(html, SIZE_MARK, formatFileSize(bytes)), COUNT_MARK, formatNumber(entries));
}

export interface ArchiveJob {
  siteDir: string;
  contentDir: string;
  /** Astro's cache folder: the last archive is kept there under its key (archiveKey). */
  cacheDir: string;
}

export interface ArchiveWritten {
  files: number;
  bytes: number;
  ms: number;
  /** Taken from the cache: nothing it is made of changed since the build that wrote it. */
  cached: boolean;
}

const CACHE_FOLDER = 'portal-archive';

/** Reads the plan the build rendered, removes it, writes the archive and its figures into /data/. */
export function writeRecordArchive({ siteDir, contentDir, cacheDir }: ArchiveJob): ArchiveWritten {
  const planFile = path.join(siteDir, ARCHIVE_PLAN);
  const plan = JSON.parse(readFileSync(planFile, 'utf8')) as ArchivePlan;
  rmSync(planFile);
  const started = performance.now();
  const key = archiveKey(siteDir, contentDir, plan, path.resolve('package-lock.json'));
  const cache = path.join(cacheDir, CACHE_FOLDER);
  const cachedZip = path.join(cache, `${key}.zip`);
  const cachedCount = path.join(cache, `${key}.json`);
  let zip: Uint8Array;
  let entries: number;
  const cached = existsSync(cachedZip) && existsSync(cachedCount);
  if (cached) {
    zip = readFileSync(cachedZip);
    entries = (JSON.parse(readFileSync(cachedCount, 'utf8')) as { entries: number }).entries;
  } else {
    const made = recordArchive(siteDir, contentDir, plan);
    zip = made.zip;
    // The manifest is an entry too.
    entries = made.manifest.files.length + 1;
    // Only the last archive is kept: the folder holds one key.
    rmSync(cache, { recursive: true, force: true });
    mkdirSync(cache, { recursive: true });
    writeFileSync(cachedZip, zip);
    writeFileSync(cachedCount, JSON.stringify({ entries }));
  }
  writeFileSync(path.join(siteDir, ARCHIVE_FILE), zip);
  const page = path.join(siteDir, 'data', 'index.html');
  writeFileSync(page, fillArchiveFigures(readFileSync(page, 'utf8'), zip.length, entries));
  return { files: entries, bytes: zip.length, ms: performance.now() - started, cached };
}

export function recordArchiveIntegration(contentDir: string): AstroIntegration {
  let isBuild = false;
  let cacheDir = '';
  return {
    name: RECORD_ARCHIVE_INTEGRATION,
    hooks: {
      'astro:config:setup': ({ command }) => {
        isBuild = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!isBuild) return;
        const job = { siteDir: path.resolve(fileURLToPath(dir)), contentDir: path.resolve(contentDir), cacheDir };
        // Runs on while the search index is built; the atomic publish waits for it (src/integrations/alongside.ts).
        runAlongside(
          workerJob<ArchiveWritten>(new URL('./record-archive-worker.ts', import.meta.url), job, (code) => t('build.archiveWorkerExit', { code })).then((written) => {
            logger.info(t(written.cached ? 'build.archiveCached' : 'build.archive', { files: written.files, kB: (written.bytes / 1024).toFixed(1), ms: Math.round(written.ms) }));
          }),
        );
      },
    },
  };
}
