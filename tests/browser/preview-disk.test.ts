/**
 * The pull-request preview opened from disk (issue 13, item 6): the full fixture's build turned
 * into the disk preview (npm run preview:disk, src/build/disk-preview.ts) as the PR workflow does,
 * then opened from file:// in Chromium with the network cut off, as staff open the unzipped
 * artifact: its styles load, the header's links lead from page to page, every page says that
 * search and charts need the published site, and no link of any page leads nowhere.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { load } from 'cheerio';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREVIEW_NOTE_CLASS, PREVIEW_PLACE_NOTE_CLASS, writeDiskPreview } from '../../src/build/disk-preview.ts';
import { connectBrowser } from '../helpers/browser.ts';
import { buildRoot } from '../helpers/paths.ts';
import { sharedSite } from '../helpers/shared-sites.ts';

let browser: Browser;
let root: string;
let site: string;

function htmlFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full, `${prefix}${name}/`);
    return name.endsWith('.html') ? [`${prefix}${name}`] : [];
  });
}

beforeAll(async () => {
  const full = await sharedSite('full');
  site = full.options.site;
  root = path.join(buildRoot(), 'disk-preview');
  expect(writeDiskPreview(full.outDir, root, { site, base: full.options.base })).toBeGreaterThan(50);
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the pull-request preview from disk', () => {
  it('opens at index.html and its links lead from page to page, styled, without a network', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, offline: true });
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (r) => {
      if (r.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`);
    });
    await page.goto(pathToFileURL(path.join(root, 'index.html')).href);
    expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
    expect(await page.$eval('body', (b) => getComputedStyle(b).margin)).toBe('0px');
    const note = (await page.textContent(`.${PREVIEW_NOTE_CLASS}`)) ?? '';
    expect(note).toMatch(/검색/);
    expect(note).toMatch(/차트/);
    expect(note).toMatch(/공개 사이트/);

    // Header → the releases archive → a release → the KPI dashboard → the budget page, by clicking.
    const visited: string[] = [];
    for (const selector of ['header a[href$="releases/index.html"]', 'main a[href^="../"][href$="/index.html"]', 'header a[href*="kpi/"]', 'main a[href="budget/index.html"]']) {
      const link = page.locator(selector).first();
      expect(await link.count(), selector).toBe(1);
      await Promise.all([page.waitForEvent('load'), link.click()]);
      expect(page.url().startsWith('file://'), page.url()).toBe(true);
      expect(existsSync(fileURLToPath(page.url())), page.url()).toBe(true);
      expect((await page.textContent('h1'))?.trim().length, page.url()).toBeGreaterThan(0);
      expect(await page.locator(`.${PREVIEW_NOTE_CLASS}`).count()).toBe(1);
      visited.push(page.url());
    }
    expect(new Set(visited).size).toBe(4);
    expect(page.url()).toMatch(/\/kpi\/budget\/index\.html$/);
    // Where a chart would be, a note says it needs the published site; the figures stay readable in the tables.
    expect(await page.locator('canvas').count()).toBe(0);
    const chartNotes = await page.locator(`main .${PREVIEW_PLACE_NOTE_CLASS}`).allTextContents();
    expect(chartNotes.length).toBeGreaterThan(0);
    for (const text of chartNotes) expect(text).toMatch(/차트는 공개 사이트에서만/);
    expect(await page.locator('main table').count()).toBeGreaterThan(0);

    // The header's search box goes to the search page of the copy, which says search needs the site.
    await page.fill('header input[name="q"]', '매칭');
    await Promise.all([page.waitForEvent('load'), page.press('header input[name="q"]', 'Enter')]);
    expect(page.url()).toMatch(/^file:\/\/.*\/search\/index\.html/);
    expect(await page.textContent(`main .${PREVIEW_PLACE_NOTE_CLASS}`)).toMatch(/검색은 공개 사이트에서만/);
    expect(failed.filter((u) => u.startsWith('file:'))).toEqual([]);
    await context.close();
  });

  it('has no script, and every link, image and stylesheet of every page is a file of the copy or another site', () => {
    const pages = htmlFiles(root);
    expect(pages.length).toBeGreaterThan(50);
    const broken: string[] = [];
    const toLive: string[] = [];
    for (const file of pages) {
      const $ = load(readFileSync(path.join(root, file), 'utf8'));
      expect($('script').length, file).toBe(0);
      expect($(`.${PREVIEW_NOTE_CLASS}`).length, file).toBe(1);
      $('a[href], link[href]:not([rel="canonical"]), img[src], form[action]').each((_, el) => {
        const url = $(el).attr('href') ?? $(el).attr('src') ?? $(el).attr('action') ?? '';
        if (url.startsWith(site)) toLive.push(`${file}: ${url}`);
        if (/^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(url)) return;
        // Root-absolute links do not work from disk: none is left.
        if (url.startsWith('/')) broken.push(`${file}: ${url} (root-absolute)`);
        const target = path.join(root, path.dirname(file), decodeURIComponent(url.split(/[?#]/, 1)[0] ?? ''));
        if (!existsSync(target) || statSync(target).isDirectory()) broken.push(`${file}: ${url}`);
      });
    }
    expect(broken).toEqual([]);
    // The site's own pages are all in the copy: nothing sends the reader to the (unpublished) preview address.
    expect(toLive).toEqual([]);
  });
});
