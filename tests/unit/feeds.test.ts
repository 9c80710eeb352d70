/** The feed items: public releases and withdrawals only, newest first, corrections carried. */
import { describe, expect, it } from 'vitest';
import { escapeHtml, feedItems, feedUpdated, jsonFeed, type FeedRelease } from '../../src/domain/feeds.ts';
import { parseKstTime } from '../../src/foundation/kst.ts';
import type { FormerRelease } from '../../src/domain/permanence.ts';

const time = (text: string) => parseKstTime(text)!;
const release = (id: string, date: string, extra: Partial<FeedRelease['data']> = {}): FeedRelease => ({
  id,
  data: { title: `제목 ${id}`, summary: `요약 <${id}>`, date: time(date), category: 'press', tags: ['태그'], corrections: [], ...extra },
});
const url = (sitePath: string) => `https://example.org/portal${sitePath}`;
const asOf = new Date('2026-06-01T00:00:00+09:00');

const releases = [
  release('2026-01-05-a', '2026-01-05T10:00:00+09:00'),
  release('2026-03-01-b', '2026-03-01', { corrections: [{ date: time('2026-03-04T09:30:00+09:00'), note: '수치를 바로잡았습니다', kind: 'correction' }] }),
  release('2026-03-01-c', '2026-03-01'),
  release('2026-04-01-draft', '2026-04-01', { draft: true }),
  release('2026-07-01-scheduled', '2026-07-01'),
];
const former: FormerRelease[] = [
  { kind: 'withdrawn', id: '2026-02-01-gone', title: '내린 글', published: '2026-02-01', withdrawal: { id: '2026-02-01-gone', date: time('2026-02-03'), reason: '오류' } },
  { kind: 'moved', id: '2026-02-02-old', title: '옮긴 글', published: '2026-02-02', redirect: { from: '2026-02-02-old', to: '2026-03-01-c', date: time('2026-03-02') } },
];

describe('feedItems', () => {
  const items = feedItems({ releases, former, asOf, url });

  it('holds public releases and withdrawals, newest first (id descending on the same instant)', () => {
    expect(items.map((item) => item.id)).toEqual(['2026-03-01-c', '2026-03-01-b', '2026-02-01-gone', '2026-01-05-a']);
    expect(items[0]?.url).toBe('https://example.org/portal/releases/2026-03-01-c/');
  });

  it('carries corrections in the content and as the modified time', () => {
    const corrected = items.find((item) => item.id === '2026-03-01-b');
    expect(corrected?.modified?.toISOString()).toBe('2026-03-04T00:30:00.000Z');
    expect(corrected?.html).toContain('<li>2026-03-04 정정: 수치를 바로잡았습니다</li>');
    expect(corrected?.html).toContain('요약 &lt;2026-03-01-b&gt;');
    expect(corrected?.text).toContain('- 2026-03-04 정정: 수치를 바로잡았습니다');
    expect(items.find((item) => item.id === '2026-01-05-a')?.modified).toBeUndefined();
  });

  it('says a withdrawn release was withdrawn, when and why', () => {
    const gone = items.find((item) => item.id === '2026-02-01-gone');
    expect(gone).toMatchObject({ title: '[철회] 내린 글', withdrawn: true, summary: '이 보도자료는 2026-02-03에 철회되었습니다. 사유: 오류' });
  });

  it('dates the feed by its newest change, not the build', () => {
    expect(feedUpdated(items)?.toISOString()).toBe('2026-03-04T00:30:00.000Z');
  });

  it('writes JSON Feed 1.1 items with KST times', () => {
    const feed = jsonFeed(items, { title: 't', description: 'd', homeUrl: url('/'), feedUrl: url('/feed.json'), authorName: 'a', authorUrl: url('/') });
    expect(feed['version']).toBe('https://jsonfeed.org/version/1.1');
    const corrected = (feed['items'] as Record<string, unknown>[]).find((item) => item['id'] === url('/releases/2026-03-01-b/'));
    expect(corrected).toMatchObject({ date_published: '2026-03-01T00:00:00+09:00', date_modified: '2026-03-04T09:30:00+09:00' });
  });

  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
