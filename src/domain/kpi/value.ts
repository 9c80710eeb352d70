/** What the data gives for one KPI in one month: the lookup behind <Stat> (src/domain/kpi/stat.ts). Pure. */
import { t } from '../../i18n/index.ts';
import { kstMidnight } from '../../foundation/kst.ts';
import { KPI_INFO, KPI_NAMES } from '../../schemas/kpi-names.ts';
import { kpiSnapshot } from './snapshot.ts';
import type { KpiInput, KpiName, KpiSnapshot, KpiValue, MonthPoint } from './types.ts';

/** 00:00 KST of the day after the programme's end: a snapshot then holds every figure the data gives. */
export function afterEnd(input: KpiInput): Date {
  const [y, m, d] = input.programme.period.end.split('-').map(Number) as [number, number, number];
  return kstMidnight(y, m, d + 1);
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
    return { ok: false, reason: 'unknown-kpi', message: t('kpiValue.unknownKpi', { name, names: KPI_NAMES.join(', ') }) };
  }
  const snapshot = 'clock' in source ? source : kpiSnapshot(source, afterEnd(source));
  const index = snapshot.months.indexOf(period);
  if (index < 0) {
    return {
      ok: false,
      reason: 'unknown-period',
      message: t('kpiValue.unknownPeriod', { period, first: snapshot.months[0], last: snapshot.months.at(-1) }),
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
