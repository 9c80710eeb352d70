import { describe, expect, it } from 'vitest';
import { analyseQuery, indexTerms, normalise, splitWords, stripParticle } from '../../src/domain/search/korean.ts';
import { excerpt, findMatches, HIDDEN_MARK, realText } from '../../src/domain/search/excerpt.ts';
import { mergeAnswers } from '../../src/domain/search/merge.ts';
import { readState, writeState } from '../../src/domain/search/url-state.ts';
import { languageData } from '../../src/domain/search/language.ts';
import { hiddenCharacter } from '../../src/schemas/common.ts';
import { searchSynonymsSchema } from '../../src/schemas/search-synonyms.ts';

const language = languageData({ groups: [['MS', '마이크로소프트'], ['중기부', '중소벤처기업부'], ['TP', '테크노파크']], keep: ['제주도', '매칭데이'] });

describe('normalise and split', () => {
  it('folds full-width Latin and digits, lower-cases, NFC', () => {
    expect(normalise('ＬＬＭ ２０２６')).toBe('llm 2026');
    expect(normalise('\u1112\u1161\u11AB')).toBe('한');
  });
  it('splits at joiners (·, ㆍ, …, /) and between scripts', () => {
    expect(splitWords('화장품·식품ㆍ의약…생명공학')).toEqual(['화장품', '식품', '의약', '생명공학']);
    expect(splitWords('삼성SDS와 AI사업단')).toEqual(['삼성', 'sds', '와', 'ai', '사업단']);
    expect(splitWords('(MS)와')).toEqual(['ms', '와']);
  });
});

describe('particles', () => {
  it('strips a trailing particle when two syllables remain', () => {
    expect(stripParticle('제주테크노파크는')).toBe('제주테크노파크');
    expect(stripParticle('사업단의')).toBe('사업단');
    expect(stripParticle('중소벤처기업부가')).toBe('중소벤처기업부');
    expect(stripParticle('한라봉으로')).toBe('한라봉');
    expect(stripParticle('기업')).toBe('기업');
  });
  it('keeps listed nouns whole', () => {
    expect(stripParticle('제주도', new Set(['제주도']))).toBe('제주도');
  });
});

describe('index terms (hidden, added to the index only)', () => {
  it('adds compound suffixes, joined-word pieces, spaced compounds joined and folded forms', () => {
    const terms = indexTerms('제주테크노파크가 바이오기업 화장품·식품·의약 매칭 데이 ＬＬＭ 삼성SDS');
    for (const term of ['테크노파크', '기업', '식품', '의약', '매칭데이', 'llm', 'sds']) expect(terms).toContain(term);
  });
  it('never adds single characters or the particles themselves', () => {
    const terms = indexTerms('마이크로소프트(MS)와 업무협약을 맺었습니다');
    expect(terms.every((t) => t.length >= 2)).toBe(true);
    expect(terms).not.toContain('와');
  });
});

describe('query analysis', () => {
  it('searches a particle-bearing word by its stem too', () => {
    const q = analyseQuery('제주테크노파크는', language);
    expect(q.terms[0]?.alternatives).toEqual(expect.arrayContaining(['제주테크노파크는', '제주테크노파크']));
  });
  it('adds synonyms both ways', () => {
    expect(analyseQuery('MS', language).terms[0]?.alternatives).toContain('마이크로소프트');
    expect(analyseQuery('중소벤처기업부가', language).terms[0]?.alternatives).toContain('중기부');
  });
  it('joins neighbouring words so a spaced query finds the compound', () => {
    expect(analyseQuery('매칭 데이', language).joined).toEqual([{ first: 0, text: '매칭데이' }]);
    expect(analyseQuery('AI 사업단', language).joined).toEqual([{ first: 0, text: 'ai사업단' }]);
  });
  it('drops particles alone and single Latin letters or digits', () => {
    const q = analyseQuery('와 <img src=x onerror=alert(1)>', language);
    expect(q.ignored).toEqual(['와']);
    expect(q.short).toEqual(['x', '1']);
    expect(q.terms.map((t) => t.text)).toEqual(['img', 'src', 'onerror', 'alert']);
    expect(analyseQuery('는', language).terms).toEqual([]);
  });
});

describe('merge', () => {
  it('ranks documents with every word first and reports words that matched nothing', () => {
    const q = analyseQuery('한라봉 데이터 맥주', language);
    const answers = [
      { alternatives: [[{ id: 'a', score: 1 }, { id: 'b', score: 5 }]] },
      { alternatives: [[{ id: 'a', score: 1 }, { id: 'c', score: 9 }]] },
      { alternatives: [[]] },
    ];
    const merged = mergeAnswers(q, answers, q.joined.map(() => []));
    expect(merged.ranked.map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(merged.ranked.map((r) => r.missing)).toEqual([[2], [0, 2], [1, 2]]);
    expect(merged.unmatched).toEqual(['맥주']);
  });
});

describe('excerpts show only the real text', () => {
  it('cuts the hidden terms after the separator and the leading title', () => {
    expect(realText(`제목. 본문입니다. ${HIDDEN_MARK} 테크노파크 기업.`, '제목')).toBe('본문입니다');
  });

  it('separates with a character validate refuses in every text, so no content can end an excerpt early', () => {
    expect(hiddenCharacter(`본문${HIDDEN_MARK}`)).toBe('U+001E');
  });

  it('keeps the text after a ␞ the author wrote: only the control character separates', () => {
    expect(realText(`제목. 기호 ␞ 뒤의 고유문구. ${HIDDEN_MARK} 숨은 낱말.`, '제목')).toBe('기호 ␞ 뒤의 고유문구');
  });
  it('marks matches inside words, case- and width-insensitively', () => {
    expect(findMatches('제주테크노파크가 ＬＬＭ을', ['테크노파크', 'llm'])).toEqual([[2, 7], [9, 12]]);
    const segments = excerpt('바이오기업이 모였습니다', ['기업']);
    expect(segments).toEqual([
      { text: '바이오', mark: false },
      { text: '기업', mark: true },
      { text: '이 모였습니다', mark: false },
    ]);
  });
});

describe('URL state', () => {
  it('round-trips query, filters and sort', () => {
    const state = readState('?q=%ED%92%88%EC%A7%88%EA%B4%80%EB%A6%AC&year=2026&category=%ED%96%89%EC%82%AC&sort=newest');
    expect(state.q).toBe('품질관리');
    expect(state.filters.year).toEqual(['2026']);
    expect(state.sort).toBe('newest');
    expect(readState(writeState(state))).toEqual(state);
  });
});

describe('synonyms file', () => {
  it('rejects a spaced form with a Korean message', () => {
    const result = searchSynonymsSchema.safeParse({ groups: [['아마존 웹 서비스', 'AWS']] });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('띄어쓰기');
  });
  it('reads the real file', async () => {
    const { readLanguage } = await import('../../src/content-io/search-language.ts');
    const real = readLanguage('content');
    expect(real.synonyms.some((g) => g.includes('ms') && g.includes('마이크로소프트'))).toBe(true);
  });
});
