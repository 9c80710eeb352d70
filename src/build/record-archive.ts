/**
 * Writes /data/archive.zip from a built site (`dir`, the staging folder) and the content folder:
 * every public release's source (`source/releases/<year>/<id>.mdx`) and rendered page
 * (`releases/<id>/index.html`, made to work from disk), every dataset with its schema
 * (`data/`), every attachment (`attachments/<id>/`), the styles and images the pages use
 * (`_astro/`), an index page and the manifest (src/domain/archive/zip.ts).
 *
 * An archived page has no scripts and no Content-Security-Policy (both need a server); its links
 * to what the archive holds are relative, every other site link is the live site's absolute URL,
 * and a note at its top says so (search needs the server).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { t } from '../i18n/index.ts';
import type { ArchivePlan } from '../domain/archive/plan.ts';
import { offlineHref, type OfflineContext } from '../domain/archive/offline-links.ts';
import { archiveZip, type ArchiveFile, type Manifest } from '../domain/archive/zip.ts';
import { rewriteForDisk, SRCSET, srcsetUrls, URL_ATTRIBUTES } from './offline-html.ts';
import { escapeHtml } from '../domain/feeds.ts';
import { codeDigest, contentKey } from './content-hash.ts';

export const ARCHIVE_INDEX = 'index.html';

const bytesOf = (file: string) => new Uint8Array(readFileSync(file));
const encoder = new TextEncoder();

/** The site path (`/_astro/x.css`) of a URL in a built page, when it is one under the base. */
function sitePathOf(url: string, base: string): string | undefined {
  if (!url.startsWith(base)) return undefined;
  const pathOnly = url.split(/[?#]/, 1)[0] ?? '';
  try {
    return decodeURI(`/${pathOnly.slice(base.length)}`).normalize('NFC');
  } catch {
    return undefined;
  }
}

/** Styles and images of a page under `_astro/` (site paths). */
function assetsOf($: CheerioAPI, base: string): string[] {
  const urls: string[] = [];
  for (const [selector, attribute] of URL_ATTRIBUTES) $(selector).each((_, el) => void urls.push($(el).attr(attribute) ?? ''));
  $(SRCSET).each((_, el) => void urls.push(...srcsetUrls($(el).attr('srcset') ?? '')));
  return urls.map((u) => sitePathOf(u, base)).filter((p): p is string => p !== undefined && p.startsWith('/_astro/'));
}

function offlinePage(html: string, from: string, context: OfflineContext, plan: ArchivePlan, live: string): string {
  const $ = load(html);
  rewriteForDisk($, from, context);
  const note = t('archive.pageNote', { date: plan.recordDate ?? '', programme: plan.programme });
  $('body').prepend(
    `<p class="archive-note" role="note" style="margin:0;padding:0.6rem 1rem;background:#eef3f8;border-bottom:1px solid #99a;font-size:0.9rem">${escapeHtml(note)} <a href="${escapeHtml(live)}">${escapeHtml(t('archive.livePage'))}</a> · <a href="${escapeHtml(offlineHref(`${plan.base}`, from, context))}">${escapeHtml(t('archive.indexLink'))}</a></p>`,
  );
  return $.html();
}

function indexPage(plan: ArchivePlan, files: readonly ArchiveFile[]): string {
  const title = t('archive.indexTitle', { programme: plan.programme });
  const releaseItems = plan.releases
    .map((r) => `<li><a href="releases/${encodeURIComponent(r.id)}/index.html">${escapeHtml(r.title)}</a> (${escapeHtml(r.date.slice(0, 10))}) · <a href="${escapeHtml(`source/${r.source.split('/').map(encodeURIComponent).join('/')}`)}">${escapeHtml(t('archive.source'))}</a></li>`)
    .join('\n');
  const dataItems = files
    .filter((f) => f.path.startsWith('data/'))
    .map((f) => `<li><a href="${escapeHtml(f.path)}">${escapeHtml(f.path.slice('data/'.length))}</a></li>`)
    .join('\n');
  return `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.6}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(t('archive.indexLead', { date: plan.recordDate ?? '' }))}</p>
<p>${escapeHtml(t('archive.needsServer'))} <a href="${escapeHtml(plan.home)}">${escapeHtml(plan.home)}</a></p>
<h2>${escapeHtml(t('archive.releases'))}</h2>
<ul>
${releaseItems}
</ul>
<h2>${escapeHtml(t('archive.datasets'))}</h2>
<ul>
${dataItems}
</ul>
<p><a href="manifest.json">${escapeHtml(t('archive.manifest'))}</a></p>
</body>
</html>
`;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? filesUnder(full).map((inner) => `${name}/${inner}`) : [name];
    });
}

