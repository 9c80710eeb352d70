/** Reads a built site's internal links, for broken-link checks. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';

export function htmlFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

/** Every href/src on every page that points into the site (same origin or root-relative). */
export function internalLinks(outDir: string, site: string, base = '/'): { from: string; url: string }[] {
  const links: { from: string; url: string }[] = [];
  for (const file of htmlFiles(outDir)) {
    const $ = cheerio.load(readFileSync(path.join(outDir, file), 'utf8'));
    $('[href], [src], [action]').each((_, el) => {
      const value = $(el).attr('href') ?? $(el).attr('src') ?? $(el).attr('action') ?? '';
      if (!value || value.startsWith('#') || /^(mailto|tel|data):/.test(value)) return;
      const pageUrl = new URL(`${base}${file.replace(/index\.html$/, '')}`, site);
      const url = new URL(value, pageUrl);
      if (url.origin === new URL(site).origin) links.push({ from: file, url: url.pathname });
    });
  }
  return links;
}

/** Whether a site path (including the base) is a file in outDir once the base is removed. */
export function resolves(outDir: string, base: string, pathname: string): boolean {
  if (!pathname.startsWith(base)) return false;
  const inside = decodeURIComponent(pathname.slice(base.length - 1));
  const target = path.join(outDir, inside);
  return existsSync(inside.endsWith('/') ? path.join(target, 'index.html') : target);
}
