/**
 * The portal's search over a stand-in for Pagefind that behaves as Pagefind does with Korean:
 * a query word matches indexed words that begin with it letter (자모) by letter, so `가` matches
 * `간`; a quoted word matches that word only; a word that begins no indexed word falls back to
 * its longest beginning that does.
 */
import { describe, expect, it } from 'vitest';
import { portalSearch, type PagefindLike, type PagefindResult } from '../../src/domain/search/engine.ts';
import { answerTexts, partialHeading } from '../../src/domain/search/messages.ts';
import { t } from '../../src/i18n/index.ts';
import { EMPTY_LANGUAGE } from '../../src/domain/search/korean.ts';

interface Doc {
  id: string;
  words: string[];
}

function fakePagefind(docs: Doc[]): PagefindLike & { searched: string[] } {
  const letters = (s: string) => s.normalize('NFD');
  const searched: string[] = [];
  const results = (match: (word: string) => boolean): PagefindResult[] =>
    docs
      .map((doc) => ({ doc, n: doc.words.filter(match).length }))
      .filter(({ n }) => n > 0)
      .sort((a, b) => b.n - a.n)
      .map(({ doc, n }) => ({ id: doc.id, score: n, data: async () => ({ url: `/releases/${doc.id}/`, content: doc.words.join(' '), meta: { title: doc.id } }) }));
  return {
    searched,
    async search(term: string) {
      searched.push(term);
      if (term.startsWith('"')) return { results: results((word) => word === term.slice(1, -1)) };
      for (let length = term.length; length > 0; length -= 1) {
        const prefix = letters(term.slice(0, length));
        const found = results((word) => letters(word).startsWith(prefix));
        if (found.length > 0) return { results: found };
      }
      return { results: [] };
    },
  };
}

const docs: Doc[] = [
  { id: 'wine-export', words: ['한라봉', '와인', '해외', '수출'] },
  { id: 'wine-ferment', words: ['감귤', '와인', '발효'] },
  { id: 'haenyeo', words: ['해녀', '해조류', '콜라겐'] },
  { id: 'forum', words: ['기업가', '기업가정신', '포럼'] },
  { id: 'results', words: ['기업간', '협력', '30000000원'] },
  { id: 'call', words: ['300000000원', '모집'] },
  { id: 'about', words: ['와인', '해녀', '기업가'] },
];
const search = (q: string) => portalSearch(fakePagefind(docs), q, EMPTY_LANGUAGE, { sitePages: new Set(['about']) });
const ids = (list: { id: string }[]) => list.map((doc) => doc.id);

describe('the result list means every word', () => {
  it('lists only releases with every word; the rest follow as partial matches with what they lack', async () => {
    const answer = await search('와인 발효');
    expect(ids(answer.results)).toEqual(['wine-ferment']);
    expect(ids(answer.partial)).toEqual(['wine-export']);
    expect(answer.partial[0]?.missing).toEqual([1]);
    expect(t(partialHeading(answer.query, answer.partial).key, partialHeading(answer.query, answer.partial).values)).toBe('‘발효’가 없는 결과');
  });

  it('leaves the list empty when the words never meet in one release, and names them', async () => {
    const answer = await search('해녀 와인');
    expect(answer.results).toEqual([]);
    expect(answer.apart).toEqual(['해녀', '와인']);
    // the about page has both words: it goes to its own group, never into the list
    expect(ids(answer.site)).toEqual(['about']);
    const texts = answerTexts(answer, { visible: 0, filtered: false });
    expect(texts.status).toEqual({ key: 'search.count', values: { count: '0' } });
    expect(texts.notices.map((n) => t(n.key, n.values))).toEqual(['검색한 낱말이 모두 든 보도자료가 없습니다.', '‘해녀’, ‘와인’이 한 보도자료에 함께 나오지 않습니다. 낱말마다 따로 나오는 보도자료는 있습니다.']);
  });

  it('names a word that no release contains, and lists nothing for it', async () => {
    const answer = await search('한라봉 맥주');
    expect(answer.results).toEqual([]);
    expect(answer.unmatched).toEqual(['맥주']);
    expect(ids(answer.partial)).toEqual(['wine-export']);
    const notices = answerTexts(answer, { visible: 0, filtered: false }).notices.map((n) => t(n.key, n.values));
    expect(notices).toContain('‘맥주’는 어느 보도자료에도 없습니다.');
  });
});

describe('what Pagefind matches that is not there', () => {
  it('drops a match made only inside a letter (기업가 → 기업간)', async () => {
    const answer = await search('기업가');
    expect(ids(answer.results)).toEqual(['forum']);
  });

  it('drops the fallback to a shorter beginning (와인공장 → 와인)', async () => {
    const answer = await search('와인공장');
    expect(answer.results).toEqual([]);
    expect(answer.unmatched).toEqual(['와인공장']);
  });

  it('searches a figure as one exact word, so 3천만 원 never matches 3억 원', async () => {
    const pagefind = fakePagefind(docs);
    const answer = await portalSearch(pagefind, '3천만 원', EMPTY_LANGUAGE);
    expect(pagefind.searched).toEqual(['"30000000원"']);
    expect(ids(answer.results)).toEqual(['results']);
    expect(answer.highlight).toEqual(['30000000원']);
  });
});
