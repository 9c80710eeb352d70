/**
 * The release body's safe subset (src/schemas/release-body.ts) and its renderer
 * (src/domain/body-html.ts): the documented list equals the code's, what passes renders as
 * Astro's MDX did, and the renderer never writes what the check would refuse.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_LENGTH, parseReleaseBody } from '../../src/content-io/release-body.ts';
import { renderBodyHtml, splitBodyHtml } from '../../src/domain/body-html.ts';
import { checkUrl } from '../../src/foundation/safe-url.ts';
import { HIDDEN_MARK } from '../../src/domain/search/excerpt.ts';
import { BODY_COMPONENTS, BODY_ELEMENTS, checkReleaseBody, isMdxComment } from '../../src/schemas/release-body.ts';
import { pageLinkTarget, type LinkedRelease } from '../../src/rules/body-links.ts';
import { REPO_ROOT } from '../helpers/paths.ts';

const tree = (body: string): Root => {
  const parsed = parseReleaseBody(body, 'x.mdx', 1);
  if (!parsed.ok) throw new Error(parsed.problem.en);
  return parsed.tree;
};
const anywhere = () => 'ok' as const;
const findings = (body: string) => checkReleaseBody(tree(body), anywhere).map((f) => f.ko);
const html = (body: string, base = '/') => renderBodyHtml(tree(body), { base, site: 'https://portal.example' });

describe('docs/본문-규칙.md', () => {
  const doc = readFileSync(path.join(REPO_ROOT, 'docs/본문-규칙.md'), 'utf8');
  const table = (name: string) => {
    const block = new RegExp(`<!-- ${name} -->\\n([\\s\\S]*?)<!-- /${name} -->`).exec(doc)?.[1] ?? '';
    return block.split('\n').slice(2).filter(Boolean).map((row) => row.split('|').map((cell) => cell.trim()));
  };
  it('lists exactly the elements and attributes the check allows', () => {
    const rows = table('elements').map(([, tag, attributes]) => [tag?.replaceAll('`', ''), (attributes ?? '').replaceAll('`', '').split(',').map((a) => a.trim()).filter(Boolean)]);
    expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(Object.entries(BODY_ELEMENTS).map(([tag, rules]) => [tag, Object.keys(rules)])));
  });
  it('lists exactly the components and their props', () => {
    const rows = table('components').map(([, name, props]) => [name?.replace(/[`<>]/g, ''), (props ?? '').replaceAll('`', '').split(',').map((p) => p.trim())]);
    expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(Object.entries(BODY_COMPONENTS).map(([name, c]) => [name, [...c.props]])));
  });
});

describe('the body check', () => {
  it('passes Markdown, listed elements, the <Stat> component and comments', () => {
    const body = [
      '## 제목',
      '',
      '**굵게**, _기울임_, ~~취소~~, [링크](https://example.org/), [사이트](/kpi/budget/), [메일](mailto:press@example.kr), [전화](tel:064-000-0000)',
      '',
      '| 가 | 나 |',
      '| --- | --- |',
      '| 1 | 2 |',
      '',
      '<abbr title="Research and Development">R&D</abbr> <Stat kpi="budget.executed" at="2026-06" value="42억 원" /> {/* 메모 */}',
      '',
      '<ol start="3" reversed><li>셋</li></ol> <a href="https://example.org/" target="_blank">새 창</a> <td colspan="2">x</td>',
    ].join('\n');
    expect(findings(body)).toEqual([]);
  });
  it('accepts only a lone comment as {…}', () => {
    expect(isMdxComment('/* 메모 */')).toBe(true);
    expect(isMdxComment(' /* a */ /* b */ ')).toBe(false);
    expect(isMdxComment('/* a */ x() /* b */')).toBe(false);
    expect(isMdxComment('1 + 1')).toBe(false);
  });
  it('refuses the search index separator in text, written or as a reference, and passes an author\'s ␞', () => {
    expect(findings(`앞 ${HIDDEN_MARK} 뒤`)).toEqual([expect.stringMatching(/U\+001E/)]);
    // Markdown decodes a reference to a control character as U+FFFD, so it cannot write one either.
    expect(html('앞 &#30; 뒤')).toBe('<p>앞 \uFFFD 뒤</p>');
    expect(findings('앞 ␞ 뒤')).toEqual([]);
  });
  it('refuses attribute values outside their rule', () => {
    expect(findings('<ol start="-1"><li>x</li></ol>')).toEqual([expect.stringMatching(/start 값 "-1"이 규칙에 맞지 않습니다/)]);
    expect(findings('<a href="https://example.org/" target="_top">x</a>')).toEqual([expect.stringMatching(/target 값/)]);
    expect(findings('<a href="https://example.org/" rel="opener">x</a>')).toEqual([expect.stringMatching(/rel 속성은 쓸 수 없습니다/)]);
  });
  it('holds a body link to a release to the linking release\'s own publication', () => {
    const release = (instant: number, draft: boolean, tags: string[] = [], attachments: string[] = []): LinkedRelease => ({ instant, draft, tags, attachments });
    const context = {
      releases: new Map([
        ['2026-01-05-earlier', release(1, false, ['공개'], ['a.pdf'])],
        ['2026-02-05-later', release(3, false, ['예약'], ['b.pdf'])],
        ['2026-01-20-draft', release(1, true)],
      ]),
      organizations: new Set(['jeju-technopark']),
      origins: ['https://portal.example', 'http://localhost:4321'],
      base: '/portal/',
    };
    const from = pageLinkTarget({ path: '/releases/2026-01-10-from/', instant: 2, draft: false }, context);
    expect(from('/releases/2026-01-05-earlier/')).toBe('ok');
    expect(from('/releases/2026-02-05-later/')).toEqual({ unpublished: '2026-02-05-later' });
    expect(from('/releases/2026-01-20-draft/')).toEqual({ unpublished: '2026-01-20-draft' });
    expect(from('/releases/2026-09-09-missing/')).toBe('nowhere');
    // Relative paths, dot segments and the site's own absolute URLs lead to the same pages.
    expect(from('../2026-02-05-later/')).toEqual({ unpublished: '2026-02-05-later' });
    expect(from('/data/../releases/2026-02-05-later/')).toEqual({ unpublished: '2026-02-05-later' });
    expect(from('https://portal.example/portal/releases/2026-02-05-later/')).toEqual({ unpublished: '2026-02-05-later' });
    expect(from('http://localhost:4321/releases/2026-01-05-earlier/')).toBe('ok');
    expect(from('https://other.example/releases/2026-02-05-later/')).toBeUndefined();
    // Tag pages and attachments only of releases public no later; known data files and organisations only.
    expect(from('/tags/공개/')).toBe('ok');
    expect(from(`/tags/${encodeURIComponent('예약')}/`)).toEqual({ unpublished: '#예약' });
    expect(from('/tags/없음/')).toBe('nowhere');
    expect(from('/attachments/2026-01-05-earlier/a.pdf')).toBe('ok');
    expect(from('/attachments/2026-02-05-later/b.pdf')).toEqual({ unpublished: '2026-02-05-later' });
    expect(from('/data/budget.csv')).toBe('ok');
    expect(from('/data/secret.csv')).toBe('nowhere');
    expect(from('/organizations/jeju-technopark/')).toBe('ok');
    expect(from('/organizations/nobody/')).toBe('nowhere');
    expect(from('#fn-1')).toBeUndefined();
    // A draft may link to another draft: neither is public.
    expect(pageLinkTarget({ path: '/releases/x/', instant: 2, draft: true }, context)('/releases/2026-01-20-draft/')).toBe('ok');
  });
});

