import { describe, expect, it } from 'vitest';
import { kpiSnapshot } from '../../src/domain/kpi/snapshot.ts';
import type { Organization } from '../../src/schemas/organization.ts';
import { day, input, pair, realMatches, realOrganizations, realProgramme, row } from './kpi-input.helper.ts';
import { afterEnd, kpiValue } from '../../src/domain/kpi/value.ts';

describe('kpiSnapshot: calendar', () => {
  it('spans the whole programme and clamps the as-of month', () => {
    const before = kpiSnapshot(input(), day('2025-11-01'));
    expect(before.months).toHaveLength(13);
    expect(before.months[0]).toBe('2025-12');
    expect(before.months.at(-1)).toBe('2026-12');
    expect(before.asOfMonth).toBe('2025-12');
    expect(kpiSnapshot(input(), day('2027-03-01')).asOfMonth).toBe('2026-12');
    expect(kpiSnapshot(input(), day('2026-06-15')).asOfMonth).toBe('2026-06');
  });
  it('keeps the build date apart from the 기준일', () => {
    const s = kpiSnapshot(input({ matches: realMatches }), day('2026-03-01'));
    expect(s.clock.today).toBe('2026-03-01');
    expect(s.matches.referenceDate).toBe('2025-12-17');
  });
});

describe('budget KPI', () => {
  it('no data at all: empty state with what is known, no zeros', () => {
    const { budget } = kpiSnapshot(input(), day('2026-03-01'));
    expect(budget.status).toBe('no-data');
    expect(budget.referenceDate).toBeUndefined();
    expect(budget.executed).toBeUndefined();
    expect(budget.total).toBe(23300);
    expect(budget.sources.map((s) => [s.key, s.amount])).toEqual([['national', 14000], ['other', 9300]]);
    expect(budget.executedSeries.map((p) => p.state)).toEqual([
      'not-reported', 'not-reported', 'not-reported', 'future', 'future', 'future', 'future', 'future', 'future', 'future', 'future', 'future', 'future',
    ]);
    expect(budget.executedSeries.every((p) => p.value === undefined)).toBe(true);
    expect(budget.reading).toBe('보고된 집행 실적이 아직 없습니다. 총사업비 233억 원 (국비 140억 원, 미공개/기타 93억 원).');
    expect(budget.source).toBe('비즈데일리(BizDaily), 2025-12-20, 경제 섹션');
  });

  it('a single month', () => {
    const { budget } = kpiSnapshot(input({ budget: [row('2025-12', 'national', 100, 80)] }), day('2026-01-10'));
    expect(budget.status).toBe('complete');
    expect(budget.referenceDate).toBe('2025-12-31');
    expect(budget.executed).toBe(80);
    expect(budget.planned).toBe(100);
    expect(budget.remaining).toBe(23220);
    expect(budget.executionRate).toBeCloseTo(80 / 23300);
    expect(budget.executedSeries[0]).toEqual({ month: '2025-12', state: 'reported', value: 80 });
    expect(budget.executedSeries[1]).toEqual({ month: '2026-01', state: 'future' });
    expect(budget.reading).toMatch(/^집행률 0\.3%, 경과 기간 \d+(\.\d)?%, 계획 대비 80%, 잔액 232억 2,000만 원 \(2025년 12월 말 기준\)$/);
  });

  it('some months only: a past month without a row is 미보고, never 0', () => {
    const data = input({
      budget: [row('2025-12', 'national', 100, 50), row('2026-02', 'national', 200, 150), row('2026-02', 'other', 50, 50)],
    });
    const { budget } = kpiSnapshot(data, day('2026-04-05'));
    expect(budget.status).toBe('partial');
    expect(budget.notReportedMonths).toEqual(['2026-01', '2026-03']);
    expect(budget.executedSeries.slice(0, 5)).toEqual([
      { month: '2025-12', state: 'reported', value: 50 },
      { month: '2026-01', state: 'not-reported' },
      { month: '2026-02', state: 'reported', value: 250 },
      { month: '2026-03', state: 'not-reported' },
      { month: '2026-04', state: 'future' },
    ]);
    expect(budget.referenceMonth).toBe('2026-02');
    expect(budget.executed).toBe(250);
    expect(budget.sources[0]).toMatchObject({ key: 'national', executed: 200, planned: 300, remaining: 13800 });
    expect(budget.sources[1]).toMatchObject({ key: 'other', executed: 50 });
    const december = budget.rows[0];
    expect(december).toMatchObject({ month: '2025-12', executed: 50, cumulativeExecuted: 50, missingSources: ['other'] });
    expect(budget.rows[1]).toMatchObject({ month: '2026-01', state: 'not-reported', executed: undefined, cumulativeExecuted: undefined });
    expect(budget.reading).toContain('미보고 2개월');
  });

  it('plan rows for later months are a plan series, not execution', () => {
    const data = input({ budget: [row('2025-12', 'national', 100, 100), row('2026-01', 'national', 300, undefined), row('2026-12', 'national', 500, undefined)] });
    const { budget } = kpiSnapshot(data, day('2026-01-20'));
    expect(budget.plannedWhole).toBe(900);
    expect(budget.plannedSeries[1]).toEqual({ month: '2026-01', state: 'reported', value: 400 });
    expect(budget.plannedSeries[12]).toEqual({ month: '2026-12', state: 'reported', value: 900 });
    expect(budget.executedSeries[1]?.state).toBe('future');
    expect(budget.planned).toBe(100);
  });

  it('executed figures of months not ended at the as-of time are not shown (기준일 never after the as-of day)', () => {
    const data = input({ budget: [row('2026-01', 'national', 100, 100), row('2026-03', 'national', 0, 5), row('2026-05', 'national', 100, 100)] });
    const { budget } = kpiSnapshot(data, day('2026-03-10'));
    expect(budget.executed).toBe(100);
    expect(budget.referenceMonth).toBe('2026-01');
    expect(budget.executedSeries[5]).toEqual({ month: '2026-05', state: 'future' });
    expect(budget.executedSeries[3]).toEqual({ month: '2026-03', state: 'future' });
    expect(budget.plannedSeries[5]).toEqual({ month: '2026-05', state: 'reported', value: 200 });
  });

  it('a revised earlier month changes every later cumulative figure', () => {
    const before = [row('2026-01', 'national', 100, 100), row('2026-02', 'national', 100, 100)];
    const after = [row('2026-01', 'national', 100, 70), row('2026-02', 'national', 100, 100)];
    const a = kpiSnapshot(input({ budget: before }), day('2026-03-10')).budget;
    const b = kpiSnapshot(input({ budget: after }), day('2026-03-10')).budget;
    expect(a.executedSeries[2]?.value).toBe(200);
    expect(b.executedSeries[2]?.value).toBe(170);
    expect(b.executed).toBe(170);
    expect(kpiValue(input({ budget: after }), 'budget.executed', '2026-01')).toMatchObject({ ok: true, value: 70 });
  });

  it('after the end date: every month has ended and the wording is final', () => {
    const data = input({ budget: [row('2026-11', 'national', 100, 90), row('2026-12', 'national', 100, 100)] });
    const s = kpiSnapshot(data, day('2027-02-01'));
    expect(s.final).toBe(true);
    expect(s.clock.phase).toBe('ended');
    expect(s.budget.executedSeries.filter((p) => p.state === 'future')).toEqual([]);
    expect(s.budget.notReportedMonths).toHaveLength(11);
    expect(s.budget.reading).toMatch(/^최종 집행률 0\.8%, 경과 기간 100%/);
  });
});

