/**
 * A checked release body (src/schemas/release-body.ts) as HTML, without compiling it:
 * the tree is written out element by element, the same bytes Astro's MDX renderer wrote
 * (its escaping, attribute and void-element rules), so no page changed when bodies stopped
 * being compiled. Links to site paths get the base path; links to other sites `rel=noopener`;
 * links that open a new tab `rel="noopener noreferrer"`; site links carry their absolute URL for
 * paper (`data-print-url`, print.css). `<Stat>` becomes a placeholder the
 * release page fills from the KPI snapshot (`splitBodyHtml`).
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import type { MdxJsxAttributeNode } from 'satteri';
import { BODY_ELEMENTS } from '../schemas/release-body.ts';
import { checkUrl } from '../foundation/safe-url.ts';
import { t } from '../i18n/index.ts';
import { absoluteUrl, joinBase, readableUrl } from '../foundation/urls.ts';

export interface BodyRenderOptions {
  /** The site's base path (`PORTAL_BASE`). */
  base: string;
  /** The site's origin (`PORTAL_SITE`): links there are not "other sites". */
  site: string;
}

export interface StatCall {
  kpi: string;
  at: string;
  value: string;
}

const VOID = /^(area|base|br|col|command|embed|hr|img|input|keygen|link|meta|param|source|track|wbr)$/i;
const BOOLEAN = /^(?:allowfullscreen|async|autofocus|autoplay|checked|controls|default|defer|disabled|formnovalidate|inert|loop|muted|nomodule|novalidate|open|playsinline|readonly|required|reversed|scoped|seamless|selected|itemscope)$/i;
const STAT_TAG = 'portal-stat';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
const escapeText = (value: string) => value.replace(/[&<>'"]/g, (c) => ESCAPES[c] ?? c);
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** hast property name → HTML attribute name, for the properties Markdown produces. */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^(data|aria)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return property.toLowerCase();
}

type AttributeValue = string | number | boolean | null | undefined | (string | number)[];

function attribute(name: string, value: AttributeValue): string {
  if (value === null || value === undefined) return '';
  if (BOOLEAN.test(name)) return value === false ? '' : ` ${name}`;
  const text = Array.isArray(value) ? value.join(' ') : String(value);
  return text === '' ? ` ${name}` : ` ${name}="${escapeAttribute(text)}"`;
}

function isOtherSite(href: string, site: string): boolean {
  return /^https?:\/\//i.test(href) && new URL(href).origin !== new URL(site).origin;
}

/** A link's attributes: the others as written, then href (with the base for site paths), then rel. */
function linkAttributes(entries: [string, AttributeValue][], options: BodyRenderOptions): string {
  const rest = entries.filter(([name]) => name !== 'href' && name !== 'rel');
  const raw = entries.find(([name]) => name === 'href')?.[1];
  const href = typeof raw === 'string' ? raw : undefined;
  const verdict = href === undefined ? undefined : checkUrl(href);
  const target = entries.find(([name]) => name === 'target')?.[1];
  const rels: string[] = [];
  if (href !== undefined && isOtherSite(href, options.site)) rels.push('noopener');
  if (target === '_blank') rels.push(...['noopener', 'noreferrer'].filter((r) => !rels.includes(r)));
  const onSite = verdict?.ok && verdict.kind === 'site';
  const shownHref = onSite ? joinBase(options.base, verdict.url) : href;
  // On paper a site path means nothing: print.css writes this absolute, readable URL after the link.
  const printed = onSite ? readableUrl(absoluteUrl(options.site, options.base, verdict.url)) : undefined;
  return `${rest.map(([name, value]) => attribute(name, value)).join('')}${attribute('href', shownHref)}${attribute('rel', rels.length ? rels.join(' ') : undefined)}${attribute('data-print-url', printed)}`;
}

function imageAttributes(entries: [string, AttributeValue][], options: BodyRenderOptions): string {
  return entries
    .map(([name, value]) => {
      if (name !== 'src' || typeof value !== 'string') return attribute(name, value);
      const verdict = checkUrl(value);
      return attribute(name, verdict.ok && verdict.kind === 'site' ? joinBase(options.base, verdict.url) : value);
    })
    .join('');
}

function elementHtml(tag: string, entries: [string, AttributeValue][], children: string, options: BodyRenderOptions): string {
  const attributes = tag === 'a' ? linkAttributes(entries, options) : tag === 'img' ? imageAttributes(entries, options) : entries.map(([n, v]) => attribute(n, v)).join('');
  const html = children === '' && VOID.test(tag) ? `<${tag}${attributes}/>` : `<${tag}${attributes}>${children}</${tag}>`;
  // A table wider than a phone scrolls in a box of its own (src/styles/tables.css), which the keyboard can scroll too.
  return tag === 'table' ? `<div class="table-wrap" role="group" tabindex="0" aria-label="${escapeText(t('release.bodyTable'))}">${html}</div>` : html;
}

function textContent(node: Root | RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? (node.children as ElementContent[]).map(textContent).join('') : '';
}

function jsxEntries(attributes: readonly { type: string }[]): [string, AttributeValue][] {
  return (attributes as MdxJsxAttributeNode[]).map((a) => [a.name, a.value === null || a.value === undefined ? true : (a.value as string)]);
}

/**
 * Ids the pages around a body use (layout, release and policy pages): a heading that would get
 * one is numbered on instead (`## main` → `main-1`), so the skip link and "cite this" keep working.
 */
export const PAGE_IDS = ['main', 'site-search', 'ended-title', 'attachments-title', 'cite-text', 'cite-title', 'cite-url', 'contacts-title', 'corrections-title', 'orgs-title', 'sources-title', 'tags-title'] as const;

export function renderBodyHtml(tree: Root, options: BodyRenderOptions): string {
  const slugger = new GithubSlugger();
  for (const id of PAGE_IDS) slugger.slug(id);
  const render = (node: Root | RootContent | ElementContent): string => {
    switch (node.type) {
      case 'root':
        return node.children.map(render).join('');
      case 'text':
        return escapeText(node.value);
      case 'element': {
        const properties: Properties = { ...node.properties };
        // Heading anchors as Astro's Markdown gives them (github-slugger over the heading's text).
        if (/^h[1-6]$/.test(node.tagName) && typeof properties['id'] !== 'string') properties['id'] = slugger.slug(textContent(node));
        const entries = Object.entries(properties).map(([name, value]): [string, AttributeValue] => [attributeName(name), value as AttributeValue]);
        return elementHtml(node.tagName, entries, (node as Element).children.map(render).join(''), options);
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const entries = jsxEntries(node.attributes);
        if (name === 'Stat') {
          const prop = (key: string) => entries.find(([n]) => n === key)?.[1];
          return `<${STAT_TAG}${attribute('kpi', prop('kpi'))}${attribute('at', prop('at'))}${attribute('value', prop('value'))}></${STAT_TAG}>`;
        }
        // Only a checked tree comes here; an element or attribute outside the list is dropped all the same.
        if (!Object.hasOwn(BODY_ELEMENTS, name)) return '';
        const allowed = BODY_ELEMENTS[name] ?? {};
        const safe = entries.filter(([n, v]) => (Object.hasOwn(allowed, n) || n === 'title' || n === 'lang' || n === 'dir') && (allowed[n] !== 'url' || (typeof v === 'string' && checkUrl(v).ok)));
        return elementHtml(name, safe, node.children.map(render).join(''), options);
      }
      default:
        // MDX comments (the check refused every other expression) render as nothing.
        return '';
    }
  };
  return render(tree);
}

const STAT_PLACEHOLDER = new RegExp(`<${STAT_TAG} kpi="([^"]*)" at="([^"]*)" value="([^"]*)"></${STAT_TAG}>`, 'g');
const unescapeAttribute = (value: string) => value.replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** A rendered body as HTML pieces and the `<Stat>` calls between them, in order. */
export function splitBodyHtml(html: string): (string | StatCall)[] {
  const parts: (string | StatCall)[] = [];
  let last = 0;
  for (const match of html.matchAll(STAT_PLACEHOLDER)) {
    parts.push(html.slice(last, match.index));
    parts.push({ kpi: unescapeAttribute(match[1] ?? ''), at: unescapeAttribute(match[2] ?? ''), value: unescapeAttribute(match[3] ?? '') });
    last = match.index + match[0].length;
  }
  parts.push(html.slice(last));
  return parts.filter((part) => part !== '');
}
