/**
 * Builds the search index from the built HTML with Pagefind's Node API (docs/search.md).
 *
 * - `alone`: what Pagefind's CLI would make of the same pages (the baseline we measure).
 * - `portal`: the same pages, each given to Pagefind with extra Korean terms appended after
 *   a separator (␞). The terms exist only inside the index: the served HTML is untouched,
 *   so readers, screen readers, printers and crawlers never see them; the search page cuts
 *   every excerpt at ␞ and highlights the real text.
 *
 * The sidebar of a release (its organisations and tags, `aside`) is moved after the separator
 * too: read for the filters, its tags indexed, but never part of the text an excerpt is cut
 * from; the organisation list is not indexed at all (a filter, not text).
 *
 * Also writes `pagefind/portal-facets.json`: date and filter values per result id, loaded by
 * the search page only when the reader opens the filters or sorts by date; and
 * `pagefind/portal-site-pages.json`: the ids of the indexed pages that are not releases (the
 * about page, the KPI readings), which the search page shows in their own group.
 */
import { t } from '../i18n/index.ts';
import { mkdirSync, rmSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import * as pagefind from 'pagefind';
import { indexTerms, type LanguageData } from '../domain/search/korean.ts';

export { readLanguage } from '../content-io/search-language.ts';

export const HIDDEN_MARK = '␞';
export const FACETS_FILE = 'portal-facets.json';
export const SITE_PAGES_FILE = 'portal-site-pages.json';
/** A release page's URL (without the base): every other indexed page is a site page. */
const RELEASE_URL = /^\/releases\/\d{4}-\d{2}-\d{2}-[^/]+\/$/;
/** Pagefind skips these everywhere: navigation (breadcrumbs, neighbours) is never content. */
const EXCLUDE = ['nav', '[aria-hidden="true"]', 'script', 'style', 'template'];

export type IndexMode = 'alone' | 'portal';

export interface IndexReport {
  mode: IndexMode;
  pages: number;
  /** Bytes of the index proper (word index, fragments, filters, meta), as served (gzip). */
  indexBytes: number;
  outputPath: string;
}

function htmlFiles(dir: string, skip: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const full = path.join(dir, entry);
    if (!entry.endsWith('.html') || full.startsWith(skip + path.sep) || !statSync(full).isFile()) continue;
    out.push(entry.split(path.sep).join('/'));
  }
  return out.sort();
}

