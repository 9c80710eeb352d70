/** JSON Feed 1.1 of the releases: the same items as rss.xml. */
import type { APIRoute } from 'astro';
import { paths } from '../foundation/urls.ts';
import { siteData } from '../content-io/site-data.ts';
import { pt } from '../i18n/permanence.ts';
import { jsonFeed } from '../domain/feeds.ts';

export const GET: APIRoute = async () => {
  const site = await siteData();
  const feed = { ...site.feed, url: site.url, siteName: site.programme.name.ko, operatorName: site.operatorName };
  const body = jsonFeed(feed.items, {
    title: pt('feed.jsonTitle', { site: feed.siteName }),
    description: pt('feed.description', { site: feed.siteName }),
    homeUrl: feed.url('/'),
    feedUrl: feed.url(paths.jsonFeed()),
    authorName: feed.operatorName,
    authorUrl: feed.url('/'),
  });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
