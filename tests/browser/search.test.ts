/**
 * /search/ in headless Chromium over the built search fixture site (under /portal/): the page
 * shows what the portal's search finds (a few judged queries as a smoke test of the wiring:
 * every judged query is checked in Node, tests/search/recall.test.ts); the result-list contract
 * (every word in `#search-results`, partial matches apart in `[data-search-partial]` under a
 * heading naming what they lack, the about and KPI pages only in "사이트 안내", an empty list and
 * a plain notice when the words never meet); no layout shift as all of it appears; unique
 * landmark names (axe); filters (counting the result list only), sort, URL state and the back
 * button, the XSS query, keyboard-only use, highlighting on the release page, what loads when,
 * and no console errors.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadPagefind } from '../../scripts/search-harness.ts';
import { SITE_PAGES_FILE } from '../../src/build/pagefind-index.ts';
import { portalSearch } from '../../src/domain/search/engine.ts';
import { HIDDEN_MARK } from '../../src/domain/search/excerpt.ts';
import type { LanguageData } from '../../src/domain/search/korean.ts';
import { connectBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { SEARCH_BASE, searchFixtureSite } from '../search/fixture-site.ts';
import { FIXTURES, REPO_ROOT } from '../helpers/paths.ts';

interface Judged {
  id: string;
  kind: string;
  q: string;
  relevant: string[];
}
const judged: Judged[] = JSON.parse(readFileSync(path.join(FIXTURES, 'search-queries.json'), 'utf8')).queries;
const byQuery = (q: string) => {
  const found = judged.find((j) => j.q === q);
  if (!found) throw new Error(`no judged query ${q}`);
  return found;
};

let server: StaticServer;
let browser: Browser;
/** The context most tests open their pages in: its cache saves each page loading fonts, scripts and the index again. */
let shared: BrowserContext;
let page: Page;
let problems: string[] = [];
const requests: string[] = [];
/** A result's release id; any other page (about, KPI readings) as one placeholder. */
const idOf = (url: string) => /\/releases\/([^/]+)\/?$/.exec(url)?.[1] ?? '(not a release)';
/** The release ids the portal's search gives for a query in Node, over the same built index. */
let nodeIds: (q: string) => Promise<string[]>;

beforeAll(async () => {
  const site = await searchFixtureSite();
  server = await serveStatic(site, SEARCH_BASE);
  browser = await connectBrowser();
  shared = await browser.newContext();
  const language = JSON.parse(cheerio.load(readFileSync(path.join(site, 'search/index.html'), 'utf8'))('#search-language').text()) as LanguageData;
  const pagefind = await loadPagefind(path.join(site, 'pagefind'));
  const sitePages = new Set<string>(JSON.parse(readFileSync(path.join(site, 'pagefind', SITE_PAGES_FILE), 'utf8')).ids);
  nodeIds = async (q) => {
    const answer = await portalSearch(pagefind, q, language, { sitePages });
    return Promise.all(answer.results.slice(0, 10).map(async (r) => idOf((await answer.data(r.id)).url)));
  };
});

afterAll(async () => {
  if (page !== sharedPage) await page?.close();
  await sharedPage?.close();
  await shared?.close();
  await browser?.close();
  await server?.close();
});

/**
 * The shared context's one page, kept from test to test: a new page costs Chromium about a
 * CPU-second more than loading another document into an open one.
 */
let sharedPage: Page | undefined;

/**
 * A page with nothing loaded: the shared context's (its cache warm), or (`empty`) a new page in a
 * context of its own with nothing cached, for the tests that watch what a page loads or how it
 * settles while loading, which a warm cache would hide.
 */
async function freshPage(cache: 'shared' | 'empty' = 'shared'): Promise<Page> {
  if (page !== sharedPage) await page?.close();
  if (cache === 'shared' && sharedPage) {
    // A blank document first, so nothing the last test's page still does counts for this one.
    await sharedPage.goto('about:blank');
    page = sharedPage;
  } else {
    page = cache === 'empty' ? await browser.newPage() : (sharedPage = await shared.newPage());
    watchPage(page);
  }
  problems = [];
  requests.length = 0;
  return page;
}

/** Notes the page's console errors and warnings, page errors and dialogs in `problems`, and every request's path in `requests`. */
function watchPage(page: Page): void {
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
}

afterEach(() => {
  expect(problems, 'console errors, page errors or dialogs').toEqual([]);
});

