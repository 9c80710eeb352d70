/**
 * Makes a built page work opened from disk (file://): the one rewrite that both the record
 * archive (/data/archive.zip, record-archive.ts) and the pull-request preview (disk-preview.ts)
 * apply. Scripts, preloads and the Content-Security-Policy go (module scripts and a 'self'
 * policy need an http origin); every link, image, stylesheet and form action becomes the
 * relative path `offlineHref` gives it (src/domain/archive/offline-links.ts).
 */
import type { CheerioAPI } from 'cheerio';
import { offlineHref, type OfflineContext } from '../domain/archive/offline-links.ts';

export const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  // Stylesheets, icons, feeds; the canonical address stays the live one.
  ['link[href]:not([rel="canonical"])', 'href'],
  ['form[action]', 'action'],
];
export const SRCSET = 'img[srcset], source[srcset]';

export const srcsetUrls = (value: string) =>
  value
    .split(',')
    .map((part) => part.trim().split(/\s+/, 1)[0] ?? '')
    .filter(Boolean);

/** Rewrites the page in `$` (at `from`, a path inside the offline copy) for disk, in place. */
export function rewriteForDisk($: CheerioAPI, from: string, context: OfflineContext): void {
  $('script, link[rel="modulepreload"], link[rel="preload"], meta[http-equiv="content-security-policy" i]').remove();
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    $(selector).each((_, el) => {
      const value = $(el).attr(attribute);
      if (value !== undefined) $(el).attr(attribute, offlineHref(value, from, context));
    });
  }
  $(SRCSET).each((_, el) => {
    const value = $(el).attr('srcset') ?? '';
    $(el).attr(
      'srcset',
      value
        .split(',')
        .map((part) => {
          const [url = '', ...rest] = part.trim().split(/\s+/);
          return [offlineHref(url, from, context), ...rest].join(' ');
        })
        .join(', '),
    );
  });
}
