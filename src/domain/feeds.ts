/**
 * The release feeds (RSS 2.0 and JSON Feed 1.1), built from the same list: every
 * public release (isPublic) and every withdrawn one, newest first. Items carry the
 * title, the summary and the correction history; the full text stays on the
 * release page with its contacts, sources and citation (docs/decisions.md). Pure.
 */
import { t } from '../i18n/index.ts';
import { paths } from '../foundation/urls.ts';
import { CATEGORIES, CORRECTION_KINDS, type CategoryKey, type CorrectionKind } from '../schemas/release.ts';
import type { KstTime } from '../foundation/kst.ts';
import { kstDay, toKstIso } from '../foundation/kst.ts';
import { correctionsInOrder, lastUpdated, type FormerRelease } from './permanence.ts';
import { compareOrderKeys, isPublic } from './releases.ts';

export interface FeedRelease {
  id: string;
  data: {
    title: string;
    summary: string;
    date: KstTime;
    draft?: boolean;
    dayOrder?: number | undefined;
    category: CategoryKey;
    tags: readonly string[];
    corrections: readonly { date: KstTime; note: string; kind: CorrectionKind }[];
    updated?: KstTime | undefined;
  };
}

export interface FeedItem {
  id: string;
  /** Absolute URL: the release page, or the withdrawal notice at the same address. */
  url: string;
  title: string;
  /** Plain-text summary. */
  summary: string;
  /** Summary, corrections and the link to the full text, as HTML. */
  html: string;
  /** The same as plain text. */
  text: string;
  published: Date;
  /** The latest correction, or the withdrawal; undefined if never changed. */
  modified: Date | undefined;
  categories: string[];
  withdrawn: boolean;
}

export interface FeedInput {
  releases: readonly FeedRelease[];
  former: readonly FormerRelease[];
  asOf: Date;
  /** Absolute URL of a site path. */
  url: (sitePath: string) => string;
  /** Most items in a feed (the newest). */
  limit?: number;
}

export const FEED_LIMIT = 50;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function releaseItem(release: FeedRelease, url: string): FeedItem {
  const { data } = release;
  const corrections = correctionsInOrder(data.corrections);
  const lines = corrections.map((c) => `${kstDay(c.date.instant)} ${CORRECTION_KINDS[c.kind]}: ${c.note}`);
  const html = [
    `<p>${escapeHtml(data.summary)}</p>`,
    ...(lines.length > 0 ? [`<h2>${escapeHtml(t('feed.corrected'))}</h2>`, `<ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`] : []),
    `<p><a href="${escapeHtml(url)}">${escapeHtml(t('feed.readMore'))}</a></p>`,
  ].join('');
  const text = [data.summary, ...(lines.length > 0 ? ['', `${t('feed.corrected')}:`, ...lines.map((line) => `- ${line}`)] : []), '', `${t('feed.readMore')}: ${url}`].join('\n');
  return {
    id: release.id,
    url,
    title: data.title,
    summary: data.summary,
    html,
    text,
    published: data.date.instant,
    modified: lastUpdated(data)?.instant,
    categories: [CATEGORIES[data.category], ...data.tags],
    withdrawn: false,
  };
}

function withdrawnItem(former: Extract<FormerRelease, { kind: 'withdrawn' }>, url: string, published: Date): FeedItem {
  const notice = t('feed.withdrawnText', { date: kstDay(former.withdrawal.date.instant), reason: former.withdrawal.reason });
  return {
    id: former.id,
    url,
    title: t('feed.withdrawnTitle', { title: former.title }),
    summary: notice,
    html: `<p>${escapeHtml(notice)}</p>`,
    text: notice,
    published,
    modified: former.withdrawal.date.instant,
    categories: [],
    withdrawn: true,
  };
}

/** Newest first by release time; on the same instant by `dayOrder`, then id descending (as the archive). */
export function feedItems(input: FeedInput): FeedItem[] {
  const items: FeedItem[] = input.releases.filter((r) => isPublic(r, input.asOf)).map((r) => releaseItem(r, input.url(paths.release(r.id))));
  for (const former of input.former) {
    if (former.kind !== 'withdrawn') continue;
    const published = new Date(former.published.length === 10 ? `${former.published}T00:00:00+09:00` : former.published);
    if (Number.isNaN(published.getTime()) || published.getTime() > input.asOf.getTime()) continue;
    items.push(withdrawnItem(former, input.url(paths.release(former.id)), published));
  }
  const dayOrder = new Map(input.releases.map((r) => [r.id, r.data.dayOrder]));
  const key = (item: FeedItem) => ({ id: item.id, time: item.published, dayOrder: dayOrder.get(item.id) });
  items.sort((a, b) => compareOrderKeys(key(a), key(b)));
  return items.slice(0, input.limit ?? FEED_LIMIT);
}

/** When the feed last changed: the newest publication, correction or withdrawal (not the build time). */
export function feedUpdated(items: readonly FeedItem[]): Date | undefined {
  let latest: Date | undefined;
  for (const item of items) {
    for (const time of [item.published, item.modified]) if (time && (!latest || time > latest)) latest = time;
  }
  return latest;
}

export interface JsonFeedOptions {
  title: string;
  description: string;
  homeUrl: string;
  feedUrl: string;
  authorName: string;
  authorUrl: string;
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
export function jsonFeed(items: readonly FeedItem[], options: JsonFeedOptions): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: options.title,
    home_page_url: options.homeUrl,
    feed_url: options.feedUrl,
    description: options.description,
    language: 'ko-KR',
    authors: [{ name: options.authorName, url: options.authorUrl }],
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: item.html,
      content_text: item.text,
      date_published: toKstIso(item.published),
      ...(item.modified ? { date_modified: toKstIso(item.modified) } : {}),
      ...(item.categories.length > 0 ? { tags: item.categories } : {}),
    })),
  };
}
