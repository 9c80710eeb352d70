/**
 * The KPI snapshot: every figure the KPI pages, the home cards, the open-data page
 * and <Stat> need, computed from the content and an as-of instant. Pure.
 * The contract (types and the meaning of each field) is in ./types.ts.
 */
import { formatMillionWon, formatNumber, formatPercent, formatDay } from '../../foundation/format.ts';
import { programmeClock } from '../programme-clock.ts';
import { citation, citations } from '../sources.ts';
import { formatMonth, lastDayOfMonth, monthOfDay, monthsBetween } from '../../foundation/month.ts';
import { MATCH_STAGE_LABEL, type BudgetKpi, type BudgetSourceKpi, type BudgetTableRow, type Day, type KpiInput, type KpiName, type KpiSnapshot, type KpiStatus, type KpiTarget, type KpiValue, type MatchesKpi, type MatchRow, type MatchStage, type Month, type MonthPoint, type MonthState, type ParticipantRow, type ParticipantsKpi } from './types.ts';
import { MATCH_STAGES } from '../../schemas/match.ts';
import { kstDay } from '../../foundation/kst.ts';
import { KPI_INFO, KPI_NAMES } from '../../schemas/kpi-names.ts';

interface Calendar {
  months: Month[];
  today: Day;
  /** A month has ended when its last day is before the as-of day. */
  ended: (month: Month) => boolean;
  final: boolean;
}

function sum(values: readonly (number | undefined)[]): number | undefined {
  const present = values.filter((v): v is number => v !== undefined);
  return present.length === 0 ? undefined : present.reduce((a, b) => a + b, 0);
}

function missing(calendar: Calendar, month: Month): MonthState {
  return calendar.ended(month) ? 'not-reported' : 'future';
}

function targetsFor(input: KpiInput, prefix: string): KpiTarget[] {
  return (input.programme.targets ?? [])
    .filter((t) => t.kpi.startsWith(prefix))
    .map((t) => {
      const target: KpiTarget = { kpi: t.kpi, value: t.value, by: t.by ?? input.programme.period.end, source: citation(input.programme, t.source) };
      if (t.label) target.label = t.label;
      return target;
    });
}

/**
 * States for a series whose data is complete up to its reference month
 * (participants, matches): reported through the reference month, 미보고 after it
 * for ended months, 예정 for the rest.
 */
function stateSeries(calendar: Calendar, referenceMonth: Month | undefined, value: (month: Month) => number): MonthPoint[] {
  return calendar.months.map((month) => {
    if (referenceMonth !== undefined && month <= referenceMonth) return { month, state: 'reported', value: value(month) };
    return { month, state: missing(calendar, month) };
  });
}

// ───────────────────────────── budget ─────────────────────────────

