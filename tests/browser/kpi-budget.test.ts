/**
 * /kpi/budget/ of the synthetic fixture in headless Chromium, built under a sub-path
 * (`/portal/`) and served by a tiny static server: the chart is drawn (the canvas is
 * not blank), the page logs no console errors, and with JavaScript off the table is there.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type ConsoleMessage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { FIXTURES } from '../helpers/paths.ts';

const SYNTHETIC = path.join(FIXTURES, 'kpi-synthetic');
const BASE = '/portal/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
};

/** Serves `root` under `base` on 127.0.0.1 (port 0: any free port); 404 outside the base. */
function serve(root: string, base: string): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!pathname.startsWith(base)) {
      response.writeHead(404).end('outside base');
      return;
    }
    let file = path.join(root, pathname.slice(base.length));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let server: http.Server;
let browser: Browser;
let url: string;

beforeAll(async () => {
  // Vitest puts Vite's BASE_URL (and MODE, DEV, PROD, SSR) into process.env; the build
  // inherits it and Astro then takes BASE_URL='/' over PORTAL_BASE in import.meta.env,
  // so links made with link() lose the sub-path. Keep them out of the build's environment.
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[key];
  const site = buildSite({ content: SYNTHETIC, asOf: '2026-11-27', base: BASE });
  server = await serve(site.outDir, BASE);
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${BASE}kpi/budget/`;
  browser = await chromium.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
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
