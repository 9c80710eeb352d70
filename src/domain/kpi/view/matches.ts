/** The matches page's charts and tables (the stage funnel, pairs over time, the pair list). */
import { formatDay } from '../../../foundation/format.ts';
import { t } from '../../../i18n/index.ts';
import type { ChartSpec } from '../chart-spec.ts';
import type { KpiSnapshot } from '../types.ts';
import { monthAxis, monthLong, values } from './axis.ts';
import { countCell, DASH, stateCell, type TableView } from './table.ts';

export function matchesFunnelSpec(snapshot: KpiSnapshot): ChartSpec {
  const { matches } = snapshot;
  const labels = matches.stageOrder.map((s) => s.label);
  return {
    type: 'bar',
    noData: t('figure.noData'),
    labels,
    longLabels: labels,
    series: [{ label: t('matches.reached'), role: 'series1', values: matches.stageOrder.map((s) => matches.reached[s.stage]) }],
    unit: t('unit.pairs'),
    decimals: 0,
    horizontal: true,
  };
}

export function matchesFunnelTable(snapshot: KpiSnapshot, caption: string): TableView {
  const { matches } = snapshot;
  const unit = t('unit.pairs');
  return {
    caption,
    head: [t('matches.stage'), t('matches.reached'), t('matches.current')],
    numeric: [true, true],
    rows: matches.stageOrder.map((s) => ({
      head: s.label,
      key: s.stage,
      cells: [countCell(matches.reached[s.stage], unit), countCell(matches.byStage[s.stage], unit)],
    })),
  };
}

export function matchesOverTimeSpec(snapshot: KpiSnapshot): ChartSpec {
  const { matches } = snapshot;
  const roles = ['series1', 'series2', 'series3', 'series4'] as const;
  return {
    type: 'line',
    noData: t('figure.noData'),
    ...monthAxis(snapshot),
    series: matches.stageOrder.map((s, i) => ({ label: s.label, role: roles[i] ?? 'series1', values: values(matches.funnel[s.stage]) })),
    unit: t('unit.pairs'),
    decimals: 0,
  };
}

export function matchesMonthTable(snapshot: KpiSnapshot, caption: string): TableView {
  const { matches } = snapshot;
  const unit = t('unit.pairs');
  return {
    caption,
    head: [t('figure.month'), ...matches.stageOrder.map((s) => s.label)],
    numeric: matches.stageOrder.map(() => true),
    rows: snapshot.months.map((month, i) => ({
      head: monthLong(month),
      key: month,
      current: month === snapshot.asOfMonth,
      cells: matches.stageOrder.map((s) => stateCell(matches.funnel[s.stage][i], unit)),
    })),
  };
}

export function matchesListTable(snapshot: KpiSnapshot, caption: string): TableView {
  return {
    caption,
    head: [t('matches.demand'), t('matches.supply'), t('matches.stage'), t('matches.stageDate'), t('matches.history'), t('matches.note')],
    numeric: [false, false, false, false, false],
    rows: snapshot.matches.rows.map((row) => ({
      head: row.demand.name,
      key: row.id,
      cells: [
        { text: row.supply.name },
        { text: row.stageLabel },
        { text: row.stageDate ? formatDay(row.stageDate) : DASH },
        { text: row.stages.map((s) => `${s.label} ${s.date}`).join(' → ') },
        { text: row.note ?? '' },
      ],
    })),
  };
}