function budgetKpi(input: KpiInput, calendar: Calendar, shareElapsed: number): BudgetKpi {
  const { programme } = input;
  const { months } = calendar;
  // A month's executed figure describes the whole month: it counts once the month has
  // ended at the as-of time, so the 기준일 is never after the as-of day and a back-dated
  // build (or the synthetic fixture) never shows spending from its future. Plans count always.
  const inPeriod = input.budget
    .filter((row) => months.includes(row.month))
    .map((row) => (!calendar.ended(row.month) && row.executed !== undefined ? { ...row, executed: undefined } : row));
  const cell = new Map(inPeriod.map((row) => [`${row.month}|${row.source}`, row]));
  const keys = programme.budget.sources.map((s) => s.key);
  const inUse = keys.filter((key) => inPeriod.some((row) => row.source === key));
  const total = programme.budget.total;

  const cumulative = (field: 'planned' | 'executed', key: string | undefined, through: Month): number =>
    inPeriod
      .filter((row) => row.month <= through && (key === undefined || row.source === key))
      .reduce((acc, row) => acc + (row[field] ?? 0), 0);
  const has = (field: 'planned' | 'executed', key: string | undefined, month: Month): boolean =>
    inPeriod.some((row) => row.month === month && (key === undefined || row.source === key) && row[field] !== undefined);

  const series = (field: 'planned' | 'executed', key: string | undefined): MonthPoint[] =>
    months.map((month) =>
      has(field, key, month) ? { month, state: 'reported', value: cumulative(field, key, month) } : { month, state: missing(calendar, month) },
    );

  const executedMonths = months.filter((month) => has('executed', undefined, month));
  const referenceMonth = executedMonths.at(-1);
  const plannedMonths = months.filter((month) => has('planned', undefined, month));
  const hasPlan = plannedMonths.length > 0;
  const plannedWhole = hasPlan ? cumulative('planned', undefined, months.at(-1) ?? '') : undefined;

  const sources: BudgetSourceKpi[] = programme.budget.sources.map((s) => {
    const sourceExecuted = months.filter((month) => has('executed', s.key, month)).length > 0;
    const sourcePlanned = months.filter((month) => has('planned', s.key, month)).length > 0;
    const executed = referenceMonth && sourceExecuted ? cumulative('executed', s.key, referenceMonth) : undefined;
    const planned = !sourcePlanned ? undefined : cumulative('planned', s.key, referenceMonth ?? months.at(-1) ?? '');
    const kpi: BudgetSourceKpi = {
      key: s.key,
      name: s.name,
      amount: s.amount,
      itemised: s.itemised,
      planned,
      executed,
      executionRate: executed !== undefined && s.amount > 0 ? executed / s.amount : undefined,
      remaining: executed !== undefined ? s.amount - executed : undefined,
      plannedSeries: series('planned', s.key),
      executedSeries: series('executed', s.key),
    };
    if (s.note) kpi.note = s.note;
    return kpi;
  });

  const executed = referenceMonth ? cumulative('executed', undefined, referenceMonth) : undefined;
  const planned = referenceMonth ? (hasPlan ? cumulative('planned', undefined, referenceMonth) : undefined) : plannedWhole;
  const executedSeries = series('executed', undefined);
  const notReportedMonths = executedSeries.filter((p) => p.state === 'not-reported').map((p) => p.month);

  const rows: BudgetTableRow[] = months.map((month, index) => {
    const bySource = keys.map((key) => {
      const row = cell.get(`${month}|${key}`);
      return { key, planned: row?.planned, executed: row?.executed };
    });
    const monthExecuted = sum(bySource.map((b) => b.executed));
    const monthPlanned = sum(bySource.map((b) => b.planned));
    const cumExecuted = executedSeries[index]?.value;
    const state: MonthState = executedSeries[index]?.state ?? 'future';
    return {
      month,
      state,
      bySource,
      planned: monthPlanned,
      executed: monthExecuted,
      cumulativePlanned: monthPlanned !== undefined ? cumulative('planned', undefined, month) : undefined,
      cumulativeExecuted: cumExecuted,
      executionRate: cumExecuted !== undefined && total > 0 ? cumExecuted / total : undefined,
      missingSources: calendar.ended(month) || state === 'reported' ? inUse.filter((key) => cell.get(`${month}|${key}`)?.executed === undefined) : [],
      notes: keys.map((key) => cell.get(`${month}|${key}`)?.note).filter((n): n is string => Boolean(n)),
    };
  });

  const status: KpiStatus =
    referenceMonth === undefined
      ? 'no-data'
      : rows.some((r) => calendar.ended(r.month) && r.missingSources.length > 0) || notReportedMonths.length > 0
        ? 'partial'
        : 'complete';

  const totalSource = citation(programme, programme.budget.source);
  const operatorName = input.organizations.find((o) => o.id === programme.operator.organization)?.name ?? programme.name.ko;
  const executionRate = executed !== undefined && total > 0 ? executed / total : undefined;
  const plannedRate = planned !== undefined && referenceMonth && total > 0 ? planned / total : undefined;

  const split = programme.budget.sources.map((s) => `${s.name} ${formatMillionWon(s.amount)}`).join(', ');
  let reading: string;
  if (executed === undefined || executionRate === undefined) {
    reading = `보고된 집행 실적이 아직 없습니다. 총사업비 ${formatMillionWon(total)} (${split})`;
    if (plannedWhole !== undefined) reading += `, 집행 계획 ${formatMillionWon(plannedWhole)}`;
    reading += '.';
  } else {
    const parts = [`${calendar.final ? '최종 ' : ''}집행률 ${formatPercent(executionRate)}`, `경과 기간 ${formatPercent(shareElapsed)}`];
    if (plannedRate !== undefined && planned !== undefined && planned > 0) parts.push(`계획 대비 ${formatPercent(executed / planned)}`);
    parts.push(`잔액 ${formatMillionWon(total - executed)}`);
    if (notReportedMonths.length > 0) parts.push(`미보고 ${notReportedMonths.length}개월`);
    reading = `${parts.join(', ')} (${formatMonth(referenceMonth ?? '')} 말 기준)`;
  }

  return {
    status,
    referenceDate: referenceMonth ? lastDayOfMonth(referenceMonth) : undefined,
    referenceMonth,
    source: referenceMonth ? `${operatorName} 집행 실적 자료(budget.csv); 총사업비: ${totalSource}` : totalSource,
    sourceIds: programme.budget.source ? [programme.budget.source] : [],
    reading,
    targets: targetsFor(input, 'budget.'),
    unit: '백만원',
    total,
    sources,
    planned,
    executed,
    executionRate,
    plannedRate,
    remaining: executed !== undefined ? total - executed : undefined,
    plannedWhole,
    plannedSeries: series('planned', undefined),
    executedSeries,
    notReportedMonths,
    rows,
    totalSource,
  };
}