describe('the body renderer', () => {
  it('gives site links and images the base path, other sites rel=noopener, new tabs noopener noreferrer', () => {
    expect(html('[예산](/kpi/budget/) ![그림](/attachments/x/a.png)', '/portal/')).toBe('<p><a href="/portal/kpi/budget/" data-print-url="https://portal.example/portal/kpi/budget/">예산</a> <img src="/portal/attachments/x/a.png" alt="그림"/></p>');
    expect(html('[다른 곳](https://example.org/ "제목")')).toBe('<p><a title="제목" href="https://example.org/" rel="noopener">다른 곳</a></p>');
    expect(html('[같은 곳](https://portal.example/kpi/)')).toBe('<p><a href="https://portal.example/kpi/">같은 곳</a></p>');
    expect(html('<a href="/kpi/" target="_blank">새 창</a>')).toBe('<a target="_blank" href="/kpi/" rel="noopener noreferrer" data-print-url="https://portal.example/kpi/">새 창</a>');
  });
  it('puts a table in a scroll box the keyboard can reach, so a wide one never widens the page', () => {
    const out = html('| 항목 | 금액 |\n| --- | --- |\n| 국비 | 140억 원 |');
    expect(out).toMatch(/^<div class="table-wrap" role="group" tabindex="0" aria-label="본문의 표"><table>.*<\/table><\/div>$/s);
    expect(out).toContain('<td>140억 원</td>');
  });
  it('escapes text and attributes as Astro does, and gives headings their anchors', () => {
    expect(html('R&D 5 \\< 6 > 4, it\'s "ok"')).toBe('<p>R&amp;D 5 &lt; 6 &gt; 4, it’s “ok”</p>');
    expect(html('<abbr title="a &quot; b">x</abbr>')).toBe('<abbr title="a &quot; b">x</abbr>');
    expect(html('## 사업 개요\n\n## 사업 개요')).toBe('<h2 id="사업-개요">사업 개요</h2>\n<h2 id="사업-개요-1">사업 개요</h2>');
    // The page's own ids (the skip link's target, "cite this") are never taken by a heading.
    expect(html('## main\n\n## cite text')).toBe('<h2 id="main-1">main</h2>\n<h2 id="cite-text-1">cite text</h2>');
  });
  it('turns <Stat> into a placeholder that splits back into its props, in any attribute order', () => {
    const rendered = html('집행액은 <Stat value="42억 &amp; 원" at="2026-06" kpi="budget.executed" />입니다.');
    expect(splitBodyHtml(rendered)).toEqual(['<p>집행액은 ', { kpi: 'budget.executed', at: '2026-06', value: '42억 & 원' }, '입니다.</p>']);
  });
  it('never writes an element, attribute or URL the check refuses, even when handed an unchecked tree', () => {
    const out = html('<script>alert(1)</script> <b onclick="x" style="y" title="t">b</b> <a href="javascript:alert(1)">x</a> <iframe src="https://evil.example/" />');
    expect(out).not.toMatch(/<script|onclick|style=|javascript:|<iframe/);
    expect(out).toContain('<b title="t">b</b>');
  });
});

