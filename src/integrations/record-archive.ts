/**
 * Writes /data/archive.zip (src/build/record-archive.ts) in `astro:build:done`, into the staging
 * folder, before the search index and the atomic publish (src/integrations/atomic-publish.ts):
 * a failed archive fails the build and leaves the published site as it was. It reads the plan
 * the build rendered (/data/archive-plan.json), removes it, and writes the archive's size and
 * file count into /data/ (whose rendered text holds a marked place for them).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { t } from '../i18n/index.ts';
import { recordArchive } from '../build/record-archive.ts';
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

export function recordArchiveIntegration(contentDir: string): AstroIntegration {
  let isBuild = false;
  return {
    name: RECORD_ARCHIVE_INTEGRATION,
    hooks: {
      'astro:config:setup': ({ command }) => {
        isBuild = command === 'build';
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!isBuild) return;
        const siteDir = path.resolve(fileURLToPath(dir));
        const planFile = path.join(siteDir, ARCHIVE_PLAN);
        const plan = JSON.parse(readFileSync(planFile, 'utf8')) as ArchivePlan;
        rmSync(planFile);
        const started = performance.now();
        const { zip, manifest } = recordArchive(siteDir, path.resolve(contentDir), plan);
        writeFileSync(path.join(siteDir, ARCHIVE_FILE), zip);
        const page = path.join(siteDir, 'data', 'index.html');
        // The manifest is an entry too.
        writeFileSync(page, fillArchiveFigures(readFileSync(page, 'utf8'), zip.length, manifest.files.length + 1));
        logger.info(t('build.archive', { files: manifest.files.length + 1, kB: (zip.length / 1024).toFixed(1), ms: Math.round(performance.now() - started) }));
      },
    },
  };
}