// ─────────────────────────── participants ───────────────────────────

function participantsKpi(input: KpiInput, calendar: Calendar): ParticipantsKpi {
  const { programme } = input;
  const reported = {
    count: programme.membership.reported,
    label: programme.membership.label,
    asOf: programme.membership.asOf,
    source: citation(programme, programme.membership.source),
  };
  const rows: ParticipantRow[] = input.organizations
    .filter((org) => org.membership.status === 'member')
    .map((org) => ({ id: org.id, name: org.name, joined: org.membership.joined ?? org.firstMentioned, roles: [...org.roles], sector: org.sector }))
    .filter((row) => row.joined <= calendar.today)
    .sort((a, b) => a.joined.localeCompare(b.joined) || a.name.localeCompare(b.name, 'ko'));

  if (rows.length === 0) {
    const reportedMonth = monthOfDay(reported.asOf);
    const visible = reported.asOf <= calendar.today && calendar.months.includes(reportedMonth);
    return {
      status: visible ? 'partial' : 'no-data',
      referenceDate: visible ? reported.asOf : undefined,
      referenceMonth: visible ? reportedMonth : undefined,
      source: reported.source,
      sourceIds: [programme.membership.source],
      reading: visible
        ? `보도된 참여 기관 수는 ${reported.label}입니다 (${formatDay(reported.asOf)} 기준). 기관별 명단은 아직 공개되지 않았습니다.`
        : '보고된 참여 기관이 아직 없습니다.',
      targets: targetsFor(input, 'participants.'),
      basis: 'reported',
      count: reported.count,
      label: reported.label,
      reported,
      series: calendar.months.map((month) =>
        visible && month === reportedMonth ? { month, state: 'reported', value: reported.count } : { month, state: missing(calendar, month) },
      ),
      rows: [],
    };
  }

  const referenceDate = rows.map((r) => r.joined).reduce((a, b) => (a > b ? a : b));
  const referenceMonth = monthOfDay(referenceDate);
  const countBy = (month: Month) => rows.filter((r) => r.joined <= lastDayOfMonth(month)).length;
  const series = stateSeries(calendar, referenceMonth, countBy);
  const ids = [...new Set(input.organizations.filter((o) => o.membership.status === 'member').map((o) => o.membership.source ?? o.source))];
  return {
    status: series.some((p) => p.state === 'not-reported') ? 'partial' : 'complete',
    referenceDate,
    referenceMonth,
    source: citations(programme, ids),
    sourceIds: ids,
    reading: `${calendar.final ? '최종 ' : ''}참여 기관 ${formatNumber(rows.length)}개 (${formatDay(referenceDate)} 기준, 기관 명단 집계)`,
    targets: targetsFor(input, 'participants.'),
    basis: 'member-list',
    count: rows.length,
    label: `${formatNumber(rows.length)}개 기관`,
    reported,
    series,
    rows,
  };
}

