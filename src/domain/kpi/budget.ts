/** The budget KPI: execution against plan and per funding source, by month (src/domain/kpi/types.ts BudgetKpi). Pure. */
import { t } from '../../i18n/index.ts';
import { formatMillionWon, formatPercent } from '../../foundation/format.ts';
import { formatMonth, lastDayOfMonth } from '../../foundation/month.ts';
import { citation } from '../sources.ts';
import { missing, sum, targetsFor, type Calendar } from './calendar.ts';
import type { BudgetKpi, BudgetSourceKpi, BudgetTableRow, KpiInput, KpiStatus, Month, MonthPoint, MonthState } from './types.ts';

export function budgetKpi(input: KpiInput, calendar: Calendar, shareElapsed: number): BudgetKpi {
  const { programme } = input;
  const { months } = calendar;
  // A month's executed figure describes the whole month: it counts once the month has
  // ended at the as-of time, so the 기준일 is never after the as-of day and a back-dated
  // build (or the synthetic fixture) never shows spending from its future. Plans count always.
  const inPeriod = input.budget
    .filter((row) => months.includes(row.month))
    .map((row) => (!calendar.ended(row.month) && row.executed !== undefined ? { ...row, executed: undefined } : row))
    .sort((a, b) => a.month.localeCompare(b.month) || a.source.localeCompare(b.source));
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
    reading =
      plannedWhole === undefined
        ? t('reading.budgetNone', { total: formatMillionWon(total), split })
        : t('reading.budgetNoneWithPlan', { total: formatMillionWon(total), split, plan: formatMillionWon(plannedWhole) });
  } else {
    const parts = [t(calendar.final ? 'reading.budgetRateFinal' : 'reading.budgetRate', { rate: formatPercent(executionRate) }), t('reading.elapsed', { share: formatPercent(shareElapsed) })];
    if (plannedRate !== undefined && planned !== undefined && planned > 0) parts.push(t('reading.againstPlan', { share: formatPercent(executed / planned) }));
    parts.push(t('reading.remaining', { amount: formatMillionWon(total - executed) }));
    if (notReportedMonths.length > 0) parts.push(t('reading.notReportedMonths', { count: notReportedMonths.length }));
    reading = t('reading.asOfMonthEnd', { parts: parts.join(', '), month: formatMonth(referenceMonth ?? '') });
  }

  return {
    status,
    referenceDate: referenceMonth ? lastDayOfMonth(referenceMonth) : undefined,
    referenceMonth,
    source: referenceMonth ? t('reading.budgetSource', { operator: operatorName, total: totalSource }) : totalSource,
    sourceIds: programme.budget.source ? [programme.budget.source] : [],
    reading,
    targets: targetsFor(input, 'budget.'),
    unit: '백만원', // i18n-ignore: the unit programme.yaml is written in
    total,
    sources,
    published: inPeriod,
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
