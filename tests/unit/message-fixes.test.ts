/**
 * A message's fix leads to a file that passes: each mistake is made in a copy of the real content,
 * the fix the message gives is applied to the file as a staff member would (at the line the
 * message names, with the text it says to write), the content is validated again, and the
 * problem is gone with no other in its place.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content-io/load-content.ts';
import { formatProblem, type Problem } from '../../src/foundation/problems.ts';
import { buildRoot, REAL_CONTENT } from '../helpers/paths.ts';
import { DURING } from '../helpers/instants.ts';
import { lineStarting } from '../helpers/fixture-content.ts';

const RELEASE = 'releases/2026/2026-11-30-message-fix.mdx';

/**
 * A copy of the real content with one new release (scheduled after DURING, so the permanence
 * record is not involved), made from a real release's frontmatter and body with `change` applied.
 */
function contentWith(change: (release: string) => string): string {
  const dir = path.join(mkdtempSync(path.join(buildRoot(), 'message-fix-')), 'content');
  cpSync(REAL_CONTENT, dir, { recursive: true });
  const real = readFileSync(path.join(REAL_CONTENT, 'releases/2025/2025-12-17-ai-matching-day.mdx'), 'utf8').replace(/^date: .*$/m, 'date: 2026-11-30T10:00:00+09:00');
  mkdirSync(path.dirname(path.join(dir, RELEASE)), { recursive: true });
  writeFileSync(path.join(dir, RELEASE), change(real));
  return dir;
}

const errors = (dir: string): Problem[] => loadContent(dir, DURING).problems.filter((p) => p.severity === 'error');

/** The file's lines, edited at the (1-based) line a message names. */
function editLine(dir: string, line: number, edit: (text: string) => string | undefined): void {
  const file = path.join(dir, RELEASE);
  const lines = readFileSync(file, 'utf8').split('\n');
  const next = edit(lines[line - 1] ?? '');
  if (next === undefined) lines.splice(line - 1, 1);
  else lines[line - 1] = next;
  writeFileSync(file, lines.join('\n'));
}

/** The one error of the new release; the copy had none before the mistake. */
function onlyError(dir: string): Problem {
  const found = errors(dir);
  expect(found.map(formatProblem)).toHaveLength(1);
  const [problem] = found;
  expect(problem?.file).toContain('2026-11-30-message-fix.mdx');
  return problem as Problem;
}

