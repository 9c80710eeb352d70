/**
 * Year, tag and organisation archives, notices with deadlines, and the press page, read from
 * the journalist fixture built at two as-of times (shared-sites.ts: while a notice is open, and
 * months later under /portal/, when every notice has closed).
 */
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltSite } from '../helpers/build-site.ts';
import { CLOSED_NOTICE, OPEN_NOTICE, UPCOMING_NOTICE } from '../helpers/journalist-fixture.ts';
import { sharedSite, SUB_BASE, SUB_SITE } from '../helpers/shared-sites.ts';
import { checkLinks } from '../quality/dist.ts';

const BASE = SUB_BASE;
let during: BuiltSite;
let later: BuiltSite;

beforeAll(async () => {
  during = await sharedSite('journalist');
  later = await sharedSite('journalistAtScheduled');
});

const $ = (html: string) => cheerio.load(html);
/** Visible text with a space between elements, as a reader (or screen reader) gets it. */
const text = (html: string, selector = 'main') => $(html.replace(/></g, '> <'))(selector).text().replace(/\s+/g, ' ').trim();
/** Release ids linked from the page's main content, in order. */
function releaseLinks(html: string): string[] {
  const page = $(html);
  const ids: string[] = [];
  page('main a[href]').each((_, a) => {
    const match = /\/releases\/(\d{4}-\d{2}-\d{2}-[a-z0-9-]+)\/$/.exec(page(a).attr('href') ?? '');
    if (match?.[1] && !ids.includes(match[1])) ids.push(match[1]);
  });
  return ids;
}
/** Scripts that run: JSON-LD is data, not code. */
const runnableScripts = (html: string) => $(html)('script').filter((_, s) => $(html)(s).attr('type') !== 'application/ld+json').length;

describe('year pages', () => {
  it('list a year under month headings with counts, newest first', () => {
    const html = during.page('/releases/2026/');
    expect($(html)('h1').text()).toBe('2026년 보도자료');
    expect(text(html, '.page-header')).toContain('전체 26건');
    const page = $(html.replace(/></g, '> <'));
    const headings = page('main h2').map((_, h) => page(h).text().replace(/\s+/g, ' ').trim()).get();
    expect(headings).toEqual(['2026년 3월 2건', '2026년 2월 2건', '2026년 1월 22건']);
    const ids = releaseLinks(html);
    expect(ids.slice(0, 4)).toEqual([UPCOMING_NOTICE, OPEN_NOTICE, '2026-02-10-ai-jeonhwan', CLOSED_NOTICE]);
    expect(ids).not.toContain('2026-03-03-draft-attach');
    expect(ids).not.toContain('2026-06-01-scheduled-photo');
  });

  it('counts the KST year and links every year', () => {
    const html = during.page('/releases/2025/');
    expect(text(html, '.page-header')).toContain('전체 1건');
    const years = $(html)('nav.years a').map((_, a) => $(html)(a).attr('href')).get();
    expect(years).toEqual(['/releases/2026/', '/releases/2025/']);
  });

  it('share /releases/ with release pages and archive pages without a clash', () => {
    expect($(during.page('/releases/2026-01-05-daily-001/'))('article.release h1').text()).toContain('일일 소식 1호');
    expect(releaseLinks(during.page('/releases/page/2/')).length).toBeGreaterThan(0);
    expect($(during.page('/releases/'))('h1').text()).toBe('보도자료');
    expect(during.has('releases/2024/index.html')).toBe(false);
  });
});

describe('tag pages', () => {
  it('page a tag 20 at a time', () => {
    const first = releaseLinks(during.page('/tags/시험/'));
    const second = releaseLinks(during.page('/tags/시험/page/2/'));
    expect(first).toHaveLength(20);
    expect(second).toEqual(['2026-01-06-daily-002', '2026-01-05-daily-001']);
    expect(during.has('tags/시험/page/3/index.html')).toBe(false);
    const pager = $(during.page('/tags/시험/'))('nav.pagination a[rel=next]').attr('href');
    expect(pager).toBe(`/tags/${encodeURIComponent('시험')}/page/2/`);
  });

  it('join NFD and NFC spellings of a tag on one page', () => {
    expect(releaseLinks(during.page('/tags/매칭데이/'))).toEqual(['2026-02-10-ai-jeonhwan', '2025-12-17-launch']);
  });

  it('are linked from the release page, percent-encoded', () => {
    const page = $(during.page('/releases/2026-02-10-ai-jeonhwan/'));
    const hrefs = page('main a[href^="/tags/"]').map((_, a) => page(a).attr('href')).get();
    expect(hrefs).toEqual(['/tags/AI%20%EC%A0%84%ED%99%98/', '/tags/%EB%A7%A4%EC%B9%AD%EB%8D%B0%EC%9D%B4/']);
    expect(releaseLinks(during.page('/tags/AI 전환/'))).toEqual(['2026-02-10-ai-jeonhwan']);
  });

  it('never list drafts: the tag index counts public releases only', () => {
    const html = during.page('/tags/');
    expect(text(html)).toContain('#모집 3건');
  });
});