describe('participants KPI', () => {
  it('without a member list, the reported figure is the headline with its source', () => {
    const { participants } = kpiSnapshot(input(), day('2026-03-01'));
    expect(participants).toMatchObject({ basis: 'reported', count: 20, label: '약 20개 기관', status: 'partial', referenceDate: '2025-12-17' });
    expect(participants.source).toBe('비즈데일리(BizDaily), 2025-12-20, 경제 섹션');
    expect(participants.series[0]).toEqual({ month: '2025-12', state: 'reported', value: 20 });
    expect(participants.series[1]?.state).toBe('not-reported');
    expect(participants.reading).toContain('약 20개 기관');
  });

  it('before the reported date there is no figure', () => {
    expect(kpiSnapshot(input(), day('2025-12-01')).participants.status).toBe('no-data');
  });

  it('counts members over time from organizations.yaml', () => {
    const members: Organization[] = realOrganizations.map((org, i) =>
      i < 3 ? { ...org, membership: { status: 'member', joined: i === 0 ? '2025-12-17' : '2026-02-03', source: 'bizdaily-2025-12-20' } } : org,
    );
    const { participants } = kpiSnapshot(input({ organizations: members }), day('2026-03-15'));
    expect(participants).toMatchObject({ basis: 'member-list', count: 3, label: '3개 기관', referenceDate: '2026-02-03', status: 'complete' });
    expect(participants.series.slice(0, 4)).toEqual([
      { month: '2025-12', state: 'reported', value: 1 },
      { month: '2026-01', state: 'reported', value: 1 },
      { month: '2026-02', state: 'reported', value: 3 },
      { month: '2026-03', state: 'future' },
    ]);
    expect(participants.rows.map((r) => r.id)).toEqual(['jeju-technopark', 'jeju-province', 'mss']);
    expect(participants.reported.count).toBe(20);
  });
});