describe('the URL rule', () => {
  it.each([
    ['https://example.org/a?b=1#c', 'absolute'],
    ['mailto:press@example.kr', 'absolute'],
    ['tel:064-000-0000', 'absolute'],
    ['/kpi/', 'site'],
    ['#fn-1', 'fragment'],
    ['../a/', 'relative'],
  ])('allows %s', (url, kind) => expect(checkUrl(url)).toMatchObject({ ok: true, kind }));
  it.each([
    ['javascript:alert(1)', 'scheme'],
    [' \tJAVA\nSCRIPT:alert(1)', 'scheme'],
    ['data:text/html,x', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['//evil.example/', 'protocol-relative'],
    ['/\\evil.example/', 'protocol-relative'],
    ['https://exa mple.org/', 'unparseable'],
    ['/a/%zz/', 'unparseable'],
    ['/a/%C3%28/', 'unparseable'],
    ['http://', 'unparseable'],
    ['/a\u202Eb/', 'control'],
  ])('refuses %j (%s)', (url, reason) => expect(checkUrl(url)).toMatchObject({ ok: false, reason }));
});

describe('a body too long to parse safely', () => {
  it('is refused before parsing, at the body’s first line, and a body at the limit parses', () => {
    const tooLong = parseReleaseBody('"**가'.repeat(MAX_BODY_LENGTH / 4 + 1), 'x.mdx', 12);
    expect(tooLong.ok).toBe(false);
    if (!tooLong.ok) expect(tooLong.problem).toMatchObject({ line: 12, en: `the body is too long (20,004 characters, at most 20,000)` });
    expect(parseReleaseBody('가나다라 '.repeat(MAX_BODY_LENGTH / 5), 'x.mdx', 12).ok).toBe(true);
  });
});
