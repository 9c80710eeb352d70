/**
 * Builds the search index from the built HTML with Pagefind's Node API (docs/search.md).
 *
 * - `alone`: what Pagefind's CLI would make of the same pages (the baseline we measure).
 * - `portal`: the same pages, each given to Pagefind with extra Korean terms appended after
 *   a separator (`HIDDEN_MARK`, a control character no content can hold). The terms exist only
 *   inside the index: the served HTML is untouched, so readers, screen readers, printers and
 *   crawlers never see them; the search page cuts every excerpt at the separator and
 *   highlights the real text.
 *
 * The sidebar of a release (its organisations and tags, `aside`) is moved after the separator
 * too: read for the filters, its tags indexed, but never part of the text an excerpt is cut
 * from; the organisation list is not indexed at all (a filter, not text).
 *
 * Also writes `pagefind/portal-facets.json`: date and filter values per result id, loaded by
 * the search page only when the reader opens the filters or sorts by date; and
 * `pagefind/portal-site-pages.json`: the ids of the indexed pages that are not releases (the
 * about page, the KPI readings), which the search page shows in their own group.
 *
 * The bundle is kept in Astro's cache folder under a content hash of everything it is made of
 * (`indexInputs`): a rebuild whose indexed pages did not change links it into place instead of indexing again.
 */
