/**
 * Releases on paper (issue 12, item 6): every release of the real content and the full fixture's
 * longest, printed to A4 by Chromium (`page.pdf`) and read back with unpdf. Page 1 starts with
 * the title (no logo page, no banner), no page is blank, a one-screen release takes one or two
 * pages, links and attachments print as absolute, readable URLs (no `%EC…`), and the cite-this
 * text is on paper. PDF text loses the spaces between Korean words, so texts are compared
 * without white space.
 */
import { load } from 'cheerio';
import type { Browser } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser } from '../helpers/browser.ts';
import { sharedSite, type Shared } from '../helpers/shared-sites.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const squeeze = (text: string) => text.normalize('NFC').replace(/[\s\p{Cc}\p{Cf}]+/gu, '');

interface Printed {
  pages: string[];
  title: string;
  cite: string;
  /** The absolute URLs the page gives its links for paper. */
  printUrls: string[];
  /** How many 1280 × 900 screens the page is tall. */
  screens: number;
}

let browser: Browser;
const servers: StaticServer[] = [];

beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

async function print(site: Shared, id: string): Promise<Printed> {
  const server = await serveStatic(site.outDir, site.options.base);
  servers.push(server);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}releases/${id}/`, { waitUntil: 'load' });
  // Browsers load lazy images before they print; headless page.pdf does not, so load them first.
  await page.evaluate(async () => {
    const images = [...document.querySelectorAll('img')];
    for (const image of images) image.loading = 'eager';
    await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
  });
  const screens = await page.evaluate(() => document.documentElement.scrollHeight / window.innerHeight);
  const pdf = await page.pdf({ format: 'A4' });
  await context.close();
  const pdfDocument = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(pdfDocument, { mergePages: false });
  const $ = load(site.page(`/releases/${id}/`));
  return {
    pages: text,
    title: $('h1').first().text(),
    cite: $('#cite-text').text(),
    printUrls: $('main a[data-print-url]').map((_, a) => $(a).attr('data-print-url') ?? '').get(),
    screens,
  };
}

function expectGoodPrint(printed: Printed): void {
  // Page 1 starts with the title.
  expect(squeeze(printed.pages[0] ?? '').slice(0, squeeze(printed.title).length)).toBe(squeeze(printed.title));
  // No page blank (a stray footer or margin alone would be a few characters at most).
  for (const text of printed.pages) expect(squeeze(text).length).toBeGreaterThan(40);
  const all = squeeze(printed.pages.join(''));
  expect(all).toContain(squeeze(printed.cite));
  // Links print as absolute, readable URLs, never as percent-encoded site paths.
  expect(printed.printUrls.length).toBeGreaterThan(0);
  for (const url of printed.printUrls) {
    expect(url).toMatch(/^https?:\/\//);
    expect(all).toContain(squeeze(url));
  }
  expect(all).not.toMatch(/%[0-9A-F]{2}/);
}

describe('releases on paper', () => {
  it('every release of the real content: one or two A4 pages, page 1 starts with the title', async () => {
    const real = await sharedSite('real');
    const ids = (JSON.parse(real.file('data/releases.json')) as { id: string; status: string }[]).filter((r) => r.status === 'published').map((r) => r.id);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const printed = await print(real, id);
      expectGoodPrint(printed);
      expect(printed.pages.length, id).toBeLessThanOrEqual(Math.max(2, Math.ceil(printed.screens)));
      expect(printed.pages.length, id).toBeLessThanOrEqual(2);
    }
  });

  it("the full fixture's longest release and one with attachments: no more pages than screens, attachments with absolute URLs", async () => {
    const full = await sharedSite('full');
    const ids = (JSON.parse(full.file('data/releases.json')) as { id: string; status: string }[]).filter((r) => r.status === 'published').map((r) => r.id);
    const length = (id: string) => load(full.page(`/releases/${id}/`))('main').text().length;
    const longest = ids.reduce((a, b) => (length(b) > length(a) ? b : a));
    const withFiles = ids.find((id) => load(full.page(`/releases/${id}/`))('.attachments a[data-print-url]').length > 0);
    expect(withFiles).toBeDefined();
    for (const id of new Set([longest, withFiles ?? longest])) {
      const printed = await print(full, id);
      expectGoodPrint(printed);
      expect(printed.pages.length, id).toBeLessThanOrEqual(Math.max(2, Math.ceil(printed.screens)));
      if (id === withFiles) expect(printed.printUrls.find((u) => u.includes('/attachments/'))).toMatch(/^https:\/\/portal\.example\/portal\/attachments\//);
    }
  });
});
