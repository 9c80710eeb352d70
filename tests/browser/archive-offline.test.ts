/**
 * The archive opened from disk (issue 12, item 4): the full fixture's /data/archive.zip unzipped
 * into a folder, a release page opened from file:// in Chromium with the network cut off: its
 * styles load, a relative link leads to another archived release, its attachments are there
 * (the image opens), and the page says that search needs the server.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser } from '../helpers/browser.ts';
import { sharedSite } from '../helpers/shared-sites.ts';

let browser: Browser;
let root: string;

beforeAll(async () => {
  const full = await sharedSite('full');
  root = path.join(path.dirname(full.outDir), 'archive-unzipped');
  rmSync(root, { recursive: true, force: true });
  const entries = unzipSync(new Uint8Array(readFileSync(path.join(full.outDir, 'data/archive.zip'))));
  for (const [name, bytes] of Object.entries(entries)) {
    const file = path.join(root, ...name.split('/'));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the archive from disk', () => {
  it('a release page opens offline with its styles, follows a relative link and opens its attachments', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, offline: true });
    const page = await context.newPage();
    const failed: string[] = [];
    // A download ends its request as aborted; a missing file is ERR_FILE_NOT_FOUND.
    page.on('requestfailed', (r) => {
      if (r.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`);
    });
    const ids = (JSON.parse(readFileSync(path.join(root, 'data/releases.json'), 'utf8')) as { id: string; status: string }[]).filter((r) => r.status === 'published').map((r) => r.id);
    const withFiles = ids.find((id) => readFileSync(path.join(root, 'releases', id, 'index.html'), 'utf8').includes('../../attachments/'));
    expect(withFiles).toBeDefined();
    await page.goto(pathToFileURL(path.join(root, 'releases', withFiles ?? '', 'index.html')).href);
    // The site's stylesheet applied: the header is laid out as on the site.
    expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
    expect(await page.$eval('body', (b) => getComputedStyle(b).margin)).toBe('0px');
    expect(await page.textContent('.archive-note')).toMatch(/서버가 필요/);

    // Attachments: relative links to files that are there.
    const hrefs = await page.$$eval('.attachments a[href]', (links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      expect(href.startsWith('file://'), href).toBe(true);
      expect(existsSync(fileURLToPath(href)), href).toBe(true);
    }
    // Following a document's link downloads the archived file itself.
    const documentLink = page.locator('.attachments ul a[download]').first();
    const [download] = await Promise.all([page.waitForEvent('download'), documentLink.click()]);
    const saved = path.join(root, '..', 'archive-download');
    await download.saveAs(saved);
    const expected = fileURLToPath((await documentLink.evaluate((a) => (a as HTMLAnchorElement).href)) ?? '');
    expect(readFileSync(saved).equals(readFileSync(expected))).toBe(true);
    const image = hrefs.find((h) => /\.(png|jpe?g|webp)$/i.test(h));
    if (image) {
      const response = await page.goto(image);
      expect(response?.ok() ?? true).toBe(true);
      await page.goBack();
    }

    // A relative link to another archived release (the neighbours).
    const neighbour = page.locator('a[href^="../"][href$="/index.html"]:not([href^="../../"])').last();
    const target = await neighbour.getAttribute('href');
    expect(target).toMatch(/^\.\.\/[^/]+\/index\.html$/);
    await Promise.all([page.waitForURL(/\/releases\/[^/]+\/index\.html$/), neighbour.click()]);
    expect(page.url()).toContain(target?.slice(3) ?? '');
    expect((await page.textContent('h1'))?.trim().length).toBeGreaterThan(0);
    expect(failed.filter((u) => u.startsWith('file:'))).toEqual([]);
    await context.close();
  });

  it('the index lists every release and opens them', async () => {
    const context = await browser.newContext({ offline: true });
    const page = await context.newPage();
    await page.goto(pathToFileURL(path.join(root, 'index.html')).href);
    const links = await page.$$eval('a[href^="releases/"]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(5);
    for (const href of links) expect(existsSync(fileURLToPath(href)), href).toBe(true);
    await context.close();
  });
});