describe('organisation pages', () => {
  it('show the organisation, its matched pairs and its public releases', () => {
    const html = during.page('/organizations/uni-jeju/');
    const body = text(html);
    expect($(html)('h1').text()).toBe('㈜유앤아이제주');
    expect(body).toContain('역할 수요기업');
    expect(body).toContain('분야 바이오');
    const pair = $(html)('main table tbody tr').first();
    expect(pair.find('a').first().attr('href')).toBe('/organizations/estsoft/');
    expect(pair.text()).toContain('상담');
    expect(pair.find(`a[href="/releases/2025-12-17-launch/"]`).text()).toBe('출범 보도자료');
    expect(releaseLinks(html)).toEqual(['2025-12-17-launch']);
  });

  it('list only public releases', () => {
    const ids = releaseLinks(during.page('/organizations/estsoft/'));
    expect(ids).toContain('2026-02-10-ai-jeonhwan');
    expect(ids).not.toContain('2026-03-03-draft-attach');
  });

  it('page an organisation named in many releases', () => {
    expect(releaseLinks(during.page('/organizations/jeju-technopark/'))).toHaveLength(20);
    expect(during.has('organizations/jeju-technopark/page/2/index.html')).toBe(true);
  });

  it('are linked from the release page', () => {
    const page = $(during.page('/releases/2025-12-17-launch/'));
    const hrefs = page('main a[href^="/organizations/"]').map((_, a) => page(a).attr('href')).get();
    expect(hrefs).toEqual(['/organizations/jeju-technopark/', '/organizations/uni-jeju/', '/organizations/estsoft/']);
  });
});

describe('notices with an application period', () => {
  it('show 접수중 during, 접수 예정 before and 마감 after the period', () => {
    const status = (site: BuiltSite, id: string) => $(site.page(`/releases/${id}/`))('.notice-box').attr('data-notice-status');
    expect(status(during, OPEN_NOTICE)).toBe('open');
    expect(status(during, UPCOMING_NOTICE)).toBe('upcoming');
    expect(status(during, CLOSED_NOTICE)).toBe('closed');
    expect(status(later, OPEN_NOTICE)).toBe('closed');
    expect(text(during.page(`/releases/${OPEN_NOTICE}/`), '.notice-box')).toContain('접수중 마감까지 10일 접수 기간 2026년 3월 2일 09:00 ~ 2026년 3월 20일 18:00 (KST) 참고 신청서를 내려받아 작성해 주세요');
    expect(text(during.page(`/releases/${CLOSED_NOTICE}/`), '.notice-box')).toContain('마감 접수 기간 2026년 2월 2일 ~ 2026년 2월 13일');
  });

  it('carry their status in the archive lists', () => {
    const page = $(during.page('/releases/'));
    const badge = (id: string) => page(`a[href="/releases/${id}/"]`).closest('article').find('.notice-badge').text();
    expect([badge(OPEN_NOTICE), badge(UPCOMING_NOTICE), badge(CLOSED_NOTICE)]).toEqual(['접수중', '접수 예정', '마감']);
    expect(page('a[href="/releases/2026-02-10-ai-jeonhwan/"]').closest('article').find('.notice-badge')).toHaveLength(0);
  });

  it('are listed on the home page while open, and only then', () => {
    const open = (site: BuiltSite, base = '/') => {
      const page = $(site.page('/'));
      return page('section[aria-labelledby="notices-title"] li > a').map((_, a) => page(a).attr('href')?.slice(base.length - 1)).get();
    };
    expect(open(during)).toEqual([`/releases/${OPEN_NOTICE}/`]);
    expect(open(later, BASE)).toEqual([]);
    expect(text(later.page('/'), 'section[aria-labelledby="notices-title"]')).toContain('지금 접수 중인 공고가 없습니다.');
  });
});

describe('the press page', () => {
  it('names the operator as the contact when content/press.yaml is absent, and says where things are', () => {
    const html = during.page('/press/');
    const body = text(html);
    expect($(html)('h1').text()).toBe('언론 문의');
    expect(text(html, '.contacts')).toContain('제주테크노파크');
    expect($(html)('.contacts a[href^="tel:"], .contacts a[href^="mailto:"]')).toHaveLength(0);
    const hrefs = $(html)('main a[href]').map((_, a) => $(html)(a).attr('href')).get();
    expect(hrefs).toEqual(expect.arrayContaining(['/releases/', '/tags/', '/organizations/', '/kpi/', '/data/', '/releases/2026/', '/releases/2025/']));
    expect(body).toContain('이용 허락: 공공누리 제1유형 (출처표시)');
    expect(body).toContain(`https://portal.example/releases/${UPCOMING_NOTICE}/`);
  });

  it('is linked from every release page and the site header', () => {
    expect($(during.page(`/releases/${OPEN_NOTICE}/`))('main a[href="/press/"]')).toHaveLength(1);
    expect($(during.page('/'))('header nav a[href="/press/"]')).toHaveLength(1);
  });
});

describe('archive pages ship no JavaScript', () => {
  it.each(['/releases/2026/', '/tags/', '/tags/시험/', '/tags/시험/page/2/', '/organizations/', '/organizations/uni-jeju/', '/press/'])('%s', (page) => {
    expect(runnableScripts(during.page(page))).toBe(0);
  });
});

describe('under a sub-path', () => {
  it('resolves every internal link, Korean tags included, none escaping the base', () => {
    const { internal, broken } = checkLinks(later.outDir, SUB_SITE, BASE);
    const paths = internal.map((l) => l.url.pathname);
    expect(paths.length).toBeGreaterThan(50);
    expect(paths.filter((p) => p.startsWith(`${BASE}tags/`))).toContain(`${BASE}tags/%EB%A7%A4%EC%B9%AD%EB%8D%B0%EC%9D%B4/`);
    expect(paths.filter((p) => p.startsWith(`${BASE}organizations/`)).length).toBeGreaterThan(5);
    expect(broken).toEqual([]);
  });
});
