/**
 * Builds small fixture sites and reads their output: titles, KST times,
 * archive order and pagination, the D-day through the programme, a sub-path build.
 */
import { existsSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, runBuild } from '../helpers/build-site.ts';
import { dailyReleases, writeContent, type ReleaseSpec } from '../helpers/fixture-content.ts';
import { internalLinks, resolves } from '../helpers/site-links.ts';

const special: ReleaseSpec[] = [
  // Written in UTC; in Korea it is already the next morning.
  { id: '2026-03-03-utc-written', date: '2026-03-02T23:30:00Z', title: 'UTC로 적은 보도자료' },
  { id: '2025-12-17-launch', date: '2025-12-17', title: '출범 보도자료', category: '행사' },
  { id: '2026-01-20-draft', date: '2026-01-20T09:00:00+09:00', title: '초안 보도자료', extra: 'draft: true' },
  { id: '2026-12-01-scheduled', date: '2026-12-01T09:00:00+09:00', title: '예약 보도자료' },
];
const releases = [...dailyReleases(22), ...special];

let content: string;
beforeAll(() => {
  content = writeContent('site', releases);
});

/** Release ids linked from the page's main content, in order of appearance. */
function releaseLinks(html: string): string[] {
  const $ = cheerio.load(html);
  const ids: string[] = [];
  $('main a[href]').each((_, a) => {
    const match = /\/releases\/(\d{4}-\d{2}-\d{2}-[a-z0-9-]+)\/$/.exec($(a).attr('href') ?? '');
    if (match?.[1] && !ids.includes(match[1])) ids.push(match[1]);
  });
  return ids;
}

const mainText = (html: string) => cheerio.load(html)('main').text().replace(/\s+/g, ' ');

describe('a site built during the programme (as of 2026-11-27)', () => {
  const site = () => buildSite({ content, asOf: '2026-11-27' });

  it('titles each release page with its title and shows its time in KST', () => {
    const html = site().page('/releases/2026-03-03-utc-written/');
    expect(cheerio.load(html)('title').text()).toContain('UTC로 적은 보도자료');
    expect(mainText(html)).toContain('2026년 3월 3일 08:30');
    expect(html).toContain('datetime="2026-03-03T08:30:00+09:00"');
  });

  it('shows a bare date without a time', () => {
    const text = mainText(site().page('/releases/2025-12-17-launch/'));
    expect(text).toContain('2025년 12월 17일');
    expect(text).not.toContain('2025년 12월 17일 00:00');
  });

  it('lists the archive newest first, 20 a page', () => {
    const first = releaseLinks(site().page('/releases/'));
    const second = releaseLinks(site().page('/releases/page/2/'));
    const expected = ['2026-03-03-utc-written', ...dailyReleases(22).map((r) => r.id).reverse(), '2025-12-17-launch'];
    expect(first).toEqual(expected.slice(0, 20));
    expect(second).toEqual(expected.slice(20));
    expect(site().has('releases/page/3/index.html')).toBe(false);
  });

  it('groups the archive under year and month headings', () => {
    const $ = cheerio.load(site().page('/releases/page/2/'));
    const headings = $('main h2, main h3').map((_, h) => $(h).text().trim()).get().join(' | ');
    expect(headings).toMatch(/2026년/);
    expect(headings).toMatch(/1월/);
    expect(headings).toMatch(/2025년/);
    expect(headings).toMatch(/12월/);
  });

  it('publishes neither drafts nor releases timed after the as-of time', () => {
    expect(site().has('releases/2026-01-20-draft/index.html')).toBe(false);
    expect(site().has('releases/2026-12-01-scheduled/index.html')).toBe(false);
    expect(site().page('/releases/')).not.toContain('초안 보도자료');
  });

  it('links each release to its neighbours', () => {
    const links = releaseLinks(site().page('/releases/2026-01-10-daily-006/'));
    expect(links).toEqual(expect.arrayContaining(['2026-01-09-daily-005', '2026-01-11-daily-007']));
  });

  it('puts the latest releases on the home page', () => {
    expect(releaseLinks(site().page('/')).slice(0, 3)).toEqual(['2026-03-03-utc-written', '2026-01-26-daily-022', '2026-01-25-daily-021']);
  });
});

describe('the D-day on the home page', () => {
  it.each([
    ['2025-12-01', 'D-395'],
    ['2026-11-27', 'D-34'],
    ['2026-12-31', 'D-day'],
    ['2027-01-05', '종료'],
  ])('as of %s shows %s', (asOf, expected) => {
    const text = mainText(buildSite({ content, asOf }).page('/'));
    expect(text).toContain(expected);
  });

  it('publishes a scheduled release exactly when its time comes, not a second before', () => {
    const page = 'releases/2026-12-01-scheduled/index.html';
    expect(buildSite({ content, asOf: '2026-12-01T08:59:59+09:00' }).has(page)).toBe(false);
    const atTime = buildSite({ content, asOf: '2026-12-01T09:00:00+09:00' });
    expect(atTime.has(page)).toBe(true);
    expect(atTime.page('/releases/')).toContain('예약 보도자료');
    expect(atTime.page('/releases/2026-12-01-scheduled/')).not.toContain('role="status" data-pagefind-ignore');
  });
});

describe('a build under a sub-path', () => {
  const site = 'https://example.github.io';
  const base = '/portal/';

  it('has no broken internal link and no link that escapes the base', () => {
    const built = buildSite({ content, asOf: '2026-11-27', base, site });
    const links = internalLinks(built.outDir, site, base);
    expect(links.length).toBeGreaterThan(50);
    const broken = links.filter((link) => !resolves(built.outDir, base, link.url));
    expect(broken).toEqual([]);
  });
});

describe('a build with a bad file', () => {
  it('stops with the file and field in the agreed format and writes no output', () => {
    const bad = writeContent('bad-build', [{ id: '2026-02-03-bad', date: '2026-02-03', organizations: ['jeju-technopark', 'ghost-org'] }]);
    const result = runBuild({ content: bad, asOf: '2026-11-27' });
    expect(result.ok).toBe(false);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/releases\/2026\/2026-02-03-bad\.mdx:7:\d+ organizations\.1 — 기관 id 'ghost-org'가 organizations\.yaml에 없습니다 \(unknown organisation id 'ghost-org'\) → /);
    expect(existsSync(result.outDir)).toBe(false);
  });
});
