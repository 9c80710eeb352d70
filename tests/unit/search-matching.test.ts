import { describe, expect, it } from 'vitest';
import { analyseQuery, indexTerms, stripParticle } from '../../src/domain/search/korean.ts';
import { languageData } from '../../src/domain/search/language.ts';
import { augmentPage } from '../../src/build/pagefind-index.ts';
import { HIDDEN_MARK, realText } from '../../src/domain/search/excerpt.ts';

const language = languageData({ groups: [['TP', '테크노파크'], ['AWS', '아마존웹서비스']], keep: ['제주도'] });
const count = (terms: string[], term: string) => terms.filter((t) => t === term).length;

describe('particles are cut only where the 받침 agrees', () => {
  it.each([
    ['미생물이', '미생물'],
    ['유전체를', '유전체'],
    ['효모를', '효모'],
    ['해조류로', '해조류'],
    ['라벨에', '라벨'],
    ['캠퍼스에서', '캠퍼스'],
    ['한라봉으로', '한라봉'],
    ['제주테크노파크는', '제주테크노파크'],
    ['경기도에서', '경기도'],
  ])('%s → %s', (word, stem) => expect(stripParticle(word)).toBe(stem));

  it.each(['전문가', '기업가', '창업가', '경기도', '어린이', '지원한도', '화상회의', '식품공학과', '수도권', '해외', '도내', '마을'])(
    '%s is a noun, not a stem with a particle',
    (word) => expect(stripParticle(word)).toBe(word),
  );

  it('so a trap word in a query is searched as typed, never by its beginning', () => {
    for (const word of ['전문가', '기업가', '경기도', '어린이']) expect(analyseQuery(word).terms[0]?.alternatives).toEqual([word]);
  });
});

describe('index terms', () => {
  it('finds compound parts before every ending and particle', () => {
    expect(indexTerms('바이오연구동에서 공동 활용실을 운영합니다')).toContain('연구동');
    expect(indexTerms('새 화장품공장이며 식품공장에서')).toEqual(expect.arrayContaining(['공장']));
    expect(indexTerms('제주캠퍼스에서 열었습니다')).toContain('캠퍼스');
    expect(indexTerms('스마트팜실증단지까지 확대합니다')).toContain('실증단지');
    expect(indexTerms('제주바이오융합센터로부터 넘겨받아')).toContain('융합센터');
    expect(indexTerms('제주테크노파크에서 열렸습니다')).toContain('테크노파크');
  });

  it('indexes the stem of every particle form, as often as the text uses it (up to twice)', () => {
    const terms = indexTerms('유전체를 분석하고 유전체가 바뀌면 유전체의 기록을');
    expect(count(terms, '유전체')).toBe(2);
    expect(count(indexTerms('유전체를 분석했습니다'), '유전체')).toBe(1);
  });

  it('gets no compound parts from verb forms, and joins no one-syllable word into a compound', () => {
    const terms = indexTerms('운영되는 과정에서 기업 간 협력이 늘었습니다');
    expect(terms).not.toContain('영되');
    expect(terms).not.toContain('기업간');
    expect(indexTerms('매칭 데이를 열었습니다')).toContain('매칭데이');
  });

  it('are worked out per word once per kept-noun list, never handed to another list', () => {
    // 한라도 ends in the particle 도 unless the staff keep it as a noun.
    const kept = new Set(['한라도']);
    expect(indexTerms('한라도', kept)).toEqual(['라도']);
    expect(indexTerms('한라도')).toEqual(['한라']);
    expect(indexTerms('한라도', new Set(['한라도']))).toEqual(['라도']);
    expect(indexTerms('한라도 매칭', kept)).toEqual(indexTerms('한라도 매칭', new Set(kept)));
  });
});

describe('query words written across scripts', () => {
  it('are one term, searched joined and with a synonym per run', () => {
    const q = analyseQuery('제주TP와', language);
    expect(q.terms).toHaveLength(1);
    expect(q.terms[0]?.alternatives).toEqual(expect.arrayContaining(['제주tp', '제주테크노파크']));
    expect(q.ignored).toEqual([]);
    expect(analyseQuery('삼성SDS', language).terms.map((t) => t.text)).toEqual(['삼성sds']);
  });
});

