import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content-io/load-content.ts';
import { formatProblem, type Problem } from '../../src/foundation/problems.ts';
import { REPO_ROOT } from '../helpers/paths.ts';
import { DURING } from '../helpers/instants.ts';

const BAD = path.join(REPO_ROOT, 'tests/fixtures/kpi-bad');
const work = mkdtempSync(path.join(tmpdir(), 'kpi-bad-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Real content with the case's files laid over it. */
function load(name: string): Problem[] {
  const dir = path.join(work, name);
  cpSync(path.join(REPO_ROOT, 'content'), dir, { recursive: true });
  cpSync(path.join(BAD, name), dir, { recursive: true });
  return loadContent(dir, DURING).problems.filter((p) => p.severity === 'error');
}

describe('the real content passes the KPI rules', () => {
  it('loads with no error', () => {
    const loaded = loadContent(path.join(REPO_ROOT, 'content'), DURING);
    expect(loaded.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(loaded.budget?.data).toEqual([]);
    expect(loaded.matches?.data.map((m) => [m.demand, m.supply, m.stages[0]?.stage, m.stages[0]?.date])).toEqual([
      ['uni-jeju', 'estsoft', 'consultation', '2025-12-17'],
    ]);
  });
});

// case → [file ending, line, field, Korean text it must contain]
const CASES: Record<string, [string, number, string, string]> = {
  'budget-month-form': ['budget.csv', 3, 'month', '월 형식'],
  'budget-negative': ['budget.csv', 2, 'executed', '음수'],
  'budget-decimal': ['budget.csv', 2, 'planned', '정수가 아닙니다'],
  'budget-duplicate': ['budget.csv', 4, 'month', '두 번'],
  'budget-unknown-source': ['budget.csv', 2, 'source', "'local'"],
  'budget-outside-period': ['budget.csv', 3, 'month', '사업 기간'],
  'budget-over-total': ['budget.csv', 5, 'executed', '총사업비'],
  'budget-unquoted-thousands': ['budget.csv', 2, '(파일)', '칸이 머리글보다 많습니다'],
  'budget-cp949': ['budget.csv', 2, '(파일)', 'CP949'],
  'matches-unknown-org': ['matches.yaml', 11, '1.supply', "'openai'"],
  'matches-supply-as-demand': ['matches.yaml', 10, '1.demand', '수요기업(demand) 역할이 없는데'],
  'matches-stage-backwards': ['matches.yaml', 15, '1.stages.1.stage', '뒤에 올 수 없습니다'],
  'matches-stage-dates': ['matches.yaml', 16, '1.stages.1.date', '앞 단계의 날짜'],
  'matches-outside-period': ['matches.yaml', 14, '1.stages.0.date', '사업 기간'],
  'matches-unknown-release': ['matches.yaml', 15, '1.release', '보도자료'],
  'matches-unknown-stage': ['matches.yaml', 13, '1.stages.0.stage', '알 수 없는 단계'],
  'stat-mismatch': ['2026-02-10-budget-january.mdx', 13, '<Stat>', "'44억 원'"],
  // A correction dated before its release is refused by the release schema itself (issue 6).
  'stat-correction-too-early': ['2026-02-10-budget-january.mdx', 11, 'corrections.0.date', '정정일이 배포 시각보다 늦지 않습니다'],
  'stat-unknown-kpi': ['2026-02-10-budget-january.mdx', 13, '<Stat>', "알 수 없는 지표 이름 'budget.spent'"],
  'stat-unknown-period': ['2026-02-10-budget-january.mdx', 13, '<Stat>', '사업 기간의 월'],
  'stat-not-reported': ['2026-02-10-budget-january.mdx', 13, '<Stat>', '미보고'],
  'stat-expression': ['2026-02-10-budget-january.mdx', 13, '<Stat>', '식은 쓸 수 없습니다'],
};

describe('bad KPI inputs fail with file and line', () => {
  it.each(Object.entries(CASES))('%s', (name, [fileEnd, line, field, text]) => {
    const problems = load(name);
    expect(problems.length, problems.map(formatProblem).join('\n')).toBeGreaterThan(0);
    const hit = problems.find((p) => p.file.endsWith(fileEnd) && p.field === field && p.ko.includes(text));
    expect(hit, problems.map(formatProblem).join('\n')).toBeDefined();
    expect(hit?.line).toBe(line);
    expect(formatProblem(hit!)).toMatch(new RegExp(`${fileEnd.replace(/[.]/g, '\\.')}:${line}(:\\d+)? `));
  });

  it('a mismatching <Stat> prints the correction to add', () => {
    const [problem] = load('stat-mismatch');
    expect(problem?.fix).toContain('42억 원 → 44억 원');
  });
});

describe('<Stat> positive controls', () => {
  it('agrees at the announced precision (4,213백만원 = 42억 원)', () => expect(load('stat-ok').map(formatProblem)).toEqual([]));
  it('a recorded correction after the release date lets a changed figure pass', () => expect(load('stat-corrected').map(formatProblem)).toEqual([]));
});