import { t } from '../i18n/index.ts';
import { existsSync, mkdirSync, renameSync, rmSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import type { AnyNode, Element, Text } from 'domhandler';
import * as pagefind from 'pagefind';
import { HIDDEN_MARK } from '../domain/search/excerpt.ts';
import { indexTerms, type LanguageData } from '../domain/search/korean.ts';
import { codeDigest, contentKey, linkFolder } from './content-hash.ts';

export { readLanguage } from '../content-io/search-language.ts';

export const FACETS_FILE = 'portal-facets.json';
export const SITE_PAGES_FILE = 'portal-site-pages.json';
/** A release page's URL (without the base): every other indexed page is a site page. */
const RELEASE_URL = /^\/releases\/\d{4}-\d{2}-\d{2}-[^/]+\/$/;
/** Pagefind skips these everywhere: navigation (breadcrumbs, neighbours) is never content. */
export const EXCLUDE = ['nav', '[aria-hidden="true"]', 'script', 'style', 'template'];

/** The code that makes the bundle, as loaded (part of its cache key). */
const CODE = codeDigest(new URL(import.meta.url));
/** The bundle of the last build, under Astro's cache folder. */
const CACHE_FOLDER = 'portal-search-index';

/** Pages handed to Pagefind and not yet answered: enough to keep its process busy, few enough to bound memory. */
const IN_FLIGHT = 16;

export type IndexMode = 'alone' | 'portal';

export interface IndexReport {
  mode: IndexMode;
  pages: number;
  /** Bytes of the index proper (word index, fragments, filters, meta), as served (gzip). */
  indexBytes: number;
  outputPath: string;
  /** Copied from the cache: no indexed page (nor the code, the words or the libraries) changed since the build that wrote it. */
  cached: boolean;
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

/** Elements Pagefind never reads as text: its ignore marks and EXCLUDE. */
function excluded(element: Element): boolean {
  const a = element.attribs;
  return 'data-pagefind-ignore' in a || a['aria-hidden'] === 'true' || ['nav', 'script', 'style', 'template'].includes(element.name);
}
/** Elements whose end counts as a word boundary (their words are never glued to the next ones). */
const BLOCKS = new Set(['p', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'section', 'td', 'th', 'br']);

const isElement = (node: AnyNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';

/** Every element below `node`, in document order (a loop, not nested generators: this runs for every page). */
function elements(node: AnyNode): Element[] {
  const out: Element[] = [];
  const visit = (parent: AnyNode) => {
    if (!('children' in parent)) return;
    for (const child of parent.children) {
      if (!isElement(child)) continue;
      out.push(child);
      visit(child);
    }
  };
  visit(node);
  return out;
}

/** The text of `node` as Pagefind reads it: ignored and excluded elements left out; `blocks` adds a space after each block. */
function textOf(node: AnyNode, blocks: boolean, skip: (element: Element) => boolean = () => false): string {
  if (node.type === 'text') return (node as Text).data;
  if (!isElement(node) && node.type !== 'root') return '';
  let text = '';
  for (const child of (node as Element).children) {
    if (isElement(child)) {
      if (excluded(child) || skip(child)) continue;
      text += textOf(child, blocks, skip);
      if (blocks && BLOCKS.has(child.name)) text += ' ';
    } else if (child.type === 'text') text += (child as Text).data;
  }
  return text;
}

/** The page's source from `start` to `end` with `edits` (offset, text to insert) applied. */
function spliced(html: string, start: number, end: number, edits: readonly (readonly [number, string])[]): string {
  let out = '';
  let at = start;
  for (const [offset, text] of edits) {
    if (offset < start || offset >= end) continue;
    out += html.slice(at, offset) + text;
    at = offset;
  }
  return out + html.slice(at, end);
}

const keepSets = new WeakMap<LanguageData, ReadonlySet<string>>();
/** One set per language, so the terms worked out for a word are reused across pages (indexTerms' cache). */
function keepSet(language: LanguageData): ReadonlySet<string> {
  let keep = keepSets.get(language);
  if (!keep) keepSets.set(language, (keep = new Set(language.keep)));
  return keep;
}

/**
 * The page as Pagefind should read it in portal mode: the real page plus, inside its first
 * `data-pagefind-body`, a block of extra terms per zone (title, weighted text, the rest).
 *
 * The page is parsed once (htmlparser2, with source offsets) and never serialised again: the
 * block, the separator and the moved sidebar are spliced into the page's own text, so Pagefind
 * reads the bytes Astro wrote (docs/search.md; the index is the same as with a re-serialised page).
 */
export function augmentPage(html: string, language: LanguageData): string {
  const $ = cheerio.load(html, { xml: { xmlMode: false, withStartIndices: true, withEndIndices: true } });
  const root = $.root()[0] as unknown as AnyNode;
  const all = elements(root);
  const bodies = all.filter((element) => 'data-pagefind-body' in element.attribs);
  if (bodies.length === 0) return html;
  const keep = keepSet(language);
  // The organisation list is a filter, not text: a release "contains" a word in its title, summary,
  // body or tags (how readers and the judged queries read it), not in the sidebar's labels.
  const organizationLists = new Set<Element>();
  for (const element of all) {
    if (element.attribs['data-pagefind-filter'] !== 'organization') continue;
    let list: Element | null = element;
    while (list && list.name !== 'ul') list = list.parent && isElement(list.parent) ? list.parent : null;
    if (list) organizationLists.add(list);
  }
  const ignoredList = (element: Element) => organizationLists.has(element);
  const zones: { weight: string | undefined; text: string }[] = [];
  for (const body of bodies) {
    const readable = (element: Element) => !excluded(element) && !ignoredList(element);
    // Elements inside the body that Pagefind reads (none below an ignored one), in document order.
    const inside: Element[] = [];
    const collect = (node: Element) => {
      for (const child of node.children) if (isElement(child) && readable(child)) (inside.push(child), collect(child));
    };
    collect(body);
    const headings = inside.filter((element) => element.name === 'h1');
    const title = body.attribs['data-title'] ?? (headings[0] ? textOf(headings[0], false, ignoredList) : '');
    zones.push({ weight: '7', text: title });
    const isHeading = (element: Element) => element.name === 'h1';
    for (const weighted of inside.filter((element) => 'data-pagefind-weight' in element.attribs && !isHeading(element) && !ancestorIn(element, body, isHeading))) {
      zones.push({ weight: weighted.attribs['data-pagefind-weight'], text: textOf(weighted, false, (e) => ignoredList(e) || isHeading(e)) });
    }
    const rest = textOf(body, true, (e) => ignoredList(e) || isHeading(e) || 'data-pagefind-weight' in e.attribs);
    zones.push({ weight: undefined, text: rest });
  }
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
  const asides = bodies.flatMap((body) => elements(body).filter((element) => element.name === 'aside' && !ancestorIn(element, body, (e) => e.name === 'aside')));
  if (!blocks && asides.length === 0) return html;
  // The organisation lists marked ignored, in the page's own text (the attribute added at the end of the start tag).
  const edits = [...organizationLists]
    .map((list) => [startTagEnd(html, list), 'data-pagefind-ignore' in list.attribs ? '' : ' data-pagefind-ignore=""'] as const)
    .sort((a, b) => a[0] - b[0]);
  const first = bodies[0]!;
  const close = html.lastIndexOf('</', first.endIndex ?? html.length);
  const cut = asides.map((aside) => [aside.startIndex ?? 0, (aside.endIndex ?? 0) + 1] as const);
  const moved = cut.map(([from, to]) => spliced(html, from, to, edits)).join('');
  // The page without the asides, the mark, the asides and the terms before the first body's end tag.
  const marks: (readonly [number, number, string])[] = [...cut.map(([from, to]) => [from, to, ''] as const), [close, close, `<div>${HIDDEN_MARK}</div>${moved}${blocks}`]];
  marks.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [from, to, text] of marks) {
    out += spliced(html, at, from, edits) + text;
    at = to;
  }
  return out + spliced(html, at, html.length, edits);
}

/** Whether an ancestor of `element` below `top` passes `test`. */
function ancestorIn(element: Element, top: Element, test: (element: Element) => boolean): boolean {
  for (let node = element.parent; node && node !== top; node = node.parent) if (isElement(node as AnyNode) && test(node as Element)) return true;
  return false;
}

/** The offset of the `>` (or `/>`) that ends `element`'s start tag, where an attribute can be added. */
function startTagEnd(html: string, element: Element): number {
  const start = element.startIndex ?? 0;
  let quote = '';
  for (let at = start; at < html.length; at += 1) {
    const char = html[at]!;
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '>') return html[at - 1] === '/' ? at - 1 : at;
  }
  return html.length;
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
  /** Astro's cache folder: the last bundle is kept there under its key. None: always indexed afresh. */
  cacheDir?: string;
  /** The libraries' versions, part of the key; default `package-lock.json` of the working folder. */
  lockFile?: string;
}

/**
 * The pages to index (paths relative to the site, in order) and, as one SHA-256, everything the
 * bundle is made of: those pages' bytes, the mode, the words (synonyms, kept nouns), this code and
 * the libraries' versions. The same key means the same bundle.
 */
export function indexInputs(options: BuildIndexOptions): { pages: string[]; key: string } {
  const key = contentKey(CODE, options.lockFile ?? path.resolve('package-lock.json'));
  key.add('mode', options.mode);
  key.add('language', JSON.stringify(options.language));
  const pages: string[] = [];
  for (const relative of htmlFiles(options.siteDir, path.join(options.siteDir, 'pagefind'))) {
    if (options.include && !options.include(relative)) continue;
    const bytes = readFileSync(path.join(options.siteDir, relative));
    if (!bytes.includes('data-pagefind-body')) continue;
    key.add(relative, bytes);
    pages.push(relative);
  }
  return { pages, key: key.digest() };
}

export async function buildSearchIndex(options: BuildIndexOptions): Promise<IndexReport> {
  const outputPath = options.outputPath ?? path.join(options.siteDir, 'pagefind');
  const { pages, key } = indexInputs(options);
  const cached = options.cacheDir ? path.join(options.cacheDir, CACHE_FOLDER, key) : undefined;
  // A stale bundle would leave old fragments behind (and count in the sizes).
  rmSync(outputPath, { recursive: true, force: true });
  if (cached && existsSync(cached)) {
    linkFolder(cached, outputPath);
    return { mode: options.mode, pages: pages.length, indexBytes: servedBytes(outputPath), outputPath, cached: true };
  }
  await indexPages(options, pages, outputPath);
  if (cached) {
    // Only the last bundle is kept; it is linked under a temporary name first, so an interrupted copy is never found.
    rmSync(path.dirname(cached), { recursive: true, force: true });
    linkFolder(outputPath, `${cached}.partial`);
    renameSync(`${cached}.partial`, cached);
  }
  return { mode: options.mode, pages: pages.length, indexBytes: servedBytes(outputPath), outputPath, cached: false };
}

/** Gives each page to Pagefind (augmented in portal mode) and writes the bundle into `outputPath`. */
async function indexPages(options: BuildIndexOptions, pages: readonly string[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ko', excludeSelectors: EXCLUDE });
  if (!index) throw new Error(t('build.pagefindFailed', { errors: errors.join('; ') }));
  // Pages go to Pagefind's service (its own process) without waiting for each answer: while it
  // indexes one page, this process reads and augments the next ones, so both cores work. Its
  // index does not depend on the order answers come back in (checked byte for byte, docs/benchmarks.md).
  const pending = new Set<Promise<void>>();
  for (const relative of pages) {
    const html = readFileSync(path.join(options.siteDir, relative), 'utf8');
    const content = options.mode === 'portal' ? augmentPage(html, options.language) : html;
    const added = index.addHTMLFile({ url: urlOf(relative), content }).then((answer) => {
      pending.delete(added);
      if (answer.errors.length > 0) throw new Error(`${relative}: ${answer.errors.join('; ')}`);
    });
    // Marked handled here; the first failure still rejects the race or the final wait below.
    added.catch(() => undefined);
    pending.add(added);
    if (pending.size >= IN_FLIGHT) await Promise.race(pending);
  }
  await Promise.all(pending);
  mkdirSync(outputPath, { recursive: true });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  await index.deleteIndex();
  if (options.mode === 'portal') writeFacets(outputPath);
}

export async function closePagefind(): Promise<void> {
  await pagefind.close();
}
