/**
 * Reading a built site (dist/) for the quality gates: its files, the scripts a page loads at
 * load time (module scripts followed through their static imports), the links it makes.
 * Pure reading; nothing here builds or fetches.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';

export const gzipSize = (data: string | Buffer): number => gzipSync(data, { level: 9 }).length;

/** Every file under outDir, relative, with `/` separators, sorted. */
export function distFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(path.join(outDir, f)).isFile())
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

export const htmlFilesOf = (files: string[]): string[] => files.filter((f) => f.endsWith('.html'));

/** Script types a browser runs. */
export function isExecutable(type: string | undefined): boolean {
  const t = (type ?? '').trim().toLowerCase();
  return t === '' || t === 'module' || t === 'text/javascript' || t === 'application/javascript';
}

/** A site path (`/portal/_astro/x.js`) as a file in outDir, or undefined outside the base. */
export function fileOfPath(outDir: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  let inside = decodeURIComponent(pathname.slice(base.length));
  if (inside === '' || inside.endsWith('/')) inside += 'index.html';
  const full = path.join(outDir, inside);
  if (!full.startsWith(outDir)) return undefined;
  return inside;
}

export function exists(outDir: string, relative: string): boolean {
  const full = path.join(outDir, relative);
  return existsSync(full) && statSync(full).isFile();
}

/** The page's own URL, for resolving its relative links. */
export function pageUrl(site: string, base: string, file: string): URL {
  const sitePath = file === '404.html' ? '404.html' : file.replace(/(^|\/)index\.html$/, '$1');
  return new URL(`${base}${sitePath}`, site);
}

/** `import … from "x"`, `import "x"`, `export … from "x"`: static imports only, never `import(…)`. */
const STATIC_IMPORT = /(?:^|[\s;}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+)["'`]/g;

export function staticImports(code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((m) => m[1] ?? '').filter(Boolean);
}

export interface LoadedScript {
  /** A dist file, or `inline #n`. */
  name: string;
  bytes: number;
  gzip: number;
}

/**
 * The JavaScript a page runs at load time: its executable inline scripts, its external
 * scripts and modulepreloads, and every module those import statically. Files for which
 * `exclude(file)` is true are left out (Pagefind's own files on the search page).
 */
export function loadedScripts(outDir: string, site: string, base: string, file: string, html: string, exclude: (file: string) => boolean = () => false): LoadedScript[] {
  const $ = cheerio.load(html);
  const from = pageUrl(site, base, file);
  const out: LoadedScript[] = [];
  const seen = new Set<string>();
  const visit = (url: URL) => {
    if (url.origin !== from.origin) {
      out.push({ name: url.href, bytes: Number.NaN, gzip: Number.NaN });
      return;
    }
    const target = fileOfPath(outDir, base, url.pathname);
    if (!target || seen.has(target) || exclude(target)) return;
    seen.add(target);
    if (!exists(outDir, target)) {
      out.push({ name: `${target} (missing)`, bytes: 0, gzip: 0 });
      return;
    }
    const code = readFileSync(path.join(outDir, target));
    out.push({ name: target, bytes: code.length, gzip: gzipSize(code) });
    for (const spec of staticImports(code.toString('utf8'))) visit(new URL(spec, url));
  };
  $('script').each((i, el) => {
    const s = $(el);
    if (!isExecutable(s.attr('type'))) return;
    const src = s.attr('src');
    if (src) visit(new URL(src, from));
    else {
      const code = s.html() ?? '';
      if (code.trim()) out.push({ name: `inline #${i}`, bytes: Buffer.byteLength(code), gzip: gzipSize(code) });
    }
  });
  $('link[rel~="modulepreload"][href]').each((_, el) => visit(new URL($(el).attr('href') ?? '', from)));
  return out;
}

export interface Link {
  from: string;
  /** The attribute it came from, e.g. `a[href]`. */
  via: string;
  url: URL;
}

/** Every URL an HTML page names: href, src, srcset, action, poster, data, and CSS url() in <style>. */
export function pageLinks(site: string, base: string, file: string, html: string): Link[] {
  const $ = cheerio.load(html);
  const from = pageUrl(site, base, file);
  const links: Link[] = [];
  const add = (value: string | undefined, via: string) => {
    if (!value) return;
    const v = value.trim();
    if (!v || /^(mailto|tel|data|blob|javascript):/i.test(v)) return;
    try {
      links.push({ from: file, via, url: new URL(v, from) });
    } catch {
      links.push({ from: file, via: `${via} (unparseable: ${v})`, url: new URL('invalid:') });
    }
  };
  for (const attr of ['href', 'src', 'action', 'poster', 'data', 'cite']) {
    $(`[${attr}]`).each((_, el) => add($(el).attr(attr), `${'tagName' in el ? el.tagName : '?'}[${attr}]`));
  }
  $('[srcset]').each((_, el) => {
    for (const part of ($(el).attr('srcset') ?? '').split(',')) add(part.trim().split(/\s+/)[0], 'srcset');
  });
  $('style').each((_, el) => {
    for (const m of ($(el).html() ?? '').matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) add(m[1], 'style url()');
  });
  return links;
}

/** Absolute URLs on the site named in a text file (feeds, sitemaps, robots.txt, JSON). */
export function textFileLinks(site: string, file: string, text: string): Link[] {
  const origin = new URL(site).origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`${origin}/[^\\s"'<>)\\]]*`, 'g');
  // Feeds carry HTML escaped inside XML (`href=&quot;…&quot;`): unescape before looking.
  const plain = text.replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return [...plain.matchAll(pattern)].map((m) => ({ from: file, via: 'text', url: new URL(m[0]) }));
}

