/**
 * Every page type in headless Chromium (issue 7), over the two sites the static gates check
 * (tests/quality/sites.ts): at 390 and 1280 px, light and dark, each page loads with no
 * console error (CSP violations included), no failed request, and axe-core (injected from
 * node_modules) finds no WCAG 2.2 A/AA violation (the wcag2a/aa, wcag21a/aa and wcag22aa rules,
 * target size among them, plus landmark-unique: every landmark named apart). Each page is loaded once per width: axe runs
 * every rule in light, then the page switches to dark and axe runs the rules colours decide
 * (the dark scheme changes colours only, which tests/unit/dark-scheme.test.ts holds it to, so
 * every other rule gives the same answer in both). On the same load, at 390 and 1280 px and once
 * more narrowed to 320 px (a resize, not a new load), no link or control is outside the screen or
 * the visible part of its scroll box, and every table that scrolls sideways shows it
 * (tests/helpers/clipped.ts). Keyboard: the skip link works, every
 * control is reachable with Tab and visibly focused, the header search and the KPI tables
 * work without a mouse (on a KPI table that is sure to overflow at 390 px). With
 * PORTAL_SCREENSHOTS=1, screenshots of each page type go to test-output/screenshots/ (nothing
 * compares them: they are for people, so they are not taken on every run).
 *
 * Pages are found by crawling dist/ and typed by URL, so new page types are covered when
 * they land: the largest page of each type, and every KPI page (the chart pages).
 */
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, pressTabs, watch } from '../helpers/browser.ts';
import { clippedControls } from '../helpers/clipped.ts';
import { REPO_ROOT } from '../helpers/paths.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { distFiles, htmlFilesOf } from '../quality/dist.ts';
import { pageType, urlPath } from '../quality/page-types.ts';
import { fullSite, realSite, type QualitySite } from '../quality/sites.ts';