describe('the page given to Pagefind', () => {
  const release = `<html lang="ko"><body><article data-pagefind-body data-title="감귤 와인">
    <h1>감귤 와인</h1><p data-pagefind-weight="3">요약입니다.</p><div class="prose"><p>본문에서 와인을 빚습니다.</p></div>
    <aside><section><h2>관련 기관</h2><ul data-pagefind-weight="0.5"><li data-pagefind-filter="organization">㈜제주와이너리</li></ul></section>
    <section><h2>태그</h2><ul><li data-pagefind-filter="tag[data-tag]" data-tag="발효">#발효</li></ul></section></aside>
  </article></body></html>`;

  it('puts the sidebar after the separator, so an excerpt never shows its labels', () => {
    const html = augmentPage(release, language);
    const text = html.replace(/<[^>]+>/g, ' ');
    const beforeMark = text.split(HIDDEN_MARK)[0] ?? '';
    expect(beforeMark).not.toContain('제주와이너리');
    expect(beforeMark).not.toContain('#발효');
    expect(realText(text.replace(/\s+/g, ' '), '감귤 와인')).not.toContain('관련 기관');
    // still there for Pagefind: the filters, and the tags as text
    expect(html).toContain('data-pagefind-filter="organization"');
    expect(html.split(HIDDEN_MARK)[1]).toContain('#발효');
  });

  it('keeps an author\'s ␞ in the real text: only the index writes the separator', () => {
    const withSymbol = release.replace('</article>', '<p>기호 ␞ 뒤의 고유문구</p></article>');
    const text = augmentPage(withSymbol, language).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(realText(text, '감귤 와인')).toContain('␞ 뒤의 고유문구');
    expect(realText(text, '감귤 와인')).not.toContain('#발효');
  });

  it('reads the organisation list for the filter only, not as text', () => {
    const html = augmentPage(release, language);
    expect(html).toMatch(/<ul data-pagefind-weight="0.5" data-pagefind-ignore(="")?>/);
  });
});

describe('the page given to Pagefind keeps the bytes Astro wrote', () => {
  const page =
    '<!DOCTYPE html><html lang="ko"><head><title>t</title></head><body><nav>메뉴</nav>' +
    '<article data-pagefind-body data-title="감귤 와인 &amp; 발효"><h1>감귤 와인 &amp; 발효</h1>' +
    '<p class="summary" data-pagefind-weight="3">제주테크노파크가 발효 설비를 공개했습니다.</p>' +
    '<aside><ul class="inline-list" data-pagefind-weight="0.5"><li data-pagefind-filter="organization">제주와이너리</li></ul></aside>' +
    '<p hidden>바이오기업의 원료</p><p data-pagefind-ignore>무시할 글</p></article><footer>끝</footer></body></html>';

  it('splices the separator, the moved sidebar and the terms in, and changes nothing else', () => {
    const html = augmentPage(page, language);
    const [before = '', after = ''] = html.split(`<div>${HIDDEN_MARK}</div>`);
    // Not re-serialised: a serialiser would write data-pagefind-body="" and hidden="".
    expect(before).toBe(page.slice(0, page.indexOf('<aside>')) + '<p hidden>바이오기업의 원료</p><p data-pagefind-ignore>무시할 글</p>');
    expect(after.startsWith('<aside><ul class="inline-list" data-pagefind-weight="0.5" data-pagefind-ignore=""><li')).toBe(true);
    expect(after.endsWith('</article><footer>끝</footer></body></html>')).toBe(true);
    // The terms: the title's zone first, then the summary's, then the rest (the ignored paragraph and the organisation list left out).
    const blocks = after.slice(after.indexOf('</aside>') + '</aside>'.length, after.indexOf('</article>'));
    expect(blocks).toMatch(/^<p data-pagefind-weight="7">[^<]*<\/p><p data-pagefind-weight="3">[^<]*테크노파크[^<]*<\/p><p>[^<]*<\/p>$/);
    expect(blocks).toContain('바이오기업');
    expect(blocks).not.toContain('무시');
    expect(blocks).not.toContain('와이너리');
  });

  it('leaves a page without a search body as it is', () => {
    const plain = '<!DOCTYPE html><html><body><p hidden>글</p></body></html>';
    expect(augmentPage(plain, language)).toBe(plain);
  });
});
