/** The month axis of the KPI charts and the month headings of their tables. */
import { formatMonth } from '../../../foundation/month.ts';
import { t } from '../../../i18n/index.ts';
import { asOfPosition, type ChartSpec } from '../chart-spec.ts';
import type { KpiSnapshot, MonthPoint } from '../types.ts';

function monthParts(month: string): [number, number] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return [y, m];
}

/** `2026년 1월` */
export function monthLong(month: string): string {
  return formatMonth(month);
}

/** Axis label: `12월`, with the year under the first month and each January. */
export function monthTick(month: string, index: number): string | string[] {
  const [y, m] = monthParts(month);
  return index === 0 || m === 1 ? [t('format.monthShort', { m }), `${y}`] : t('format.monthShort', { m });
}

/** Short as-of label for the chart line: `11월 27일 현재`. */
export function asOfLabel(day: string): string {
  const [, m, d] = day.split('-').map(Number) as [number, number, number];
  return t('figure.asOfLine', { date: t('format.dayShort', { m, d }) });
}

export function values(points: readonly MonthPoint[], scale = 1): (number | null)[] {
  return points.map((p) => (p.value === undefined ? null : p.value / scale));
}

export function hasValue(points: readonly MonthPoint[]): boolean {
  return points.some((p) => p.value !== undefined);
}

export function monthAxis(snapshot: KpiSnapshot): Pick<ChartSpec, 'labels' | 'longLabels' | 'asOf'> {
  const { months } = snapshot;
  const axis = { labels: months.map((m, i) => monthTick(m, i)), longLabels: months.map(monthLong) };
  // After the end date the whole axis is the past: no "now" line at its edge.
  if (snapshot.final) return axis;
  return { ...axis, asOf: { position: asOfPosition(months, snapshot.asOf), label: asOfLabel(snapshot.clock.today) } };
}
