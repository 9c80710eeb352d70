import { describe, expect, it } from 'vitest';
import { facetGroups, visibleResults, type Facets } from '../../src/domain/search/facets.ts';
import { readState } from '../../src/domain/search/url-state.ts';
import { searchTemplates } from '../../src/domain/search/messages.ts';
import { fill } from '../../src/i18n/fill.ts';
import { ko } from '../../src/i18n/ko.ts';
import { formatDay } from '../../src/foundation/format.ts';

const data: Facets = {
  values: { year: ['2025', '2026'], category: ['행사', '공지'], organization: ['제주테크노파크'], tag: [] },
  pages: {
    a: ['2025-12-17', { year: [0], category: [0], organization: [0] }],
    b: ['2026-03-02', { year: [1], category: [1], organization: [0] }],
    c: ['2026-01-05', { year: [1], category: [0] }],
  },
};

describe('search facets', () => {
  it('keeps the results of the chosen values, in relevance order or newest first', () => {
    expect(visibleResults(['a', 'b', 'c'], data, readState('?q=x&category=행사'))).toEqual(['a', 'c']);
    expect(visibleResults(['a', 'b', 'c'], data, readState('?q=x&sort=newest'))).toEqual(['b', 'c', 'a']);
    expect(visibleResults(['a', 'b', 'c'], data, readState('?q=x&year=2026&category=행사'))).toEqual(['c']);
  });
  it('counts each value among the results the other filters keep, and keeps a chosen value shown', () => {
    const groups = facetGroups(['a', 'b', 'c'], data, readState('?q=x&year=2026'));
    expect(groups.find((g) => g.key === 'year')?.options).toEqual([
      { value: '2026', count: 2, checked: true },
      { value: '2025', count: 1, checked: false },
    ]);
    // Categories are counted among the 2026 results only.
    expect(groups.find((g) => g.key === 'category')?.options).toEqual([
      { value: '공지', count: 1, checked: false },
      { value: '행사', count: 1, checked: false },
    ]);
    expect(facetGroups(['a'], data, readState('?q=x&tag=없는태그')).find((g) => g.key === 'tag')?.options).toEqual([{ value: '없는태그', count: 0, checked: true }]);
  });
});

describe('result dates in the browser', () => {
  it('are written from the embedded date form as the rest of the site writes a day (the browser does not load the dictionary)', () => {
    const dateForm = searchTemplates(ko)['format.date'];
    expect(dateForm).toBeDefined();
    for (const day of ['2025-12-17', '2026-01-05', '2026-12-31']) {
      const [y, m, d] = day.split('-').map(Number);
      expect(fill(dateForm ?? '', { y, m, d })).toBe(formatDay(day));
    }
  });
});
