/**
 * The pull-request preview that opens from disk: a copy of a built site in which every page has
 * the record archive's rewrite for file:// (offline-html.ts: relative links, no scripts, no CSP)
 * and a note at its top saying that search and the charts, which browsers block on `file:`,
 * need the published site. Staff download the workflow's artifact, unzip it and open its
 * index.html (docs/편집-가이드.md, 「PR 미리보기 열기」; docs/decisions.md says why this and
 * not a second build mode).
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import type { OfflineContext } from '../domain/archive/offline-links.ts';
import { escapeHtml } from '../domain/feeds.ts';
import { t } from '../i18n/index.ts';
import { rewriteForDisk } from './offline-html.ts';

export const PREVIEW_NOTE_CLASS = 'preview-note';
/** The note standing where a chart or the search results would be. */
export const PREVIEW_PLACE_NOTE_CLASS = 'preview-place-note';

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? filesUnder(full).map((inner) => `${name}/${inner}`) : [name];
    });
}

/** Site paths (without the base) → files of the copy: `/x.css` → `x.css`, `/releases/a/` → `releases/a/index.html`. */
export function sitePathsOf(files: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const file of files) {
    const nfc = file.normalize('NFC');
    map.set(`/${nfc}`, file);
    if (nfc === 'index.html') map.set('/', file);
    else if (nfc.endsWith('/index.html')) map.set(`/${nfc.slice(0, -'index.html'.length)}`, file);
  }
  return map;
}

export interface PreviewSite {
  /** The built site's origin (`PORTAL_SITE`) and base path (`PORTAL_BASE`). */
  site: string;
  base: string;
}

/** Marks a folder as a disk preview: only such a folder (or a new or empty one) is replaced. */
export const PREVIEW_MARK = '.portal-disk-preview';

/** Writes the disk preview of the built site in `builtDir` into `outDir` (replaced); returns the number of pages rewritten. */
export function writeDiskPreview(builtDir: string, outDir: string, where: PreviewSite): number {
  const built = path.resolve(builtDir);
  const out = path.resolve(outDir);
  const inside = (a: string, b: string) => a === b || a.startsWith(`${b}${path.sep}`);
  const taken = existsSync(out) && readdirSync(out).length > 0 && !existsSync(path.join(out, PREVIEW_MARK));
  if (!existsSync(path.join(built, 'index.html')) || inside(built, out) || inside(out, built) || taken) {
    throw new Error(t('cli.diskPreview.refused', { built: builtDir, out: outDir }));
  }
  rmSync(out, { recursive: true, force: true });
  cpSync(built, out, { recursive: true });
  writeFileSync(path.join(out, PREVIEW_MARK), '');
  const files = filesUnder(out).filter((f) => f !== PREVIEW_MARK);
  const context: OfflineContext = { base: where.base, site: where.site, archived: sitePathsOf(files) };
  const note = `<p class="${PREVIEW_NOTE_CLASS}" role="note" style="margin:0;padding:0.6rem 1rem;background:#fff4d6;color:#3a2a00;border-bottom:1px solid #b08a2e;font-size:0.9rem">${escapeHtml(t('preview.diskNote'))}</p>`;
  const placeNote = (key: 'preview.chartNote' | 'preview.searchNote') =>
    `<p class="${PREVIEW_PLACE_NOTE_CLASS}" role="note" style="margin:1rem 0;padding:0.8rem 1rem;border:1px dashed #b08a2e;background:#fffaf0;color:#3a2a00">${escapeHtml(t(key))}</p>`;
  let pages = 0;
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const full = path.join(out, file);
    const $ = load(readFileSync(full, 'utf8'));
    rewriteForDisk($, file, context);
    $('body').prepend(note);
    // Where the page would draw with a script: a chart, the search results.
    $('canvas').replaceWith(placeNote('preview.chartNote'));
    $('#search-status').replaceWith(placeNote('preview.searchNote'));
    writeFileSync(full, $.html());
    pages += 1;
  }
  return pages;
}
