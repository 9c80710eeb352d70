/** RSS 2.0 of the releases (src/domain/feeds.ts): summaries, corrections and withdrawals. */
import { t } from '../i18n/index.ts';
import rss from '@astrojs/rss';
import { paths } from '../foundation/urls.ts';
import type { APIRoute } from 'astro';
import { siteData } from '../content-io/site-data.ts';
import { escapeHtml } from '../domain/feeds.ts';

export const GET: APIRoute = async () => {
  const site = await siteData();
  const feed = { ...site.feed, url: site.url, siteName: site.programme.name.ko, operatorName: site.operatorName };
  const self = feed.url(paths.rss());
  return rss({
    title: t('feed.rssTitle', { site: feed.siteName }),
    description: t('feed.description', { site: feed.siteName }),
    site: feed.url('/'),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dcterms: 'http://purl.org/dc/terms/' },
    customData: [
      '<language>ko-KR</language>',
      `<atom:link href="${escapeHtml(self)}" rel="self" type="application/rss+xml"/>`,
      ...(feed.updated ? [`<lastBuildDate>${feed.updated.toUTCString()}</lastBuildDate>`] : []),
    ].join(''),
    items: feed.items.map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: item.published,
      description: item.summary,
      content: item.html,
      categories: item.categories,
      // RSS 2.0 has no modified time of its own: Dublin Core's, as feed readers know it.
      ...(item.modified ? { customData: `<dcterms:modified>${item.modified.toISOString()}</dcterms:modified>` } : {}),
    })),
  });
};
