/**
 * Emphasis that works in Korean (src/domain/body-emphasis.ts): `**…**` and `*…*` beside particles,
 * brackets and quotes render as emphasis (the CJK-friendly rule); what CommonMark keeps literal
 * stays literal; every existing body renders as Sätteri alone rendered it, except where emphasis
 * now works; a `**` or `__` nothing closes is a body error whose fix works.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import { markdownToHast, mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/content-io/frontmatter.ts';
import { loadContent } from '../../src/content-io/load-content.ts';
import { parseReleaseBody, releaseBodyProblems } from '../../src/content-io/release-body.ts';
import { runFlanking } from '../../src/domain/body-emphasis.ts';
import { renderBodyHtml } from '../../src/domain/body-html.ts';
import { formatProblem } from '../../src/foundation/problems.ts';
import { DURING } from '../helpers/instants.ts';
import { buildRoot, REAL_CONTENT, REPO_ROOT } from '../helpers/paths.ts';

const OPTIONS = { base: '/', site: 'https://portal.example' };
const tree = (body: string, syntax: 'mdx' | 'markdown' = 'mdx'): Root => {
  const parsed = parseReleaseBody(body, 'x.mdx', 1, syntax);
  if (!parsed.ok) throw new Error(parsed.problem.en);
  return parsed.tree;
};
const html = (body: string) => renderBodyHtml(tree(body), OPTIONS);
/** The file's problems, as the gate prints them, for a body that starts on `firstLine`. */
const problems = (body: string, firstLine = 1) => releaseBodyProblems(tree(body), 'content/releases/2026/2026-12-01-x.mdx', firstLine, () => 'ok').map(formatProblem);

describe('emphasis next to Korean', () => {
  it.each([
    ['**국비 140억 원(60%)**을', '<p><strong>국비 140억 원(60%)</strong>을</p>'],
    ['**「AI 대전환」**을', '<p><strong>「AI 대전환」</strong>을</p>'],
    ['**"제주"**는', '<p><strong>“제주”</strong>는</p>'],
    ['**제주테크노파크**는', '<p><strong>제주테크노파크</strong>는</p>'],
    ['*「강조」*를', '<p><em>「강조」</em>를</p>'],
    ['***「굵은 기울임」***과', '<p><em><strong>「굵은 기울임」</strong></em>과</p>'],
    ['사업단은 **(주)제주**와 협약을', '<p>사업단은 <strong>(주)제주</strong>와 협약을</p>'],
    ['**[매칭데이](/releases/)**에서', '<p><strong><a href="/releases/" data-print-url="https://portal.example/releases/">매칭데이</a></strong>에서</p>'],
    ['## **"성과"**와 과제', '<h2 id="성과와-과제"><strong>“성과”</strong>와 과제</h2>'],
    ['- **기간(13개월)**은 길다', '<ul>\n<li><strong>기간(13개월)</strong>은 길다</li>\n</ul>'],
    ['| 항목 |\n| --- |\n| **"국비"**는 |', '<div class="table-wrap" role="group" tabindex="0" aria-label="본문의 표"><table>\n<thead>\n<tr>\n<th>항목</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td><strong>“국비”</strong>는</td>\n</tr>\n</tbody>\n</table></div>'],
    ['> **「인용」**은\n> 둘째 줄', '<blockquote>\n<p><strong>「인용」</strong>은\n둘째 줄</p>\n</blockquote>'],
  ])('%s', (body, expected) => {
    expect(html(body)).toBe(expected);
    expect(problems(body)).toEqual([]);
  });

  it('follows the amended flanking rule: a run after a quote and before Hangul closes only under it', () => {
    const [quote, eun] = ['"'.codePointAt(0) ?? 0, '는'.codePointAt(0) ?? 0];
    expect(runFlanking('*', quote, null, eun, 'commonmark')).toEqual({ open: true, close: false });
    expect(runFlanking('*', quote, null, eun, 'cjk')).toEqual({ open: true, close: true });
  });
});

