/**
 * Search quality on the judged fixture queries (a quality figure, not a timing): the portal's
 * recall@10 and MRR must stay at or above what docs/search.md reports, find-nothing queries
 * must find nothing, and the index may not grow past 2× Pagefind alone. And the results the
 * /search/ page would show, over the built site's own index with the page's own language data:
 * the expected top results of a dozen queries of each kind (the browser test only checks that
 * the page shows what this code finds).
 */
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync, readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, FIXTURE_QUERIES, releaseIdOf, table, type Evaluation, type JudgedQuery } from '../../scripts/eval-search.ts';
import { loadPagefind } from '../../scripts/search-harness.ts';
import { portalSearch } from '../../src/domain/search/engine.ts';
import type { LanguageData } from '../../src/domain/search/korean.ts';
import { searchFixtureSite } from './fixture-site.ts';

/** What the portal reached when this test was written (docs/search.md); raise, never lower. */
const FLOOR: Record<string, { recall: number; mrr: number }> = {
  'particle-on-noun': { recall: 1, mrr: 1 },
  'query-with-particle': { recall: 1, mrr: 1 },
  'compound-part': { recall: 1, mrr: 1 },
  spacing: { recall: 0.977, mrr: 1 },
  'latin-acronym': { recall: 0.988, mrr: 1 },
  'multi-word': { recall: 1, mrr: 1 },
  synonym: { recall: 1, mrr: 1 },
  'joined-by-dot': { recall: 1, mrr: 1 },
  overall: { recall: 0.995, mrr: 1 },
};

let evaluation: Evaluation;

beforeAll(async () => {
  const site = await searchFixtureSite();
  evaluation = await evaluate(site, mkdtempSync(path.join(os.tmpdir(), 'search-recall-')));
  console.log(table(evaluation));
});

describe('search quality on the fixture corpus', () => {
  it('holds recall@10 and MRR per kind and overall', () => {
    for (const row of [...evaluation.portal.rows, evaluation.portal.overall]) {
      const floor = FLOOR[row.kind];
      if (!floor) continue;
      expect.soft(row.recall, `recall@10 ${row.kind}`).toBeGreaterThanOrEqual(floor.recall);
      expect.soft(row.mrr, `MRR ${row.kind}`).toBeGreaterThanOrEqual(floor.mrr);
    }
    expect(evaluation.portal.overall.recall).toBeGreaterThanOrEqual(0.95);
    for (const row of evaluation.portal.rows) expect(row.recall, row.kind).toBeGreaterThanOrEqual(0.9);
  });

  it('finds nothing for the find-nothing queries (no hits from particles or fragments)', () => {
    const wrong = evaluation.portal.outcomes.filter((o) => o.kind === 'find-nothing' && o.falseHits > 0);
    expect(wrong).toEqual([]);
  });

  it('says which word of a multi-word query matched nothing', () => {
    const beer = evaluation.portal.outcomes.find((o) => o.q === '한라봉 맥주');
    expect(beer?.unmatched).toEqual(['맥주']);
  });

  it('keeps the index within 2× of Pagefind alone', () => {
    expect(evaluation.portal.indexBytes / evaluation.alone.indexBytes).toBeLessThanOrEqual(2);
  });

  it('is better than Pagefind alone (the reason it exists)', () => {
    expect(evaluation.portal.overall.recall).toBeGreaterThan(evaluation.alone.overall.recall);
  });
});

/** The judged queries the browser test used to run one by one, with how many top results must all be relevant. */
const TOP_RESULTS: [string, number][] = [
  ['유앤아이제주', 3], // particle-on-noun
  ['제주테크노파크는', 5], // query-with-particle
  ['원료', 5], // compound-part
  ['협회', 2],
  ['매칭 데이', 5], // spacing
  ['AI사업단', 5],
  ['ＡＷＳ', 5], // latin / full-width
  ['삼성 SDS', 5],
  ['LLM 화장품', 3], // multi-word
  ['중기부', 5], // synonym
  ['MS', 5],
  ['생명공학', 5], // joined-by-dot
  ['식품ㆍ의약', 5],
];

describe('what /search/ finds on the built site (its own index and language data, the code the page runs)', () => {
  const judged: JudgedQuery[] = JSON.parse(readFileSync(FIXTURE_QUERIES, 'utf8')).queries;
  let ids: (q: string) => Promise<string[]>;

  beforeAll(async () => {
    const site = await searchFixtureSite();
    const language = JSON.parse(cheerio.load(readFileSync(path.join(site, 'search/index.html'), 'utf8'))('#search-language').text()) as LanguageData;
    const pagefind = await loadPagefind(path.join(site, 'pagefind'));
    // The page lists answer.results in order, ten at a time, each linked to its page's URL.
    ids = async (q) => {
      const answer = await portalSearch(pagefind, q, language);
      return Promise.all(answer.results.slice(0, 10).map(async (r) => releaseIdOf((await answer.data(r.id)).url)));
    };
  });

  it.each(TOP_RESULTS)('%s: the top %i results are judged relevant', async (q, n) => {
    const query = judged.find((j) => j.q === q);
    expect(query, `no judged query ${q}`).toBeDefined();
    const relevant = new Set(query?.relevant);
    const top = (await ids(q)).slice(0, Math.min(n, relevant.size));
    expect(top.length).toBeGreaterThan(0);
    for (const id of top) expect(relevant.has(id), `${q} → ${id}`).toBe(true);
  });

  it('particles alone and unknown words built on known beginnings find nothing', async () => {
    expect(await ids('와')).toEqual([]);
    expect(await ids('제주맥주')).toEqual([]);
  });
});
