/**
 * Issue 13: tags from one list (content/tags.yaml), look-alike characters named with their
 * column, "did you mean" for tags and ids. Each mistake is made in a copy of the real content;
 * the test applies the fix the message gives, validates again, and the problem is gone.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content-io/load-content.ts';
import { findLookalike, plainText } from '../../src/foundation/lookalike.ts';
import { formatProblem, type Problem } from '../../src/foundation/problems.ts';
import { closest, nearness } from '../../src/foundation/similar.ts';
import { mergedTagPages } from '../../src/domain/archives.ts';
import { lineStarting } from '../helpers/fixture-content.ts';
import { REPO_ROOT } from '../helpers/paths.ts';
import { DURING } from '../helpers/instants.ts';

describe('nearness (src/foundation/similar.ts)', () => {
  it('finds spacing variants, one-jamo and one-syllable edits, and ids written short', () => {
    expect(nearness('매칭 데이', '매칭데이')).toBe('spacing');
    expect(nearness('수요기엽', '수요기업')).toBe('jamo');
    expect(nearness('매칭대이', '매칭데이')).toBe('jamo');
    expect(nearness('인재양성', '인력양성')).toBe('character');
    expect(nearness('ＬＬＭ', 'LLM')).toBe('spacing');
    expect(closest('jeju-tp', ['estsoft', 'jeju-province', 'jeju-technopark'])).toEqual(['jeju-technopark']);
    expect(closest('국비', [{ name: 'national', also: ['국비'] }, { name: 'other', also: ['미공개/기타'] }])).toEqual(['national']);
  });

  it('does not call different words near (so a suggestion can be trusted)', () => {
    // Two-syllable words one syllable apart are often different words: not near in the list.
    expect(nearness('협약', '협력', 3)).toBeUndefined();
    expect(nearness('상담', '상담회', 3)).toBeUndefined();
    expect(closest('클라우드', ['화장품', '수요기업', '매칭데이'])).toEqual([]);
    expect(closest('estsoft', ['aws', 'samsung-sds'])).toEqual([]);
    // A numbered series is not a slip.
    expect(nearness('1차 매칭데이', '2차 매칭데이', 3)).toBeUndefined();
  });
});

describe('look-alike characters (src/foundation/lookalike.ts)', () => {
  it('names the character, its place and the plain one, with particles chosen from the word', () => {
    const comma = findLookalike('매칭데이，수요기업');
    expect(comma).toMatchObject({ char: '，', plain: ',', offset: 4, position: 5, found: '전각 쉼표(，)', wanted: '반각 쉼표(,)' });
    expect(findLookalike('1，100')?.position).toBe(2);
    expect(findLookalike('１00')).toMatchObject({ found: '전각 숫자 1(１)', wanted: '반각 숫자 1(1)' });
    expect(findLookalike('jeju－tp')?.found).toBe('전각 하이픈(－)');
    expect(findLookalike('2026−01')?.found).toBe('하이픈과 비슷한 문자(−)');
    expect(plainText('ａｂ：１；．')).toBe('ab:1;.');
  });

  it('leaves ordinary Korean text alone (the middle dot of 수요·공급 is no look-alike)', () => {
    for (const text of ['수요·공급기업', 'AI 전환', 'jeju-technopark', '1,100', '「AI 대전환」']) expect(findLookalike(text)).toBeUndefined();
  });
});

describe('tag pages of merged tags', () => {
  it('point from the old tag to the surviving one, only when that page is built and the old one is not', () => {
    const merged = { '업무 협약': '업무협약', '품질 관리': '품질관리', 옛태그: '없는태그' };
    expect(mergedTagPages(merged, new Set(['업무협약', '품질관리', '품질 관리']))).toEqual([{ from: '업무 협약', to: '업무협약' }]);
  });
});

const work = mkdtempSync(path.join(tmpdir(), 'tag-vocabulary-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let copies = 0;

const RELEASE = 'releases/2025/2025-12-17-ai-matching-day.mdx';

/** A copy of the real content. */
function copy(): string {
  copies += 1;
  const dir = path.join(work, `c${copies}`);
  cpSync(path.join(REPO_ROOT, 'content'), dir, { recursive: true });
  return dir;
}

const errors = (dir: string): Problem[] => loadContent(dir, DURING).problems.filter((p) => p.severity === 'error');

function edit(dir: string, relative: string, change: (text: string) => string): void {
  const file = path.join(dir, relative);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  expect(after, `${relative} changed`).not.toBe(before);
  writeFileSync(file, after);
}

/** The one problem of the copy, which must stand in `relative` at a line (and column). */
function onlyProblem(dir: string, relative: string): Problem {
  const found = errors(dir);
  expect(found.map(formatProblem)).toHaveLength(1);
  const problem = found[0]!;
  expect(problem.file.endsWith(relative)).toBe(true);
  expect(problem.line).toBeGreaterThan(0);
  return problem;
}