/** The page's URL on the site without the base path: pagefind.js adds its own base (where it is served from). */
function urlOf(relative: string): string {
  return `/${relative.replace(/(^|\/)index\.html$/, '$1')}`;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The page as Pagefind should read it in portal mode: the real page plus, inside its first
 * `data-pagefind-body`, a block of extra terms per zone (title, weighted text, the rest).
 */
export function augmentPage(html: string, language: LanguageData): string {
  const $ = cheerio.load(html);
  const bodies = $('[data-pagefind-body]');
  if (bodies.length === 0) return html;
  const keep = new Set(language.keep);
  // The organisation list is a filter, not text: a release "contains" a word in its title, summary,
  // body or tags (how readers and the judged queries read it), not in the sidebar's labels.
  $('[data-pagefind-filter="organization"]').closest('ul').attr('data-pagefind-ignore', '');
  const zones: { weight: string | undefined; text: string }[] = [];
  bodies.each((_, element) => {
    const copy = $(element).clone();
    copy.find(['[data-pagefind-ignore]', ...EXCLUDE].join(',')).remove();
    const title = copy.attr('data-title') ?? copy.find('h1').first().text();
    zones.push({ weight: '7', text: title });
    copy.find('h1').remove();
    copy.find('[data-pagefind-weight]').each((__, weighted) => {
      zones.push({ weight: $(weighted).attr('data-pagefind-weight'), text: $(weighted).text() });
      $(weighted).remove();
    });
    // Block boundaries become spaces, so words of two paragraphs are never glued together.
    copy.find('p, li, h2, h3, h4, h5, h6, div, section, td, th, br').after(' ');
    zones.push({ weight: undefined, text: copy.text() });
  });
  const seen = new Set<string>();
  const blocks = zones
    .map((zone) => {
      const terms = indexTerms(zone.text, keep).filter((term) => !seen.has(term));
      // A term goes to the first (highest) zone it appears in, with its repeats.
      new Set(terms).forEach((term) => seen.add(term));
      if (terms.length === 0) return '';
      const weight = zone.weight ? ` data-pagefind-weight="${escapeHtml(zone.weight)}"` : '';
      return `<p${weight}>${escapeHtml(terms.join(' '))}</p>`;
    })
    .join('');
  // The sidebar (organisations, tags) goes after the mark: indexed and filtered by, never excerpted.
  const asides = bodies.find('aside').remove();
  if (!blocks && asides.length === 0) return html;
  bodies.first().append(`<div>${HIDDEN_MARK}</div>`, asides, blocks);
  return $.html();
}

function readFragment(file: string): { url: string; meta: Record<string, string>; filters: Record<string, string[]> } {
  const raw = gunzipSync(readFileSync(file)).toString('utf8');
  return JSON.parse(raw.slice(raw.indexOf('{')));
}

/**
 * Date and filter values per result id, so the search page can count and sort the merged results;
 * and the ids of the site pages (not releases), which it shows apart.
 */
function writeFacets(outputPath: string): void {
  const dir = path.join(outputPath, 'fragment');
  const values: Record<string, string[]> = {};
  const pages: Record<string, [string, Record<string, number[]>]> = {};
  const site: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const fragment = readFragment(path.join(dir, name));
    if (!RELEASE_URL.test(fragment.url)) site.push(name.replace(/\.pf_fragment$/, ''));
    const own: Record<string, number[]> = {};
    for (const [filter, list] of Object.entries(fragment.filters ?? {})) {
      const known = (values[filter] ??= []);
      own[filter] = list.map((value) => {
        const at = known.indexOf(value);
        return at >= 0 ? at : known.push(value) - 1;
      });
    }
    pages[name.replace(/\.pf_fragment$/, '')] = [fragment.meta?.['date'] ?? '', own];
  }
  writeFileSync(path.join(outputPath, FACETS_FILE), JSON.stringify({ values, pages }));
  writeFileSync(path.join(outputPath, SITE_PAGES_FILE), JSON.stringify({ ids: site }));
}

function servedBytes(outputPath: string): number {
  let total = 0;
  for (const entry of readdirSync(outputPath, { recursive: true, encoding: 'utf8' })) {
    const full = path.join(outputPath, entry);
    if (!statSync(full).isFile()) continue;
    // The index proper; Pagefind's JS, wasm and UI files are the same size in both modes.
    if (/\.(pf_index|pf_fragment|pf_filter|pf_meta)$/.test(entry)) total += statSync(full).size;
  }
  return total;
}

export interface BuildIndexOptions {
  siteDir: string;
  /** Where the bundle goes; default `<siteDir>/pagefind`. */
  outputPath?: string;
  mode: IndexMode;
  language: LanguageData;
  /** Which built pages to index (path relative to the site); default every page with `data-pagefind-body`. */
  include?: (relative: string) => boolean;
}

export async function buildSearchIndex(options: BuildIndexOptions): Promise<IndexReport> {
  const outputPath = options.outputPath ?? path.join(options.siteDir, 'pagefind');
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ko', excludeSelectors: EXCLUDE });
  if (!index) throw new Error(t('build.pagefindFailed', { errors: errors.join('; ') }));
  let pages = 0;
  for (const relative of htmlFiles(options.siteDir, path.join(options.siteDir, 'pagefind'))) {
    if (options.include && !options.include(relative)) continue;
    const html = readFileSync(path.join(options.siteDir, relative), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const content = options.mode === 'portal' ? augmentPage(html, options.language) : html;
    const added = await index.addHTMLFile({ url: urlOf(relative), content });
    if (added.errors.length > 0) throw new Error(`${relative}: ${added.errors.join('; ')}`);
    pages += 1;
  }
  // A stale bundle would leave old fragments behind (and count in the sizes).
  rmSync(outputPath, { recursive: true, force: true });
  mkdirSync(outputPath, { recursive: true });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  await index.deleteIndex();
  if (options.mode === 'portal') writeFacets(outputPath);
  return { mode: options.mode, pages, indexBytes: servedBytes(outputPath), outputPath };
}

export async function closePagefind(): Promise<void> {
  await pagefind.close();
}
