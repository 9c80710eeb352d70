/**
 * The HTML tables beside the KPI charts, as data: cells carry the text and the number behind it,
 * so chart and table show the same figures. Pure (no Astro, no DOM, no clock).
 */
import { formatDay, formatMillionWon, formatNumber, formatPercent } from '../../../foundation/format.ts';
import { t } from '../../../i18n/index.ts';
import { MONTH_STATE_LABEL, type MonthPoint, type MonthState } from '../types.ts';

export interface TableCell {
  text: string;
  /** The raw number behind the text (money in 백만원, shares 0–1, counts): `data-value`. */
  value?: number | undefined;
  /** A month state other than reported: styled and labelled (미보고, 예정). */
  state?: MonthState | undefined;
  /** The unit of `value` when the text shows it otherwise (백만원 behind `3억 원`): a chart's CSV names it in its header. */
  unit?: string | undefined;
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

export const DASH = t('common.dash');

export function moneyCell(value: number | undefined, state?: MonthState): TableCell {
  if (value === undefined) return { text: state === 'not-reported' ? MONTH_STATE_LABEL['not-reported'] : DASH, state };
  return { text: formatMillionWon(value), value, unit: t('takeAway.unitMillionWon') };
}

export function shareCell(value: number | undefined): TableCell {
  return value === undefined ? { text: DASH } : { text: formatPercent(value), value, unit: t('takeAway.unitShare') };
}

export function countCell(value: number | undefined, unit = ''): TableCell {
  return value === undefined ? { text: DASH } : { text: `${formatNumber(value)}${unit}`, value };
}

/** A month's count, or why there is none (미보고, 예정). */
export function stateCell(p: MonthPoint | undefined, unit: string): TableCell {
  if (!p || p.value === undefined) {
    const state = p?.state;
    return { text: state === 'not-reported' ? MONTH_STATE_LABEL['not-reported'] : DASH, state: state === 'reported' ? undefined : state };
  }
  return countCell(p.value, unit);
}

/** `2026년 10월 31일`, or the "no data" text. */
export function referenceDateText(day: string | undefined): string {
  return day ? formatDay(day) : t('kpi.noReferenceDate');
}