describe('what stays literal', () => {
  it.each([
    ['2 * 3 * 4', '<p>2 * 3 * 4</p>'],
    ['2\\*3\\*4', '<p>2*3*4</p>'],
    ['별표 \\*\\*그대로\\*\\*는', '<p>별표 **그대로**는</p>'],
    ['&#42;&#42;엔티티&#42;&#42;는', '<p>**엔티티**는</p>'],
    ['`**「코드」**는`', '<p><code>**「코드」**는</code></p>'],
    ['```\n**「코드」**는\n```', '<pre><code>**「코드」**는\n</code></pre>'],
    ['https://example.org/a__b**c 참고', '<p><a href="https://example.org/a__b**c" rel="noopener">https://example.org/a__b**c</a> 참고</p>'],
    ['snake_case_name과', '<p>snake_case_name과</p>'],
  ])('%s', (body, expected) => {
    expect(html(body)).toBe(expected);
    expect(problems(body)).toEqual([]);
  });

  it('keeps CommonMark’s intraword emphasis (2*3*4 was emphasis before as well: write 2\\*3\\*4 or 2×3×4)', () => {
    expect(html('2*3*4')).toBe('<p>2<em>3</em>4</p>');
  });
});

describe('every existing body', () => {
  const files = (dir: string) =>
    readdirSync(path.join(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.mdx?$/.test(f) && !/README/i.test(f))
      .map((f) => path.join(dir, f));
  const bodies = ['content', 'tests/fixtures', 'docs/examples'].flatMap(files).sort();
  /** Bodies whose emphasis now works: there, and only there, `**` became <strong>. */
  const NOW_EMPHASIS = ['tests/fixtures/search-corpus/releases/2025/2025-12-17-ai-matching-day.mdx'];

  it('renders as Sätteri alone did, except where emphasis now works', () => {
    expect(bodies.length).toBeGreaterThan(100);
    const changed: string[] = [];
    for (const file of bodies) {
      const split = splitFrontmatter(readFileSync(path.join(REPO_ROOT, file), 'utf8').normalize('NFC'));
      if (!split) continue;
      const syntax = file.endsWith('.mdx') ? 'mdx' : 'markdown';
      const plain = (syntax === 'mdx' ? mdxToHast : markdownToHast)(split.body, { features: { gfm: true, smartPunctuation: true } }) as Root;
      const before = renderBodyHtml(plain, OPTIONS);
      const after = renderBodyHtml(tree(split.body, syntax), OPTIONS);
      if (before === after) continue;
      changed.push(file);
      // The only difference: asterisks that printed became tags around the same text.
      const bare = (text: string) => text.replace(/<\/?(strong|em)>|\*/g, '');
      expect(bare(after), file).toBe(bare(before));
      expect(after, file).not.toMatch(/\*\*/);
    }
    expect(changed).toEqual(NOW_EMPHASIS);
  });
});

describe('an unclosed ** or __', () => {
  const FILE = 'content/releases/2026/2026-12-01-x.mdx';
  it('is an error at its line and column in the file, in the standard format', () => {
    expect(problems('첫 줄\n\n사업단은 **국비 140억 원을 받았습니다.', 8)).toEqual([
      `${FILE}:10:6 (본문) — 굵게 표시 **의 짝이 없어, 본문에 ** 글자가 그대로 나갑니다 (unclosed emphasis marker **: it would print as it is) → 강조할 글 앞뒤에 빈칸 없이 같은 표시를 붙이세요 (예: **굵게**, 뒤에 조사가 바로 붙어도 됩니다). 표시를 글자 그대로 쓰려면 \\*\\*처럼 글자마다 앞에 \\를 붙이세요`,
    ]);
    expect(problems('- 항목\n- __밑줄 두 개', 8)[0]).toMatch(new RegExp(`^${FILE}:9:3 \\(본문\\) — 굵게 표시 __의 짝이 없어`));
    expect(problems('**강조가 [링크](/) 안에서** 끝나지 않음 **', 8)[0]).toMatch(/:8:28 /);
  });

  it('finds markers left inside emphasis, links, headings and cells, not in code', () => {
    expect(problems('**a** 그리고 **b', 1).map((p) => p.split(' ')[0])).toEqual([`${FILE}:1:11`]);
    expect(problems('[**링크](/)', 1)).toHaveLength(1);
    expect(problems('## 제목 **', 1)).toHaveLength(1);
    expect(problems('| a |\n| --- |\n| ** |', 1)).toHaveLength(1);
    expect(problems('`**` 와\n\n```\n**\n```', 1)).toEqual([]);
  });

  it('is gone once the fix it gives is applied: close it, or escape it', () => {
    const bad = '사업단은 **국비 140억 원을 받았습니다.';
    expect(problems(bad)).toHaveLength(1);
    expect(problems('사업단은 **국비 140억 원**을 받았습니다.')).toEqual([]);
    expect(html('사업단은 **국비 140억 원**을 받았습니다.')).toBe('<p>사업단은 <strong>국비 140억 원</strong>을 받았습니다.</p>');
    expect(problems('사업단은 \\*\\*국비 140억 원을 받았습니다.')).toEqual([]);
    expect(html('사업단은 \\*\\*국비 140억 원을 받았습니다.')).toBe('<p>사업단은 **국비 140억 원을 받았습니다.</p>');
    expect(problems('snake\\_\\_case')).toEqual([]);
  });

  it('is reported in policy pages (Markdown) too', () => {
    expect(releaseBodyProblems(tree('**열림', 'markdown'), 'content/pages/p.md', 5, () => 'ok').map((p) => `${p.line}:${p.column}`)).toEqual(['5:1']);
  });
});

describe('in a copy of the real content (what validate and the build run)', () => {
  const RELEASE = 'releases/2025/2025-12-17-ai-matching-day.mdx';
  const copy = (edit: (text: string) => string) => {
    const dir = mkdtempSync(path.join(buildRoot(), 'content-emphasis-'));
    cpSync(REAL_CONTENT, dir, { recursive: true });
    const file = path.join(dir, RELEASE);
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    return dir;
  };
  // The body check's problems (the permanence record also, rightly, notices the changed text).
  const bodyProblems = (dir: string) => loadContent(dir, DURING).problems.filter((p) => p.field === '(본문)').map(formatProblem);

  it('stops on the line and column of a marker left open, and passes once it is closed', () => {
    const lines = readFileSync(path.join(REAL_CONTENT, RELEASE), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('「**AI 수요·공급기업 매칭데이**」를')) + 1;
    const column = (lines[line - 1] ?? '').indexOf('「**AI') + 1;
    expect(line).toBeGreaterThan(1);
    const open = copy((text) => text.replace('「**AI 수요·공급기업 매칭데이**」를', '**「AI 수요·공급기업 매칭데이」를'));
    expect(bodyProblems(open)).toEqual([expect.stringMatching(new RegExp(`${RELEASE}:${line}:${column} \\(본문\\) — 굵게 표시 \\*\\*의 짝이 없어`))]);
    const closed = copy((text) => text.replace('「**AI 수요·공급기업 매칭데이**」를', '**「AI 수요·공급기업 매칭데이」**를'));
    expect(bodyProblems(closed)).toEqual([]);
  });
});

describe('untrusted bodies', () => {
  it('leaves a stretch with more runs than it processes as Sätteri made it, its open markers still reported', () => {
    const body = `${'가**"나"**다 '.repeat(600)}**끝`;
    const plain = mdxToHast(body, { features: { gfm: true, smartPunctuation: true } }) as Root;
    expect(html(body)).toBe(renderBodyHtml(plain, OPTIONS));
    expect(problems(body).length).toBeGreaterThan(0);
  });

  it('stops at the depth the body check allows: a too-deep body gets that message, not a crash', () => {
    const parsed = parseReleaseBody(`${'>'.repeat(3000)} **"깊이"**는`, 'x.mdx', 1);
    expect(parsed.ok).toBe(true);
    const found = parsed.ok ? releaseBodyProblems(parsed.tree, 'x.mdx', 1, () => 'ok').map((p) => p.en) : [];
    expect(found).toEqual([expect.stringContaining('nested more than')]);
  });
});