// ───────────────────────────── matches ─────────────────────────────

const STAGE_INDEX = new Map(MATCH_STAGES.map((stage, index) => [stage, index]));

/** Index of the furthest stage a pair reached by `day`, or -1. */
function furthest(stages: readonly { stage: MatchStage; date: Day }[], day: Day): number {
  return stages.filter((s) => s.date <= day).reduce((acc, s) => Math.max(acc, STAGE_INDEX.get(s.stage) ?? -1), -1);
}

function matchesKpi(input: KpiInput, calendar: Calendar): MatchesKpi {
  const { programme } = input;
  const names = new Map(input.organizations.map((o) => [o.id, o.name]));
  const today = calendar.today;
  const zero = (): Record<MatchStage, number> => ({ consultation: 0, agreement: 0, 'project-started': 0, completed: 0 });
  const byStage = zero();
  const reached = zero();
  const rows: MatchRow[] = [];
  const eventDays: Day[] = [];

  for (const pair of input.matches) {
    const done = pair.stages.filter((s) => s.date <= today);
    const index = furthest(pair.stages, today);
    const last = index >= 0 ? MATCH_STAGES[index] : undefined;
    if (last) {
      byStage[last] += 1;
      for (const stage of MATCH_STAGES) if ((STAGE_INDEX.get(stage) ?? 0) <= index) reached[stage] += 1;
    }
    eventDays.push(...done.map((s) => s.date));
    const stageDate = last ? done.filter((s) => s.stage === last).map((s) => s.date).at(-1) : undefined;
    const row: MatchRow = {
      id: pair.id,
      demand: { id: pair.demand, name: names.get(pair.demand) ?? pair.demand },
      supply: { id: pair.supply, name: names.get(pair.supply) ?? pair.supply },
      stage: last,
      stageLabel: last ? MATCH_STAGE_LABEL[last] : '예정',
      stageDate,
      stages: done.map((s) => ({ stage: s.stage, label: MATCH_STAGE_LABEL[s.stage], date: s.date })),
      source: citation(programme, pair.source),
    };
    if (pair.release) row.release = pair.release;
    if (pair.note) row.note = pair.note;
    if (last) rows.push(row);
  }
  rows.sort((a, b) => (a.stages[0]?.date ?? '').localeCompare(b.stages[0]?.date ?? '') || a.id.localeCompare(b.id));

  const total = reached.consultation;
  const referenceDate = eventDays.length > 0 ? eventDays.reduce((a, b) => (a > b ? a : b)) : undefined;
  const referenceMonth = referenceDate ? monthOfDay(referenceDate) : undefined;
  const funnel = Object.fromEntries(
    MATCH_STAGES.map((stage) => {
      const stageIndex = STAGE_INDEX.get(stage) ?? 0;
      const count = (month: Month) => {
        const end = lastDayOfMonth(month) < today ? lastDayOfMonth(month) : today;
        return input.matches.filter((pair) => furthest(pair.stages, end) >= stageIndex).length;
      };
      return [stage, stateSeries(calendar, referenceMonth, count)];
    }),
  ) as Record<MatchStage, MonthPoint[]>;
  const series = funnel.consultation;
  const stageText = MATCH_STAGES.map((stage) => `${MATCH_STAGE_LABEL[stage]} ${formatNumber(byStage[stage])}건`).join(', ');
  const ids = input.matches.filter((p) => furthest(p.stages, today) >= 0).map((p) => p.source);

  return {
    status: total === 0 ? 'no-data' : series.some((p) => p.state === 'not-reported') ? 'partial' : 'complete',
    referenceDate: total === 0 ? undefined : referenceDate,
    referenceMonth: total === 0 ? undefined : referenceMonth,
    source: citations(programme, ids),
    sourceIds: [...new Set(ids)],
    reading:
      total === 0
        ? '보고된 매칭이 아직 없습니다.'
        : `${calendar.final ? '최종 ' : ''}매칭 ${formatNumber(total)}건 — 현재 단계별 ${stageText} (${formatDay(referenceDate ?? '')} 기준)`,
    targets: targetsFor(input, 'matches.'),
    total,
    byStage,
    reached,
    stageOrder: MATCH_STAGES.map((stage) => ({ stage, label: MATCH_STAGE_LABEL[stage] })),
    funnel,
    series,
    rows,
  };
}

