/**
 * /search/ in headless Chromium over the built search fixture site (under /portal/): the page
 * shows what the portal's search finds (a few judged queries as a smoke test of the wiring:
 * every judged query is checked in Node, tests/search/recall.test.ts), filters, sort, URL state
 * and the back button, zero results, the XSS query, keyboard-only use, highlighting on the
 * release page, what loads when, and no console errors.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadPagefind } from '../../scripts/search-harness.ts';
import { portalSearch } from '../../src/domain/search/engine.ts';
import type { LanguageData } from '../../src/domain/search/korean.ts';
import { connectBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { SEARCH_BASE, searchFixtureSite } from '../search/fixture-site.ts';
import { FIXTURES } from '../helpers/paths.ts';

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
  const language = JSON.parse(cheerio.load(readFileSync(path.join(site, 'search/index.html'), 'utf8'))('#search-language').text()) as LanguageData;
  const pagefind = await loadPagefind(path.join(site, 'pagefind'));
  nodeIds = async (q) => {
    const answer = await portalSearch(pagefind, q, language);
    return Promise.all(answer.results.slice(0, 10).map(async (r) => idOf((await answer.data(r.id)).url)));
  };
});

afterAll(async () => {
  await page?.close();
  await browser?.close();
  await server?.close();
});

async function freshPage(): Promise<Page> {
  await page?.close();
  page = await browser.newPage();
  problems = [];
  requests.length = 0;
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  return page;
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

async function search(q: string): Promise<{ ids: string[]; status: string; notice: string }> {
  const p = await freshPage();
  await p.goto(url(`search/?q=${encodeURIComponent(q)}`));
  await settled(p);
  return read(p);
}

async function read(p: Page): Promise<{ ids: string[]; status: string; notice: string }> {
  const paths = await p.$$eval('.search-result-title a', (links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  const ids = paths.map(idOf);
  return { ids, status: (await p.textContent('#search-status')) ?? '', notice: (await p.textContent('#search-notice')) ?? '' };
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
    for (const text of excerpts) expect(text).not.toContain('␞');
  });

  it('announce the count in a live region', async () => {
    const { status } = await search('한라봉');
    expect(status).toBe('검색 결과 4건');
    expect(await page.getAttribute('#search-status', 'aria-live')).toBe('polite');
  });

  it('say which word matched nothing in a multi-word query', async () => {
    const { ids, notice } = await search('한라봉 맥주');
    expect(ids.length).toBe(4);
    expect(notice).toContain('‘맥주’');
  });

  it('zero results: a helpful message naming the word and a way on', async () => {
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

describe('filters and sort', () => {
  it('loads filter data only when the filters are opened, with counts; a filter narrows and lands in the URL', async () => {
    await search('교육');
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
    await p.waitForFunction(() => document.querySelectorAll('.search-result').length > 10);
    expect(await p.evaluate(() => document.activeElement?.closest('.search-result') === document.querySelectorAll('.search-result')[10])).toBe(true);
  });
});

describe('release pages', () => {
  it('highlight the searched words when arriving from a result, loading the highlighter only then', async () => {
    await search('테크노파크');
    const href = await page.locator('.search-result-title a').first().getAttribute('href');
    expect(href).toContain('highlight=');
    await page.click('.search-result-title a >> nth=0');
    await page.waitForSelector('mark.search-hit');
    expect(requests.some((r) => r.endsWith('pagefind-highlight.js'))).toBe(true);
  });

  it('load no search code at all without the query', async () => {
    const p = await freshPage();
    await p.goto(url('releases/2026-02-03-microsoft-mou/'));
    await p.waitForLoadState('networkidle');
    expect(requests.filter((r) => r.includes('/pagefind/'))).toEqual([]);
    const other = await freshPage();
    await other.goto(url(''));
    await other.waitForLoadState('networkidle');
    expect(requests.filter((r) => r.includes('pagefind') || r.includes('search'))).toEqual([]);
  });
});
