/**
 * Every page type in headless Chromium (issue 7), over the two sites the static gates check
 * (tests/quality/sites.ts): at 390 and 1280 px, light and dark, each page loads with no
 * console error (CSP violations included), no failed request, and axe-core (injected from
 * node_modules) finds no WCAG 2.1 A/AA violation. Keyboard: the skip link works, every
 * control is reachable with Tab and visibly focused, the header search and the KPI tables
 * work without a mouse. Screenshots of each page type go to test-output/screenshots/.
 *
 * Pages are found by crawling dist/ and typed by URL, so new page types are covered when
 * they land: the largest page of each type, and every KPI page (the chart pages).
 */
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/paths.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { distFiles, htmlFilesOf } from '../quality/dist.ts';
import { pageType, urlPath } from '../quality/page-types.ts';
import { fullSite, realSite, type QualitySite } from '../quality/sites.ts';

const SCREENSHOTS = path.join(REPO_ROOT, 'test-output', 'screenshots');
const AXE = readFileSync(path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const WCAG21 = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** A query with results on each site, for the search page. */
const SEARCH_QUERY: Record<QualitySite['name'], string> = { real: '제주', full: '한라봉' };

interface Target {
  type: string;
  /** Path on the site without the base, with the query for search. */
  path: string;
}

/** The pages to open: the largest page of each type, every KPI page, search with a query. */
function targets(site: QualitySite): Target[] {
  const pages = htmlFilesOf(distFiles(site.outDir));
  const largest = new Map<string, { file: string; size: number }>();
  const out: Target[] = [];
  for (const file of pages) {
    const type = pageType(file);
    if (type === 'kpi') {
      out.push({ type: `kpi${urlPath(file).replace(/^\/kpi/, '').replace(/\/$/, '').replace(/\//g, '-') || '-dashboard'}`, path: urlPath(file) });
      continue;
    }
    const size = statSync(path.join(site.outDir, file)).size;
    if ((largest.get(type)?.size ?? -1) < size) largest.set(type, { file, size });
  }
  for (const [type, { file }] of largest) {
    const p = type === '404' ? '/404.html' : urlPath(file);
    out.push({ type, path: type === 'search' ? `${p}?q=${encodeURIComponent(SEARCH_QUERY[site.name])}` : p });
  }
  return out.sort((a, b) => a.type.localeCompare(b.type));
}

let browser: Browser;
beforeAll(async () => {
  rmSync(SCREENSHOTS, { recursive: true, force: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
});
afterAll(async () => {
  await browser?.close();
  console.info(`[browser] screenshots of every page type: ${SCREENSHOTS}`);
});

/** Collects console errors and warnings, page errors and failed or 4xx/5xx requests. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text().slice(0, 300)}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => {
    // A navigation (a form submitted) cancels the old page's pending requests: not a failure.
    if (r.failure()?.errorText === 'net::ERR_ABORTED' && !r.isNavigationRequest()) return;
    problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  return problems;
}

/** Waits until the page's islands are done: KPI charts drawn, search results in. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const charts = document.querySelectorAll('[data-kpi-chart]').length;
    const drawn = document.querySelectorAll('[data-kpi-chart-ready]').length;
    const status = document.querySelector('#search-status')?.textContent ?? 'n/a';
    return drawn >= charts - document.querySelectorAll('[data-kpi-chart] canvas[hidden]').length && status !== '' && !status.includes('찾는 중');
  });
}

async function axeViolations(page: Page): Promise<string[]> {
  // evaluate() runs through DevTools, outside the page's CSP (a <script> tag would be blocked).
  await page.evaluate(AXE);
  const result = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  }, WCAG21);
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

const VIEWS = [
  { width: 390, height: 844, scheme: 'light' },
  { width: 1280, height: 900, scheme: 'light' },
  { width: 390, height: 844, scheme: 'dark' },
  { width: 1280, height: 900, scheme: 'dark' },
] as const;

describe.each([
  // The Tab walk runs on the full fixture only: the real content uses the same templates.
  ['full fixture under /portal/', fullSite, VIEWS, true],
  ['real content', realSite, [VIEWS[1], VIEWS[2]], false],
] as const)('%s in Chromium', (_label, make, views, walk) => {
  let site: QualitySite;
  let server: StaticServer;
  let list: Target[];
  const url = (p: string) => `${server.url}${p.replace(/^\//, '')}`;

  beforeAll(async () => {
    site = await make();
    server = await serveStatic(site.outDir, site.base);
    list = targets(site);
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each(views)('every page type at $width px, $scheme: no console error, no failed request, 0 axe WCAG 2.1 A/AA violations', async (view) => {
    const context = await browser.newContext({ viewport: { width: view.width, height: view.height }, colorScheme: view.scheme, reducedMotion: 'reduce', locale: 'ko-KR', timezoneId: 'Asia/Seoul' });
    const found: string[] = [];
    try {
      const page = await context.newPage();
      const problems = watch(page);
      for (const target of list) {
        problems.length = 0;
        const t0 = performance.now();
        await page.goto(url(target.path), { waitUntil: 'load' });
        await settle(page);
        const t1 = performance.now();
        for (const v of await axeViolations(page)) problems.push(`axe ${v}`);
        const t2 = performance.now();
        // Whole pages in light; the first screen in dark (enough to judge the colours).
        await page.screenshot({ path: path.join(SCREENSHOTS, `${site.name}-${target.type}-${view.width}-${view.scheme}.png`), fullPage: view.scheme === 'light' });
        if (process.env['QA_TIMING']) console.info(`${target.type} load ${t1 - t0} axe ${t2 - t1} shot ${performance.now() - t2}`);
        found.push(...problems.map((p) => `${target.path}: ${p}`));
      }
    } finally {
      await context.close();
    }
    expect(list.length).toBeGreaterThanOrEqual(9);
    expect(found).toEqual([]);
  });

  it('keyboard: the skip link moves focus to the main content', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url('/'));
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const r = el.getBoundingClientRect();
      return { href: el.getAttribute('href'), visible: r.top >= 0 && r.bottom <= innerHeight && r.width > 0 };
    });
    expect(skip).toEqual({ href: '#main', visible: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The next Tab lands inside the main content, not back in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    await context.close();
  });

  // Defined only where it runs (not skipped elsewhere): the full fixture.
  if (walk) {
    it('keyboard: on every page type each control is reached with Tab and visibly focused', async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
      const problems: string[] = [];
      try {
        for (const target of list) {
          const page = await context.newPage();
          await page.goto(url(target.path));
          await settle(page);
          const count = await page.evaluate(() => {
            const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
            const all = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => el.tabIndex >= 0 && el.checkVisibility({ visibilityProperty: true }));
            all.forEach((el, i) => el.setAttribute('data-qa-focus', String(i)));
            return all.length;
          });
          const reached = new Set<string>();
          for (let i = 0; i < count + 3; i += 1) {
            await page.keyboard.press('Tab');
            const state = await page.evaluate(() => {
              const el = document.activeElement as HTMLElement | null;
              if (!el || el === document.body) return null;
              const cs = getComputedStyle(el);
              const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 1;
              const r = el.getBoundingClientRect();
              return { id: el.getAttribute('data-qa-focus'), what: `${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim().slice(0, 30)}`, visible: (outline || cs.boxShadow !== 'none') && r.width > 0 && r.height > 0 };
            });
            if (!state) continue;
            if (state.id !== null) reached.add(state.id);
            if (!state.visible) problems.push(`${target.path}: focus not visible on ${state.what}`);
          }
          if (reached.size < count) {
            const missed = await page.evaluate((seen) => [...document.querySelectorAll<HTMLElement>('[data-qa-focus]')].filter((el) => !seen.includes(el.getAttribute('data-qa-focus') ?? '')).map((el) => `${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim().slice(0, 30)}`), [...reached]);
            problems.push(`${target.path}: not reached with Tab: ${missed.join(' | ')}`);
          }
          await page.close();
        }
      } finally {
        await context.close();
      }
      expect([...new Set(problems)]).toEqual([]);
    });
  }

  it('keyboard: the header search box searches without a mouse', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(url('/'));
    // Skip link, home link, then the search box.
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('q');
    await page.keyboard.type(SEARCH_QUERY[site.name]);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await settle(page);
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keyboard: a KPI table that overflows at 390 px scrolls with the arrow keys', async () => {
    const kpi = list.find((t) => t.type.startsWith('kpi-') && t.type !== 'kpi-dashboard');
    expect(kpi).toBeDefined();
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(url(kpi?.path ?? '/kpi/'));
    await settle(page);
    const wide = await page.evaluate(() => {
      const boxes = [...document.querySelectorAll<HTMLElement>('.kpi-table')];
      const box = boxes.find((b) => b.scrollWidth > b.clientWidth + 4);
      if (!box) return boxes.length > 0 ? 'none-overflow' : 'no-table';
      box.setAttribute('data-qa-wide', '');
      return box.tabIndex === 0 ? 'ok' : 'not-focusable';
    });
    if (wide === 'none-overflow') return; // every table fits: nothing to scroll
    expect(wide).toBe('ok');
    // Tab until the wide table is focused, then scroll it with the keyboard.
    for (let i = 0; i < 200; i += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.hasAttribute('data-qa-wide'))) break;
    }
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-qa-wide'))).toBe(true);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => document.querySelector<HTMLElement>('[data-qa-wide]')?.scrollLeft ?? 0)).toBeGreaterThan(0);
    await context.close();
  });
});
