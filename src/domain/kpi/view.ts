/**
 * Page-side view models of the KPI snapshot: chart specs for the browser script and
 * the HTML tables beside them, built from the same numbers so chart and table agree.
 * Pure (no Astro, no DOM, no clock): the snapshot carries the as-of time.
 */
import { formatDay, formatMillionWon, formatNumber, formatPercent } from '../../foundation/format.ts';
import { formatMonth } from '../../foundation/month.ts';
import { MONTH_STATE_LABEL, type KpiSnapshot, type MonthPoint, type MonthState } from './types.ts';
import { t, type UiKey } from '../../i18n/index.ts';
import { ko } from '../../i18n/ko.ts';
import { asOfPosition, type ChartSeries, type ChartSpec } from './chart-spec.ts';

// ───────────────────────────── tables ─────────────────────────────

export interface TableCell {
  text: string;
  /** The raw number behind the text (money in 백만원, shares 0–1, counts): `data-value`. */
  value?: number | undefined;
  /** A month state other than reported: styled and labelled (미보고, 예정). */
  state?: MonthState | undefined;
}

export interface TableRow {
  /** Row header (`<th scope="row">`). */
  head: string;
  /** Machine key of the row (a month `YYYY-MM`, a stage, a source key): `data-key`. */
  key: string;
  cells: TableCell[];
  /** Emphasised row (a total, the as-of month). */
  strong?: boolean;
  /** Row describes the as-of month. */
  current?: boolean;
}

export interface TableView {
  caption: string;
  /** Column headers; the first is the row-header column. */
  head: string[];
  /** Which columns (after the row header, 0-based) are numeric: right-aligned. */
  numeric: boolean[];
  rows: TableRow[];
  foot?: TableRow;
}

const DASH = t('common.dash');

export function moneyCell(value: number | undefined, state?: MonthState): TableCell {
  if (value === undefined) return { text: state === 'not-reported' ? MONTH_STATE_LABEL['not-reported'] : DASH, state };
  return { text: formatMillionWon(value), value };
}

export function shareCell(value: number | undefined): TableCell {
  return value === undefined ? { text: DASH } : { text: formatPercent(value), value };
}

export function countCell(value: number | undefined, unit = ''): TableCell {
  return value === undefined ? { text: DASH } : { text: `${formatNumber(value)}${unit}`, value };
}

// ───────────────────────────── months ─────────────────────────────

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

function values(points: readonly MonthPoint[], scale = 1): (number | null)[] {
  return points.map((p) => (p.value === undefined ? null : p.value / scale));
}

function hasValue(points: readonly MonthPoint[]): boolean {
  return points.some((p) => p.value !== undefined);
}

function monthAxis(snapshot: KpiSnapshot): Pick<ChartSpec, 'labels' | 'longLabels' | 'asOf'> {
  const { months } = snapshot;
  const axis = { labels: months.map((m, i) => monthTick(m, i)), longLabels: months.map(monthLong) };
  // After the end date the whole axis is the past: no "now" line at its edge.
  if (snapshot.final) return axis;
  return { ...axis, asOf: { position: asOfPosition(months, snapshot.clock.today), label: asOfLabel(snapshot.clock.today) } };
}

// ───────────────────────────── budget ─────────────────────────────

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
  const roles = ['series1', 'series2', 'series3', 'series4'] as const;
  const series: ChartSeries[] = snapshot.budget.sources
    .filter((s) => hasValue(s.executedSeries))
    .map((s, i) => ({ label: `${s.name} ${t('budget.executedSeries')}`, role: roles[i % roles.length] ?? 'series1', values: values(s.executedSeries, EOK) }));
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

// ─────────────────────────── participants ───────────────────────────

export function participantsSpec(snapshot: KpiSnapshot): ChartSpec {
  return {
    type: 'line',
    noData: t('figure.noData'),
    ...monthAxis(snapshot),
    series: [{ label: t('participants.seriesName'), role: 'actual', values: values(snapshot.participants.series) }],
    unit: t('unit.orgs'),
    decimals: 0,
  };
}

function stateCell(p: MonthPoint | undefined, unit: string): TableCell {
  if (!p || p.value === undefined) {
    const state = p?.state;
    return { text: state === 'not-reported' ? MONTH_STATE_LABEL['not-reported'] : DASH, state: state === 'reported' ? undefined : state };
  }
  return countCell(p.value, unit);
}

export function participantsMonthTable(snapshot: KpiSnapshot, caption: string): TableView {
  return {
    caption,
    head: [t('figure.month'), t('participants.count')],
    numeric: [true],
    rows: snapshot.months.map((month, i) => ({
      head: monthLong(month),
      key: month,
      current: month === snapshot.asOfMonth,
      cells: [stateCell(snapshot.participants.series[i], t('unit.orgs'))],
    })),
  };
}

// ───────────────────────────── matches ─────────────────────────────

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

// ───────────────────────────── dates ─────────────────────────────

/** `2026년 10월 31일`, or the "no data" text. */
export function referenceDateText(day: string | undefined): string {
  return day ? formatDay(day) : t('kpi.noReferenceDate');
}


export function participantsMemberTable(snapshot: KpiSnapshot, caption: string): TableView {
  return {
    caption,
    head: [t('participants.name'), t('participants.joined'), t('participants.roles'), t('participants.sector')],
    numeric: [false, false, false],
    rows: snapshot.participants.rows.map((row) => ({
      head: row.name,
      key: row.id,
      cells: [{ text: formatDay(row.joined) }, { text: row.roles.map(roleLabel).join(', ') }, { text: sectorLabel(row.sector) }],
    })),
  };
}

function roleLabel(role: string): string {
  const key = `role.${role}`;
  return key in ko ? t(key as UiKey) : role;
}

function sectorLabel(sector: string): string {
  const key = `sector.${sector}` as const;
  return Object.hasOwn(ko, key) ? t(key as UiKey) : sector;
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
