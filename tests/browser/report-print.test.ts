/**
 * Issue 12: /report/ printed in Chromium (page.pdf, A4, the page's own print CSS) for the real
 * content and the full fixture, read back with unpdf: the page count stays within a stated
 * range, no page is blank, the title page comes first, page 2 is the table of contents and
 * lists every section heading in order, every heading is printed after it in that order, pages
 * carry their number in the margin, and no link prints a relative path.
 */
import type { Browser } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser } from '../helpers/browser.ts';
import { sharedSite, type SharedSiteName } from '../helpers/shared-sites.ts';
import { serveStatic } from '../helpers/static-server.ts';

/** Pages of the printed report, by site: small enough to hand over, more than a cover and contents. */
const PAGES: Record<'real' | 'full', [number, number]> = { real: [5, 9], full: [12, 30] };
/** PDF text loses the spaces of Korean lines (or gives them as control characters): compare without them. */
const squeeze = (s: string) => s.replace(/[\s\u0000-\u001f]+/g, '');

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function printReport(name: SharedSiteName): Promise<{ pages: string[]; toc: string[]; headings: string[] }> {
  const site = await sharedSite(name);
  const server = await serveStatic(site.outDir, site.options.base);
  const page = await browser.newPage();
  try {
    await page.goto(`${server.url}report/`);
    const toc = await page.locator('.report-toc a').allTextContents();
    const headings = await page.locator('.report-section > h2').allTextContents();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    const { text } = await extractText(doc, { mergePages: false });
    return { pages: text, toc: toc.map((s) => s.trim()), headings: headings.map((s) => s.trim()) };
  } finally {
    await page.close();
    await server.close();
  }
}

describe.each(['real', 'full'] as const)('/report/ printed (%s)', (name) => {
  let printed: Awaited<ReturnType<typeof printReport>>;
  beforeAll(async () => {
    printed = await printReport(name);
  });

  it('has a page count within the stated range and no blank page', () => {
    const { pages } = printed;
    console.info(`[print] /report/ of ${name}: ${pages.length} A4 pages`);
    const [min, max] = PAGES[name];
    expect(pages.length).toBeGreaterThanOrEqual(min);
    expect(pages.length).toBeLessThanOrEqual(max);
    pages.forEach((text, i) => {
      // More than the page number in the margin.
      expect(squeeze(text).replace(/\d+\/\d+/g, '').length, `page ${i + 1}`).toBeGreaterThan(20);
    });
  });
  it('opens with a title page, then the contents; numbers the pages after the first', () => {
    const { pages } = printed;
    expect(squeeze(pages[0] ?? '')).toContain('사업성과보고');
    expect(squeeze(pages[0] ?? '')).not.toContain('1.요약');
    expect(squeeze(pages[1] ?? '')).toContain('차례');
    for (let i = 1; i < pages.length; i++) expect(squeeze(pages[i] ?? ''), `page ${i + 1}`).toContain(`${i + 1}/${pages.length}`);
    expect(squeeze(pages[0] ?? '')).not.toContain(`1/${pages.length}`);
  });
  it('its table of contents matches the headings, and they print in that order after it', () => {
    const { pages, toc, headings } = printed;
    expect(toc).toEqual(headings);
    const contents = squeeze(pages[1] ?? '');
    let at = 0;
    for (const entry of toc) {
      const found = contents.indexOf(squeeze(entry), at);
      expect(found, `contents: ${entry}`).toBeGreaterThanOrEqual(0);
      at = found;
    }
    const body = squeeze(pages.slice(2).join(' '));
    at = 0;
    for (const heading of headings) {
      const found = body.indexOf(squeeze(heading), at);
      expect(found, `heading: ${heading}`).toBeGreaterThanOrEqual(0);
      at = found;
    }
  });
  it('breaks long tables between rows with the header row repeated on each page', () => {
    const { pages } = printed;
    // The timeline's header (날짜 · 구분 · 내용) heads every page the timeline runs over.
    const heads = pages.filter((text) => squeeze(text).includes('날짜구분내용')).length;
    const rows = pages.filter((text) => /\d{4}년\d{1,2}월\d{1,2}일(보도자료|공고|매칭|출범|정정·수정|수치수정|철회|주소이동|종료)/.test(squeeze(text))).length;
    expect(heads).toBeGreaterThanOrEqual(1);
    expect(heads).toBe(rows);
    if (name === 'full') expect(heads).toBeGreaterThan(1);
  });
  it('prints links with absolute addresses, never a relative path', () => {
    const all = squeeze(printed.pages.join(' '));
    expect(all).not.toMatch(/\(\/[^)]*\)/);
    expect(all).toMatch(/\(https?:\/\/[^)]+\/(portal\/)?kpi\/\)/);
  });
});