/** CSS files' url(…) references. */
export function cssLinks(site: string, base: string, file: string, css: string): Link[] {
  const from = new URL(`${base}${file}`, site);
  return [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)]
    .map((m) => m[1] ?? '')
    .filter((v) => v && !/^(data|#)/.test(v))
    .map((v) => ({ from: file, via: 'css url()', url: new URL(v, from) }));
}

/** Ids and `a[name]`s of a page, for fragment links. */
export function anchorsOf(html: string): Set<string> {
  const $ = cheerio.load(html);
  const ids = new Set<string>();
  $('[id]').each((_, el) => void ids.add($(el).attr('id') ?? ''));
  $('a[name]').each((_, el) => void ids.add($(el).attr('name') ?? ''));
  return ids;
}

export interface LinkCheck {
  /** Links into the site (same origin), each checked. */
  internal: Link[];
  /** `url\tfrom` of every link to another origin (listed, not fetched). */
  external: string[];
  /** What does not resolve: no such file, no such anchor, an unparseable URL, a path outside the base. */
  broken: string[];
}

/**
 * The one link checker: every URL the site's pages name (pageLinks), absolute site URLs in its
 * text files (feeds, sitemaps, robots.txt, JSON; Pagefind's own files aside) and url(…) in its
 * CSS must be a file in outDir under the base, and a fragment on a page must be an id there.
 */
export function checkLinks(outDir: string, site: string, base: string): LinkCheck {
  const files = distFiles(outDir);
  const html = new Map(htmlFilesOf(files).map((f) => [f, readFileSync(path.join(outDir, f), 'utf8')]));
  const origin = new URL(site).origin;
  const links: Link[] = [];
  for (const [file, text] of html) links.push(...pageLinks(site, base, file, text));
  for (const file of files) {
    if (/\.(xml|txt|json|webmanifest|xsl)$/.test(file) && !file.startsWith('pagefind/')) links.push(...textFileLinks(site, file, readFileSync(path.join(outDir, file), 'utf8')));
    if (file.endsWith('.css')) links.push(...cssLinks(site, base, file, readFileSync(path.join(outDir, file), 'utf8')));
  }
  const anchors = new Map<string, Set<string>>();
  const anchorsIn = (file: string) => {
    let set = anchors.get(file);
    if (!set) anchors.set(file, (set = anchorsOf(html.get(file) ?? '')));
    return set;
  };
  const internal: Link[] = [];
  const external = new Set<string>();
  const broken: string[] = [];
  for (const link of links) {
    if (link.url.protocol === 'invalid:') {
      broken.push(`${link.from} ${link.via}`);
      continue;
    }
    if (link.url.origin !== origin) {
      external.add(`${link.url.href}\t${link.from}`);
      continue;
    }
    internal.push(link);
    const target = fileOfPath(outDir, base, link.url.pathname);
    if (!target || !exists(outDir, target)) {
      broken.push(`${link.from} ${link.via} → ${link.url.pathname} (no such file${link.url.pathname.startsWith(base) ? '' : ' under the base'})`);
      continue;
    }
    const fragment = decodeURIComponent(link.url.hash.slice(1));
    if (fragment && target.endsWith('.html') && !anchorsIn(target).has(fragment)) broken.push(`${link.from} ${link.via} → ${link.url.pathname}#${fragment} (no such anchor)`);
  }
  return { internal, external: [...external].sort(), broken };
}
