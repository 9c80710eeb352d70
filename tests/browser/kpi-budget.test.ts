/**
 * /kpi/budget/ of the full fixture (its KPI data is the synthetic KPI year) in headless
 * Chromium, built under a sub-path (`/portal/`) and served by the static server: the chart is
 * drawn (the canvas is not blank), the page logs no console errors, and with JavaScript off the
 * table is there.
 */
import type { Browser, ConsoleMessage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser } from '../helpers/browser.ts';
import { sharedSite } from '../helpers/shared-sites.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

let server: StaticServer;
let browser: Browser;
let url: string;

beforeAll(async () => {
  const site = await sharedSite('full');
  server = await serveStatic(site.outDir, site.options.base);
  url = `${server.url}kpi/budget/`;
  browser = await connectBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('/kpi/budget/ in Chromium', () => {
  it('draws the chart (canvas not blank) with no console errors', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForSelector('figure[data-kpi-chart-ready]');
    const pixels = await page.$eval('#budget-cumulative-canvas', (canvas) => {
      const c = canvas as HTMLCanvasElement;
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted += 1;
      return { painted, total: data.length / 4, width: c.width, height: c.height };
    });
    expect(pixels.width).toBeGreaterThan(100);
    expect(pixels.height).toBeGreaterThan(100);
    // Lines, points, axes and the as-of line paint well over 1% of the canvas.
    expect(pixels.painted / pixels.total).toBeGreaterThan(0.01);
    // The drawn canvas is more than one flat colour (toDataURL of a blank canvas is tiny).
    const dataUrl = await page.$eval('#budget-cumulative-canvas', (canvas) => (canvas as HTMLCanvasElement).toDataURL());
    expect(dataUrl.length).toBeGreaterThan(5_000);
    expect(await page.getAttribute('#budget-cumulative-canvas', 'role')).toBe('img');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('with JavaScript off the table is there and the empty canvas is hidden', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const rows = await page.locator('#budget-cumulative-table tbody tr').count();
    expect(rows).toBe(13);
    expect(await page.locator('#budget-cumulative-table').isVisible()).toBe(true);
    expect(await page.locator('#budget-cumulative-canvas').isVisible()).toBe(false);
    expect(await page.locator('[data-kpi-reading]').textContent()).toContain('집행률');
    await context.close();
  });
});
