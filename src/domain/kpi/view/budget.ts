/** The budget page's charts and tables (executed against plan, by source), from the KPI snapshot. */
import { formatMillionWon } from '../../../foundation/format.ts';
import { t } from '../../../i18n/index.ts';
import type { ChartSeries, ChartSpec } from '../chart-spec.ts';
import { budgetSourceMarks } from '../../budget-source-marks.ts';
import { MONTH_STATE_LABEL, type KpiSnapshot } from '../types.ts';
import { hasValue, monthAxis, monthLong, values } from './axis.ts';
import { moneyCell, shareCell, type TableRow, type TableView } from './table.ts';

/** 백만원 → 억 원 on the chart axis. */
const EOK = 100;

export function budgetCumulativeSpec(snapshot: KpiSnapshot): ChartSpec {
  const { budget } = snapshot;
  const series: ChartSeries[] = [];
  if (hasValue(budget.plannedSeries)) {
    series.push({ label: t('budget.plannedSeries'), role: 'plan', values: values(budget.plannedSeries, EOK) });
  }
  series.push({ label: t('budget.executedSeries'), role: 'actual', values: values(budget.executedSeries, EOK) });
  return { type: 'line', noData: t('figure.noData'), ...monthAxis(snapshot), series, unit: t('unit.eok'), decimals: 2 };
}

export function budgetBySourceSpec(snapshot: KpiSnapshot): ChartSpec {
  // Each source's colour, dash and point shape, as on the split bar of the home and about pages.
  const marks = budgetSourceMarks(snapshot.budget.sources);
  const series: ChartSeries[] = snapshot.budget.sources
    .map((s, i) => ({ s, mark: marks[i] }))
    .filter(({ s }) => hasValue(s.executedSeries))
    .map(({ s, mark }) => ({ label: `${s.name} ${t('budget.executedSeries')}`, role: mark?.role ?? 'series1', ...(mark ? { mark: mark.line } : {}), values: values(s.executedSeries, EOK) }));
  return { type: 'line', noData: t('figure.noData'), ...monthAxis(snapshot), series, unit: t('unit.eok'), decimals: 2 };
}

export function budgetBySourceTable(snapshot: KpiSnapshot, caption: string): TableView {
  const sources = snapshot.budget.sources.filter((s) => hasValue(s.executedSeries));
  return {
    caption,
    head: [t('figure.month'), ...sources.map((s) => `${s.name} ${t('budget.executedSeries')}`)],
    numeric: sources.map(() => true),
    rows: snapshot.months.map((month, i) => ({
      head: monthLong(month),
      key: month,
      current: month === snapshot.asOfMonth,
      cells: sources.map((s) => {
        const p = s.executedSeries[i];
        return moneyCell(p?.value, p?.state);
      }),
    })),
  };
}

export function budgetMonthTable(snapshot: KpiSnapshot, caption: string): TableView {
  const current = snapshot.asOfMonth;
  return {
    caption,
    head: [t('figure.month'), t('budget.monthPlanned'), t('budget.monthExecuted'), t('budget.cumulativePlanned'), t('budget.cumulativeExecuted'), t('budget.rate'), t('figure.state')],
    numeric: [true, true, true, true, true, false],
    rows: snapshot.budget.rows.map((row) => ({
      head: monthLong(row.month),
      key: row.month,
      current: row.month === current,
      cells: [
        moneyCell(row.planned),
        moneyCell(row.executed, row.state),
        moneyCell(row.cumulativePlanned),
        moneyCell(row.cumulativeExecuted, row.state),
        shareCell(row.executionRate),
        row.state === 'reported' && row.missingSources.length > 0
          ? { text: t('state.partial', { sources: row.missingSources.map((key) => sourceName(snapshot, key)).join(', ') }), state: 'not-reported' }
          : { text: MONTH_STATE_LABEL[row.state], state: row.state === 'reported' ? undefined : row.state },
      ],
    })),
  };
}

function sourceName(snapshot: KpiSnapshot, key: string): string {
  return snapshot.budget.sources.find((s) => s.key === key)?.name ?? key;
}

export function budgetSourcesTable(snapshot: KpiSnapshot, caption: string, withExecution: boolean): TableView {
  const { budget } = snapshot;
  const head = [t('budget.sourceName'), t('budget.sourceAmount'), t('budget.sourceShare')];
  if (withExecution) head.push(t('budget.sourceExecuted'), t('budget.sourceRate'), t('budget.sourceRemaining'));
  head.push(t('budget.sourceNote'));
  const numeric = withExecution ? [true, true, true, true, true, false] : [true, true, false];
  const row = (s: (typeof budget.sources)[number]): TableRow => ({
    head: s.name,
    key: s.key,
    cells: [
      moneyCell(s.amount),
      shareCell(budget.total > 0 ? s.amount / budget.total : undefined),
      ...(withExecution ? [moneyCell(s.executed), shareCell(s.executionRate), moneyCell(s.remaining)] : []),
      { text: s.note ?? (s.itemised ? '' : t('common.dash')) },
    ],
  });
  return {
    caption,
    head,
    numeric,
    rows: budget.sources.map(row),
    foot: {
      head: t('budget.totalRow'),
      key: 'total',
      strong: true,
      cells: [
        moneyCell(budget.total),
        shareCell(budget.total > 0 ? 1 : undefined),
        ...(withExecution ? [moneyCell(budget.executed), shareCell(budget.executionRate), moneyCell(budget.remaining)] : []),
        { text: '' },
      ],
    },
  };
}

/** `국비 140억 원 · 미공개/기타 93억 원` */
export function budgetSplit(snapshot: KpiSnapshot): string {
  return snapshot.budget.sources.map((s) => `${s.name} ${formatMillionWon(s.amount)}`).join(' · ');
}