/** Replaces `wanted` with `by` in line `line` from column `column` on: what a staff member does at the place the message names. */
function replaceAt(dir: string, relative: string, problem: Problem, wanted: string, by: string): void {
  edit(dir, relative, (text) => {
    const lines = text.split('\n');
    const index = (problem.line ?? 0) - 1;
    const line = lines[index] ?? '';
    const from = (problem.column ?? 1) - 1;
    expect(line.slice(from).startsWith(wanted), `${line} at ${from}: ${wanted}`).toBe(true);
    lines[index] = line.slice(0, from) + by + line.slice(from + wanted.length);
    return lines.join('\n');
  });
}

/** The value the fix names: `… 고치세요: 수요기업`, `'jeju-technopark'로 고치세요`. */
const suggested = (fix: string) => /고치세요: (\S+)$/.exec(fix)?.[1] ?? /^'([^']+)'/.exec(fix)?.[1] ?? '';

/** The release's line `tags: [매칭데이, 수요기업, 공급기업, 화장품]`. */
const TAGS_LINE = () => lineStarting(path.join(REPO_ROOT, 'content', RELEASE), 'tags: [');

describe('each mistake in a copy of the real content gets a message whose fix works', () => {
  it.each([
    ['a typo', '수요기업', '수요기엽', 'tags.1', 14],
    ['a spacing variant', '매칭데이', '매칭 데이', 'tags.0', 8],
    ['a one-syllable slip', '공급기업', '공급기얼', 'tags.2', 20],
  ])('an unknown tag (%s) names the tag meant', (_label, right, wrong, field, column) => {
    const dir = copy();
    edit(dir, RELEASE, (text) => text.replace(`${right},`, `${wrong},`));
    const problem = onlyProblem(dir, RELEASE);
    expect(problem.field).toBe(field);
    expect(problem.ko).toContain(`혹시 #${right}?`);
    expect(problem.line).toBe(TAGS_LINE());
    expect(problem.column).toBe(column);
    replaceAt(dir, RELEASE, problem, wrong, suggested(problem.fix));
    expect(errors(dir)).toEqual([]);
  });

  it('a full-width comma in a tag list is named with its column, and the fix splits the tags', () => {
    const dir = copy();
    edit(dir, RELEASE, (text) => text.replace('tags: [매칭데이, 수요기업,', 'tags: [매칭데이，수요기업,'));
    const problem = onlyProblem(dir, RELEASE);
    expect(formatProblem(problem)).toContain(`${TAGS_LINE()}:12 tags.0 — 전각 쉼표(，)가 있습니다`);
    expect(problem.fix).toContain('반각 쉼표(,)로 바꾸세요');
    replaceAt(dir, RELEASE, problem, '，', ',');
    expect(errors(dir)).toEqual([]);
  });

  it('a really new tag is told the exact line to add to content/tags.yaml', () => {
    const dir = copy();
    edit(dir, RELEASE, (text) => text.replace('tags: [매칭데이, 수요기업,', 'tags: [매칭데이, 수요기업, 클라우드,'));
    const problem = onlyProblem(dir, RELEASE);
    expect(problem.ko).toContain("'클라우드'가 태그 목록");
    const line = /이 줄을 더하세요[^:]*:\s+(.+)$/.exec(problem.fix)?.[1] ?? '';
    expect(line).toBe('클라우드: 클라우드');
    edit(dir, 'tags.yaml', (text) => text.replace('tags:\n', `tags:\n  ${line}\n`));
    expect(errors(dir)).toEqual([]);
  });

  it('a near-duplicate in the list is an error at its line; deleting that line (the fix) clears it', () => {
    const dir = copy();
    // Added at the end of the list, as a new line is: the later of the two is the one named.
    edit(dir, 'tags.yaml', (text) => text.replace(/(\n {2}화장품: .*\n)/, '$1  수요 기업: 띄어 쓴 수요기업\n'));
    const problem = onlyProblem(dir, 'tags.yaml');
    expect(problem.ko).toMatch(/'수요 기업'이 \d+행의 '수요기업'과 거의 같습니다 \(띄어쓰기만 다름\)/);
    expect(problem.column).toBe(3);
    edit(dir, 'tags.yaml', (text) => text.split('\n').filter((_, i) => i !== (problem.line ?? 0) - 1).join('\n'));
    expect(errors(dir)).toEqual([]);
  });

  it('a merged tag written in a release names the surviving tag', () => {
    const dir = copy();
    edit(dir, 'tags.yaml', (text) => text.replace('merged: {}', 'merged:\n  매칭 데이: 매칭데이'));
    expect(errors(dir)).toEqual([]);
    edit(dir, RELEASE, (text) => text.replace('tags: [매칭데이,', 'tags: [매칭 데이,'));
    const problem = onlyProblem(dir, RELEASE);
    expect(problem.ko).toContain("'매칭 데이'는 '매칭데이' 태그로 합쳐졌습니다");
    replaceAt(dir, RELEASE, problem, '매칭 데이', suggested(problem.fix));
    expect(errors(dir)).toEqual([]);
  });

  it.each([
    ['an organisation id', RELEASE, 'organizations: [jeju-technopark,', 'organizations: [jeju-tp,', 'jeju-tp', 'jeju-technopark'],
    ['a source id', RELEASE, 'sources: [bizdaily-2025-12-20]', 'sources: [bizdaily-2025-12-2]', 'bizdaily-2025-12-2', 'bizdaily-2025-12-20'],
    ['a category', RELEASE, 'category: 행사', 'category: 행 사', '행 사', '행사'],
  ])('an unknown %s says which one was meant', (_label, relative, right, wrong, typo, meant) => {
    const dir = copy();
    edit(dir, relative, (text) => text.replace(right, wrong));
    const problem = onlyProblem(dir, relative);
    expect(problem.ko).toContain(`혹시 '${meant}'?`);
    expect(suggested(problem.fix)).toBe(meant);
    replaceAt(dir, relative, problem, typo, suggested(problem.fix));
    expect(errors(dir)).toEqual([]);
  });

  it('a full-width hyphen in an id is named, not "only lower-case letters"', () => {
    const dir = copy();
    edit(dir, RELEASE, (text) => text.replace('organizations: [jeju-technopark,', 'organizations: [jeju－technopark,'));
    const problem = onlyProblem(dir, RELEASE);
    expect(formatProblem(problem)).toContain(`${lineStarting(path.join(REPO_ROOT, 'content', RELEASE), 'organizations: [')}:21 organizations.0 — 전각 하이픈(－)이 있습니다 (5번째 글자)`);
    replaceAt(dir, RELEASE, problem, '－', '-');
    expect(errors(dir)).toEqual([]);
  });

  it('a full-width digit in a YAML number is named with its column', () => {
    const dir = copy();
    edit(dir, 'programme.yaml', (text) => text.replace('amount: 14000', 'amount: 14０00'));
    const problem = onlyProblem(dir, 'programme.yaml');
    expect(problem.ko).toContain('전각 숫자 0(０)이 있습니다 (3번째 글자)');
    replaceAt(dir, 'programme.yaml', problem, '０', '0');
    expect(errors(dir)).toEqual([]);
  });

  /** Sets the CSV cell the problem names (its column is the CSV column) to `value`. */
  const setCell = (dir: string, problem: Problem, value: string) =>
    edit(dir, 'budget.csv', (text) => {
      const lines = text.split('\n');
      const cells = (lines[(problem.line ?? 0) - 1] ?? '').split(',');
      cells[(problem.column ?? 0) - 1] = value;
      lines[(problem.line ?? 0) - 1] = cells.join(',');
      return lines.join('\n');
    });

  it('a budget source written as its name (국비) suggests the budget source key, not an organisation id', () => {
    const dir = copy();
    appendFileSync(path.join(dir, 'budget.csv'), '2026-01,국비,100,,\n');
    const problem = onlyProblem(dir, 'budget.csv');
    expect(problem.ko).toContain("혹시 'national'(국비)?");
    expect(problem.fix).not.toContain('jeju-technopark');
    setCell(dir, problem, suggested(problem.fix));
    expect(errors(dir)).toEqual([]);
  });

  it('a full-width comma in a CSV number is named as such', () => {
    const dir = copy();
    appendFileSync(path.join(dir, 'budget.csv'), '2026-01,national,1，100,,\n');
    const problem = onlyProblem(dir, 'budget.csv');
    expect(formatProblem(problem)).toContain('budget.csv:2:3 planned — 전각 쉼표(，)가 있습니다 (2번째 글자)');
    // The fix gives the plain value: 1,100 (a CSV cell with a comma is quoted, as Excel writes it).
    const value = /바꾸세요: (\S+)$/.exec(problem.fix)?.[1] ?? '';
    expect(value).toBe('1,100');
    setCell(dir, problem, `"${value}"`);
    expect(errors(dir)).toEqual([]);
  });
});

describe('tags and the permanence record', () => {
  it("changing a published release's tags is no change of its published text (tags are metadata, not hashed: TEXT_PARTS)", () => {
    const dir = copy();
    // Both releases are published and in content/published.json at this instant.
    edit(dir, RELEASE, (text) => text.replace('tags: [매칭데이, 수요기업, 공급기업, 화장품]', 'tags: [매칭데이, 바이오]'));
    expect(errors(dir).map(formatProblem)).toEqual([]);
    // The check itself still stands: a changed title of the same release is stopped.
    edit(dir, RELEASE, (text) => text.replace('title: AI 수요·공급기업 매칭데이 개최', 'title: AI 수요·공급기업 매칭데이 열려'));
    expect(errors(dir).some((p) => p.field === 'title')).toBe(true);
  });
});

describe('the real content', () => {
  it('has a vocabulary holding every tag of its releases, with no near-duplicate', () => {
    expect(errors(path.join(REPO_ROOT, 'content')).map(formatProblem)).toEqual([]);
    const vocabulary = readFileSync(path.join(REPO_ROOT, 'content/tags.yaml'), 'utf8');
    expect(vocabulary).toMatch(/^ {2}매칭데이: /m);
  });
});
