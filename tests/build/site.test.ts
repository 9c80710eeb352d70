/**
 * The basics of a built site, read from the shared sites (tests/helpers/shared-sites.ts): titles
 * and KST times, archive order and pagination, what is not public yet, neighbours, the home
 * page's latest releases and D-day, a scheduled release at its very instant; and one build
 * refused by its content gate, which writes nothing. (The D-day for every phase of the
 * programme is the pure function's, tests/unit/programme-clock.test.ts.)
 */
import { existsSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content-io/load-content.ts';
import { programmeClock } from '../../src/domain/programme-clock.ts';
import { parseAsOf } from '../../src/foundation/as-of.ts';
import { runBuild } from '../helpers/build-site.ts';
import { dailyReleases, writeContent } from '../helpers/fixture-content.ts';
import { UTC_WRITTEN } from '../helpers/full-fixture.ts';
import { CLOSED_NOTICE, DRAFT_WITH_FILE, OPEN_NOTICE, SCHEDULED_SECOND_LATER, SCHEDULED_WITH_IMAGE, UPCOMING_NOTICE } from '../helpers/journalist-fixture.ts';
import { sharedSite, type Shared } from '../helpers/shared-sites.ts';

let full: Shared;
let journalist: Shared;
let atScheduled: Shared;
let afterEnd: Shared;
beforeAll(async () => {
  full = await sharedSite('full');
  journalist = await sharedSite('journalist');
  atScheduled = await sharedSite('journalistAtScheduled');
  afterEnd = await sharedSite('afterEnd');
});

/** Release ids linked from the page's main content (or a part of it), in order of appearance. */
function releaseLinks(html: string, within = 'main'): string[] {
  const $ = cheerio.load(html);
  const ids: string[] = [];
  $(`${within} a[href]`).each((_, a) => {
    const match = /\/releases\/(\d{4}-\d{2}-\d{2}-[a-z0-9-]+)\/$/.exec($(a).attr('href') ?? '');
    if (match?.[1] && !ids.includes(match[1])) ids.push(match[1]);
  });
  return ids;
}

const mainText = (html: string) => cheerio.load(html)('main').text().replace(/\s+/g, ' ');

/** The journalist fixture's public releases as of 2026-03-10, newest first. */
const JOURNALIST_PUBLIC = [UPCOMING_NOTICE, OPEN_NOTICE, '2026-02-10-ai-jeonhwan', CLOSED_NOTICE, ...dailyReleases(22).map((r) => r.id).reverse(), '2025-12-17-launch'];

describe('release pages', () => {
  it('title each release page with its title and show its time in KST', () => {
    // Written 2026-11-02T23:30:00Z: in Korea already the next morning.
    const html = full.page(`/releases/${UTC_WRITTEN}/`);
    expect(cheerio.load(html)('title').text()).toContain('UTC로 적은 보도자료');
    expect(mainText(html)).toContain('2026년 11월 3일 08:30');
    expect(html).toContain('datetime="2026-11-03T08:30:00+09:00"');
  });

  it('show a bare date without a time', () => {
    const text = mainText(journalist.page('/releases/2025-12-17-launch/'));
    expect(text).toContain('2025년 12월 17일');
    expect(text).not.toContain('2025년 12월 17일 00:00');
  });

  it('link each release to its neighbours', () => {
    const links = releaseLinks(journalist.page('/releases/2026-01-10-daily-006/'));
    expect(links).toEqual(expect.arrayContaining(['2026-01-09-daily-005', '2026-01-11-daily-007']));
  });
});

describe('the archive (journalist fixture as of 2026-03-10)', () => {
  it('lists the archive newest first, 20 a page', () => {
    expect(releaseLinks(journalist.page('/releases/'))).toEqual(JOURNALIST_PUBLIC.slice(0, 20));
    expect(releaseLinks(journalist.page('/releases/page/2/'))).toEqual(JOURNALIST_PUBLIC.slice(20));
    expect(journalist.has('releases/page/3/index.html')).toBe(false);
  });

  it('groups the archive under year and month headings', () => {
    const $ = cheerio.load(journalist.page('/releases/page/2/'));
    const headings = $('main h2, main h3').map((_, h) => $(h).text().trim()).get().join(' | ');
    expect(headings).toMatch(/2026년/);
    expect(headings).toMatch(/1월/);
    expect(headings).toMatch(/2025년/);
    expect(headings).toMatch(/12월/);
  });

  it('publishes neither drafts nor releases timed after the as-of time', () => {
    expect(journalist.has(`releases/${DRAFT_WITH_FILE}/index.html`)).toBe(false);
    expect(journalist.has(`releases/${SCHEDULED_WITH_IMAGE}/index.html`)).toBe(false);
    expect(journalist.page('/releases/')).not.toContain('초안 첨부 보도자료');
    expect(journalist.page('/releases/')).not.toContain('예약 사진 보도자료');
  });
});

describe('the home page', () => {
  it('puts the latest releases first', () => {
    expect(releaseLinks(journalist.page('/'), 'section[aria-labelledby="latest-title"]').slice(0, 3)).toEqual(JOURNALIST_PUBLIC.slice(0, 3));
  });

  it.each([
    ['journalist', () => journalist],
    ['afterEnd', () => afterEnd],
  ] as const)('shows the D-day of its as-of instant (%s)', (_name, site) => {
    const { content, asOf } = site().options;
    const period = loadContent(content, parseAsOf(asOf)).programme?.data.period;
    expect(period).toBeDefined();
    const { dDay } = programmeClock(period?.start ?? '', period?.end ?? '', parseAsOf(asOf));
    expect(mainText(site().page('/'))).toContain(dDay);
  });

  it('says 종료 once the programme has ended', () => {
    expect(programmeClock('2025-12-17', '2026-12-31', parseAsOf(afterEnd.options.asOf)).dDay).toBe('종료');
    expect(mainText(afterEnd.page('/'))).toContain('종료');
  });
});

describe('a scheduled release', () => {
  const page = `releases/${SCHEDULED_WITH_IMAGE}/index.html`;

  it('is not published a second before its time', () => {
    expect(atScheduled.options.asOf).toBe('2026-06-01T09:00:00+09:00');
    expect(atScheduled.has(`releases/${SCHEDULED_SECOND_LATER}/index.html`)).toBe(false);
    expect(atScheduled.page('/releases/')).not.toContain('1초 뒤 예약 보도자료');
    expect(journalist.has(page)).toBe(false);
  });

  it('is published exactly when its time comes, listed and without the preview marker', () => {
    expect(atScheduled.options.asOf).toBe('2026-06-01T09:00:00+09:00');
    expect(atScheduled.has(page)).toBe(true);
    expect(atScheduled.page('/releases/')).toContain('예약 사진 보도자료');
    expect(atScheduled.page(`/releases/${SCHEDULED_WITH_IMAGE}/`)).not.toContain('role="status" data-pagefind-ignore');
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

describe('a tag merged into another (content/tags.yaml merged)', () => {
  // The search corpus merged `업무 협약` into `업무협약` (spacing variants of one tag).
  it('keeps its published address, pointing to the surviving tag page, out of the sitemap and the tag list', () => {
    const $ = cheerio.load(full.page('/tags/업무 협약/'));
    const target = `/portal/tags/${encodeURIComponent('업무협약')}/`;
    expect($('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=${target}`);
    expect($('link[rel="canonical"]').attr('href')).toBe(`https://portal.example${target}`);
    expect($('meta[name="robots"]').attr('content')).toContain('noindex');
    expect($(`main a[href="${target}"]`).length).toBe(1);
    expect(releaseLinks(full.page('/tags/업무협약/'))).toContain('2026-09-08-orumdata-hallafoods-mou');
    expect(decodeURI(full.file('sitemap-0.xml'))).not.toContain('/tags/업무 협약/');
    expect(decodeURI(full.file('sitemap-0.xml'))).toContain('/tags/업무협약/');
    expect(cheerio.load(full.page('/tags/'))('main').text()).not.toContain('업무 협약');
  });
});