const SCREENSHOTS = path.join(REPO_ROOT, 'test-output', 'screenshots');
/** Screenshots only when asked for: `PORTAL_SCREENSHOTS=1 npm run test:browser`. */
const SHOOT = process.env['PORTAL_SCREENSHOTS'] === '1';
const AXE = readFileSync(path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const WCAG22 = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Rules outside those tags that the pages are held to (Lighthouse checks them too). */
const ALSO = { 'landmark-unique': { enabled: true } };
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
  if (SHOOT) {
    rmSync(SCREENSHOTS, { recursive: true, force: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
  if (SHOOT) console.info(`[browser] screenshots of every page type: ${SCREENSHOTS}`);
});

/** Waits until the page's islands are done: KPI charts drawn, search results in. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const charts = document.querySelectorAll('[data-kpi-chart]').length;
    const drawn = document.querySelectorAll('[data-kpi-chart-ready]').length;
    const status = document.querySelector('#search-status')?.textContent ?? 'n/a';
    return drawn >= charts - document.querySelectorAll('[data-kpi-chart] canvas[hidden]').length && status !== '' && !status.includes('찾는 중');
  });
}

async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  // axe-core comes in as the context's init script (Chromium runs it in every new document,
  // outside the page's CSP, where a <script> tag would be blocked).
  if (!(await page.evaluate(() => 'axe' in window))) throw new Error('axe-core is not loaded: the context needs addInitScript({ content: AXE })');
  const options = rules ? { runOnly: { type: 'rule', values: rules } } : { runOnly: { type: 'tag', values: WCAG22 }, rules: ALSO };
  const result = await page.evaluate(async (given) => {
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { ...given, resultTypes: ['violations'] });
  }, options);
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/** The axe rules whose answer depends on colours: the only ones the dark scheme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const VIEWS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
] as const;

describe.each([
  // The Tab walk and the wide-table test run on the full fixture only: the real content uses the same templates.
  ['full fixture under /portal/', fullSite, true],
  ['real content', realSite, false],
] as const)('%s in Chromium', (_label, make, walk) => {
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

  it.concurrent.each(VIEWS)('every page type at $width px, light and dark: no console error, no failed request, 0 axe WCAG 2.2 A/AA violations, nothing clipped', async (view) => {
    const context = await browser.newContext({ viewport: { width: view.width, height: view.height }, colorScheme: 'light', reducedMotion: 'reduce', locale: 'ko-KR', timezoneId: 'Asia/Seoul' });
    await context.addInitScript({ content: AXE });
    const found: string[] = [];
    try {
      const page = await context.newPage();
      const problems = watch(page);
      for (const target of list) {
        problems.length = 0;
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(url(target.path), { waitUntil: 'load' });
        await settle(page);
        for (const v of await axeViolations(page)) problems.push(`axe (light) ${v}`);
        for (const c of await page.evaluate(clippedControls)) problems.push(`${view.width} px: ${c}`);
        if (SHOOT) await page.screenshot({ path: path.join(SCREENSHOTS, `${site.name}-${target.type}-${view.width}-light.png`), fullPage: true });
        // The same page in dark: the charts redraw in their dark colours.
        await page.emulateMedia({ colorScheme: 'dark' });
        await settle(page);
        for (const v of await axeViolations(page, COLOUR_RULES)) problems.push(`axe (dark) ${v}`);
        // The first screen in dark is enough to judge the colours.
        if (SHOOT) await page.screenshot({ path: path.join(SCREENSHOTS, `${site.name}-${target.type}-${view.width}-dark.png`) });
        // The narrowest phone: the 390 px page narrowed to 320 px, in light (layout does not depend on the scheme).
        if (view.width === 390) {
          await page.emulateMedia({ colorScheme: 'light' });
          await page.setViewportSize({ width: 320, height: view.height });
          // Charts follow the new width through a ResizeObserver and a frame of their own.
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(done)))));
          await settle(page);
          for (const c of await page.evaluate(clippedControls)) problems.push(`320 px: ${c}`);
          if (SHOOT) await page.screenshot({ path: path.join(SCREENSHOTS, `${site.name}-${target.type}-320-light.png`), fullPage: true });
          await page.setViewportSize({ width: view.width, height: view.height });
        }
        found.push(...problems.map((p) => `${target.path}: ${p}`));
      }
      // The clipping check finds a link pushed off-screen (what the empty list below rules out).
      const probe = await page.evaluate(() => {
        const a = document.createElement('a');
        a.href = '#qa-off-screen';
        a.textContent = 'qa';
        a.style.cssText = 'position:absolute;top:0;left:calc(100vw + 40px)';
        const box = document.createElement('div');
        box.style.cssText = 'position:relative;overflow:hidden;width:100%';
        box.append(a);
        document.body.prepend(box);
        return true;
      });
      expect(probe).toBe(true);
      expect((await page.evaluate(clippedControls)).join('\n')).toMatch(/a "qa" at/);
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
      const problems: string[] = [];
      // Two pages are walked at a time, each in a browser context of its own (its own focus), each
      // page loaded into the walker's one tab (a new tab costs more than the page).
      const queue = [...list];
      const walker = async () => {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
        try {
          const page = await context.newPage();
          for (let target = queue.shift(); target; target = queue.shift()) {
            await page.goto(url(target.path));
            await settle(page);
            const count = await page.evaluate(() => {
              const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
              const all = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => el.tabIndex >= 0 && el.checkVisibility({ visibilityProperty: true }));
              all.forEach((el, i) => el.setAttribute('data-qa-focus', String(i)));
              return all.length;
            });
            // Each element Tab focuses is noted as it gets focus.
            await page.evaluate(() => {
              const seen: { id: string | null; what: string; visible: boolean }[] = [];
              (window as unknown as { qaFocus: typeof seen }).qaFocus = seen;
              document.addEventListener(
                'focusin',
                (event) => {
                  const el = event.target as HTMLElement;
                  const cs = getComputedStyle(el);
                  const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 1;
                  const r = el.getBoundingClientRect();
                  seen.push({ id: el.getAttribute('data-qa-focus'), what: `${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim().slice(0, 30)}`, visible: (outline || cs.boxShadow !== 'none') && r.width > 0 && r.height > 0 });
                },
                true,
              );
            });
            await pressTabs(page, count + 3);
            const states = await page.evaluate(() => (window as unknown as { qaFocus: { id: string | null; what: string; visible: boolean }[] }).qaFocus);
            const reached = new Set<string>();
            for (const state of states) {
              if (state.id !== null) reached.add(state.id);
              if (!state.visible) problems.push(`${target.path}: focus not visible on ${state.what}`);
            }
            if (reached.size < count) {
              const missed = await page.evaluate((seen) => [...document.querySelectorAll<HTMLElement>('[data-qa-focus]')].filter((el) => !seen.includes(el.getAttribute('data-qa-focus') ?? '')).map((el) => `${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim().slice(0, 30)}`), [...reached]);
              problems.push(`${target.path}: not reached with Tab: ${missed.join(' | ')}`);
            }
          }
        } finally {
          await context.close();
        }
      };
      await Promise.all([walker(), walker()]);
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

  // On the full fixture, whose budget month table (13 months × 5 figures) cannot fit 390 px:
  // the test first proves that it overflows, so it fails instead of passing on nothing.
  if (walk) {
    it('keyboard: the budget table, which overflows at 390 px, scrolls with the arrow keys', async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto(url('/kpi/budget/'));
      await settle(page);
      const box = await page.evaluate(() => {
        const wrapper = document.querySelector('#budget-cumulative-table')?.closest<HTMLElement>('.kpi-table');
        if (!wrapper) return undefined;
        wrapper.setAttribute('data-qa-wide', '');
        const rowHead = wrapper.querySelector('tbody th');
        return { scrollWidth: wrapper.scrollWidth, clientWidth: wrapper.clientWidth, tabIndex: wrapper.tabIndex, shadow: getComputedStyle(wrapper).backgroundImage.includes('radial-gradient'), sticky: rowHead ? getComputedStyle(rowHead).position : '' };
      });
      expect(box, 'the budget month table in its scroll box').toBeDefined();
      expect(box?.scrollWidth ?? 0).toBeGreaterThan((box?.clientWidth ?? 0) + 4);
      expect(box?.tabIndex).toBe(0);
      // It shows that it scrolls (a shadow at the edge) and keeps its months in view (src/styles/tables.css).
      expect(box?.shadow).toBe(true);
      expect(box?.sticky).toBe('sticky');
      // Tab until the wide table is focused, then scroll it with the keyboard.
      for (let i = 0; i < 200; i += 1) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => document.activeElement?.hasAttribute('data-qa-wide'))) break;
      }
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-qa-wide'))).toBe(true);
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => (document.querySelector<HTMLElement>('[data-qa-wide]')?.scrollLeft ?? 0) > 0);
      expect(await page.evaluate(() => document.querySelector<HTMLElement>('[data-qa-wide]')?.scrollLeft ?? 0)).toBeGreaterThan(0);
      await context.close();
    });
  }
});
