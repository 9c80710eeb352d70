/**
 * Where a link of an archived page points when the archive is opened from disk (file://):
 * pages, attachments, datasets and styles that are in the archive by a relative path, every
 * other site address by its absolute URL on the live site (it needs a server: search, KPI pages,
 * tags), fragments, mail and other sites as they are. Pure.
 */
import { absoluteUrl } from '../../foundation/urls.ts';

export interface OfflineContext {
  /** The site's base path (`/portal/`). */
  base: string;
  /** The site's origin (`PORTAL_SITE`). */
  site: string;
  /** Site paths (without the base, e.g. `/releases/x/`, `/data/budget.csv`) → their path in the archive (`releases/x/index.html`). */
  archived: ReadonlyMap<string, string>;
}

/** The relative path from one archive file to another (`releases/a/index.html` → `../b/index.html`). */
export function relativePath(from: string, to: string): string {
  const fromDirs = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common] === toParts[common]) common += 1;
  return [...fromDirs.slice(common).map(() => '..'), ...toParts.slice(common)].join('/');
}

/** The href (or src) an archived page at `from` gives `url`. */
export function offlineHref(url: string, from: string, context: OfflineContext): string {
  const base = context.base.endsWith('/') ? context.base : `${context.base}/`;
  if (/^https?:\/\//i.test(url)) {
    // An absolute URL on the live site that the archive holds opens from disk too.
    if (!url.startsWith(new URL(base, context.site).toString())) return url;
    const parsed = new URL(url);
    return offlineHref(parsed.pathname + parsed.search + parsed.hash, from, context);
  }
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const hashAt = url.indexOf('#');
  const fragment = hashAt === -1 ? '' : url.slice(hashAt);
  const pathAndQuery = hashAt === -1 ? url : url.slice(0, hashAt);
  const pathOnly = pathAndQuery.split('?', 1)[0] ?? '';
  if (!pathOnly.startsWith(base)) return url;
  const sitePath = `/${pathOnly.slice(base.length)}`;
  let decoded = sitePath;
  try {
    decoded = decodeURI(sitePath);
  } catch {
    // Not UTF-8 escapes: looked up as written.
  }
  const target = context.archived.get(decoded.normalize('NFC'));
  if (target === undefined) return absoluteUrl(context.site, base, `/${pathAndQuery.slice(base.length)}`) + fragment;
  const relative = relativePath(from, target)
    .split('/')
    .map((part) => encodeURIComponent(part))
    .join('/');
  return relative + fragment;
}
