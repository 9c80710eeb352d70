/**
 * The sitemap's options (astro.config.mjs): which built pages it lists (sitemapFilter) and each
 * page's `lastmod`, its content date (src/domain/content-dates.ts), never the build time. The
 * content is read with the gate's reader (loadContent; bodies come from its parse-once memo, so
 * the second read is cheap), once, when the sitemap is written.
 */
import { contentInstant, pageContentDates, type ContentDate } from '../domain/content-dates.ts';
import { openDatasets } from '../domain/kpi/datasets.ts';
import { kpiSnapshot } from '../domain/kpi/snapshot.ts';
import { publicReleases } from '../domain/releases.ts';
import { loadContent } from './load-content.ts';
import { readPages } from './pages.ts';
import { sitemapFilter } from './permanence.ts';

/** Every page's content date, by site path without the base (percent-decoded); empty when the content does not load. */
export function siteContentDates(contentDir: string, asOf: Date): Map<string, ContentDate> {
  const loaded = loadContent(contentDir, asOf);
  const programme = loaded.programme?.data;
  const organizations = loaded.organizations?.data;
  if (!programme || !organizations) return new Map();
  const kpi = { programme, organizations, budget: loaded.budget?.data ?? [], matches: loaded.matches?.data ?? [], revisions: loaded.revisions?.data ?? [] };
  const snapshot = kpiSnapshot(kpi, asOf);
  return pageContentDates({
    releases: publicReleases(loaded.releases, asOf),
    figures: snapshot,
    datasets: openDatasets(kpi, snapshot),
    organizations,
    pairs: snapshot.matches.rows,
    policies: readPages(contentDir).pages.map((page) => ({ slug: page.slug, updated: page.data.updated })),
    press: loaded.press?.data.updated,
  });
}

interface Item {
  url: string;
  lastmod?: string | Date | undefined;
}

/** `filter` and `serialize` for @astrojs/sitemap. */
export function sitemapOptions(contentDir: string, asOf: Date, base: string) {
  const root = base.replace(/\/+$/, '');
  let dates: Map<string, ContentDate> | undefined;
  return {
    filter: sitemapFilter(contentDir, base, asOf),
    serialize<T extends Item>(item: T): T {
      dates ??= siteContentDates(contentDir, asOf);
      const pathname = decodeURI(new URL(item.url).pathname);
      const date = dates.get(pathname.startsWith(`${root}/`) ? pathname.slice(root.length) : pathname);
      // An instant with its offset: a bare day would be read as UTC midnight by the sitemap writer.
      return date === undefined ? item : { ...item, lastmod: new Date(contentInstant(date)).toISOString() };
    },
  };
}
