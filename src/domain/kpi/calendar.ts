/**
 * What the three KPI calculators share: the programme's months as of the as-of day, and the
 * month states (reported, 미보고, 예정) they give each point. Pure.
 */
import { citation } from '../sources.ts';
import type { Day, KpiInput, KpiTarget, Month, MonthPoint, MonthState } from './types.ts';

export interface Calendar {
  months: Month[];
  today: Day;
  /** A month has ended when its last day is before the as-of day. */
  ended: (month: Month) => boolean;
  final: boolean;
}

export function sum(values: readonly (number | undefined)[]): number | undefined {
  const present = values.filter((v): v is number => v !== undefined);
  return present.length === 0 ? undefined : present.reduce((a, b) => a + b, 0);
}

export function missing(calendar: Calendar, month: Month): MonthState {
  return calendar.ended(month) ? 'not-reported' : 'future';
}

export function targetsFor(input: KpiInput, prefix: string): KpiTarget[] {
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
export function stateSeries(calendar: Calendar, referenceMonth: Month | undefined, value: (month: Month) => number): MonthPoint[] {
  return calendar.months.map((month) => {
    if (referenceMonth !== undefined && month <= referenceMonth) return { month, state: 'reported', value: value(month) };
    return { month, state: missing(calendar, month) };
  });
}
