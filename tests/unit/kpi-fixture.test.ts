import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateKpiFixture } from '../../scripts/generate-kpi-fixture.ts';
import { loadContent } from '../../src/content-io/load-content.ts';
import { kpiSnapshot } from '../../src/domain/kpi/snapshot.ts';
import { formatProblem } from '../../src/foundation/problems.ts';
import { REPO_ROOT } from '../helpers/paths.ts';
import { day } from './kpi-input.helper.ts';
import { DURING } from '../helpers/instants.ts';
import { kpiValue } from '../../src/domain/kpi/value.ts';

const DIR = path.join(REPO_ROOT, 'tests/fixtures/kpi-synthetic');

describe('the synthetic KPI fixture', () => {
  it('regenerating with the default seed gives the committed files', () => {
    const files = generateKpiFixture();
    const onDisk = readdirSync(DIR, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ya?ml|csv|mdx)$/.test(f))
      .map((f) => f.split(path.sep).join('/'))
      .sort();
    expect(onDisk).toEqual(Object.keys(files).sort());
    for (const [relative, body] of Object.entries(files)) expect(readFileSync(path.join(DIR, relative), 'utf8'), relative).toBe(body);
  });

  it('another seed gives other data', () => {
    expect(generateKpiFixture(7)['budget.csv']).not.toBe(generateKpiFixture()['budget.csv']);
  });

  it('passes every content rule, including its <Stat>', () => {
    const loaded = loadContent(DIR, DURING);
    expect(loaded.problems.map(formatProblem)).toEqual([]);
    expect(loaded.budget?.data).toHaveLength(26);
  });

  it('gives a mid-year snapshot with every KPI reported', () => {
    const loaded = loadContent(DIR, DURING);
    const input = {
      programme: loaded.programme!.data,
      organizations: loaded.organizations!.data,
      budget: loaded.budget!.data,
      matches: loaded.matches!.data,
      revisions: loaded.revisions!.data,
    };
    const s = kpiSnapshot(input, day('2026-07-01'));
    expect(s.budget.status).toBe('complete');
    expect(s.budget.referenceDate).toBe('2026-06-30');
    expect(s.budget.executedSeries.filter((p) => p.state === 'reported')).toHaveLength(7);
    expect(s.participants.basis).toBe('member-list');
    expect(s.participants.count).toBeGreaterThan(10);
    expect(s.matches.total).toBeGreaterThan(5);
    expect(s.matches.targets).toEqual([{ kpi: 'matches.agreement', value: 15, by: '2026-12-31', label: '협약 15건 (가상 목표)', source: '합성 시험 자료, 「개발용 가상 데이터」, 2026-12-31' }]);
    expect(s.revisions.map((r) => r.date)).toEqual(['2026-04-20', '2026-02-02']);
    const june = kpiValue(input, 'budget.executed', '2026-06');
    expect(june.ok && june.value).toBe(s.budget.executed);
  });
});
