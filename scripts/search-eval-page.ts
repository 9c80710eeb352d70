/**
 * Search quality measured through the portal's own /search/ page in headless Chromium, the way a
 * reader (and the acceptance check) sees it: for every judged query, the releases in
 * `#search-results` followed by those in the partial section `[data-search-partial]` (the first 10
 * count for recall@10 and MRR), and, for a find-nothing query, whether `#search-results` is empty.
 * False results are counted among the list's first page (10 shown), not behind "더 보기".
 * The site is built with its index exactly as `astro build` writes it (about and KPI pages included).
 *
 *   node scripts/search-eval-page.ts [--corpus fixture|unseen] [--site DIR] [--misses]
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { corpusSites, falseCell, judgedQueries, score, summarise, type Corpus, type KindRow, type QueryOutcome } from './eval-search.ts';


/** Release ids linked inside `selector`, in document order, each once. */
async function releasesIn(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (roots) => {
    const ids: string[] = [];
    for (const root of roots) {
      for (const a of root.querySelectorAll('a[href]')) {
        const id = /\/releases\/(\d{4}-\d{2}-\d{2}-[^/]+)\/?$/.exec(new URL((a as HTMLAnchorElement).href).pathname)?.[1];
        if (id && !ids.includes(id)) ids.push(id);
      }
    }
    return ids;
  });
}

export interface PageOutcome extends QueryOutcome {
  partial: string[];
}

export async function evaluatePage(siteDir: string, corpus: Corpus): Promise<{ rows: KindRow[]; overall: KindRow; outcomes: PageOutcome[] }> {
  const server = await serveStatic(siteDir);
  const browser = await chromium.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const outcomes: PageOutcome[] = [];
  try {
    const page = await browser.newPage();
    for (const query of judgedQueries(corpus)) {
      await page.goto(`${server.url}search/?q=${encodeURIComponent(query.q)}`);
      await page.waitForFunction(() => {
        const text = document.querySelector('#search-status')?.textContent ?? '';
        return text !== '' && !text.includes('찾는 중');
      });
      const listed = await releasesIn(page, '#search-results');
      const partial = await releasesIn(page, '[data-search-partial]');
      outcomes.push({ id: query.id, kind: query.kind, q: query.q, top: [...listed, ...partial].slice(0, 10), partial, ...score(query, listed, partial) });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { ...summarise(outcomes), outcomes };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  for (const { corpus, siteDir } of corpusSites(args, 'search-eval-page')) {
    const result = await evaluatePage(siteDir, corpus);
    const lines = [`## ${corpus.name}, through /search/ in Chromium`, '', '| kind | queries | recall@10 | MRR | false results |', '| --- | ---: | ---: | ---: | ---: |'];
    const cell = (row: KindRow, value: number) => (row.kind === 'find-nothing' ? '—' : value.toFixed(3));
    for (const row of [...result.rows, result.overall]) lines.push(`| ${row.kind === 'overall' ? '**overall**' : row.kind} | ${row.queries} | ${cell(row, row.recall)} | ${cell(row, row.mrr)} | ${falseCell(row)} |`);
    process.stdout.write(`\n${lines.join('\n')}\n`);
    if (args.includes('--misses')) {
      for (const o of result.outcomes) {
        if (o.recall < 1 || o.rr < 1 || o.falseHits > 0) process.stdout.write(`page\t${o.id}\t${o.kind}\t${o.q}\tR=${o.recall.toFixed(3)} RR=${o.rr.toFixed(3)} FR=${o.falseHits}\t${o.top.slice(0, 5).join(' ')}\n`);
      }
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
