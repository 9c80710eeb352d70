/**
 * Bytes a browser downloads for the first and the second query on the fixture site:
 * the portal's /search/ page vs Pagefind alone (its Default UI, and its bare JS API showing
 * 10 results), in headless Chromium. Text files count gzip-compressed (as a static host serves
 * them); Pagefind's index files are already gzip. The HTML page and site CSS are not counted.
 *
 *   npx node scripts/search-bytes.ts [--site DIR]   (DIR: a fixture site built with its index)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { buildSearchIndex, closePagefind, readLanguage } from '../src/build/pagefind-index.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { buildFixtureSite, FIXTURE_CONTENT } from './eval-search.ts';

const FIRST = process.env['FIRST_QUERY'] ?? '한라봉';
const SECOND = process.env['SECOND_QUERY'] ?? '품질관리';

function servedSize(file: string): number {
  const body = readFileSync(file);
  const gzipped = body[0] === 0x1f && body[1] === 0x8b;
  return gzipped ? body.length : gzipSync(body, { level: 9 }).length;
}

function counter(page: Page, siteDir: string): { take(): { bytes: number; files: string[] } } {
  let seen: string[] = [];
  page.on('requestfinished', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1') return;
    seen.push(url.pathname);
  });
  return {
    take() {
      const files = seen.filter((p) => /\/pagefind[^/]*\/|\.js$/.test(p));
      seen = [];
      return { bytes: files.reduce((sum, p) => sum + servedSize(path.join(siteDir, decodeURIComponent(p))), 0), files };
    },
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const siteArg = args.indexOf('--site');
  let siteDir: string;
  if (siteArg >= 0) siteDir = path.resolve(args[siteArg + 1] ?? '');
  else {
    siteDir = path.join(os.tmpdir(), 'search-bytes', 'site');
    buildFixtureSite(siteDir, path.join(os.tmpdir(), 'search-bytes', 'cache'));
  }
  const language = readLanguage(FIXTURE_CONTENT);
  await buildSearchIndex({ siteDir, mode: 'portal', language });
  await buildSearchIndex({ siteDir, outputPath: path.join(siteDir, 'pagefind-alone'), mode: 'alone', language });
  await closePagefind();
  // Pagefind alone, as a site would use it: its Default UI, and its bare API showing 10 results.
  mkdirSync(path.join(siteDir, 'alone-ui'), { recursive: true });
  writeFileSync(
    path.join(siteDir, 'alone-ui', 'index.html'),
    `<!doctype html><html lang="ko"><head><meta charset="utf-8"><link href="/pagefind-alone/pagefind-ui.css" rel="stylesheet"><script src="/pagefind-alone/pagefind-ui.js"></script></head><body><div id="search"></div><script>window.addEventListener('DOMContentLoaded',()=>{window.ui=new PagefindUI({element:'#search',bundlePath:'/pagefind-alone/',showSubResults:false});});</script></body></html>`,
  );
  mkdirSync(path.join(siteDir, 'alone-api'), { recursive: true });
  writeFileSync(
    path.join(siteDir, 'alone-api', 'index.html'),
    `<!doctype html><html lang="ko"><head><meta charset="utf-8"></head><body><ol id="r"></ol><script type="module">const pf=await import('/pagefind-alone/pagefind.js');await pf.options({});window.run=async(q)=>{const s=await pf.search(q);const d=await Promise.all(s.results.slice(0,10).map(r=>r.data()));document.getElementById('r').replaceChildren(...d.map(x=>{const li=document.createElement('li');li.textContent=x.meta.title;return li;}));return d.length;};window.ready=true;</script></body></html>`,
  );
  const server = await serveStatic(siteDir);
  const browser = await chromium.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const rows: [string, number, number][] = [];
  try {
    {
      const page = await browser.newPage();
      const count = counter(page, siteDir);
      await page.goto(`${server.url}search/?q=${encodeURIComponent(FIRST)}`);
      await page.waitForFunction(() => /검색 결과/.test(document.querySelector('#search-status')?.textContent ?? ''));
      await page.waitForLoadState('networkidle');
      const first = count.take();
      await page.fill('#search-q', SECOND);
      await page.press('#search-q', 'Enter');
      await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q && /검색 결과/.test(document.querySelector('#search-status')?.textContent ?? ''), SECOND);
      await page.waitForLoadState('networkidle');
      const second = count.take();
      rows.push(['portal /search/ (10 results)', first.bytes, second.bytes]);
      if (args.includes('--files')) console.log('portal', first.files, second.files);
    }
    {
      const page = await browser.newPage();
      const count = counter(page, siteDir);
      await page.goto(`${server.url}alone-ui/`);
      await page.waitForSelector('.pagefind-ui__search-input');
      await page.fill('.pagefind-ui__search-input', FIRST);
      await page.waitForSelector('.pagefind-ui__result');
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      const first = count.take();
      await page.fill('.pagefind-ui__search-input', SECOND);
      await page.waitForTimeout(800);
      await page.waitForLoadState('networkidle');
      const second = count.take();
      rows.push(['Pagefind alone, Default UI (5 results)', first.bytes, second.bytes]);
      if (args.includes('--files')) console.log('ui', first.files, second.files);
    }
    {
      const page = await browser.newPage();
      const count = counter(page, siteDir);
      await page.goto(`${server.url}alone-api/`);
      await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
      await page.evaluate((q) => (window as unknown as { run(q: string): Promise<number> }).run(q), FIRST);
      await page.waitForLoadState('networkidle');
      const first = count.take();
      await page.evaluate((q) => (window as unknown as { run(q: string): Promise<number> }).run(q), SECOND);
      await page.waitForLoadState('networkidle');
      const second = count.take();
      rows.push(['Pagefind alone, bare JS API (10 results)', first.bytes, second.bytes]);
      if (args.includes('--files')) console.log('api', first.files, second.files);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`| page | first query (${FIRST}) | second query (${SECOND}) |`);
  console.log('| --- | ---: | ---: |');
  for (const [name, a, b] of rows) console.log(`| ${name} | ${a} B | ${b} B |`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
