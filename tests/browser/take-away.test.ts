/**
 * Issue 14 in headless Chromium on the full fixture's /kpi/budget/: a chart's "숫자 내려받기"
 * gives a CSV equal to its table (a number cell's `data-value`, any other cell its text), its
 * "그림 내려받기" a PNG that decodes at the size its button states, is not blank, and changes
 * when the chart's title changes; the share control, in a browser without the Web Share API,
 * copies the page's address.
 */
import Papa from 'papaparse';
import sharp from 'sharp';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, watch } from '../helpers/browser.ts';
import { sharedSite } from '../helpers/shared-sites.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[];

beforeAll(async () => {
  const site = await sharedSite('full');
  server = await serveStatic(site.outDir, site.options.base);
  browser = await connectBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
  page = await context.newPage();
  problems = watch(page);
  await page.goto(`${server.url}kpi/budget/`, { waitUntil: 'networkidle' });
  await page.waitForSelector('#budget-cumulative[data-kpi-chart-ready]');
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

async function take(kind: 'csv' | 'png'): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#budget-cumulative button[data-take="${kind}"]`)]);
  // A browser reached over its WebSocket keeps its downloads: read them through the stream.
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return { download, bytes: Buffer.concat(chunks) };
}

describe('a KPI chart taken away', () => {
  it('its CSV equals its table, cell by cell', async () => {
    const { download, bytes } = await take('csv');
    expect(download.suggestedFilename()).toMatch(/^budget-cumulative-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1).trimEnd(), { newline: '\r\n' });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    const table = await page.$eval('#budget-cumulative-table', (t) => ({
      head: [...t.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? ''),
      rows: [...t.querySelectorAll('tbody tr, tfoot tr')].map((tr) =>
        [...(tr as HTMLTableRowElement).cells].map((cell) => (cell as HTMLElement).dataset['value'] ?? (/^[—–-]$/.test(cell.textContent?.trim() ?? '') ? '' : (cell.textContent?.trim() ?? ''))),
      ),
    }));
    expect(table.rows.length).toBe(13);
    expect(header?.length).toBe(table.head.length);
    header?.forEach((h, i) => expect(h.startsWith(table.head[i] ?? '?'), h).toBe(true));
    // Money columns name their unit: the table shows 억 원, the CSV the 백만원 behind it.
    expect(header?.some((h) => h.endsWith('(백만원)'))).toBe(true);
    expect(rows).toEqual(table.rows);
    expect(rows.flat().some((cell) => /^\d+$/.test(cell))).toBe(true);
  });

  it('its image decodes at the stated size, is not blank, and changes with the title', async () => {
    const stated = await page.textContent('#budget-cumulative button[data-take="png"]');
    const [, width, height] = /(\d+)×(\d+)/.exec(stated ?? '') ?? [];
    const { download, bytes } = await take('png');
    expect(download.suggestedFilename()).toMatch(/^budget-cumulative-\d{4}-\d{2}-\d{2}\.png$/);
    const meta = await sharp(bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', Number(width), Number(height)]);
    const stats = await sharp(bytes).stats();
    expect(Math.max(...stats.channels.map((c) => c.stdev))).toBeGreaterThan(10);
    expect(stats.isOpaque).toBe(true);

    await page.$eval('#budget-cumulative .kpi-figure__title', (el) => {
      el.textContent = '다른 제목의 그래프';
    });
    const changed = await take('png');
    const [a, b] = await Promise.all([sharp(bytes).raw().toBuffer(), sharp(changed.bytes).raw().toBuffer()]);
    expect(a.length).toBe(b.length);
    expect(a.equals(b)).toBe(false);
    // Only the heading changed: the rows below the title band are the same pixels.
    const row = Number(width) * (meta.channels ?? 4);
    const band = 140 * row;
    expect(a.subarray(band).equals(b.subarray(band))).toBe(true);
    expect(problems).toEqual([]);
  });
});

describe('the share control', () => {
  it('without the Web Share API, copies the page’s address', async () => {
    expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
    expect(await page.getAttribute('[data-share]', 'data-share-mode')).toBe('copy');
    await page.click('[data-share-button]');
    await expect.poll(() => page.textContent('[data-share-status]')).toBe('주소를 복사했습니다.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('https://portal.example/portal/kpi/budget/');
  });

  it('with it, opens the share sheet with the title and address', async () => {
    const other = await context.newPage();
    await other.addInitScript(() => {
      (window as unknown as { shared: unknown[] }).shared = [];
      Object.defineProperty(navigator, 'share', { value: async (data: unknown) => void (window as unknown as { shared: unknown[] }).shared.push(data) });
    });
    await other.goto(`${server.url}releases/`, { waitUntil: 'load' });
    // The newest release: the first link to a release's own page (not a year's).
    const href = await other.$$eval('main a[href]', (links) => links.map((a) => a.getAttribute('href') ?? '').find((h) => /\/releases\/\d{4}-\d{2}-\d{2}-[^/]+\/$/.test(h)));
    await other.goto(new URL(href ?? '', server.url).href, { waitUntil: 'load' });
    expect(await other.getAttribute('[data-share]', 'data-share-mode')).toBe('sheet');
    await other.click('[data-share-button]');
    const shared = await other.evaluate(() => (window as unknown as { shared: { title: string; url: string }[] }).shared);
    expect(shared).toHaveLength(1);
    expect(shared[0]?.url).toBe(`https://portal.example${new URL(href ?? '', server.url).pathname}`);
    expect(shared[0]?.title).toBe(await other.textContent('h1').then((t) => t?.trim()));
    await other.close();
  });
});