describe('matches KPI', () => {
  it('no pairs: no data', () => {
    const { matches } = kpiSnapshot(input(), day('2026-03-01'));
    expect(matches).toMatchObject({ status: 'no-data', total: 0, referenceDate: undefined });
    expect(matches.reading).toBe('보고된 매칭이 아직 없습니다.');
  });

  it('the real pair: one consultation on 2025-12-17', () => {
    const { matches } = kpiSnapshot(input({ matches: realMatches }), day('2026-01-01'));
    expect(matches).toMatchObject({ total: 1, byStage: { consultation: 1, agreement: 0 }, referenceDate: '2025-12-17', status: 'complete' });
    expect(matches.rows[0]).toMatchObject({ demand: { name: '㈜유앤아이제주' }, supply: { name: '이스트소프트' }, stageLabel: '상담', release: '2025-12-17-ai-matching-day' });
  });

  it('a funnel per month: a later stage implies the earlier ones; future stages do not count yet', () => {
    const pairs = [
      pair('a', 'uni-jeju', 'estsoft', [['consultation', '2025-12-17'], ['agreement', '2026-02-10'], ['project-started', '2026-03-02']]),
      pair('b', 'uni-jeju', 'aws', [['consultation', '2026-01-05'], ['project-started', '2026-02-20']]),
      pair('c', 'uni-jeju', 'samsung-sds', [['consultation', '2026-05-01']]),
    ];
    const { matches } = kpiSnapshot(input({ matches: pairs }), day('2026-03-15'));
    expect(matches.total).toBe(2);
    expect(matches.byStage).toEqual({ consultation: 0, agreement: 0, 'project-started': 2, completed: 0 });
    expect(matches.reached).toEqual({ consultation: 2, agreement: 2, 'project-started': 2, completed: 0 });
    expect(matches.funnel.consultation.slice(0, 5).map((p) => p.value)).toEqual([1, 2, 2, 2, undefined]);
    expect(matches.funnel.agreement.slice(0, 4).map((p) => p.value)).toEqual([0, 0, 2, 2]);
    expect(matches.funnel['project-started'][3]).toEqual({ month: '2026-03', state: 'reported', value: 2 });
    expect(matches.referenceDate).toBe('2026-03-02');
    expect(matches.rows.map((r) => r.id)).toEqual(['a', 'b']);
  });
});

describe('kpiValue', () => {
  const data = input({ budget: [row('2026-01', 'national', 1000, 4213)], matches: realMatches });
  it('gives values by name and month, independent of the build date', () => {
    expect(kpiValue(data, 'budget.executed', '2026-01')).toEqual({ ok: true, kpi: 'budget.executed', kind: 'money', month: '2026-01', state: 'reported', value: 4213 });
    expect(kpiValue(data, 'budget.remaining', '2026-01')).toMatchObject({ value: 23300 - 4213 });
    expect(kpiValue(data, 'budget.executionRate', '2026-01')).toMatchObject({ kind: 'share', value: 4213 / 23300 });
    expect(kpiValue(data, 'budget.planned', '2026-01')).toMatchObject({ value: 1000 });
    expect(kpiValue(data, 'matches.total', '2025-12')).toMatchObject({ value: 1 });
    expect(kpiValue(data, 'matches.agreement', '2025-12')).toMatchObject({ value: 0 });
    expect(kpiValue(data, 'participants.count', '2025-12')).toMatchObject({ value: 20 });
  });
  it('says when a month is not reported', () => {
    expect(kpiValue(data, 'budget.executed', '2026-02')).toMatchObject({ ok: true, state: 'not-reported', value: undefined });
  });
  it('rejects unknown names and periods', () => {
    expect(kpiValue(data, 'budget.spent', '2026-01')).toMatchObject({ ok: false, reason: 'unknown-kpi' });
    expect(kpiValue(data, 'budget.executed', '2027-01')).toMatchObject({ ok: false, reason: 'unknown-period' });
    expect(kpiValue(data, 'budget.executed', 'June')).toMatchObject({ ok: false, reason: 'unknown-period' });
  });
  it('also reads a snapshot', () => {
    const s = kpiSnapshot(data, afterEnd(data));
    expect(kpiValue(s, 'budget.executed', '2026-01')).toMatchObject({ value: 4213 });
    expect(realProgramme.period.end).toBe('2026-12-31');
  });
});