describe('fixes that work', () => {
  it('the copy with the new release passes before any mistake', () => {
    expect(errors(contentWith((text) => text)).map(formatProblem)).toEqual([]);
  });

  it('an empty summary: the message says to write it (deleting it would give "required field is missing")', () => {
    const dir = contentWith((text) => text.replace(/^summary: .*$/m, 'summary: ""'));
    const problem = onlyError(dir);
    expect(problem).toMatchObject({ field: 'summary', line: 3, ko: '비어 있습니다' });
    expect(problem.fix).toMatch(/^내용을 적으세요/);
    expect(problem.fix).toMatch(/지울 수 없습니다/);
    // The old advice, deleting it, is refused; the new one, writing it, passes.
    const deleted = contentWith((text) => text.replace(/^summary: .*\n/m, ''));
    expect(errors(deleted).map((p) => p.ko)).toEqual(['필수 항목이 없습니다']);
    editLine(dir, problem.line ?? 0, () => 'summary: 매칭데이에서 바이오기업과 AI 기업이 만났습니다.');
    expect(errors(dir).map(formatProblem)).toEqual([]);
  });

  it('`summary:` with nothing after it is empty too, not "must be text"', () => {
    const problem = onlyError(contentWith((text) => text.replace(/^summary: .*$/m, 'summary:')));
    expect(problem).toMatchObject({ field: 'summary', ko: '비어 있습니다' });
  });

  it('an empty optional field: the message says it may be deleted, and deleting it passes', () => {
    const dir = contentWith((text) => text.replace(/^( {4}name: )제주테크노파크$/m, '$1""'));
    const problem = onlyError(dir);
    expect(problem).toMatchObject({ field: 'contacts.0.name', ko: '비어 있습니다' });
    expect(problem.fix).toMatch(/그 줄을 지우세요/);
    editLine(dir, problem.line ?? 0, (line) => {
      expect(line).toBe('    name: ""');
      return undefined;
    });
    expect(errors(dir).map(formatProblem)).toEqual([]);
  });

  it("an unclosed tag: the English part quotes the file's line, and closing the tag there passes", () => {
    const dir = contentWith((text) => text.replace('## 아직 보고되지 않은 수치', '## 아직 <b>보고되지 않은 수치'));
    const problem = onlyError(dir);
    const lines = readFileSync(path.join(dir, RELEASE), 'utf8').split('\n');
    const fileLine = lines.findIndex((line) => line.includes('<b>')) + 1;
    expect(fileLine).toBeGreaterThan(20);
    expect(problem.line).toBe(fileLine);
    // The parser's own position (body line 14) is turned into the file's.
    expect(problem.en).toBe(`MDX does not parse: Expected a closing tag for \`<b>\` (${fileLine}:7)`);
    expect(problem.fix).toMatch(/<b>…<\/b>/);
    editLine(dir, fileLine, (line) => `${line}</b>`);
    expect(errors(dir).map(formatProblem)).toEqual([]);
  });

  it('an unquoted ": " in a title: the message gives the quoted line to write, at its line and column, and writing it passes', () => {
    const dir = contentWith((text) => text.replace(/^title: .*$/m, 'title: AI 매칭데이: 첫 협력 상담 이뤄져'));
    const problem = onlyError(dir);
    expect(formatProblem(problem)).toMatch(/message-fix\.mdx:2:8 \(문법\) — title의 값에 콜론과 공백\(: \)이 있어 .+ \(unquoted ': ' in the value of title .+\) → 값 전체를 큰따옴표로 감싸세요: title: "AI 매칭데이: 첫 협력 상담 이뤄져"$/);
    const quoted = /감싸세요: (.+)$/.exec(problem.fix)?.[1] ?? '';
    editLine(dir, problem.line ?? 0, () => quoted);
    expect(errors(dir).map(formatProblem)).toEqual([]);
    expect(loadContent(dir, DURING).releases.find((r) => r.id === '2026-11-30-message-fix')?.data.title).toBe('AI 매칭데이: 첫 협력 상담 이뤄져');
  });

  it('an unquoted ": " in a list item (`- name: …`) is quoted in place, its indentation kept', () => {
    const dir = contentWith((text) => text.replace(/^( {4}name: )제주테크노파크$/m, '$1제주테크노파크: 기업지원단'));
    const problem = onlyError(dir);
    expect(problem.fix).toBe('값 전체를 큰따옴표로 감싸세요: name: "제주테크노파크: 기업지원단"');
    editLine(dir, problem.line ?? 0, (line) => line.replace(/name: .*$/, /감싸세요: (.+)$/.exec(problem.fix)?.[1] ?? ''));
    expect(errors(dir).map(formatProblem)).toEqual([]);
  });

  it('quotes a value that holds quotes and backslashes so that it still reads the same', () => {
    const dir = contentWith((text) => text.replace(/^title: .*$/m, 'title: 「AI」 "매칭": 첫 상담 \\ 이뤄져'));
    const problem = onlyError(dir);
    editLine(dir, problem.line ?? 0, () => /감싸세요: (.+)$/.exec(problem.fix)?.[1] ?? '');
    expect(errors(dir).map(formatProblem)).toEqual([]);
    expect(loadContent(dir, DURING).releases.find((r) => r.id === '2026-11-30-message-fix')?.data.title).toBe('「AI」 "매칭": 첫 상담 \\ 이뤄져');
  });

  it("a budget source written as its name (국비): the message lists the keys, not an organisation id, and writing one passes", () => {
    const dir = contentWith((text) => text);
    const file = path.join(dir, 'budget.csv');
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n2026-01,국비,100,50,\n`);
    const [problem, ...more] = errors(dir);
    expect(more).toEqual([]);
    expect(problem).toMatchObject({ field: 'source', line: 2, en: "unknown budget source '국비'; did you mean 'national'?" });
    expect(problem?.fix).not.toMatch(/jeju-technopark/);
    const key = /^'([a-z-]+)'(?:으로|로) 고치세요/.exec(problem?.fix ?? '')?.[1];
    expect(key).toBe('national');
    writeFileSync(file, readFileSync(file, 'utf8').replace(',국비,', `,${key},`));
    expect(errors(dir).map(formatProblem)).toEqual([]);
  });
});

describe('a YAML syntax error does not hide the file’s other problems', () => {
  it('with an unquoted ": ", every other problem of the file is reported as well', () => {
    const dir = contentWith((text) =>
      text
        .replace(/^title: .*$/m, 'title: AI 매칭데이: 첫 협력 상담 이뤄져')
        .replace(/^category: .*$/m, 'category: 잡담')
        .replace('## 아직 보고되지 않은 수치', '## 아직 <b>보고되지 않은 수치'),
    );
    const found = errors(dir);
    expect(found.map((p) => p.field).sort()).toEqual(['(문법)', '(본문)', 'category']);
    expect(found.find((p) => p.field === 'category')).toMatchObject({ line: lineStarting(path.join(dir, RELEASE), 'category:') });
  });

  it('with an unquoted ": " alone in the frontmatter, the rules across files still check the release', () => {
    const dir = contentWith((text) => text.replace(/^title: .*$/m, 'title: AI 매칭데이: 첫 협력 상담 이뤄져').replace('organizations: [jeju-technopark,', 'organizations: [jeju-tp,'));
    const found = errors(dir);
    expect(found.map((p) => p.field)).toEqual(['(문법)', 'organizations.0']);
    expect(found[1]).toMatchObject({ line: lineStarting(path.join(dir, RELEASE), 'organizations:'), en: "unknown organisation id 'jeju-tp'; did you mean 'jeju-technopark'?" });
  });

  it('with another syntax error, the entries before it are still checked (what follows may be swallowed)', () => {
    const dir = contentWith((text) => text.replace(/^category: .*$/m, 'category: 잡담').replace(/^sources: \[(.*)\]$/m, 'sources: [$1'));
    const found = errors(dir);
    expect(found.map((p) => p.field)).toEqual(['(문법)', 'category']);
    expect(found[0]?.fix).toMatch(/큰따옴표로 감싸세요 \(예: title: "제주 AI 사업단: 출범"\)/);
  });

  it('in a data file too: the organisation whose name has an unquoted ": " is quoted, and the others are still checked', () => {
    const dir = contentWith((text) => text);
    const file = path.join(dir, 'organizations.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: 제주테크노파크', 'name: 제주: 테크노파크').replace(/^(\s+sector: )\S+$/m, '$1nowhere'));
    const found = errors(dir);
    expect(found.map((p) => `${p.file.split('/').at(-1)} ${p.field}`)).toEqual(['organizations.yaml (문법)', expect.stringMatching(/^organizations\.yaml \d+\.sector$/)]);
    expect(found[0]?.fix).toBe('값 전체를 큰따옴표로 감싸세요: name: "제주: 테크노파크"');
  });
});