const url = (rest: string) => `${server.url}${rest}`;

async function settled(p: Page): Promise<void> {
  await p.waitForFunction(() => {
    const text = document.querySelector('#search-status')?.textContent ?? '';
    return text !== '' && !text.includes('찾는 중');
  });
}

async function search(q: string, cache: 'shared' | 'empty' = 'shared'): Promise<{ ids: string[]; status: string; notice: string }> {
  const p = await freshPage(cache);
  await p.goto(url(`search/?q=${encodeURIComponent(q)}`));
  await settled(p);
  return read(p);
}

/** The release ids linked in the result list (not in the partial matches or the site group). */
async function read(p: Page): Promise<{ ids: string[]; status: string; notice: string }> {
  const ids = await linksIn(p, '#search-results');
  return { ids, status: (await p.textContent('#search-status')) ?? '', notice: (await p.textContent('#search-notice')) ?? '' };
}

/** Every link's path inside `selector`, as a release id where it is a release. */
async function linksIn(p: Page, selector: string): Promise<string[]> {
  return p.$$eval(`${selector} a`, (links) => links.map((a) => /\/releases\/([^/]+)\//.exec((a as HTMLAnchorElement).pathname)?.[1] ?? (a as HTMLAnchorElement).pathname));
}

describe('the page shows what the search finds', () => {
  // One query each of three kinds; tests/search/recall.test.ts judges all of them in Node.
  const cases: [string, number][] = [
    ['유앤아이제주', 3], // particle-on-noun
    ['ＡＷＳ', 5], // latin / full-width
    ['중기부', 5], // synonym
  ];
  for (const [q, n] of cases) {
    it(`${q}: the first ten results as the portal's search gives them, the top ${n} judged relevant`, async () => {
      const { ids } = await search(q);
      expect(ids).toEqual(await nodeIds(q));
      const relevant = new Set(byQuery(q).relevant);
      const top = ids.slice(0, Math.min(n, relevant.size));
      expect(top.length).toBeGreaterThan(0);
      for (const id of top) expect(relevant.has(id), `${q} → ${id}`).toBe(true);
    });
  }
});

describe('results', () => {
  it('show title, KST date, category and an excerpt with the matched words marked, never the hidden terms', async () => {
    await search('테크노파크');
    const first = page.locator('.search-result').first();
    await expect.poll(() => first.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await first.locator('.search-result-category').textContent()).toMatch(/보도자료|공지|행사|성과/);
    const marks = await page.$$eval('.search-result-excerpt mark', (m) => m.map((x) => x.textContent));
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark?.toLowerCase()).toMatch(/테크노파크|tp/);
    const excerpts = await page.$$eval('.search-result-excerpt', (e) => e.map((x) => x.textContent ?? ''));
    for (const text of excerpts) expect(text).not.toContain(HIDDEN_MARK);
  });

  it('announce the count in a live region', async () => {
    const { status } = await search('한라봉');
    expect(status).toBe('검색 결과 4건');
    expect(await page.getAttribute('#search-status', 'aria-live')).toBe('polite');
  });

  it('never show the sidebar\'s organisation or tag labels in an excerpt', async () => {
    await search('오름데이터');
    const excerpts = await page.$$eval('.search-result-excerpt', (e) => e.map((x) => x.textContent ?? ''));
    expect(excerpts.length).toBeGreaterThan(0);
    for (const text of excerpts) {
      expect(text).not.toMatch(/관련 기관|#\S/);
      expect(text).toContain('오름데이터');
    }
  });

  it('mark a figure where the text writes it, found in another spelling', async () => {
    const { ids } = await search('233억원');
    expect(ids.length).toBeGreaterThan(0);
    const marks = await page.$$eval('#search-results .search-result-excerpt mark', (m) => m.map((x) => x.textContent));
    expect(marks).toContain('233억 원');
  });

  it('zero results: a helpful message naming the word and a way on', async () => {
    // (a single word found nowhere)
    const { ids, status, notice } = await search('반도체');
    expect(ids).toEqual([]);
    expect(status).toBe('검색 결과 0건');
    expect(notice).toContain('‘반도체’');
    expect(notice).toContain('띄어쓰기');
    expect(await page.locator('#search-notice a').getAttribute('href')).toBe(`${SEARCH_BASE}releases/`);
  });

  it('the XSS query shows as text and runs nothing', async () => {
    const xss = '<img src=x onerror=alert(1)>';
    const { ids } = await search(xss);
    expect(ids).toEqual([]);
    expect(await page.inputValue('#search-q')).toBe(xss);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.title()).toContain(xss);
    // `problems` (checked after each test) would hold the alert dialog if it had run.
  });
});

describe('the result list means every word', () => {
  it('a find-nothing query leaves #search-results empty and says plainly which words never meet', async () => {
    const { ids, status, notice } = await search('해커톤 감귤');
    expect(ids).toEqual([]);
    expect(await page.locator('#search-results > *').count()).toBe(0);
    expect(status).toBe('검색 결과 0건');
    expect(notice).toContain('검색한 낱말이 모두 든 보도자료가 없습니다.');
    expect(notice).toContain('‘해커톤’, ‘감귤’이 한 보도자료에 함께 나오지 않습니다.');
  });

  it('releases with only some of the words follow in their own section, under a heading naming the missing word, not counted', async () => {
    const { ids, status, notice } = await search('한라봉 맥주');
    expect(ids).toEqual([]);
    expect(status).toBe('검색 결과 0건');
    expect(notice).toContain('‘맥주’는 어느 보도자료에도 없습니다.');
    const partial = page.locator('[data-search-partial]');
    expect(await partial.isVisible()).toBe(true);
    expect(await partial.locator('h2').textContent()).toBe('‘맥주’가 없는 결과');
    const partialIds = await linksIn(page, '[data-search-partial]');
    const judgedHallabong = new Set(byQuery('한라봉 맥주').relevant);
    expect(partialIds.length).toBe(judgedHallabong.size);
    for (const id of partialIds) expect(judgedHallabong.has(id), id).toBe(true);
    // after the list, and outside it
    expect(await page.evaluate(() => {
      const list = document.querySelector('#search-results')!;
      const section = document.querySelector('[data-search-partial]')!;
      return !list.contains(section) && (list.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    })).toBe(true);
    expect(await partial.locator('.search-result-missing').first().textContent()).toBe('없는 낱말: ‘맥주’');
  });

  it('with results, the partial matches come after the list and the count is the list\'s', async () => {
    const { ids, status } = await search('233억원 국비');
    expect(ids.length).toBeGreaterThan(0);
    expect(status).toBe(`검색 결과 ${ids.length}건`);
    expect((await linksIn(page, '[data-search-partial]')).length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^\d{4}-\d{2}-\d{2}-/);
  });

  it('the about and KPI pages appear only in their own group, outside the list and the partial section', async () => {
    await search('233억원');
    const site = page.locator('#search-site');
    expect(await site.isVisible()).toBe(true);
    expect(await site.locator('h2').textContent()).toBe('사이트 안내');
    const siteLinks = await linksIn(page, '#search-site');
    expect(siteLinks.length).toBeGreaterThan(0);
    for (const link of siteLinks) expect(link).toMatch(/^\/portal\/(about|kpi)\//);
    for (const link of [...(await linksIn(page, '#search-results')), ...(await linksIn(page, '[data-search-partial]'))]) expect(link).toMatch(/^\d{4}-\d{2}-\d{2}-/);
    expect(await page.evaluate(() => !document.querySelector('#search-results')!.contains(document.querySelector('#search-site')) && !document.querySelector('[data-search-partial]')!.contains(document.querySelector('#search-site')))).toBe(true);
  });

  it('the filters count the result list only', async () => {
    const { ids } = await search('사업단 예산');
    expect((await linksIn(page, '[data-search-partial]')).length).toBeGreaterThan(ids.length);
    await page.click('#search-filters summary');
    await page.waitForSelector('#search-filter-body fieldset');
    const years = await page.$$eval('#search-filter-body fieldset:first-of-type .search-facet-count', (c) => c.map((x) => Number(/\d+/.exec(x.textContent ?? '')?.[0])));
    expect(years.reduce((a, b) => a + b, 0)).toBe(ids.length);
  });
});

describe('layout and landmarks', () => {
  /** Opens the search for `q` with a layout-shift observer installed first; returns the page and a reader of the total shift. */
  async function measured(q: string, viewport: { width: number; height: number }, rest = '') {
    const p = await freshPage('empty');
    await p.setViewportSize(viewport);
    await p.addInitScript(() => {
      const w = window as unknown as { shift: number };
      w.shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) w.shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await p.goto(url(`search/?q=${encodeURIComponent(q)}${rest}`));
    await settled(p);
    await p.waitForLoadState('networkidle');
    const frames = () => p.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await frames();
    return { p, frames, shift: () => p.evaluate(() => (window as unknown as { shift: number }).shift) };
  }

  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
    it(`results, partial matches and the site group appear without any layout shift (${viewport.width} px)`, async () => {
      const { p, frames, shift } = await measured('233억원 국비', viewport);
      for (const selector of ['#search-results li', '[data-search-partial] li', '#search-site li']) expect(await p.locator(selector).first().isVisible(), selector).toBe(true);
      expect(await shift()).toBe(0);
      // The observer does see a shift when one happens (what the 0 above rules out).
      await p.evaluate(() => {
        const block = document.createElement('div');
        block.style.height = '200px';
        document.querySelector('.search-page')!.prepend(block);
      });
      await frames();
      expect(await shift()).toBeGreaterThan(0);
    });

    it(`the notices and partial matches of a find-nothing query appear without any layout shift (${viewport.width} px)`, async () => {
      const { p, shift } = await measured('해커톤 감귤', viewport);
      expect(await p.locator('#search-notice p').first().isVisible()).toBe(true);
      expect(await p.locator('[data-search-partial] li').first().isVisible()).toBe(true);
      expect(await shift()).toBe(0);
    });

    it(`arriving with filters in the URL, the open filters and the results appear without any layout shift (${viewport.width} px)`, async () => {
      const { p, shift } = await measured('AI', viewport, `&category=${encodeURIComponent('행사')}`);
      expect(await p.getAttribute('#search-filters', 'open')).not.toBeNull();
      expect(await p.locator('#search-filter-body fieldset').first().isVisible()).toBe(true);
      expect(await shift()).toBe(0);
    });
  }

  it('every landmark has a name of its own (axe landmark-unique), with all groups shown', async () => {
    await search('233억원 국비');
    await page.evaluate(readFileSync(path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    const result = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[]; passes: { id: string; nodes: unknown[] }[] }> } }).axe;
      return axe.run(document, { runOnly: { type: 'rule', values: ['landmark-unique', 'landmark-one-main', 'region'] } });
    });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    // Both search forms, the partial section and the site group are among the landmarks checked.
    expect(result.passes.find((p) => p.id === 'landmark-unique')?.nodes.length ?? 0).toBeGreaterThanOrEqual(6);
    const names = await page.$$eval('form[role="search"], section[aria-labelledby]:not([hidden])', (els) =>
      els.map((e) => e.getAttribute('aria-label') ?? document.getElementById(e.getAttribute('aria-labelledby') ?? '')?.textContent ?? ''),
    );
    expect(names).toEqual(expect.arrayContaining(['검색 조건', '사이트 안내']));
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('filters and sort', () => {
  it('loads filter data only when the filters are opened, with counts; a filter narrows and lands in the URL', async () => {
    await search('교육', 'empty');
    expect(requests.some((r) => r.endsWith('portal-facets.json'))).toBe(false);
    const total = (await read(page)).ids.length;
    await page.click('#search-filters summary');
    await page.waitForSelector('#search-filter-body fieldset');
    expect(requests.some((r) => r.endsWith('portal-facets.json'))).toBe(true);
    const legends = await page.$$eval('#search-filter-body legend', (l) => l.map((x) => x.textContent));
    expect(legends).toEqual(expect.arrayContaining(['연도', '분류', '기관', '태그']));
    const label = page.locator('#search-filter-body label', { hasText: '2025년' });
    expect(await label.textContent()).toMatch(/\(\d+\)/);
    await label.locator('input').check();
    await page.waitForURL(/year=2025/);
    await settled(page);
    const dates = await page.$$eval('.search-result time', (t) => t.map((x) => x.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.length).toBeLessThanOrEqual(total);
    for (const d of dates) expect(d.startsWith('2025')).toBe(true);
    expect(await page.textContent('#search-status')).toContain('필터 적용');
  });

  for (const [key, value] of [['category', '행사'], ['organization', '오름데이터'], ['tag', '교육']] as const) {
    it(`filter by ${key} from the URL`, async () => {
      const p = await freshPage();
      await p.goto(url(`search/?q=${encodeURIComponent('AI')}&${key}=${encodeURIComponent(value)}`));
      await settled(p);
      expect(await p.getAttribute('#search-filters', 'open')).not.toBeNull();
      const ids = (await read(p)).ids;
      expect(ids.length).toBeGreaterThan(0);
      const checked = await p.$$eval('#search-filter-body input:checked', (i) => i.map((x) => (x as HTMLInputElement).value));
      await p.waitForSelector('#search-filter-body input:checked');
      expect(checked.length === 0 || checked.includes(value)).toBe(true);
      if (key === 'category') {
        const categories = await p.$$eval('.search-result-category', (c) => c.map((x) => x.textContent));
        for (const c of categories) expect(c).toBe(value);
      }
    });
  }

  it('sorts by newest first and keeps the order in the URL', async () => {
    await search('데이터');
    await page.selectOption('#search-sort', 'newest');
    await page.waitForURL(/sort=newest/);
    await settled(page);
    const dates = await page.$$eval('.search-result time', (t) => t.map((x) => x.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(3);
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});

describe('URL state and keyboard', () => {
  it('back and forward restore earlier searches', async () => {
    const p = await freshPage();
    await p.goto(url('search/?q=%ED%95%9C%EB%9D%BC%EB%B4%89'));
    await settled(p);
    await p.fill('#search-q', '감귤');
    await p.press('#search-q', 'Enter');
    await p.waitForURL(/q=%EA%B0%90%EA%B7%A4/);
    await settled(p);
    const citrus = (await read(p)).ids;
    await p.goBack();
    await p.waitForFunction(() => (document.querySelector('#search-q') as HTMLInputElement).value === '한라봉');
    await settled(p);
    expect((await read(p)).status).toBe('검색 결과 4건');
    await p.goForward();
    await p.waitForFunction(() => (document.querySelector('#search-q') as HTMLInputElement).value === '감귤');
    await settled(p);
    expect((await read(p)).ids).toEqual(citrus);
  });

  it('works with the keyboard alone: type, search, open filters, pick one, load more', async () => {
    const p = await freshPage();
    await p.goto(url('search/'));
    await p.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '') !== '');
    await p.focus('#search-q');
    await p.keyboard.type('기업');
    await p.keyboard.press('Enter');
    await p.waitForURL(/q=/);
    await settled(p);
    expect((await read(p)).ids.length).toBe(10);
    // Tab from the search box: button, sort, then the filters' summary.
    await p.keyboard.press('Tab');
    await p.keyboard.press('Tab');
    await p.keyboard.press('Tab');
    expect(await p.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await p.keyboard.press('Enter');
    await p.waitForSelector('#search-filter-body input');
    await p.keyboard.press('Tab');
    expect(await p.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('checkbox');
    await p.keyboard.press('Space');
    await p.waitForURL(/year=|category=|organization=|tag=/);
    await settled(p);
    // "더 보기" by keyboard moves focus to the first new result.
    await p.goto(url('search/?q=%EA%B8%B0%EC%97%85'));
    await settled(p);
    await p.focus('#search-more');
    await p.keyboard.press('Enter');
    await p.waitForFunction(() => document.querySelectorAll('#search-results .search-result').length > 10);
    expect(await p.evaluate(() => document.activeElement?.closest('.search-result') === document.querySelectorAll('#search-results .search-result')[10])).toBe(true);
  });
});

describe('release pages', () => {
  it('highlight the searched words when arriving from a result, loading the highlighter only then', async () => {
    await search('테크노파크', 'empty');
    const href = await page.locator('.search-result-title a').first().getAttribute('href');
    expect(href).toContain('highlight=');
    await page.click('.search-result-title a >> nth=0');
    await page.waitForSelector('mark.search-hit');
    expect(requests.some((r) => r.endsWith('pagefind-highlight.js'))).toBe(true);
  });

  it('load no search code at all without the query', async () => {
    const p = await freshPage('empty');
    await p.goto(url('releases/2026-02-03-microsoft-mou/'));
    await p.waitForLoadState('networkidle');
    expect(requests.filter((r) => r.includes('/pagefind/'))).toEqual([]);
    const other = await freshPage('empty');
    await other.goto(url(''));
    await other.waitForLoadState('networkidle');
    expect(requests.filter((r) => r.includes('pagefind') || r.includes('search'))).toEqual([]);
  });
});
