/**
 * Search quality on the judged fixture queries (a quality figure, not a timing): the portal's
 * recall@10 and MRR must stay at or above what docs/search.md reports, find-nothing queries
 * must find nothing, and the index may not grow past 2× Pagefind alone.
 */
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, table, type Evaluation } from '../../scripts/eval-search.ts';
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
