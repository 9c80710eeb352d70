/** The feed items of this build, for rss.xml and feed.json (the same list in both). */
import { getCollection } from 'astro:content';
import { readPermanence } from '../../content-io/permanence.ts';
import { feedItems, feedUpdated, type FeedItem } from '../../domain/feeds.ts';
import { readSiteEnv } from '../../content-io/site-env.ts';
import { asOf, getOrganizations, getProgramme } from '../../content-io/site-data.ts';
import { absolute } from './context.ts';

export interface FeedData {
  items: FeedItem[];
  updated: Date | undefined;
  siteName: string;
  operatorName: string;
  url: (sitePath: string) => string;
}

export async function getFeedData(site: URL | undefined): Promise<FeedData> {
  const [releases, programme, organizations] = await Promise.all([getCollection('releases'), getProgramme(), getOrganizations()]);
  const url = (sitePath: string) => absolute(site, sitePath);
  const { former } = readPermanence(readSiteEnv().contentDir);
  const items = feedItems({ releases, former, asOf, url });
  return {
    items,
    updated: feedUpdated(items),
    siteName: programme.name.ko,
    operatorName: organizations.get(programme.operator.organization)?.name ?? programme.operator.organization,
    url,
  };
}
