import { describe, expect, it } from 'vitest';
import { numberSpans, queryForms } from '../../src/domain/search/numbers.ts';
import { analyseQuery, indexTerms, normalise } from '../../src/domain/search/korean.ts';
import { excerpt, findMatches } from '../../src/domain/search/excerpt.ts';

/** The canonical terms of every figure in a text. */
const terms = (text: string) => numberSpans(normalise(text)).flatMap((span) => span.terms);
/** The one canonical form a query figure is searched by first. */
const primary = (text: string) => {
  const spans = numberSpans(normalise(text));
  expect(spans).toHaveLength(1);
  return queryForms(spans[0]!)[0];
};

describe('figures: every common spelling has one canonical term', () => {
  it.each([
    [['3천만 원', '3,000만 원', '3000만원', '30,000,000원', '3천만', '３，０００만 원'], '30000000원'],
    [['1억 5천만 원', '1억 5,000만 원', '1억5000만원', '1.5억', '1억 5천만 원을'], '150000000원'],
    [['30억 원', '30억원', '30억'], '3000000000원'],
    [['3천5백만 원', '3,500만원'], '35000000원'],
    [['40%', '40 %', '40퍼센트', '40프로', '４０％', '40 %로'], '40퍼센트'],
    [['1:1', '1 : 1', '1대1', '1:1로'], '1대1'],
    [['3차', '제3차', '제３차', '3차로', '제 3 차'], '3차'],
    [['2025년 11월', '2025년11월'], '2025년11월'],
    [['11월 20일', '11월20일', '11월 20일까지'], '11월20일'],
    [['24곳', '24곳에서', '24 곳'], '24곳'],
    [['1,100명', '1100명'], '1100명'],
  ])('%j → %s', (spellings, canonical) => {
    for (const spelling of spellings) expect(terms(spelling), spelling).toContain(canonical);
    for (const spelling of spellings) expect(primary(spelling), spelling).toBe(canonical);
  });

  it('never lets one figure match another that merely starts or ends the same', () => {
    expect(terms('15억 원')).not.toContain('500000000원');
    expect(terms('120%')).not.toContain('20퍼센트');
    expect(terms('11월 20일')).not.toContain('11월2일');
    expect(terms('13차')).not.toContain('3차');
    expect(terms('2:1')).not.toContain('1대1');
    // and the canonical term always ends in its unit, so no prefix of a longer figure is one
    expect('3000000000원'.startsWith(primary('3억 원') ?? '')).toBe(false);
  });

  it('reads dates written with dots or dashes, and the parts of a date', () => {
    for (const spelling of ['2026. 2. 13.', '2026.2.13', '2026-02-13', '2026년 2월 13일']) {
      expect(terms(spelling), spelling).toEqual(expect.arrayContaining(['2026년2월13일', '2026년2월', '2월13일', '2026년', '2월', '13일']));
    }
    // A full date in a query is also searched without its year (a release of that year writes 2월 13일).
    expect(queryForms(numberSpans('2026년 2월 13일')[0]!)).toEqual(['2026년2월13일', '2월13일']);
  });

  it('gives a range its unit and a closing day its month', () => {
    expect(terms('3~5월')).toEqual(['3월', '5월']);
    expect(terms('12월 17일~18일')).toEqual(expect.arrayContaining(['12월17일', '12월18일']));
    expect(terms('2,000만~3,000만 원')).toEqual(['20000000원', '30000000원']);
  });

  it('leaves numbers without a unit, and words that only contain 제 or 만, alone', () => {
    expect(terms('2026')).toEqual([]);
    expect(terms('문제 3개')).toEqual(['3개']);
    expect(terms('3년 만에')).toEqual(['3년']);
    expect(terms('예약만 하면')).toEqual([]);
  });
});

describe('figures in the index and in the query', () => {
  it('adds the canonical term to the index wherever a figure is written', () => {
    expect(indexTerms('과제당 최대 3,000만 원을 지원합니다')).toContain('30000000원');
    expect(indexTerms('국비 집행률이 40 %로 올랐습니다')).toContain('40퍼센트');
    expect(indexTerms('제３차 수요기업 모집')).toContain('3차');
  });

  it('turns a figure in a query into one exact term, without dropping the number', () => {
    const q = analyseQuery('3천만 원 지원');
    expect(q.terms.map((t) => t.alternatives)).toEqual([['"30000000원"'], ['지원']]);
    expect(q.short).toEqual([]);
    expect(analyseQuery('2:1').terms[0]?.alternatives).toEqual(['"2대1"']);
    expect(analyseQuery('２차').terms[0]?.alternatives).toEqual(['"2차"']);
    expect(analyseQuery('11월 2일').terms[0]?.alternatives).toEqual(['"11월2일"']);
  });

  it('marks a figure in an excerpt in the spelling the text uses', () => {
    const text = '과제당 3,000만 원을 지원합니다';
    expect(findMatches(text, ['30000000원'])).toEqual([[4, 12]]);
    expect(excerpt(text, ['30000000원']).filter((s) => s.mark).map((s) => s.text)).toEqual(['3,000만 원']);
  });
});