export interface RecordArchive {
  zip: Uint8Array;
  manifest: Manifest;
}

/** The archive of the built site in `dir` (the content read from `contentDir`). */
export function recordArchive(dir: string, contentDir: string, plan: ArchivePlan): RecordArchive {
  const files: ArchiveFile[] = [];
  const archived = new Map<string, string>([
    ['/', ARCHIVE_INDEX],
    ['/releases/', ARCHIVE_INDEX],
  ]);
  for (const release of plan.releases) {
    archived.set(`/releases/${release.id}/`, `releases/${release.id}/index.html`);
    for (const name of filesUnder(path.join(dir, 'attachments', release.id))) {
      const archivePath = `attachments/${release.id}/${name.normalize('NFC')}`;
      archived.set(`/${archivePath}`, archivePath);
      files.push({ path: archivePath, bytes: bytesOf(path.join(dir, 'attachments', release.id, name)) });
    }
    files.push({ path: `source/${release.source}`, bytes: bytesOf(path.join(contentDir, release.source)) });
  }
  for (const name of plan.dataFiles) {
    archived.set(`/data/${name}`, `data/${name}`);
    files.push({ path: `data/${name}`, bytes: bytesOf(path.join(dir, 'data', name)) });
  }
  const assets = new Set<string>();
  const pageOf = (id: string) => readFileSync(path.join(dir, 'releases', id, 'index.html'), 'utf8');
  // Only the URLs are read here, never the page written back: htmlparser2 (fast, the same attribute
  // values). Pages are read again below rather than all held at once (10k pages are ~0.5 GB of text).
  for (const release of plan.releases) for (const asset of assetsOf(load(pageOf(release.id), { xml: { xmlMode: false } }), plan.base)) assets.add(asset);
  for (const asset of [...assets].sort()) {
    const archivePath = asset.slice(1);
    archived.set(asset, archivePath);
    files.push({ path: archivePath, bytes: bytesOf(path.join(dir, ...archivePath.split('/'))) });
  }
  const context: OfflineContext = { base: plan.base, site: plan.site, archived };
  for (const release of plan.releases) {
    const from = `releases/${release.id}/index.html`;
    const live = new URL(`releases/${release.id}/`, plan.home).toString();
    files.push({ path: from, bytes: encoder.encode(offlinePage(pageOf(release.id), from, context, plan, live)) });
  }
  files.push({ path: ARCHIVE_INDEX, bytes: encoder.encode(indexPage(plan, files)) });
  return archiveZip(files, {
    title: t('archive.indexTitle', { programme: plan.programme }),
    site: plan.home,
    recordDate: plan.recordDate,
    about: t('archive.about'),
  });
}

/** The code that writes the archive, as loaded (part of its key). */
const CODE = codeDigest(new URL(import.meta.url));

/**
 * What the archive is made of, as one SHA-256: the plan, every page, source, attachment, dataset
 * and style or image it can hold, the code that writes it and the libraries' versions (the lock
 * file). The same key means the same zip, so a rebuild reuses it (src/integrations/record-archive.ts).
 */
export function archiveKey(dir: string, contentDir: string, plan: ArchivePlan, lockFile: string): string {
  const key = contentKey(CODE, lockFile);
  const add = key.add;
  add('plan', JSON.stringify(plan));
  for (const release of plan.releases) {
    add(release.id, readFileSync(path.join(dir, 'releases', release.id, 'index.html')));
    add(release.source, bytesOf(path.join(contentDir, release.source)));
    for (const name of filesUnder(path.join(dir, 'attachments', release.id))) add(name, bytesOf(path.join(dir, 'attachments', release.id, name)));
  }
  for (const name of plan.dataFiles) add(name, bytesOf(path.join(dir, 'data', name)));
  for (const name of filesUnder(path.join(dir, '_astro'))) add(name, bytesOf(path.join(dir, '_astro', name)));
  return key.digest();
}

