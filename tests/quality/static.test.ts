/**
 * Static quality gates over every file of two built sites (issue 7): the real content, and a
 * fixture with every feature in use under a sub-path (tests/quality/sites.ts). Each page is
 * found by crawling dist/ and typed by its URL (page-types.ts), so a page added later is
 * checked without touching this file.
 *
 * Reports (JS per page type, external links) go to test-output/quality/.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/paths.ts';
import { checkLinks, distFiles, exists, fileOfPath, gzipSize, htmlFilesOf, isExecutable, loadedScripts } from './dist.ts';
import { HTML_BUDGET, JS_BUDGET, pageType, type PageType } from './page-types.ts';
import { fullSite, realSite, type QualitySite } from './sites.ts';

export const REPORT_DIR = path.join(REPO_ROOT, 'test-output', 'quality');

/** Page types each site must have, so a gate never passes by checking nothing. */
const EXPECTED_TYPES: Record<QualitySite['name'], PageType[]> = {
  real: ['home', 'archive', 'release', 'kpi', 'search', 'data', 'about', 'policy', '404'],
  full: ['home', 'archive', 'release', 'kpi', 'search', 'data', 'about', 'policy', '404'],
};

/** Pagefind's own files: outside the portal's budget on the search page (ARCHITECTURE.md). */
const isPagefind = (file: string) => file.startsWith('pagefind/');

interface Loaded {
  site: QualitySite;
  files: string[];
  pages: string[];
  html: Map<string, string>;
}

function load(site: QualitySite): Loaded {
  const files = distFiles(site.outDir);
  const pages = htmlFilesOf(files);
  const html = new Map(pages.map((f) => [f, readFileSync(path.join(site.outDir, f), 'utf8')]));
  return { site, files, pages, html };
}

