/** JSON Feed 1.1 of the releases: the same items as rss.xml. */
import { t } from '../i18n/index.ts';
import type { APIRoute } from 'astro';
import { paths } from '../foundation/urls.ts';
import { siteData } from '../content-io/site-data.ts';
import { jsonFeed } from '../domain/feeds.ts';

export const GET: APIRoute = async () => {
  const site = await siteData();
  const feed = { ...site.feed, url: site.url, siteName: site.programme.name.ko, operatorName: site.operatorName };
  const body = jsonFeed(feed.items, {
    title: t('feed.jsonTitle', { site: feed.siteName }),
    description: t('feed.description', { site: feed.siteName }),
    homeUrl: feed.url('/'),
    feedUrl: feed.url(paths.jsonFeed()),
    authorName: feed.operatorName,
    authorUrl: feed.url('/'),
  });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