// ───────────────────────────── snapshot ─────────────────────────────

export function kpiSnapshot(input: KpiInput, asOf: Date): KpiSnapshot {
  const { start, end } = input.programme.period;
  const clock = programmeClock(start, end, asOf);
  const months = monthsBetween(monthOfDay(start), monthOfDay(end));
  const today = clock.today;
  const calendar: Calendar = { months, today, ended: (month) => lastDayOfMonth(month) < today, final: clock.phase === 'ended' };
  const todayMonth = monthOfDay(today);
  const first = months[0] ?? todayMonth;
  const last = months.at(-1) ?? todayMonth;
  return {
    asOf,
    updated: kstDay(asOf),
    clock,
    period: { start, end },
    months,
    asOfMonth: todayMonth < first ? first : todayMonth > last ? last : todayMonth,
    final: calendar.final,
    budget: budgetKpi(input, calendar, clock.shareElapsed),
    participants: participantsKpi(input, calendar),
    matches: matchesKpi(input, calendar),
    revisions: [...(input.revisions ?? [])].sort((a, b) => b.date.localeCompare(a.date)),
  };
}

/** An as-of instant after the programme's end: every month has ended, all data counts. */
export function afterEnd(input: KpiInput): Date {
  const [y, m, d] = input.programme.period.end.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1) - 9 * 60 * 60 * 1000);
}

export function isKpiName(name: string): name is KpiName {
  return (KPI_NAMES as readonly string[]).includes(name);
}

/**
 * What the data gives for a KPI in a month. Given the input (not a snapshot) it is
 * computed after the programme's end, so the answer does not depend on the build's as-of time.
 */
export function kpiValue(source: KpiSnapshot | KpiInput, name: string, period: string): KpiValue {
  if (!isKpiName(name)) {
    return { ok: false, reason: 'unknown-kpi', message: `알 수 없는 지표 '${name}' (쓸 수 있는 이름: ${KPI_NAMES.join(', ')})` };
  }
  const snapshot = 'clock' in source ? source : kpiSnapshot(source, afterEnd(source));
  const index = snapshot.months.indexOf(period);
  if (index < 0) {
    return {
      ok: false,
      reason: 'unknown-period',
      message: `기간 '${period}'가 사업 기간의 월(${snapshot.months[0]} ~ ${snapshot.months.at(-1)}, YYYY-MM)이 아닙니다`,
    };
  }
  const pick = (series: MonthPoint[], map: (v: number) => number = (v) => v): KpiValue => {
    const point = series[index] ?? { month: period, state: 'future' as const };
    return {
      ok: true,
      kpi: name,
      kind: KPI_INFO[name].kind,
      month: period,
      state: point.state,
      value: point.state === 'reported' && point.value !== undefined ? map(point.value) : undefined,
    };
  };
  const { budget, matches, participants } = snapshot;
  switch (name) {
    case 'budget.planned':
      return pick(budget.plannedSeries);
    case 'budget.executed':
      return pick(budget.executedSeries);
    case 'budget.executionRate':
      return pick(budget.executedSeries, (v) => (budget.total > 0 ? v / budget.total : 0));
    case 'budget.remaining':
      return pick(budget.executedSeries, (v) => budget.total - v);
    case 'participants.count':
      return pick(participants.series);
    case 'matches.total':
    case 'matches.consultation':
      return pick(matches.funnel.consultation);
    case 'matches.agreement':
      return pick(matches.funnel.agreement);
    case 'matches.projectStarted':
      return pick(matches.funnel['project-started']);
    case 'matches.completed':
      return pick(matches.funnel.completed);
  }
}