function report(name: string, text: string): string {
  mkdirSync(REPORT_DIR, { recursive: true });
  const file = path.join(REPORT_DIR, name);
  writeFileSync(file, text);
  return file;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

function cspOf(html: string): Map<string, string[]> | undefined {
  const $ = cheerio.load(html);
  const content = $('meta[http-equiv="content-security-policy" i]').attr('content');
  if (content === undefined) return undefined;
  const directives = new Map<string, string[]>();
  for (const part of content.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

describe.each([
  ['real content', realSite],
  ['full fixture under /portal/', fullSite],
] as const)('%s: static gates over dist/', (_label, make) => {
  let d: Loaded;
  beforeAll(async () => {
    d = load(await make());
  });

  it('has every expected page type', () => {
    const types = new Set(d.pages.map(pageType));
    expect([...types].sort()).toEqual(expect.arrayContaining(EXPECTED_TYPES[d.site.name]));
  });

  it('html-validate (recommended rules): 0 errors on every page', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const problems: string[] = [];
    for (const [file, html] of d.html) {
      const result = await validator.validateString(html, file);
      for (const r of result.results) for (const m of r.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message} (${m.selector ?? ''})`);
    }
    expect(problems).toEqual([]);
  });

  it('every internal link, anchor, asset, download and feed link resolves; external links are listed', () => {
    const { outDir, base, site } = d.site;
    const { internal, external, broken } = checkLinks(outDir, site, base);
    const list = report(`${d.site.name}-external-links.txt`, external.join('\n') + '\n');
    console.info(`[quality] ${d.site.name}: ${internal.length} internal links checked, ${external.length} external links listed in ${list}`);
    expect(internal.length).toBeGreaterThan(d.pages.length);
    expect(broken).toEqual([]);
  });

  it('external links open with rel="noopener"', () => {
    const origin = new URL(d.site.site).origin;
    const missing: string[] = [];
    for (const [file, html] of d.html) {
      const $ = cheerio.load(html);
      $('a[href], area[href]').each((_, el) => {
        const href = $(el).attr('href') ?? '';
        if (!/^https?:/i.test(href) || new URL(href).origin === origin) return;
        const rel = ($(el).attr('rel') ?? '').split(/\s+/);
        if (!rel.includes('noopener')) missing.push(`${file} ${href}`);
      });
    }
    expect(missing).toEqual([]);
  });

  it('JavaScript per page type stays within ARCHITECTURE.md’s table (gzipped, static imports followed)', () => {
    const { outDir, base, site } = d.site;
    const over: string[] = [];
    const perType = new Map<PageType, { pages: number; max: number; page: string; files: string }>();
    for (const [file, html] of d.html) {
      const type = pageType(file);
      const scripts = loadedScripts(outDir, site, base, file, html, type === 'search' ? isPagefind : () => false);
      const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
      if (scripts.some((s) => Number.isNaN(s.gzip))) over.push(`${file}: loads a script from another origin`);
      if (scripts.some((s) => s.name.endsWith('(missing)'))) over.push(`${file}: loads a missing script`);
      if (total > JS_BUDGET[type]) over.push(`${file} (${type}): ${total} B > ${JS_BUDGET[type]} B [${scripts.map((s) => `${s.name} ${s.gzip}`).join(', ')}]`);
      const entry = perType.get(type) ?? { pages: 0, max: -1, page: '', files: '' };
      entry.pages += 1;
      if (total > entry.max) Object.assign(entry, { max: total, page: file, files: scripts.map((s) => s.name).join(' ') });
      perType.set(type, entry);
    }
    const rows = [...perType].sort().map(([type, e]) => `| ${type} | ${e.pages} | ${e.max} | ${JS_BUDGET[type]} | ${e.page} |`);
    const table = ['| page type | pages | JS at load, max (B gzip) | budget | page |', '| --- | ---: | ---: | ---: | --- |', ...rows].join('\n');
    report(`${d.site.name}-js-per-page-type.md`, `${table}\n`);
    console.info(`[quality] ${d.site.name}: JavaScript per page type\n${table}`);
    expect(over).toEqual([]);
  });

  it('every page is at most 30 kB of HTML gzipped', () => {
    const over = [...d.html].map(([file, html]) => [file, gzipSize(html)] as const).filter(([, size]) => size > HTML_BUDGET);
    expect(over).toEqual([]);
  });

  it('no web font blocks first render (system font stack, or ≤ 100 kB of swap/optional fonts)', () => {
    const problems: string[] = [];
    const css = d.files.filter((f) => f.endsWith('.css')).map((f) => [f, readFileSync(path.join(d.site.outDir, f), 'utf8')] as const);
    for (const [file, html] of d.html) {
      const $ = cheerio.load(html);
      $('style').each((i, el) => void css.push([`${file} <style> #${i}`, $(el).html() ?? '']));
      $('link[rel~="stylesheet"][href]').each((_, el) => {
        const href = $(el).attr('href') ?? '';
        if (/^https?:/i.test(href) && new URL(href).origin !== new URL(d.site.site).origin) problems.push(`${file}: stylesheet from another origin ${href}`);
      });
    }
    let fontBytes = 0;
    for (const [file, text] of css) {
      for (const face of text.matchAll(/@font-face\s*{([^}]*)}/g)) {
        const body = face[1] ?? '';
        const display = /font-display\s*:\s*([\w-]+)/.exec(body)?.[1];
        if (display !== 'swap' && display !== 'optional' && display !== 'fallback') problems.push(`${file}: @font-face without font-display swap/optional/fallback`);
        for (const m of body.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
          const target = fileOfPath(d.site.outDir, d.site.base, new URL(m[1] ?? '', new URL(d.site.base, d.site.site)).pathname);
          if (target && exists(d.site.outDir, target)) fontBytes += readFileSync(path.join(d.site.outDir, target)).length;
        }
      }
    }
    expect(problems).toEqual([]);
    expect(fontBytes).toBeLessThanOrEqual(100 * 1024);
  });

  it('every <img> has width, height and alt', () => {
    const missing: string[] = [];
    for (const [file, html] of d.html) {
      const $ = cheerio.load(html);
      $('img').each((_, el) => {
        for (const attr of ['width', 'height', 'alt']) if ($(el).attr(attr) === undefined) missing.push(`${file}: <img src="${$(el).attr('src')}"> without ${attr}`);
      });
    }
    expect(missing).toEqual([]);
  });

  it('no inline event handlers, javascript: URLs or style attributes anywhere in dist/', () => {
    const found: string[] = [];
    for (const file of d.files.filter((f) => /\.(html|svg|xml|xsl)$/.test(f))) {
      const text = readFileSync(path.join(d.site.outDir, file), 'utf8');
      const $ = cheerio.load(text, { xml: !file.endsWith('.html') });
      $('*').each((_, el) => {
        if (!('attribs' in el)) return;
        for (const [name, value] of Object.entries(el.attribs)) {
          if (/^on/i.test(name)) found.push(`${file}: <${el.tagName} ${name}>`);
          if (/^\s*javascript:/i.test(value)) found.push(`${file}: <${el.tagName} ${name}="${value}">`);
          // The CSP has no 'unsafe-inline' for styles, so a style attribute would be ignored.
          if (name === 'style' && file.endsWith('.html')) found.push(`${file}: <${el.tagName} style="${value}">`);
        }
      });
    }
    expect(found).toEqual([]);
  });

  it('every page has a Content-Security-Policy before its first script or style, with every inline script and style hashed and no unsafe-inline', () => {
    const problems: string[] = [];
    for (const [file, html] of d.html) {
      const csp = cspOf(html);
      if (!csp) {
        problems.push(`${file}: no CSP meta tag`);
        continue;
      }
      const scriptSrc = csp.get('script-src') ?? csp.get('default-src') ?? [];
      const styleSrc = csp.get('style-src') ?? csp.get('default-src') ?? [];
      const loose = (values: string[]) => values.filter((v) => !v.startsWith("'sha") && !["'self'", "'wasm-unsafe-eval'"].includes(v));
      if (loose(scriptSrc).length) problems.push(`${file}: script-src allows ${loose(scriptSrc).join(' ')}`);
      if (loose(styleSrc).length) problems.push(`${file}: style-src allows ${loose(styleSrc).join(' ')}`);
      if (csp.get('object-src')?.join(' ') !== "'none'") problems.push(`${file}: object-src is not 'none'`);
      const head = html.slice(0, html.search(/<\/head>/i));
      const meta = head.search(/<meta http-equiv="content-security-policy"/i);
      // Data blocks (JSON-LD) are not run, so only scripts a browser runs and styles count.
      const first = head.search(/<(script(?![^>]*type="application\/(ld\+)?json")|style|link[^>]+stylesheet)/i);
      if (first !== -1 && first < meta) problems.push(`${file}: CSP meta comes after the first script or style`);
      const $ = cheerio.load(html);
      $('script').each((_, el) => {
        const s = $(el);
        if (s.attr('src') || !isExecutable(s.attr('type'))) return;
        if (!scriptSrc.includes(sha256(s.html() ?? ''))) problems.push(`${file}: inline script not in the CSP: ${(s.html() ?? '').slice(0, 60)}`);
      });
      $('style').each((_, el) => {
        if (!styleSrc.includes(sha256($(el).html() ?? ''))) problems.push(`${file}: inline style not in the CSP: ${($(el).html() ?? '').slice(0, 60)}`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('ships a _headers file with the policy a <meta> tag cannot carry', () => {
    const headers = readFileSync(path.join(d.site.outDir, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/\*$/m);
    expect(headers).toMatch(/Content-Security-Policy:.*frame-ancestors 'none'/);
    expect(headers).not.toMatch(/unsafe-inline/);
    expect(headers).toMatch(/X-Content-Type-Options: nosniff/);
  });
});
